// Observables and readouts: Pauli sums, expectation values, probabilities, marginals,
// Bloch vectors and reduced density matrices of one or two qubits.

import type { Qubit } from './circuit';
import { SimError } from './errors';
import type { StateVector } from './state';

/**
 * A Pauli string with a real coefficient. `label` is either dense, Qiskit-style, with the
 * rightmost character on qubit 0 ("XZ" = X on qubit 1, Z on qubit 0), or sparse ("X1 Z0").
 */
export interface PauliTerm {
  coeff: number;
  label: string;
}

/** A Hermitian observable: Σ coeff·P plus an optional diagonal weight per basis state. */
export interface Observable {
  terms?: PauliTerm[];
  /** Real weight of each basis state (length 2^n): adds Σ_b w_b |b⟩⟨b|. */
  diagonal?: Float64Array;
}

/** A compiled observable: P = i^{nY} X^{xMask} Z^{zMask}, so P|b⟩ = i^{nY}(−1)^{|b∧z|}|b⊕x⟩. */
export interface CompiledObservable {
  n: number;
  xMask: Int32Array;
  zMask: Int32Array;
  /** The real coefficient of each Hermitian Pauli string. */
  coeff: Float64Array;
  /** coeff·i^{nY}, as (re, im). */
  phaseRe: Float64Array;
  phaseIm: Float64Array;
  diagonal: Float64Array | null;
}

/** Parses a Pauli label on n qubits into masks; throws SimError on anything else. */
export function parsePauli(label: string, n: number): { x: number; z: number; y: number } {
  let x = 0;
  let z = 0;
  let y = 0;
  const set = (p: string, q: number): void => {
    if (!Number.isInteger(q) || q < 0 || q >= n) {
      throw new SimError(
        'observable',
        `Pauli "${label}" acts on qubit ${q}, but the circuit has qubits 0 to ${n - 1}.`,
      );
    }
    if (((x | z) >> q) & 1)
      throw new SimError('observable', `Pauli "${label}" names qubit ${q} twice.`);
    if (p === 'X' || p === 'Y') x |= 1 << q;
    if (p === 'Z' || p === 'Y') z |= 1 << q;
    if (p === 'Y') y++;
  };
  const s = label.trim();
  if (/^[IXYZ]+$/.test(s)) {
    if (s.length > n) {
      throw new SimError(
        'observable',
        `Pauli "${label}" has ${s.length} letters, but the circuit has ${n} qubits.`,
      );
    }
    for (let i = 0; i < s.length; i++) {
      const p = s[s.length - 1 - i]!;
      if (p !== 'I') set(p, i);
    }
  } else if (s === '' || /^([XYZ]\d+)(\s+[XYZ]\d+)*$/.test(s)) {
    for (const tok of s.split(/\s+/).filter(Boolean)) set(tok[0]!, Number(tok.slice(1)));
  } else {
    throw new SimError(
      'observable',
      `"${label}" is not a Pauli string (use letters I, X, Y, Z like "XZ", or "X1 Z0").`,
    );
  }
  return { x, z, y };
}

export function compileObservable(obs: Observable, n: number): CompiledObservable {
  const terms = obs.terms ?? [];
  const k = terms.length;
  const out: CompiledObservable = {
    n,
    xMask: new Int32Array(k),
    zMask: new Int32Array(k),
    coeff: new Float64Array(k),
    phaseRe: new Float64Array(k),
    phaseIm: new Float64Array(k),
    diagonal: null,
  };
  terms.forEach((t, i) => {
    if (!Number.isFinite(t.coeff))
      throw new SimError(
        'observable',
        `Pauli "${t.label}" has a coefficient that is not a finite number.`,
      );
    const { x, z, y } = parsePauli(t.label, n);
    out.xMask[i] = x;
    out.zMask[i] = z;
    out.coeff[i] = t.coeff;
    // i^y: 1, i, −1, −i
    const ph = y & 3;
    out.phaseRe[i] = ph === 0 ? t.coeff : ph === 2 ? -t.coeff : 0;
    out.phaseIm[i] = ph === 1 ? t.coeff : ph === 3 ? -t.coeff : 0;
  });
  if (obs.diagonal) {
    if (obs.diagonal.length !== 2 ** n) {
      throw new SimError(
        'observable',
        `The diagonal observable has ${obs.diagonal.length} entries; ${2 ** n} are needed for ${n} qubits.`,
      );
    }
    out.diagonal = obs.diagonal;
  }
  return out;
}

/** Parity of every 16-bit number, so that a sign (−1)^{|b∧z|} costs two table look-ups. */
const PARITY16 = (() => {
  const t = new Uint8Array(65536);
  for (let v = 1; v < 65536; v++) t[v] = (t[v >> 1]! ^ (v & 1)) as 0 | 1;
  return t;
})();

/** Parity of the set bits of v (0 ≤ v < 2^31). */
function parity(v: number): number {
  return PARITY16[v & 0xffff]! ^ PARITY16[v >>> 16]!;
}

/** ⟨ψ|M|ψ⟩. */
export function expectation(state: StateVector, obs: CompiledObservable): number {
  const a = state.amp;
  const size = 1 << state.n;
  let total = 0;
  for (let t = 0; t < obs.xMask.length; t++) {
    const x = obs.xMask[t]!;
    const z = obs.zMask[t]!;
    const pr = obs.phaseRe[t]!;
    const pi = obs.phaseIm[t]!;
    // Σ_b conj(ψ[b⊕x])·s_b·ψ[b], s_b = ±1; the phase multiplies the whole sum.
    let sr = 0;
    let si = 0;
    for (let b = 0; b < size; b++) {
      const c = b ^ x;
      const sign = parity(b & z) ? -1 : 1;
      const p = b << 1;
      const q = c << 1;
      sr += sign * (a[q]! * a[p]! + a[q + 1]! * a[p + 1]!);
      si += sign * (a[q]! * a[p + 1]! - a[q + 1]! * a[p]!);
    }
    total += pr * sr - pi * si;
  }
  if (obs.diagonal) {
    const d = obs.diagonal;
    for (let b = 0; b < size; b++)
      total += d[b]! * (a[2 * b]! * a[2 * b]! + a[2 * b + 1]! * a[2 * b + 1]!);
  }
  return total;
}

/** out = M·ψ (out must not alias state). */
export function applyObservable(
  state: StateVector,
  obs: CompiledObservable,
  out: StateVector,
): void {
  const a = state.amp;
  const o = out.amp;
  const size = 1 << state.n;
  o.fill(0);
  for (let t = 0; t < obs.xMask.length; t++) {
    const x = obs.xMask[t]!;
    const z = obs.zMask[t]!;
    const pr = obs.phaseRe[t]!;
    const pi = obs.phaseIm[t]!;
    for (let b = 0; b < size; b++) {
      const sign = parity(b & z) ? -1 : 1;
      const p = b << 1;
      const q = (b ^ x) << 1;
      const vr = sign * a[p]!;
      const vi = sign * a[p + 1]!;
      o[q] = o[q]! + pr * vr - pi * vi;
      o[q + 1] = o[q + 1]! + pr * vi + pi * vr;
    }
  }
  if (obs.diagonal) {
    const d = obs.diagonal;
    for (let b = 0; b < size; b++) {
      o[2 * b] = o[2 * b]! + d[b]! * a[2 * b]!;
      o[2 * b + 1] = o[2 * b + 1]! + d[b]! * a[2 * b + 1]!;
    }
  }
}

/** Probability of every basis state (index b, qubit 0 least significant); reuses `out` if given. */
export function probabilities(state: StateVector, out?: Float64Array): Float64Array {
  const size = 1 << state.n;
  const p = out ?? new Float64Array(size);
  const a = state.amp;
  for (let b = 0; b < size; b++) p[b] = a[2 * b]! * a[2 * b]! + a[2 * b + 1]! * a[2 * b + 1]!;
  return p;
}

/** Marginal probabilities of the given qubits: index bit i is the value of qubits[i]. */
export function marginal(
  state: StateVector,
  qubits: readonly Qubit[],
  out?: Float64Array,
): Float64Array {
  checkQubits(qubits, state.n);
  const m = qubits.length;
  const p = out ?? new Float64Array(1 << m);
  p.fill(0);
  const a = state.amp;
  const size = 1 << state.n;
  for (let b = 0; b < size; b++) {
    let k = 0;
    for (let i = 0; i < m; i++) k |= ((b >> qubits[i]!) & 1) << i;
    p[k] = p[k]! + a[2 * b]! * a[2 * b]! + a[2 * b + 1]! * a[2 * b + 1]!;
  }
  return p;
}

function checkQubits(qubits: readonly Qubit[], n: number): void {
  const seen = new Set<number>();
  for (const q of qubits) {
    if (!Number.isInteger(q) || q < 0 || q >= n)
      throw new SimError(
        'qubits',
        `Qubit ${q} does not exist; the state has qubits 0 to ${n - 1}.`,
      );
    if (seen.has(q)) throw new SimError('qubits', `Qubit ${q} is listed twice.`);
    seen.add(q);
  }
}

/**
 * Reduced density matrix of one or two qubits, interleaved complex, row-major, dimension d = 2^k;
 * local index bit i = value of qubits[i].
 */
export function reducedDensityMatrix(state: StateVector, qubits: readonly Qubit[]): Float64Array {
  checkQubits(qubits, state.n);
  if (qubits.length < 1 || qubits.length > 2) {
    throw new SimError('qubits', 'A reduced density matrix is available for one or two qubits.');
  }
  const k = qubits.length;
  const d = 1 << k;
  const rho = new Float64Array(2 * d * d);
  const a = state.amp;
  let mask = 0;
  for (const q of qubits) mask |= 1 << q;
  const size = 1 << state.n;
  // ρ_rc = Σ_rest ψ(rest, r)·conj(ψ(rest, c)): iterate basis states with the chosen bits zero.
  const offsets: number[] = [];
  for (let l = 0; l < d; l++) {
    let off = 0;
    for (let i = 0; i < k; i++) if ((l >> i) & 1) off |= 1 << qubits[i]!;
    offsets.push(off);
  }
  for (let b = 0; b < size; b++) {
    if (b & mask) continue;
    for (let r = 0; r < d; r++) {
      const pr = (b | offsets[r]!) << 1;
      for (let c = 0; c < d; c++) {
        const pc = (b | offsets[c]!) << 1;
        const e = 2 * (d * r + c);
        rho[e] = rho[e]! + a[pr]! * a[pc]! + a[pr + 1]! * a[pc + 1]!;
        rho[e + 1] = rho[e + 1]! + a[pr + 1]! * a[pc]! - a[pr]! * a[pc + 1]!;
      }
    }
  }
  return rho;
}

/**
 * Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of qubit q into out[o … o+2], in one pass without allocating.
 * With ρ01 = Σ ψ(b)·conj(ψ(b+2^q)) = (x − iy)/2: x = 2 Re ρ01, y = −2 Im ρ01, z = ρ00 − ρ11.
 */
export function blochVector(state: StateVector, q: Qubit, out: Float64Array, o = 0): void {
  const a = state.amp;
  const len = 2 << state.n;
  const s2 = 2 << q;
  let re = 0;
  let im = 0;
  let z = 0;
  for (let base = 0; base < len; base += 2 * s2) {
    const end = base + s2;
    for (let p = base; p < end; p += 2) {
      const r = p + s2;
      const ar = a[p]!, ai = a[p + 1]!, br = a[r]!, bi = a[r + 1]!; // prettier-ignore
      re += ar * br + ai * bi;
      im += ai * br - ar * bi;
      z += ar * ar + ai * ai - br * br - bi * bi;
    }
  }
  out[o] = 2 * re;
  out[o + 1] = -2 * im;
  out[o + 2] = z;
}

/** Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of every qubit: out[3q … 3q+2]. */
export function blochVectors(state: StateVector, out?: Float64Array): Float64Array {
  const v = out ?? new Float64Array(3 * state.n);
  for (let q = 0; q < state.n; q++) blochVector(state, q, v, 3 * q);
  return v;
}
