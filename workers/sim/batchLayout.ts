// Where the batched simulator (batch.ts) keeps what each step needs, computed once from the plan:
// the groups of steps that run block by block, each input's kept matrices, the phase tables.

import { STEP_WIRE, type Step } from './fuse';

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
 * step k's at s·keptStride + keptAt[k].
 */
export function keptLayout(steps: readonly Step[]): { keptAt: Int32Array; keptStride: number } {
  const keptAt = new Int32Array(steps.length);
  let keptStride = 0;
  steps.forEach((st, k) => {
    keptAt[k] = keptStride;
    if (st.perInput && st.kind === STEP_WIRE) keptStride += 8 * st.ops.length;
  });
  return { keptAt, keptStride };
}

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
