// Where the batched simulator (batch.ts) keeps what each step needs, computed once from the plan:
// its arrays, the groups of steps that run block by block, each input's kept matrices, the phase
// tables.

import { STEP_PHASE, STEP_WIRE, type Step } from './fuse';
import { phaseSizes } from './inputPhase';
import { phaseAreas } from './phaseLayer';
import { allocArrays } from './simd';

/** The batched simulator's arrays, in one WebAssembly memory when it has the SIMD kernels. */
export interface BatchMemory {
  /** The states φ and their λ: capacity states of 2^(n+1) numbers each, back to back. */
  readonly phiAll: Float64Array;
  readonly lamAll: Float64Array;
  /** Per state a 2×2 (16 numbers, writeBatchMatrix) and the adjoint step's sums (8). */
  readonly mats: Float64Array;
  readonly sums: Float64Array;
  /** The real phase tables of fused diagonal runs, step k's at 2·tableAt[k] (tableLayout). */
  readonly tables: Float64Array;
  readonly tableAt: Int32Array;
  /** Per state the tables and sums of per-input phase layers (inputPhase.ts). */
  readonly phaseTables: Float64Array;
  readonly phaseSums: Float64Array;
  /** A shared phase layer's kernel tables, and its sums per state (phaseLayer.ts). */
  readonly layerTables: Float64Array;
  readonly layerSums: Float64Array;
  /** Per state its one-qubit states for a product start (8 numbers per qubit: batchInput.ts). */
  readonly vecs: Float64Array;
}

/** Allocates what a batch of `capacity` states of n qubits running `steps` needs. */
export function batchMemory(
  steps: readonly Step[],
  n: number,
  capacity: number,
  simd: boolean,
): BatchMemory {
  const stateLen = 2 << n;
  const { tableAt, tablesLen } = tableLayout(steps);
  const phased = steps.some((st) => st.kind === STEP_PHASE && st.perInput) ? capacity : 0;
  const shared = steps.some((st) => st.kind === STEP_PHASE && !st.perInput) ? 1 : 0;
  const { tableLen, sumsLen } = phaseSizes(n);
  const areas = phaseAreas(n);
  const [phiAll, lamAll, mats, sums, tables, phaseTables, phaseSums, layerTables, layerSums, vecs] =
    allocArrays([
      capacity * stateLen, capacity * stateLen, 16 * capacity, 8 * capacity, 2 * tablesLen + 2,
      phased * tableLen + 2, phased * sumsLen + 2, shared * areas.tables + 2,
      shared * capacity * areas.sums + 2, 8 * n * capacity,
    ], simd) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array]; // prettier-ignore
  // Per basis state a vector (v, v): the phaseReal kernel's layout.
  steps.forEach((st, k) => {
    for (let b = 0; tableAt[k]! >= 0 && b < st.table!.length >> 1; b++)
      tables[2 * (tableAt[k]! + b)] = tables[2 * (tableAt[k]! + b) + 1] = st.table![2 * b]!;
  });
  return { phiAll, lamAll, mats, sums, tables, tableAt, phaseTables, phaseSums, layerTables, layerSums, vecs }; // prettier-ignore
}

/**
 * Groups of consecutive steps on qubits below `blockQubits` that read no input, on states of more
 * qubits than that: blockEnd[k] > k + 1 for the first step of a group of two or more (k + 1
 * otherwise), blockStart[k] < k for its last (k otherwise: the backward order).
 */
export function blockGroups(
  steps: readonly Step[],
  n: number,
  blockQubits: number,
): { blockEnd: Int32Array; blockStart: Int32Array } {
  const low = n > blockQubits;
  const blockable = steps.map((st) => low && !st.perInput && st.mask < 2 ** blockQubits);
  const blockEnd = new Int32Array(steps.length);
  for (let k = steps.length - 1; k >= 0; k--)
    blockEnd[k] =
      blockable[k] && k + 1 < steps.length && blockable[k + 1] ? blockEnd[k + 1]! : k + 1;
  const blockStart = new Int32Array(steps.length);
  for (let k = 0; k < steps.length; k++)
    blockStart[k] = blockable[k] && k > 0 && blockable[k - 1] ? blockStart[k - 1]! : k;
  return { blockEnd, blockStart };
}

/**
 * Per input, the matrices of its per-input wire steps, kept from a run for the backward pass:
 * step k's at s·keptStride + keptAt[k]; 8 f64s per op, and at least 12 (a wire with an input
 * rotation keeps its U and four cos and sin: batchInput.ts), or EULER_KEPT for a split wire.
 */
export function keptLayout(steps: readonly Step[]): { keptAt: Int32Array; keptStride: number } {
  const keptAt = new Int32Array(steps.length);
  let keptStride = 0;
  steps.forEach((st, k) => {
    keptAt[k] = keptStride;
    if (st.perInput && st.kind === STEP_WIRE)
      keptStride += Math.max(st.euler ? EULER_KEPT : 12, 8 * st.ops.length);
  });
  return { keptAt, keptStride };
}

/** What a split wire keeps per input: U, cos and sin (12), then R (8), A and G (4 each). */
export const EULER_KEPT = 28;

/** Offsets of the real phase tables of fused diagonal runs (−1: none, or complex), in f64s. */
export function tableLayout(steps: readonly Step[]): { tableAt: Int32Array; tablesLen: number } {
  const tableAt = new Int32Array(steps.length).fill(-1);
  let tablesLen = 0;
  steps.forEach((st, k) => {
    if (st.table && isReal(st.table)) {
      tableAt[k] = tablesLen;
      tablesLen += st.table.length >> 1;
    }
  });
  return { tableAt, tablesLen };
}

function isReal(table: Float64Array): boolean {
  for (let e = 1; e < table.length; e += 2) if (table[e] !== 0) return false;
  return true;
}
