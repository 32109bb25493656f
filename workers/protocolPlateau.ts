// The barren-plateau task's part of the worker's messages (protocol.ts joins it to the unions):
// the sweep's qubit counts, and one point (the statistics of ∂C/∂θ_k at one n) a step.

import type { Circuit } from './sim/circuit';

/** The derivatives of the cost along one parameter over the random circuits on n qubits. */
export interface PlateauPoint {
  /** Qubits. */
  n: number;
  /** Layers of the circuits at this n. */
  layers: number;
  /** Index k of the differentiated parameter (l·n + q: qubit q of layer l). */
  parameter: number;
  /** Random circuits drawn. */
  circuits: number;
  /** Mean of ∂C/∂θ_k over them (≈ 0). */
  mean: number;
  /** Unbiased sample variance Var[∂C/∂θ_k]. */
  variance: number;
  /** Standard error of the mean. */
  meanError: number;
  /** Standard error of the variance (from the fourth central moment). */
  varianceError: number;
}

export interface PlateauInfo {
  task: 'plateau';
  /** The sweep's qubit counts, in order (step k computes the k-th). */
  qubits: number[];
  /** Layers of the circuits at each of those counts. */
  layers: number[];
  circuits: number;
  cost: 'global' | 'pair' | 'local';
  component: 'first' | 'middle';
  scaling: 'fixed' | 'perQubit';
  seed: number;
  /** The first two layers of one random circuit at the smallest n, to draw. */
  sample: Circuit;
}

export interface PlateauReport {
  epoch: number;
  /** The point this step computed; null for step 0. */
  plateau: PlateauPoint | null;
}

/** The derivatives ∂C/∂θ_k of every circuit of the latest point, for their histogram. */
export interface PlateauGradients {
  /** Qubits of that point; null before the first point. */
  n: number | null;
  /** One derivative per random circuit. */
  values: number[];
}
