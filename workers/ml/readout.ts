// Readouts of a quantum classifier: how a final state becomes class scores, a loss, and the
// observable whose gradient is the loss's gradient (chain rule through expectation values).

import type { ReadoutKind } from '../../src/experiment/lists';
import {
  applyObservable,
  blochVector,
  marginal,
  type Observable,
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

/**
 * How many qubits the readout reads, or why it cannot read this many classes from n qubits:
 * the fidelity readout reads qubit 0, the cross-entropy one the first k = ⌈log₂ C⌉ qubits.
 */
export function readoutQubits(kind: ReadoutKind, classes: number, n: number): number {
  if (!Number.isInteger(classes) || classes < 2)
    throw new Error('A classifier needs at least 2 classes.');
  if (kind === 'fidelity') {
    fidelityTargets(classes);
    return 1;
  }
  const k = Math.max(1, Math.ceil(Math.log2(classes)));
  if (k > n) {
    throw new Error(`${classes} classes need ${k} readout qubits, but the circuit has ${n}.`);
  }
  return k;
}

export function createReadout(kind: ReadoutKind, classes: number, sim: Simulator): Readout {
  const k = readoutQubits(kind, classes, sim.program.n);
  return kind === 'fidelity' ? fidelityReadout(classes, sim) : crossEntropyReadout(classes, k, sim);
}

/** The observables M_c = (r_c·σ)/2 of qubit 0 whose expectations give F_c = 1/2 + ⟨M_c⟩. */
export function fidelityObservables(targets: Float64Array, classes: number): Observable[] {
  const out: Observable[] = [];
  for (let c = 0; c < classes; c++) {
    out.push({
      terms: [
        { label: 'X0', coeff: targets[3 * c]! / 2 },
        { label: 'Y0', coeff: targets[3 * c + 1]! / 2 },
        { label: 'Z0', coeff: targets[3 * c + 2]! / 2 },
      ].filter((t) => t.coeff !== 0),
    });
  }
  return out;
}

/** Fidelity F_c = (1 + r_c·b)/2 of class c's target with the Bloch vector b. */
export function fidelityOf(targets: Float64Array, c: number, b: Float64Array): number {
  return (
    0.5 * (1 + targets[3 * c]! * b[0]! + targets[3 * c + 1]! * b[1]! + targets[3 * c + 2]! * b[2]!)
  );
}

/** Keeps log and 1/p finite when a class's probability is 0. */
const EPS = 1e-12;

/** S = Σ_{c < classes} p_c (+ ε): the cross-entropy scores are p_c / S. */
export function classTotal(p: Float64Array, classes: number): number {
  let total = 0;
  for (let c = 0; c < classes; c++) total += p[c]!;
  return total + EPS;
}

/** The cross-entropy loss −log(p_y / S) for label y, with S from classTotal. */
export function crossEntropyLoss(p: Float64Array, y: number, total: number): number {
  return -Math.log((p[y]! + EPS) / total);
}

/**
 * ∂loss/∂p_c = −δ_cy / p_y + 1/S into d[c] for every pattern c of the k readout qubits
 * (d.length = 2^k; 0 for patterns that are no class).
 */
export function crossEntropyWeights(
  p: Float64Array,
  classes: number,
  y: number,
  total: number,
  d: Float64Array,
): void {
  const py = p[y]! + EPS;
  for (let c = 0; c < d.length; c++) d[c] = c >= classes ? 0 : (c === y ? -1 / py : 0) + 1 / total;
}

function fidelityReadout(classes: number, sim: Simulator): Readout {
  const targets = fidelityTargets(classes);
  const q = 0;
  const obs = fidelityObservables(targets, classes).map((o) => sim.observable(o));
  const b = new Float64Array(3);
  return {
    kind: 'fidelity',
    classes,
    scores(state, out) {
      blochVector(state, q, b);
      for (let c = 0; c < classes; c++) out[c] = fidelityOf(targets, c, b);
    },
    lossAndGrad(s, state, y, grad, weight) {
      blochVector(state, q, b);
      const f = fidelityOf(targets, y, b);
      if (grad) s.backward(obs[y]!, grad, -2 * (1 - f) * weight);
      return (1 - f) * (1 - f);
    },
    seed(state, y, weight, lam) {
      blochVector(state, q, b);
      const f = fidelityOf(targets, y, b);
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
  const mask = (1 << k) - 1;
  const p = new Float64Array(1 << k);
  const d = new Float64Array(1 << k);
  const diagonal = new Float64Array(size);
  const obs = sim.observable({ diagonal });
  const total = (state: StateVector): number => {
    marginal(state, qubits, p);
    return classTotal(p, classes);
  };
  return {
    kind: 'cross-entropy',
    classes,
    scores(state, out) {
      const s = total(state);
      for (let c = 0; c < classes; c++) out[c] = p[c]! / s;
    },
    lossAndGrad(sv, state, y, grad, weight) {
      const s = total(state);
      if (grad) {
        // ∂(−log(p_y / S))/∂p_c, spread over the basis states of class c.
        crossEntropyWeights(p, classes, y, s, d);
        for (let b = 0; b < size; b++) diagonal[b] = d[b & mask]!;
        sv.backward(obs, grad, weight);
      }
      return crossEntropyLoss(p, y, s);
    },
    seed(state, y, weight, lam) {
      const s = total(state);
      crossEntropyWeights(p, classes, y, s, d);
      const a = state.amp;
      const l = lam.amp;
      for (let b = 0; b < size; b++) {
        const w = weight * d[b & mask]!;
        l[2 * b] = w * a[2 * b]!;
        l[2 * b + 1] = w * a[2 * b + 1]!;
      }
      return crossEntropyLoss(p, y, s);
    },
  };
}

function scale(a: Float64Array, c: number): void {
  for (let i = 0; i < a.length; i++) a[i] = c * a[i]!;
}
