// The matrix-multiplication task's part of the schema: two real n × n matrices A and B (n = 2
// or 4) multiplied by the quantum subroutine of Bernasconi, Berti, Del Corso and Poggiali (IEEE
// Access, 2024), exactly or from shots split over rounds (one round a step of Play).

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';

/** n: the matrices' rows and columns; each of the three registers holds log2(n) qubits. */
export const MATMUL_SIZES = [2, 4] as const;
export type MatmulSize = (typeof MATMUL_SIZES)[number];

export interface MatmulMatrices {
  size: MatmulSize;
  /** A row-major: a[i · size + j] = A_ij (size² real entries, not all zero). */
  a: number[];
  /** B row-major: b[j · size + l] = B_jl (size² real entries, not all zero). */
  b: number[];
}

export const MATMUL_HIDEABLE_CHOICES = [
  { value: 'matrices', label: 'Matrix settings' },
  { value: 'shots', label: 'Shot settings' },
  { value: 'circuit', label: 'Circuit of the subroutine' },
  { value: 'figures', label: 'Figures (p, error)' },
  { value: 'table', label: 'Amplitudes table' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export type MatmulHideable = (typeof MATMUL_HIDEABLE_CHOICES)[number]['value'];

export interface MatmulExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'matmul';
  matrices: MatmulMatrices;
  /**
   * shots: shots of the whole run (0 = the exact result only); epochs: the rounds they are split
   * over (one a step of Play); seed: the shots' seed. The rest is unused: nothing trains.
   */
  training: TrainingCore;
  view: ViewCore<MatmulHideable>;
  /** Unused: the task keeps no trained parameters. */
  weights?: Weights;
}
