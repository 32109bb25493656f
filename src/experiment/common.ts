// Parts of the schema every task shares: training's common settings, the trained parameters a link
// may carry.

import type { GradientName, OptimizerName, SpeedName } from './lists';

/** Trained parameters of both models, in each model's own flat order (empty when a task has none). */
export interface Weights {
  quantum: number[];
  classical: number[];
}

/** Training settings every task has. */
export interface TrainingCore {
  optimizer: OptimizerName;
  learningRate: number;
  /** Steps (epochs, optimiser iterations) a press of Play runs to. */
  epochs: number;
  /** 'adjoint': exact; 'shift': parameter shift, from `shots` measurements when shots > 0. */
  gradient: GradientName;
  /** Measurements per expectation value with parameter shift; 0 = exact. */
  shots: number;
  /** Seed of initial parameters, batch order and shot noise. */
  seed: number;
}

/** View settings every task has: hidden panels, the pace of play and the teacher's lock. */
export interface ViewCore<H extends string> {
  /** Panels and controls hidden for a class (Classroom dialog). */
  hidden: H[];
  /** Pace of Play. */
  speed: SpeedName;
  /**
   * A student link: the Classroom dialog is gone, so hidden panels stay hidden (the teacher keeps
   * an unlocked link).
   */
  locked: boolean;
}
