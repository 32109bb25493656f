// Gradients of an expectation value ⟨ψ(θ)|M|ψ(θ)⟩ with respect to every angle of a program:
// adjoint differentiation (Jones & Gacon 2020, arXiv 2009.02823) and the parameter-shift rule.

import type { Program } from './compile';
import { adjointStep1 } from './kernels';
import { applyObservable, expectation, type CompiledObservable } from './observables';
import { applyOp, runProgram } from './run';
import { allocAmplitudes, simdKernels } from './simd';
import { resetState, type StateVector } from './state';

/** The small buffers one adjoint step needs (adjointOp). */
export interface AdjointScratch {
  /** Derivative matrices of the op being differentiated (up to 3 angles × 32 numbers). */
  deriv: Float64Array;
  /** Re⟨λ|D_j|φ⟩ per angle of the op. */
  z: Float64Array;
  /** The angles of the op being differentiated. */
  ang: Float64Array;
}

/** Scratch space for one program: allocated once, reused for every data point. */
export interface Workspace extends AdjointScratch {
  phi: StateVector;
  lam: StateVector;
}

export function createAdjointScratch(): AdjointScratch {
  return { deriv: new Float64Array(96), z: new Float64Array(3), ang: new Float64Array(3) };
}

export function createWorkspace(n: number): Workspace {
  // φ and λ share one memory, so that the SIMD adjoint step can reach both.
  const [phi, lam] = allocAmplitudes(n, 2) as [Float64Array, Float64Array];
  return { phi: { n, amp: phi }, lam: { n, amp: lam }, ...createAdjointScratch() };
}

/**
 * Im⟨λ|P|φ⟩ for op i's Pauli generator P = phase·X^x·Z^z on its two targets, over the basis
 * states its controls allow: (Pφ)_b = phase·(−1)^|(b⊕x)∧z|·φ_(b⊕x). One pass, no matrix.
 */
function pauliBracketIm(
  p: Program,
  i: number,
  lam: Float64Array,
  phi: Float64Array,
  gen: { x: number; z: number; phase: number },
): number {
  const t0 = 1 << p.q0[i]!;
  const t1 = 1 << p.q1[i]!;
  const xm = (gen.x & 1 ? t0 : 0) | (gen.x & 2 ? t1 : 0);
  const zm = (gen.z & 1 ? t0 : 0) | (gen.z & 2 ? t1 : 0);
  const cm = p.cmask[i]!;
  const cv = p.cval[i]!;
  const k = simdKernels(phi);
  if (k && lam.buffer === phi.buffer) {
    // Sign of corner l (local bits): phase·(−1)^|(l⊕x)∧z|.
    const sign = (l: number): number => {
      const zb = (l ^ gen.x) & gen.z;
      return zb === 1 || zb === 2 ? -gen.phase : gen.phase;
    };
    k.pauli2[gen.x]!(phi.byteOffset, phi.byteLength, p.q0[i]!, p.q1[i]!, cm, cv,
      lam.byteOffset - phi.byteOffset, sign(0), sign(1), sign(2), sign(3)); // prettier-ignore
    return k.scratch[0]!;
  }
  const size = phi.length >> 1;
  let im = 0;
  for (let b = 0; b < size; b++) {
    if ((b & cm) !== cv) continue;
    const src = b ^ xm;
    const zb = src & zm; // at most two bits: odd parity iff exactly one is set
    const odd = zb !== 0 && (zb & (zb - 1)) === 0;
    const x = b << 1;
    const y = src << 1;
    const v = lam[x]! * phi[y + 1]! - lam[x + 1]! * phi[y]!;
    im += odd ? -v : v;
  }
  return gen.phase * im;
}

/** Σ_b conj(l_b)·(D·v)_b for a two-qubit-based op, D the 4×4 matrix at d[o]. */
function braket2(
  p: Program,
  i: number,
  lam: Float64Array,
  phi: Float64Array,
  d: Float64Array,
  o: number,
): [number, number] {
  const q0 = p.q0[i]!;
  const q1 = p.q1[i]!;
  const cm = p.cmask[i]!;
  const cv = p.cval[i]!;
  const size = phi.length >> 1;
  const m0 = (1 << q0) | (1 << q1);
  let re = 0;
  let im = 0;
  for (let b = 0; b < size; b++) {
    if (b & m0 || (b & cm) !== cv) continue;
    const idx = [b, b | (1 << q0), b | (1 << q1), b | m0];
    for (let r = 0; r < 4; r++) {
      let vr = 0;
      let vi = 0;
      for (let c = 0; c < 4; c++) {
        const e = o + 2 * (4 * r + c);
        const pc = idx[c]! << 1;
        vr += d[e]! * phi[pc]! - d[e + 1]! * phi[pc + 1]!;
        vi += d[e]! * phi[pc + 1]! + d[e + 1]! * phi[pc]!;
      }
      const pr = idx[r]! << 1;
      re += lam[pr]! * vr + lam[pr + 1]! * vi;
      im += lam[pr]! * vi - lam[pr + 1]! * vr;
    }
  }
  return [re, im];
}

/**
 * Adjoint differentiation. `p` must be bound and `final` must be the state it produced.
 * Writes ∂⟨M⟩/∂angle_k into angleGrad (length p.angles.length).
 * Cost: a copy of the state, one application of M, and one fused backward sweep.
 */
export function adjointGradient(
  p: Program,
  obs: CompiledObservable,
  ws: Workspace,
  angleGrad: Float64Array,
  final: StateVector,
): void {
  const { phi, lam, z } = ws;
  phi.amp.set(final.amp);
  applyObservable(phi, obs, lam);
  angleGrad.fill(0);
  for (let i = p.ops - 1; i >= 0; i--) {
    const count = adjointOp(p, i, phi.amp, lam.amp, ws);
    // d⟨M⟩/da = ⟨ψ|M dU|ψ'⟩ + c.c. = 2·Re⟨λ|D|φ⟩.
    for (let j = 0; j < count; j++) angleGrad[p.aStart[i]! + j] = 2 * z[j]!;
  }
}

/**
 * One step of the backward sweep: undoes op i (bound) on φ and on λ and, when its matrix depends
 * on θ or x, leaves Re⟨λ|∂U/∂a_j|φ'⟩ in ws.z for each of its angles a_j (φ' = U†φ). Returns how
 * many (0 for a fixed op). φ and λ may be one state or a batch (the sums then run over all).
 */
export function adjointOp(
  p: Program,
  i: number,
  pa: Float64Array,
  la: Float64Array,
  ws: AdjointScratch,
): number {
  const { deriv, z, ang } = ws;
  const count = p.aCount[i]!;
  if (!p.varies[i] || count === 0) {
    applyOp(p, i, pa, true);
    applyOp(p, i, la, true);
    return 0;
  }
  const g = p.gates[i]!;
  const start = p.aStart[i]!;
  for (let j = 0; j < count; j++) ang[j] = p.angles[start + j]!;
  const size = g.baseQubits === 1 ? 8 : 32;
  for (let j = 0; j < count; j++) g.derivative!(ang, j, deriv, size * j);
  z.fill(0);
  if (g.baseQubits === 1) {
    adjointStep1(pa, la, p.q0[i]!, p.adj, p.mOff[i]!, deriv, 0, count, p.cmask[i]!, p.cval[i]!, z);
  } else if (g.pauli) {
    // ∂U·U† = −iP/2, so ⟨λ|∂U|φ'⟩ = −i/2·⟨λ|P|φ⟩ with φ = Uφ' (before undoing the op).
    z[0] = pauliBracketIm(p, i, la, pa, g.pauli) / 2;
    applyOp(p, i, pa, true);
    applyOp(p, i, la, true);
  } else {
    applyOp(p, i, pa, true);
    for (let j = 0; j < count; j++) z[j] = braket2(p, i, la, pa, deriv, size * j)[0];
    applyOp(p, i, la, true);
  }
  return count;
}

/** Evaluates ⟨M⟩ of the bound program (statevector, exact) into ws.phi. */
export function evaluate(p: Program, obs: CompiledObservable, ws: Workspace): number {
  resetState(ws.phi);
  runProgram(p, ws.phi);
  return expectation(ws.phi, obs);
}

/**
 * Shift rule for angle k of op i: two terms when the generator has two eigenvalues one apart,
 * four terms (Anselmetti et al. 2021 / Wierichs et al. 2022) when controls add an eigenvalue 0
 * between ±½ (controlled rotations).
 */
export function shiftTerms(
  p: Program,
  i: number,
  j: number,
): readonly (readonly [number, number])[] {
  const g = p.gates[i]!;
  const controlled = p.cmask[i] !== 0;
  if (controlled && g.centredGenerator[j]) {
    const cp = (Math.SQRT2 + 1) / (4 * Math.SQRT2);
    const cm = (Math.SQRT2 - 1) / (4 * Math.SQRT2);
    return [
      [Math.PI / 2, cp],
      [-Math.PI / 2, -cp],
      [(3 * Math.PI) / 2, -cm],
      [(-3 * Math.PI) / 2, cm],
    ];
  }
  return [
    [Math.PI / 2, 0.5],
    [-Math.PI / 2, -0.5],
  ];
}

/**
 * Parameter-shift gradient of ⟨M⟩ with respect to every angle that depends on θ or x.
 * `measure` evaluates the bound program (exactly, or from shots); the program is re-bound
 * angle by angle and restored afterwards.
 */
export function parameterShiftGradient(
  p: Program,
  measure: () => number,
  angleGrad: Float64Array,
  rebuild: (op: number) => void,
): void {
  angleGrad.fill(0);
  for (let i = 0; i < p.ops; i++) {
    if (!p.varies[i]) continue;
    for (let j = 0; j < p.aCount[i]!; j++) {
      const k = p.aStart[i]! + j;
      const a0 = p.angles[k]!;
      let g = 0;
      for (const [shift, coeff] of shiftTerms(p, i, j)) {
        p.angles[k] = a0 + shift;
        rebuild(i);
        g += coeff * measure();
      }
      p.angles[k] = a0;
      rebuild(i);
      angleGrad[k] = g;
    }
  }
}
