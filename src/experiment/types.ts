// The one experiment schema: a plain, JSON-serialisable object that holds everything needed to
// reproduce a run, a union over tasks (each task's part lives in tasks/<task>/types.ts). Shared
// by the page and the worker; a leaf: it imports nothing from workers/ or the UI.

import type { BenchmarkExperiment } from './tasks/benchmark/types';
import type { ClassifyExperiment } from './tasks/classify/types';
import type { QaoaExperiment } from './tasks/qaoa/types';
import type { VqeExperiment } from './tasks/vqe/types';
import type { SequenceExperiment } from './tasks/sequence/types';
import type { TextExperiment } from './tasks/text/types';
import type { QecExperiment } from './tasks/qec/types';
import type { MatmulExperiment } from './tasks/matmul/types';
import type { CircuitExperiment } from './tasks/circuit/types';
import type { PlateauExperiment } from './tasks/plateau/types';

export type * from './tasks/classify/types';
export type * from './tasks/vqe/types';
export type * from './tasks/qaoa/types';
export type * from './tasks/benchmark/types';
export type * from './tasks/sequence/types';
export type * from './tasks/text/types';
export type * from './tasks/qec/types';
export type * from './tasks/matmul/types';
export type * from './tasks/circuit/types';
export type * from './tasks/plateau/types';
export type { Weights } from './common';
export type {
  Activation,
  BaselineEngine,
  Entangler,
  GradientName,
  OptimizerName,
  ReadoutKind,
} from './lists';
export { BASELINE_ENGINES } from './lists';
export { HIDEABLE } from './tasks/classify/types';
export type { DatasetName } from './tasks/classify/datasets';

/** Every kind of experiment; `task` tells which. */
export type Experiment =
  | ClassifyExperiment
  | VqeExperiment
  | QaoaExperiment
  | BenchmarkExperiment
  | SequenceExperiment
  | TextExperiment
  | QecExperiment
  | MatmulExperiment
  | CircuitExperiment
  | PlateauExperiment;
export type TaskName = Experiment['task'];
/** The experiment of one task. */
export type ExperimentOf<T extends TaskName> = Extract<Experiment, { task: T }>;
