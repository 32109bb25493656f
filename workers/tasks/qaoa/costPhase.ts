// The cost layer exp(−iγC/s) as one diagonal pass over the state, with the cost of every basis
// state computed once. When the costs take few distinct values (unweighted or whole-number
// weighted cuts, traffic) each basis state stores the index of its value, and a layer computes
// one cos/sin per distinct value instead of one per amplitude: the pass is then memory-bound.

/** Distinct values beyond which a level table is not worth it (cos/sin per amplitude instead). */
const MAX_LEVELS = 4096;

export interface CostPhase {
  /** a ← exp(−iγ·C/scale)·a (sign −1: the inverse). */
  apply(a: Float64Array, gamma: number, sign?: 1 | -1): void;
  /**
   * One adjoint step through the layer: returns Im⟨lam|C/scale|phi⟩ (phi, lam after the layer),
   * then phi ← U†phi and lam ← U†lam, in one pass.
   */
  adjoint(phi: Float64Array, lam: Float64Array, gamma: number): number;
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
  const len = costs.length;
  const levels = levelsOf(costs);
  const cosT = new Float64Array(levels ? levels.values.length : 0);
  const sinT = new Float64Array(cosT.length);
  const table = (angle: number): void => {
    const v = levels!.values;
    for (let l = 0; l < v.length; l++) {
      cosT[l] = Math.cos(angle * v[l]!);
      sinT[l] = Math.sin(angle * v[l]!);
    }
  };
  return {
    apply(a, gamma, sign = 1) {
      const t = (-sign * gamma) / scale; // phase e^{i t c}
      if (levels) {
        table(t);
        const idx = levels.index;
        for (let k = 0; k < len; k++) {
          const l = idx[k]!, c = cosT[l]!, s = sinT[l]!; // prettier-ignore
          const re = a[2 * k]!, im = a[2 * k + 1]!; // prettier-ignore
          a[2 * k] = re * c - im * s;
          a[2 * k + 1] = re * s + im * c;
        }
      } else {
        for (let k = 0; k < len; k++) {
          const th = t * costs[k]!;
          const c = Math.cos(th), s = Math.sin(th); // prettier-ignore
          const re = a[2 * k]!, im = a[2 * k + 1]!; // prettier-ignore
          a[2 * k] = re * c - im * s;
          a[2 * k + 1] = re * s + im * c;
        }
      }
    },
    adjoint(phi, lam, gamma) {
      const t = gamma / scale; // U† = e^{+iγC/s}
      let g = 0;
      if (levels) table(t);
      const idx = levels?.index;
      for (let k = 0; k < len; k++) {
        const ck = costs[k]! / scale;
        let c: number, s: number; // prettier-ignore
        if (idx) {
          const l = idx[k]!;
          c = cosT[l]!;
          s = sinT[l]!;
        } else {
          c = Math.cos(t * costs[k]!);
          s = Math.sin(t * costs[k]!);
        }
        const pr = phi[2 * k]!, pi = phi[2 * k + 1]!; // prettier-ignore
        const lr = lam[2 * k]!, li = lam[2 * k + 1]!; // prettier-ignore
        // Im(conj(λ)·c_k·φ) = c_k(lr·pi − li·pr)
        g += ck * (lr * pi - li * pr);
        phi[2 * k] = pr * c - pi * s;
        phi[2 * k + 1] = pr * s + pi * c;
        lam[2 * k] = lr * c - li * s;
        lam[2 * k + 1] = lr * s + li * c;
      }
      return g;
    },
  };
}
