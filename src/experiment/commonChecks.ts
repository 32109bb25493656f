// Checks of the parts every task shares: training's common fields, hidden panels, trained
// parameters. Each task's validator calls them for its own sections.

import type { Checker } from './checker';
import { type Obj } from './checker';
import type { TrainingCore, ViewCore, Weights } from './common';
import { LIMITS } from './limits';
import { GRADIENTS, OPTIMIZERS, SPEEDS } from './lists';

/** Largest number of trained parameters per model a link or file may carry. */
export const MAX_WEIGHTS = 100000;

/** Optimiser, learning rate, epochs, gradient method, shots and seed of `training`. */
export function checkTrainingCore(c: Checker, o: Obj, epochWords = 'epochs'): TrainingCore {
  const p = 'training.';
  return {
    optimizer: c.pick(o, 'optimizer', p + 'optimizer', 'optimizer', OPTIMIZERS),
    learningRate: c.num(o, 'learningRate', p + 'learningRate', 'learning rate', LIMITS.learningRate, false), // prettier-ignore
    epochs: c.num(o, 'epochs', p + 'epochs', epochWords, LIMITS.epochs, true),
    gradient: c.pick(o, 'gradient', p + 'gradient', 'gradient method', GRADIENTS),
    shots: c.num(o, 'shots', p + 'shots', 'shots', LIMITS.shots, true),
    seed: c.num(o, 'seed', p + 'seed', 'training seed', LIMITS.seed, true),
  };
}

/** The list of hidden panels in `view`, each one of `names`, without repeats. */
export function checkHidden<H extends string>(c: Checker, o: Obj, names: readonly H[]): H[] {
  const raw = c.list(o, 'hidden', 'view.hidden', 'hidden panels', 100);
  const hidden: H[] = [];
  raw.forEach((_, i) => {
    const name = c.pick(raw as unknown as Obj, String(i), `view.hidden[${i}]`, 'hidden panel', names); // prettier-ignore
    if (!hidden.includes(name)) hidden.push(name);
  });
  return hidden;
}

/** The view settings every task has (`o` is the view object). */
export function checkViewCore<H extends string>(
  c: Checker,
  o: Obj,
  names: readonly H[],
): ViewCore<H> {
  return {
    hidden: checkHidden(c, o, names),
    speed: c.pick(o, 'speed', 'view.speed', 'speed', SPEEDS),
    locked: c.bool(o, 'locked', 'view.locked', 'locked for students'),
  };
}

export function checkWeights(c: Checker, v: unknown): Weights {
  const o = c.obj(v, 'weights', 'Trained parameters');
  const numbers = (key: 'quantum' | 'classical', words: string): number[] => {
    const list = c.list(o, key, `weights.${key}`, words, MAX_WEIGHTS);
    const out = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      if (typeof w !== 'number' || !Number.isFinite(w))
        c.bad(`weights.${key}[${i}]`, `${words}, entry ${i + 1},`, 'a finite number', w);
      out[i] = w + 0;
    }
    return out;
  };
  return {
    quantum: numbers('quantum', 'quantum model'),
    classical: numbers('classical', 'classical model'),
  };
}
