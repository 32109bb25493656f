// The optimisation task's part of the schema: the problem (a graph to cut, a portfolio, cars on
// roads, or a QUBO/Ising model the user writes), the QAOA circuit, training, the classical
// solvers it is compared with, and the view.

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { NoiseSettings } from '../../noise';

export const PROBLEM_KIND_CHOICES = [
  { value: 'maxcut', label: 'MaxCut (cut a graph)' },
  { value: 'portfolio', label: 'Portfolio selection' },
  { value: 'traffic', label: 'Traffic routing' },
  { value: 'custom', label: 'Custom QUBO or Ising' },
] as const satisfies readonly Choice<string>[];
export type ProblemKind = (typeof PROBLEM_KIND_CHOICES)[number]['value'];

export const GRAPH_CHOICES = [
  { value: 'ring', label: 'Ring' },
  { value: 'complete', label: 'Complete' },
  { value: 'regular3', label: '3-regular (random)' },
  { value: 'erdos', label: 'Erdős–Rényi' },
  { value: 'grid', label: 'Grid' },
  { value: 'petersen', label: 'Petersen' },
  { value: 'star', label: 'Star' },
  { value: 'drawn', label: 'Draw your own' },
] as const satisfies readonly Choice<string>[];
export type GraphPreset = (typeof GRAPH_CHOICES)[number]['value'];

/** A graph drawn by hand: node positions on a 0–100 square, and weighted edges (i < j). */
export interface DrawnGraph {
  /** [x, y] per node, whole numbers from 0 to 100 (y down). */
  nodes: [number, number][];
  /** [i, j, weight] per edge, node indices i < j, weight non-zero. */
  edges: [number, number, number][];
}

export interface MaxCutProblem {
  kind: 'maxcut';
  graph: GraphPreset;
  /** Nodes of a preset (Petersen always has 10; a drawn graph has its own). */
  nodes: number;
  /** Seed of random graphs and of random weights. */
  seed: number;
  /** Preset edges get random whole weights from 1 to 5 instead of 1. */
  weighted: boolean;
  /** Edge probability of an Erdős–Rényi graph. */
  probability: number;
  /** The graph itself when graph is 'drawn'. */
  drawn?: DrawnGraph;
}

export interface PortfolioProblem {
  kind: 'portfolio';
  /** Number of assets n (one qubit each). */
  assets: number;
  /** Exactly this many assets are chosen. */
  budget: number;
  /** q in: maximise μᵀx − q·xᵀΣx. */
  risk: number;
  /** Seed of the generated correlated assets. */
  seed: number;
  /** The user's returns as CSV (one column per asset, one row per period); '' = generated. */
  returns: string;
  /** Weight of the budget penalty (Σx − B)²: 'auto' or a number. */
  penalty: 'auto' | number;
}

export const TRAFFIC_CHOICES = [
  { value: 'crossing3', label: '3 cars through a crossing' },
  { value: 'bridges4', label: '4 cars, two bridges' },
  { value: 'ring5', label: '5 cars on a ring road' },
  { value: 'grid6', label: '6 cars in a city grid' },
] as const satisfies readonly Choice<string>[];
export type TrafficPreset = (typeof TRAFFIC_CHOICES)[number]['value'];

export interface TrafficProblem {
  kind: 'traffic';
  preset: TrafficPreset;
  /** Weight of the one-route-per-car penalty: 'auto' or a number. */
  penalty: 'auto' | number;
}

export interface CustomProblem {
  kind: 'custom';
  /**
   * A QUBO matrix (rows of numbers; minimise xᵀQx), QUBO terms ("3 x0 x1 − 2 x2") or Ising terms
   * ("0.5 Z0 Z1 − Z2 + 1"; minimise).
   */
  text: string;
}

export type QaoaProblem = MaxCutProblem | PortfolioProblem | TrafficProblem | CustomProblem;

export const MIXER_CHOICES = [
  { value: 'x', label: 'X mixer (every bitstring)' },
  { value: 'xy', label: 'XY mixer from a Dicke state (keeps the budget)' },
] as const satisfies readonly Choice<string>[];
export type MixerKind = (typeof MIXER_CHOICES)[number]['value'];

export const INIT_CHOICES = [
  { value: 'ramp', label: 'Linear ramp (like annealing)' },
  { value: 'random', label: 'Random' },
] as const satisfies readonly Choice<string>[];
export type InitKind = (typeof INIT_CHOICES)[number]['value'];

export interface QaoaSettings {
  /** Layers p, each a cost layer exp(−iγC) and a mixer layer. */
  depth: number;
  /** 'xy' only for portfolios. */
  mixer: MixerKind;
  /** How γ and β start. */
  init: InitKind;
  /** Layer by layer: optimise depth 1, then start depth 2 from it, … up to `depth`. */
  growth: boolean;
  /** Measurements of the trained circuit (histogram, best sampled). */
  samples: number;
}

/** Settings of the classical solvers run beside QAOA (brute force has none). */
export interface SolverSettings {
  /** Sweeps of simulated annealing (each tries a flip of every bit once). */
  sweeps: number;
  /** Independent runs of annealing and of greedy search; the best counts. */
  restarts: number;
}

/** Parts of the optimisation page a teacher can hide (Classroom dialog); stored by name in links. */
export const QAOA_HIDEABLE_CHOICES = [
  { value: 'problem', label: 'Problem settings' },
  { value: 'qaoa', label: 'QAOA settings' },
  { value: 'training', label: 'Training settings' },
  { value: 'noise', label: 'Noise settings' },
  { value: 'solvers', label: 'Classical solver settings' },
  { value: 'figures', label: 'Figures' },
  { value: 'chart', label: 'Cost chart' },
  { value: 'solution', label: 'Solutions picture' },
  { value: 'histogram', label: 'Measured bitstrings' },
  { value: 'landscape', label: 'QAOA landscape' },
  { value: 'circuit', label: 'QAOA circuit' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export const QAOA_HIDEABLE = QAOA_HIDEABLE_CHOICES.map((c) => c.value);
export type QaoaHideable = (typeof QAOA_HIDEABLE_CHOICES)[number]['value'];

export interface QaoaExperiment {
  version: 4;
  task: 'qaoa';
  problem: QaoaProblem;
  qaoa: QaoaSettings;
  training: TrainingCore;
  solvers: SolverSettings;
  view: ViewCore<QaoaHideable>;
  /** The QAOA circuit's noise (absent: an ideal simulator). */
  noise?: NoiseSettings;
  /** Trained angles: γ₁…γ_p then β₁…β_p (classical is empty). */
  weights?: Weights;
}
