// The noise core's speed: one gate on a 12-qubit density matrix (4^12 entries, 256 MiB) as a
// multiple of one read+write pass over the same array.

import { performance } from 'node:perf_hooks';
import { bindProgram, compile, type Operation, type Program } from '../workers/sim';
import { createDensity } from '../workers/sim/noise/density';
import { applyGateToDensity } from '../workers/sim/noise/dmRun';

export interface DensityGateBench {
  /** RY on a 12-qubit density matrix, in passes over it (budget ≤ 2). */
  dm12GateVsPass: number;
  /** CNOT (control on the next qubit) on it, in passes. */
  dm12CnotVsPass: number;
  /** Milliseconds: the RY, the CNOT, and the pass. */
  dm12Ms: number;
  cnotMs: number;
  passMs: number;
}

/**
 * Best of repeated runs per qubit position, median over the 12 positions, all interleaved with
 * the pass as gateTimes in bench.ts does. The pass copies the density matrix itself into an
 * array whose pages are already touched: a copy from a fresh, never-written array would read
 * the kernel's shared zero page and look about twice as fast as memory allows.
 */
export function dmGateVsPass(reps = 6): DensityGateBench {
  const n = 12;
  const rho = createDensity(n);
  // Any contents do: the gates are unitary, so the entries stay of the same size (no denormals).
  rho.data.fill(1e-4);
  const dst = new Float64Array(rho.data.length).fill(1);
  const at = (make: (q: number) => Operation): Program[] =>
    Array.from({ length: n }, (_, q) => {
      const p = compile({ qubits: n, ops: [make(q)] });
      bindProgram(p, [0.3]);
      return p;
    });
  const ry = at((q) => ({ gate: 'RY', targets: [q], params: [{ kind: 'param', index: 0 }] }));
  const cnot = at((q) => ({ gate: 'CNOT', targets: [(q + 1) % n, q] }));
  let pass = Infinity;
  const bestRy = new Array<number>(n).fill(Infinity);
  const bestCnot = new Array<number>(n).fill(Infinity);
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    dst.set(rho.data);
    pass = Math.min(pass, performance.now() - t);
    for (let q = 0; q < n; q++) {
      t = performance.now();
      applyGateToDensity(ry[q]!, 0, rho, false);
      bestRy[q] = Math.min(bestRy[q]!, performance.now() - t);
      t = performance.now();
      applyGateToDensity(cnot[q]!, 0, rho, false);
      bestCnot[q] = Math.min(bestCnot[q]!, performance.now() - t);
    }
  }
  const median = (v: number[]): number => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  const dm12Ms = median(bestRy);
  const cnotMs = median(bestCnot);
  return {
    dm12GateVsPass: dm12Ms / pass,
    dm12CnotVsPass: cnotMs / pass,
    dm12Ms,
    cnotMs,
    passMs: pass,
  };
}
