// Test fixtures for QAOA: MaxCut Isings built by hand (independent of the problem builders), a
// cost vector by plain enumeration, and a plain optimiser of ⟨C⟩ from several starts.
import { createOptimizer } from '../../../../workers/ml/optim';
import type { Ising } from '../../../../workers/tasks/qaoa/model';
import { createQaoa, type Qaoa } from '../../../../workers/tasks/qaoa/qaoa';

/** E = −cut: offset −Σw/2, J_ij = w/2. */
export function maxcutIsing(n: number, edges: [number, number, number?][]): Ising {
  let offset = 0;
  const couplings = edges.map(([i, j, w = 1]) => {
    offset -= w / 2;
    return { i: Math.min(i, j), j: Math.max(i, j), w: w / 2 };
  });
  return { n, offset, h: new Float64Array(n), couplings };
}

export function ringEdges(n: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => [i, (i + 1) % n]);
}

/** E for every basis index, term by term. */
export function plainCosts(ising: Ising): Float64Array {
  const out = new Float64Array(1 << ising.n);
  for (let k = 0; k < out.length; k++) {
    const z = (i: number): number => 1 - 2 * ((k >> i) & 1);
    let e = ising.offset;
    ising.h.forEach((h, i) => (e += h * z(i)));
    for (const { i, j, w } of ising.couplings) e += w * z(i) * z(j);
    out[k] = e;
  }
  return out;
}

export function qaoaFor(ising: Ising, mixer: 'x' | 'xy' = 'x', budget: number | null = null): Qaoa {
  const scale = Math.max(...ising.couplings.map((c) => Math.abs(c.w)), ...Array.from(ising.h, Math.abs), 1e-12); // prettier-ignore
  return createQaoa({ n: ising.n, costs: plainCosts(ising), ising, scale, mixer, budget });
}

/** The lowest ⟨C⟩ Adam reaches from `starts` (each θ of length 2p), and its angles. */
export function minimise(
  q: Qaoa,
  p: number,
  starts: number[][],
  steps = 1500,
): { e: number; theta: Float64Array } {
  // prettier-ignore
  let best = { e: Infinity, theta: new Float64Array(2 * p) };
  for (const s of starts) {
    const theta = Float64Array.from(s);
    const grad = new Float64Array(2 * p);
    const opt = createOptimizer({ name: 'adam', learningRate: 0.02, l2: 0 }, 2 * p);
    for (let t = 0; t < steps; t++) {
      q.gradient(theta, p, grad);
      opt.step(theta, grad);
    }
    const e = q.expectation(theta, p);
    if (e < best.e) best = { e, theta };
  }
  return best;
}

/** Linear ramp starts: γ_l = (l+½)/p·Δ, β_l = (1 − (l+½)/p)·Δ for a few Δ. */
export function rampStarts(p: number, deltas = [0.4, 0.7, 1.0]): number[][] {
  return deltas.map((d) => [
    ...Array.from({ length: p }, (_, l) => ((l + 0.5) / p) * d),
    ...Array.from({ length: p }, (_, l) => (1 - (l + 0.5) / p) * d),
  ]);
}
