// The cost layer exp(−iγC/s) as one diagonal pass over the state, with the cost of every basis
// state computed once. When the costs take few distinct values (unweighted or whole-number
// weighted cuts, traffic) each basis state stores the index of its value, and a layer computes
// one cos/sin per distinct value instead of one per amplitude: the pass is then memory-bound.
// A pass can run over a range of amplitudes, so the mixer can fuse it with its in-cache blocks.

/** Distinct values beyond which a level table is not worth it (cos/sin per amplitude instead). */
const MAX_LEVELS = 4096;

export interface CostPhase {
  /** Sets γ (and the direction: 1 forward, −1 for the inverse) for the range calls below. */
  prepare(gamma: number, sign: 1 | -1): void;
  /** a_k ← exp(∓iγc_k/s)·a_k for amplitudes k in [from, to). */
  applyRange(a: Float64Array, from: number, to: number): void;
  /**
   * One adjoint step over [from, to) (prepared with sign −1): returns that range's share of
   * Im⟨lam|C/s|phi⟩ (phi, lam after the layer), then phi ← U†phi and lam ← U†lam there.
   */
  adjointRange(phi: Float64Array, lam: Float64Array, from: number, to: number): number;
  /** The whole state: a ← exp(−iγC/s)·a. */
  apply(a: Float64Array, gamma: number): void;
}

/** Distinct values of `costs` and each entry's index among them, if there are few. */
function levelsOf(costs: Float64Array): { values: Float64Array; index: Uint16Array } | null {
  const seen = new Map<number, number>();
  const index = new Uint16Array(costs.length);
  for (let k = 0; k < costs.length; k++) {
    const c = costs[k]!;
    let l = seen.get(c);
    if (l === undefined) {
      if (seen.size >= MAX_LEVELS) return null;
      l = seen.size;
      seen.set(c, l);
    }
    index[k] = l;
  }
  return { values: Float64Array.from(seen.keys()), index };
}

export function createCostPhase(costs: Float64Array, scale: number): CostPhase {
  const levels = levelsOf(costs);
  /** cos, sin of each level's phase, interleaved (one cache line holds four levels). */
  const table = new Float64Array(levels ? 2 * levels.values.length : 0);
  /** Phase angle per unit cost: amplitudes turn by e^{i·t·c}. */
  let t = 0;
  const phase: CostPhase = {
    prepare(gamma, sign) {
      t = (-sign * gamma) / scale;
      if (!levels) return;
      const v = levels.values;
      for (let l = 0; l < v.length; l++) {
        table[2 * l] = Math.cos(t * v[l]!);
        table[2 * l + 1] = Math.sin(t * v[l]!);
      }
    },
    applyRange(a, from, to) {
      if (levels) {
        const idx = levels.index;
        for (let k = from; k < to; k++) {
          const l = idx[k]! << 1;
          const c = table[l]!, s = table[l + 1]!; // prettier-ignore
          const re = a[2 * k]!, im = a[2 * k + 1]!; // prettier-ignore
          a[2 * k] = re * c - im * s;
          a[2 * k + 1] = re * s + im * c;
        }
        return;
      }
      for (let k = from; k < to; k++) {
        const th = t * costs[k]!;
        const c = Math.cos(th), s = Math.sin(th); // prettier-ignore
        const re = a[2 * k]!, im = a[2 * k + 1]!; // prettier-ignore
        a[2 * k] = re * c - im * s;
        a[2 * k + 1] = re * s + im * c;
      }
    },
    adjointRange(phi, lam, from, to) {
      let g = 0;
      const idx = levels?.index;
      for (let k = from; k < to; k++) {
        let c: number, s: number; // prettier-ignore
        if (idx) {
          const l = idx[k]! << 1;
          c = table[l]!;
          s = table[l + 1]!;
        } else {
          c = Math.cos(t * costs[k]!);
          s = Math.sin(t * costs[k]!);
        }
        const pr = phi[2 * k]!, pi = phi[2 * k + 1]!; // prettier-ignore
        const lr = lam[2 * k]!, li = lam[2 * k + 1]!; // prettier-ignore
        // Im(conj(λ)·c_k·φ) = c_k(lr·pi − li·pr)
        g += costs[k]! * (lr * pi - li * pr);
        phi[2 * k] = pr * c - pi * s;
        phi[2 * k + 1] = pr * s + pi * c;
        lam[2 * k] = lr * c - li * s;
        lam[2 * k + 1] = lr * s + li * c;
      }
      return g / scale;
    },
    apply(a, gamma) {
      phase.prepare(gamma, 1);
      phase.applyRange(a, 0, costs.length);
    },
  };
  return phase;
}
