// Runs a compiled program on a statevector, forwards or (with adjoint matrices) backwards.

import { KIND, type Program } from './compile';
import { dense1, dense2, diag1, diag2, swap2, x1 } from './kernels';
import type { StateVector } from './state';

/** Applies op i (or its inverse when `inverse`) to the amplitudes a of an n-qubit state. */
export function applyOp(p: Program, i: number, a: Float64Array, inverse: boolean): void {
  const m = inverse ? p.adj : p.mat;
  const o = p.mOff[i]!;
  const cm = p.cmask[i]!;
  const cv = p.cval[i]!;
  switch (p.kind[i]) {
    case KIND.dense1:
      dense1(a, p.q0[i]!, m, o, cm, cv);
      break;
    case KIND.diag1:
      diag1(a, p.q0[i]!, m, o, cm, cv);
      break;
    case KIND.x1:
      x1(a, p.q0[i]!, cm, cv);
      break;
    case KIND.dense2:
      dense2(a, p.q0[i]!, p.q1[i]!, m, o, cm, cv);
      break;
    case KIND.diag2:
      diag2(a, p.q0[i]!, p.q1[i]!, m, o, cm, cv);
      break;
    default:
      swap2(a, p.q0[i]!, p.q1[i]!, cm, cv);
  }
}

/** Applies ops [from, to) in order to the state (which is not reset first). */
export function runProgram(p: Program, state: StateVector, from = 0, to = p.ops): void {
  const a = state.amp;
  for (let i = from; i < to; i++) applyOp(p, i, a, false);
}
