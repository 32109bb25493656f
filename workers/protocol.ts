// The messages the lab worker sends to the page, for every task: load info, per-step reports,
// pictures, status. Types only; the page (store, charts, panels) and the worker both import this
// module, so neither side reads the other's internals.

import type { Circuit } from './sim/circuit';
import type { Forecast, SequenceInfo, SequenceReport } from './protocolSequence';
import type { TextInfo, TextReport, TextSamples } from './protocolText';
import type { QecInfo, QecReport, QecSyndromes } from './protocolQec';
import type { MatmulEstimate, MatmulInfo, MatmulReport } from './protocolMatmul';
import type { CircuitInfo, CircuitReport, ShotCounts } from './protocolCircuit';
import type { PlateauGradients, PlateauInfo, PlateauReport } from './protocolPlateau';

export type * from './protocolSequence';
export type * from './protocolText';
export type * from './protocolQec';
export type * from './protocolMatmul';
export type * from './protocolCircuit';
export type * from './protocolPlateau';

/** The editor's live view of a circuit's state (the `inspect` call). */
export type { InspectNoise, StateView } from './inspect';

export type TrainStatus = 'idle' | 'playing' | 'paused' | 'done';

// ── Classification ────────────────────────────────────────────────────────────────────────────

export interface ModelMetrics {
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  /** Wall time of this epoch's training step, in milliseconds. */
  ms: number;
}

export interface EpochReport {
  epoch: number;
  /** The quantum model as it runs: under the experiment's noise when it has some. */
  quantum: ModelMetrics;
  classical: ModelMetrics;
  /**
   * With noise: the same quantum model trained on an ideal simulator from the same start, on the
   * same batches (what the noise costs is the gap). Absent without noise.
   */
  ideal?: ModelMetrics;
}

/** Class probabilities on a res × res grid over [−1, 1]² (row 0 at x2 = +1), per model. */
export interface Boundaries {
  epoch: number;
  resolution: number;
  classes: number;
  quantum: Float32Array;
  classical: Float32Array;
}

export interface ClassifyInfo {
  task: 'classify';
  classes: number;
  circuit: Circuit;
  quantumParams: number;
  classicalParams: number;
  classicalHidden: number[];
  train: { x: Float64Array; y: Int32Array };
  test: { x: Float64Array; y: Int32Array };
  /** Bloch vectors of the class targets when the readout is fidelity on one qubit, else null. */
  targets: Float64Array | null;
  /**
   * Tabular data: its features per point and the share of variance of the plane the pictures
   * show (train/test x and the decision boundaries are on its two principal axes); else null.
   */
  plane: { features: number; explained: number } | null;
}

/** One candidate of the classical width search: its train accuracy after the run's epochs. */
export interface WidthTrial {
  width: number;
  trainAccuracy: number;
}

/**
 * Progress of the search for the smallest one-hidden-layer MLP that reaches the quantum model's
 * train accuracy (the classification session's 'smallestWidth' job).
 */
export interface WidthSearch {
  /** The job's token from the page, so it knows which search this answers. */
  token: number;
  /** The quantum model's train accuracy, and how far below it still counts as reaching it. */
  target: number;
  tolerance: number;
  /** Widest candidate tried before giving up. */
  cap: number;
  /** Widths tried so far, 1, 2, 3, … in order. */
  tried: WidthTrial[];
  /** The smallest width that reaches target − tolerance; null when none did (yet). */
  found: number | null;
  done: boolean;
}

// ── Molecule energy (VQE) ─────────────────────────────────────────────────────────────────────

export interface VqeReport {
  /** Optimisation steps taken. */
  epoch: number;
  /** ⟨H⟩ of the ansatz state now, in hartree (from shots when training uses them; under noise, noisy). */
  energy: number;
  /** Wall time of this step, in milliseconds. */
  ms: number;
  /** With noise: ⟨H⟩ of the same ansatz trained on an ideal simulator from the same start. */
  ideal?: number;
  /**
   * With noise: the noisy ⟨H⟩ of the current parameters extrapolated to zero noise (gate folding
   * at scale factors 1, 3, 5, Richardson), and the three values it came from. Paced to a share of
   * the time (workers/tasks/noisyTwin.ts): absent from some iterations' reports, present at the
   * load, on the last iteration and in the report that completes one when training stops.
   */
  mitigated?: { energy: number; scales: number[]; values: number[] };
}

export interface VqeInfo {
  task: 'vqe';
  circuit: Circuit;
  qubits: number;
  numParams: number;
  /** The Hamiltonian as Pauli terms (sparse labels, "" for the identity), in hartree. */
  terms: { coeff: number; label: string }[];
  /** Full CI: the lowest energy with the molecule's electron count (any state for a custom sum). */
  exactEnergy: number;
  /** Null for a custom Hamiltonian. */
  hartreeFock: number | null;
  nuclearRepulsion: number | null;
  /**
   * μ in hartree when training adds μ⟨(N − N₀)² + (N↑ − N↓)²⟩ to keep the molecule's electrons
   * (qubits are spin orbitals); null when every state has them.
   */
  penalty: number | null;
}

/** One bond length of a dissociation scan, energies in hartree (vqe null until computed). */
export interface ScanRow {
  bondLength: number;
  hartreeFock: number;
  vqe: number | null;
  exact: number;
}

// ── Optimisation (QAOA) ───────────────────────────────────────────────────────────────────────

/** A bitstring (bit q = qubit q) with what it scores. */
export interface Solution {
  bits: number;
  /** What the figures show: the cut (maximised) or the cost QAOA minimises (penalties included). */
  score: number;
  /** The problem's own objective without penalties (the cut; return − q·risk; congestion). */
  objective: number;
  /** Whether it meets the constraints (budget, one route per car); always true without any. */
  feasible: boolean;
}

/** A classical solver's best answer, and the wall time it took. */
export interface SolverResult extends Solution {
  ms: number;
  /** What was run, in words ("1,000 sweeps, T from 3.2 to 0.01 geometric, best of 10 runs"). */
  settings: string;
}

/** What a problem is, for drawing its solutions. */
export type ProblemPicture =
  | {
      kind: 'graph';
      /** [x, y] per node on a 0–100 square (y down); node q is qubit q. */
      positions: [number, number][];
      /** [i, j, weight]. */
      edges: [number, number, number][];
    }
  | {
      kind: 'portfolio';
      names: string[];
      /** Expected return per period of each asset. */
      mu: number[];
      /** Standard deviation of each asset's return (√Σ_ii). */
      sigma: number[];
      budget: number;
      risk: number;
    }
  | {
      kind: 'traffic';
      /** Road segments between junctions at [x, y] on a 0–100 square. */
      junctions: [number, number][];
      roads: [number, number][];
      /** Per car: its name and its routes, each a list of road indices; qubits[c][r] is route r's qubit. */
      cars: { name: string; routes: number[][] }[];
      qubits: number[][];
    }
  | { kind: 'custom' };

export interface QaoaInfo {
  task: 'qaoa';
  circuit: Circuit;
  qubits: number;
  numParams: number;
  depth: number;
  /** 'cut': scores are cuts, maximised; 'cost': scores are costs, minimised. */
  objective: 'cut' | 'cost';
  /** Words for the objective without penalties ("Cut", "Return − q × risk", "Congestion", "Cost"). */
  objectiveName: string;
  /** Best and worst score over every bitstring (brute force). */
  optimum: number;
  worst: number;
  bruteForce: SolverResult;
  annealing: SolverResult;
  greedy: SolverResult;
  picture: ProblemPicture;
  /** The constraint's penalty weight and what it enforces, when the problem has one. */
  penalty: { weight: number; enforces: string } | null;
  /** QAOA runs exp(−iγC/scale): γ is in units of 1/scale (the largest Ising coefficient). */
  scale: number;
}

export interface QaoaReport {
  epoch: number;
  /** Layers now (grows during layer-by-layer training). */
  depth: number;
  /** Expected score ⟨C⟩ of the state now (cut or cost; under noise, the noisy one, readout error in). */
  expected: number;
  /** (worst − ⟨C⟩)/(worst − optimum) in cost terms: ⟨cut⟩/max cut for MaxCut (under noise, noisy). */
  ratio: number;
  /** Probability of measuring an optimal bitstring (under noise, with readout error). */
  pOptimal: number;
  /** γ₁…γ_p then β₁…β_p (under noise, the noisy model's). */
  angles: number[];
  ms: number;
  /** With noise: the expected score and ratio of the same QAOA trained without noise from the same start. */
  ideal?: { expected: number; ratio: number };
  /**
   * With noise: the noisy expected score at the current angles extrapolated to zero noise (gate
   * folding at scale factors 1, 3, 5, Richardson), and the three scores it came from; paced as
   * VqeReport's.
   */
  mitigated?: { expected: number; scales: number[]; values: number[] };
}

/** The most likely bitstrings of the trained state, with a sample of `shots` measurements. */
export interface QaoaSamples {
  epoch: number;
  shots: number;
  top: (Solution & { probability: number; count: number; optimal: boolean })[];
  /** The best bitstring among the samples. */
  best: Solution;
}

/**
 * ⟨C⟩ at depth 1 over γ in [0, gammaMax] (columns) × β in [betaMin, betaMax] (rows), filled row
 * by row; NaN where not computed yet. (⟨C⟩ at (−γ, −β) equals that at (γ, β), so γ ≥ 0 shows all.)
 */
export interface Landscape {
  resolution: number;
  gammaMax: number;
  betaMin: number;
  betaMax: number;
  /** values[row * resolution + col], row 0 at β = betaMin. */
  values: Float64Array;
  done: boolean;
}

// ── Benchmark ───────────────────────────────────────────────────────────────────────────────

/** One finished cell of a benchmark run: a model fitted on the data at one difficulty and seed. */
export interface BenchmarkCellResult {
  model: string;
  difficulty: number;
  seed: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Wall time of the fit (Gram matrices or training included), in milliseconds. */
  ms: number;
  /** Why the cell was not fitted (e.g. too many features for the model); accuracies are NaN. */
  skipped?: string;
  /** A remark on the fit (a solver that stopped at its limit). */
  note?: string;
}

export interface BenchmarkInfo {
  task: 'benchmark';
  /** Cells in the run. */
  cells: number;
}

export interface BenchmarkReport {
  epoch: number;
  /** The cell this step fitted; null for step 0. */
  cell: BenchmarkCellResult | null;
  /** The cell the next step fits (or goes on fitting); null when the run is done. */
  next: { model: string; difficulty: number; seed: number } | null;
  /** A model trained step by step, part-way through `next`: its steps so far and last loss. */
  progress: { steps: number; loss: number } | null;
}

/** The data set at one difficulty and seed, projected on its two principal axes, for a preview. */
export interface BenchmarkDataPreview {
  difficulty: number;
  seed: number;
  /** Features per row before projection. */
  d: number;
  /** x, y of each row (train rows first), and its label ±1. */
  points: Float32Array;
  labels: Int8Array;
  train: number;
  /** Share of the variance the two axes hold. */
  explained: number;
}

// ── Every task ────────────────────────────────────────────────────────────────────────────────

export type LoadInfo =
  | ClassifyInfo
  | VqeInfo
  | QaoaInfo
  | BenchmarkInfo
  | SequenceInfo
  | TextInfo
  | QecInfo
  | MatmulInfo
  | CircuitInfo
  | PlateauInfo;
export type Report =
  | EpochReport
  | VqeReport
  | QaoaReport
  | BenchmarkReport
  | SequenceReport
  | TextReport
  | QecReport
  | MatmulReport
  | CircuitReport
  | PlateauReport;

/** Figures that cost more than a step, sent at most a few times a second; newest of a kind wins. */
export type Picture =
  | { kind: 'boundaries'; boundaries: Boundaries }
  | { kind: 'bloch'; epoch: number; vectors: Float64Array }
  | { kind: 'probabilities'; epoch: number; probabilities: Float64Array }
  | { kind: 'scan'; rows: ScanRow[]; done: boolean }
  | { kind: 'widthSearch'; search: WidthSearch }
  | { kind: 'samples'; samples: QaoaSamples }
  | { kind: 'landscape'; landscape: Landscape }
  | { kind: 'benchmarkData'; preview: BenchmarkDataPreview }
  | { kind: 'forecast'; forecast: Forecast }
  | { kind: 'textSamples'; samples: TextSamples }
  | { kind: 'qecSyndromes'; syndromes: QecSyndromes }
  | { kind: 'matmulEstimate'; estimate: MatmulEstimate }
  | { kind: 'shotCounts'; counts: ShotCounts }
  | { kind: 'plateauGradients'; gradients: PlateauGradients };
export type PictureKind = Picture['kind'];
export type PictureOf<K extends PictureKind> = Extract<Picture, { kind: K }>;

export type TrainEvent =
  /** New reports; with `completes`, one report that replaces the last one sent (its epoch's). */
  | { type: 'epochs'; reports: Report[]; completes?: true }
  | { type: 'picture'; picture: Picture }
  | { type: 'status'; status: TrainStatus; epoch: number }
  | { type: 'error'; message: string };

/**
 * A training event as the worker posts it: on its own channel, the one comlink's answers take, so
 * a call's events always reach the page before its answer. `load` counts the worker's load calls
 * (1 for the first): the page keeps only the events of its latest load.
 */
export interface EventMessage {
  trainEvent: TrainEvent;
  load: number;
}

export function isEventMessage(data: unknown): data is EventMessage {
  return typeof data === 'object' && data !== null && 'trainEvent' in data && 'load' in data;
}

/** Typed-array buffers of a picture, handed to the page instead of copied. */
export function pictureBuffers(p: Picture): ArrayBuffer[] {
  switch (p.kind) {
    case 'boundaries':
      return [p.boundaries.quantum.buffer as ArrayBuffer, p.boundaries.classical.buffer as ArrayBuffer]; // prettier-ignore
    case 'bloch':
      return [p.vectors.buffer as ArrayBuffer];
    case 'probabilities':
      return [p.probabilities.buffer as ArrayBuffer];
    case 'landscape':
      return [p.landscape.values.buffer as ArrayBuffer];
    case 'benchmarkData':
      return [p.preview.points.buffer as ArrayBuffer, p.preview.labels.buffer as ArrayBuffer];
    case 'forecast':
      return [p.forecast.quantum.buffer as ArrayBuffer, p.forecast.classical.buffer as ArrayBuffer];
    case 'scan':
    case 'widthSearch':
    case 'samples':
    case 'textSamples':
    case 'qecSyndromes':
    case 'matmulEstimate':
    case 'shotCounts':
    case 'plateauGradients':
      return [];
  }
}
