// Readouts of a quantum classifier: how a final state becomes class scores, a loss, and the
// observable whose gradient is the loss's gradient (chain rule through expectation values).

import type { ReadoutKind } from '../../src/experiment/lists';
import {
  applyObservable,
  blochVector,
  marginal,
  type CompiledObservable,
  type Simulator,
  type StateVector,
} from '../sim';

/**
 * 'fidelity': class c has a target state on the readout qubit (Bloch vector r_c); its score is
 * the fidelity F_c = (1 + r_c·b)/2 and the loss (1 − F_y)², as Pérez-Salinas et al. (2020).
 * 'cross-entropy': class c is basis state c of the first k qubits (k = ⌈log₂ C⌉); scores are
 * the measured probabilities renormalised over the C classes; loss −log q_y.
 */
export type { ReadoutKind };

/** Largest number of classes the fidelity readout spreads over one qubit's Bloch sphere. */
export const MAX_FIDELITY_CLASSES = 4;

/** Maximally distant target Bloch vectors for 2, 3 and 4 classes (poles, triangle, tetrahedron). */
export function fidelityTargets(classes: number): Float64Array {
  const t = Math.sqrt(8 / 9);
  const table: Record<number, number[]> = {
    1: [0, 0, 1],
    2: [0, 0, 1, 0, 0, -1],
    3: [0, 0, 1, Math.sqrt(3) / 2, 0, -0.5, -Math.sqrt(3) / 2, 0, -0.5],
    4: [0, 0, 1, t, 0, -1 / 3, -t / 2, Math.sqrt(2 / 3), -1 / 3, -t / 2, -Math.sqrt(2 / 3), -1 / 3],
  };
  const v = table[classes];
  if (!v)
    throw new Error(
      `The fidelity readout separates 1 to ${MAX_FIDELITY_CLASSES} classes on one qubit; got ${classes}.`,
    );
  return Float64Array.from(v);
}

export interface Readout {
  readonly kind: ReadoutKind;
  readonly classes: number;
  /** Class scores of a final state into out[0 … classes−1] (higher = more likely). */
  scores(state: StateVector, out: Float64Array): void;
  /**
   * Loss of the state for label y, and adds weight·∂loss/∂θ to grad through the simulator's
   * backward pass (the simulator must have just run this state).
   */
  lossAndGrad(
    sim: Simulator,
    state: StateVector,
    y: number,
    grad: Float64Array | null,
    weight: number,
  ): number;
  /**
   * Loss of the state for label y; writes λ = weight·Σ_c ∂loss/∂⟨M_c⟩·M_c|ψ⟩ into `lam`, the
   * seed of a batched backward pass (BatchSimulator.seed).
   */
  seed(state: StateVector, y: number, weight: number, lam: StateVector): number;
}

export function createReadout(kind: ReadoutKind, classes: number, sim: Simulator): Readout {
  const n = sim.program.n;
  if (!Number.isInteger(classes) || classes < 2)
    throw new Error('A classifier needs at least 2 classes.');
  if (kind === 'fidelity') return fidelityReadout(classes, sim);
  const k = Math.max(1, Math.ceil(Math.log2(classes)));
  if (k > n) {
    throw new Error(`${classes} classes need ${k} readout qubits, but the circuit has ${n}.`);
  }
  return crossEntropyReadout(classes, k, sim);
}

function fidelityReadout(classes: number, sim: Simulator): Readout {
  const targets = fidelityTargets(classes);
  const q = 0;
  // ⟨M_c⟩ = (r_c·b)/2, so F_c = 1/2 + ⟨M_c⟩.
  const obs: CompiledObservable[] = [];
  for (let c = 0; c < classes; c++) {
    const label = (p: string): string => `${p}${q}`;
    obs.push(
      sim.observable({
        terms: [
          { label: label('X'), coeff: targets[3 * c]! / 2 },
          { label: label('Y'), coeff: targets[3 * c + 1]! / 2 },
          { label: label('Z'), coeff: targets[3 * c + 2]! / 2 },
        ].filter((t) => t.coeff !== 0),
      }),
    );
  }
  const b = new Float64Array(3);
  const fid = (c: number): number =>
    0.5 * (1 + targets[3 * c]! * b[0]! + targets[3 * c + 1]! * b[1]! + targets[3 * c + 2]! * b[2]!);
  return {
    kind: 'fidelity',
    classes,
    scores(state, out) {
      blochVector(state, q, b);
      for (let c = 0; c < classes; c++) out[c] = fid(c);
    },
    lossAndGrad(s, state, y, grad, weight) {
      blochVector(state, q, b);
      const f = fid(y);
      if (grad) s.backward(obs[y]!, grad, -2 * (1 - f) * weight);
      return (1 - f) * (1 - f);
    },
    seed(state, y, weight, lam) {
      blochVector(state, q, b);
      const f = fid(y);
      applyObservable(state, obs[y]!, lam);
      scale(lam.amp, -2 * (1 - f) * weight);
      return (1 - f) * (1 - f);
    },
  };
}

function crossEntropyReadout(classes: number, k: number, sim: Simulator): Readout {
  const n = sim.program.n;
  const size = 1 << n;
  const qubits = Array.from({ length: k }, (_, i) => i);
  const p = new Float64Array(1 << k);
  const diagonal = new Float64Array(size);
  const obs = sim.observable({ diagonal });
  const eps = 1e-12;
  const normalised = (state: StateVector): number => {
    marginal(state, qubits, p);
    let total = 0;
    for (let c = 0; c < classes; c++) total += p[c]!;
    return total;
  };
  return {
    kind: 'cross-entropy',
    classes,
    scores(state, out) {
      const total = normalised(state) + eps;
      for (let c = 0; c < classes; c++) out[c] = p[c]! / total;
    },
    lossAndGrad(s, state, y, grad, weight) {
      const total = normalised(state) + eps;
      const py = p[y]! + eps;
      if (grad) {
        // ∂(−log(p_y / S))/∂p_c = −δ_cy / p_y + 1/S, spread over the basis states of class c.
        const mask = (1 << k) - 1;
        for (let bIdx = 0; bIdx < size; bIdx++) {
          const c = bIdx & mask;
          diagonal[bIdx] = c >= classes ? 0 : (c === y ? -1 / py : 0) + 1 / total;
        }
        s.backward(obs, grad, weight);
      }
      return -Math.log(py / total);
    },
    seed(state, y, weight, lam) {
      const total = normalised(state) + eps;
      const py = p[y]! + eps;
      const mask = (1 << k) - 1;
      const a = state.amp;
      const l = lam.amp;
      for (let bIdx = 0; bIdx < size; bIdx++) {
        const c = bIdx & mask;
        const d = c >= classes ? 0 : weight * ((c === y ? -1 / py : 0) + 1 / total);
        l[2 * bIdx] = d * a[2 * bIdx]!;
        l[2 * bIdx + 1] = d * a[2 * bIdx + 1]!;
      }
      return -Math.log(py / total);
    },
  };
}

function scale(a: Float64Array, c: number): void {
  for (let i = 0; i < a.length; i++) a[i] = c * a[i]!;
}
