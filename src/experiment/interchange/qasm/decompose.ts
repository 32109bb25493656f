// Gates with controls that OpenQASM 2's qelib1.inc lacks (a controlled iSWAP, RX with two
// controls, …), and the two-qubit gates it lacks, as sequences of qelib1 gates that equal them
// exactly, global phase included (a phase of the base gate becomes a relative one once controlled).
// Angles are linear in the definition's parameters, so one `gate` definition serves every use.

import type { GateName } from '../../circuit/gateCatalog';

/** An angle in a definition: Σ coef[i] · parameter i + c (radians). */
export interface Lin {
  coef: number[];
  c: number;
}

/** qelib1.inc gates the definitions are built from. */
export type PrimGate = 'h' | 'x' | 's' | 'sdg' | 'rx' | 'ry' | 'rz' | 'u1' | 'cx' | 'cu1' | 'ccx';

/** One gate of a definition body, on the definition's qubit arguments (by index). */
export interface Prim {
  gate: PrimGate;
  qubits: number[];
  angles: Lin[];
}

/** A gate with every control taken off (CNOT → X, CRX → RX, TOFFOLI → X). */
export type BaseGate = Exclude<GateName, 'CNOT' | 'CZ' | 'CRX' | 'CRY' | 'CRZ' | 'CP' | 'TOFFOLI'>;

const UNCONTROLLED: Partial<Record<GateName, BaseGate>> = {
  CNOT: 'X', CZ: 'Z', CRX: 'RX', CRY: 'RY', CRZ: 'RZ', CP: 'P', TOFFOLI: 'X',
}; // prettier-ignore

export function baseGate(g: GateName): BaseGate {
  return UNCONTROLLED[g] ?? (g as BaseGate);
}

const scale = (a: Lin, s: number): Lin => ({ coef: a.coef.map((v) => v * s), c: a.c * s });
const isZero = (a: Lin): boolean => a.c === 0 && a.coef.every((v) => v === 0);

/**
 * Writes controlled gates as qelib1 gates. Every control is on |1⟩ (the exporter wraps controls
 * on |0⟩ in x … x); `ctrls` may be empty (the plain two-qubit gates).
 */
class Emitter {
  readonly out: Prim[] = [];
  constructor(private readonly n: number) {}

  const(c: number): Lin {
    return { coef: new Array<number>(this.n).fill(0), c };
  }

  private put(gate: PrimGate, qubits: number[], angles: Lin[] = []): void {
    this.out.push({ gate, qubits, angles });
  }

  /**
   * Phase e^{iφ} where every qubit of `set` is 1. For three or more, the product x1⋯xm is a sum of
   * parities, x1⋯xm = 2^{1−m} Σ_{T≠∅} (−1)^{|T|−1} ⊕_{i∈T} xi: one u1 per parity, CNOT ladders.
   */
  phase(set: number[], phi: Lin): void {
    if (isZero(phi)) return;
    const m = set.length;
    if (m === 1) return this.put('u1', [set[0]!], [phi]);
    if (m === 2) return this.put('cu1', [set[0]!, set[1]!], [phi]);
    for (let mask = 1; mask < 1 << m; mask++) {
      const t = set.filter((_, i) => (mask >> i) & 1);
      const last = t[t.length - 1]!;
      const sign = t.length % 2 === 1 ? 1 : -1;
      for (let i = 0; i + 1 < t.length; i++) this.put('cx', [t[i]!, last]);
      this.put('u1', [last], [scale(phi, sign / 2 ** (m - 1))]);
      for (let i = t.length - 2; i >= 0; i--) this.put('cx', [t[i]!, last]);
    }
  }

  mcx(ctrls: number[], t: number): void {
    if (ctrls.length === 0) return this.put('x', [t]);
    if (ctrls.length === 1) return this.put('cx', [ctrls[0]!, t]);
    if (ctrls.length === 2) return this.put('ccx', [ctrls[0]!, ctrls[1]!, t]);
    this.put('h', [t]);
    this.phase([...ctrls, t], this.const(Math.PI));
    this.put('h', [t]);
  }

  /** A X A⁻¹ X with A = rz(θ/2) is RZ(θ), whatever global phase a reader gives rz. */
  rz(ctrls: number[], t: number, theta: Lin): void {
    if (ctrls.length === 0) return this.put('rz', [t], [theta]);
    this.put('rz', [t], [scale(theta, 0.5)]);
    this.mcx(ctrls, t);
    this.put('rz', [t], [scale(theta, -0.5)]);
    this.mcx(ctrls, t);
  }

  ry(ctrls: number[], t: number, theta: Lin): void {
    if (ctrls.length === 0) return this.put('ry', [t], [theta]);
    this.put('ry', [t], [scale(theta, 0.5)]);
    this.mcx(ctrls, t);
    this.put('ry', [t], [scale(theta, -0.5)]);
    this.mcx(ctrls, t);
  }

  rx(ctrls: number[], t: number, theta: Lin): void {
    if (ctrls.length === 0) return this.put('rx', [t], [theta]);
    this.put('h', [t]);
    this.rz(ctrls, t, theta);
    this.put('h', [t]);
  }

  /** U3(θ, φ, λ) = P(φ)·RY(θ)·P(λ): the phases λ then φ on the target, controlled. */
  u3(ctrls: number[], t: number, theta: Lin, phi: Lin, lambda: Lin): void {
    this.phase([...ctrls, t], lambda);
    this.ry(ctrls, t, theta);
    this.phase([...ctrls, t], phi);
  }

  /** RZZ = CX·(I⊗RZ)·CX; RXX and RYY are RZZ in the X and Y bases (H, and S·H). */
  rzz(ctrls: number[], a: number, b: number, theta: Lin): void {
    this.put('cx', [a, b]);
    this.rz(ctrls, b, theta);
    this.put('cx', [a, b]);
  }

  rxx(ctrls: number[], a: number, b: number, theta: Lin): void {
    this.put('h', [a]);
    this.put('h', [b]);
    this.rzz(ctrls, a, b, theta);
    this.put('h', [a]);
    this.put('h', [b]);
  }

  ryy(ctrls: number[], a: number, b: number, theta: Lin): void {
    this.put('sdg', [a]);
    this.put('sdg', [b]);
    this.rxx(ctrls, a, b, theta);
    this.put('s', [a]);
    this.put('s', [b]);
  }

  /** iSWAP = exp(iπ/4 (XX + YY)) = RXX(−π/2)·RYY(−π/2), exactly. */
  iswap(ctrls: number[], a: number, b: number): void {
    if (ctrls.length === 0) {
      // The short form of the same matrix, for the plain gate.
      this.put('s', [a]);
      this.put('s', [b]);
      this.put('h', [a]);
      this.put('cx', [a, b]);
      this.put('cx', [b, a]);
      this.put('h', [b]);
      return;
    }
    this.rxx(ctrls, a, b, this.const(-Math.PI / 2));
    this.ryy(ctrls, a, b, this.const(-Math.PI / 2));
  }
}

/** Constant angle of the phase gates, as P(φ). */
const PHASE_OF: Partial<Record<BaseGate, number>> = {
  Z: Math.PI, S: Math.PI / 2, SDG: -Math.PI / 2, T: Math.PI / 4, TDG: -Math.PI / 4,
}; // prettier-ignore

/**
 * `base` with `k` controls on |1⟩ as qelib1 gates: qubit arguments 0…k−1 are the controls, then
 * the base gate's targets; angle i of the base gate is parameter i. Exact for k ≥ 1, and for the
 * two-qubit gates with k = 0 (one-qubit ones may differ by a global phase). For S, T
 * and their inverses (and Z) the angle is fixed; P takes it as its parameter.
 */
export function decomposeControlled(base: BaseGate, k: number, params: number): Prim[] {
  const e = new Emitter(params);
  const ctrls = Array.from({ length: k }, (_, i) => i);
  const t = k;
  const p = (i: number): Lin => {
    const coef = new Array<number>(params).fill(0);
    coef[i] = 1;
    return { coef, c: 0 };
  };
  const fixed = PHASE_OF[base];
  if (fixed !== undefined) {
    e.phase([...ctrls, t], e.const(fixed));
    return e.out;
  }
  switch (base) {
    case 'X':
      e.mcx(ctrls, t);
      break;
    case 'Y': // Y = S·X·S†
      e.out.push({ gate: 'sdg', qubits: [t], angles: [] });
      e.mcx(ctrls, t);
      e.out.push({ gate: 's', qubits: [t], angles: [] });
      break;
    case 'H': // H = U3(π/2, 0, π)
      e.u3(ctrls, t, e.const(Math.PI / 2), e.const(0), e.const(Math.PI));
      break;
    case 'SX': // SX = e^{iπ/4} RX(π/2): the phase lands on the controls
      e.phase(ctrls, e.const(Math.PI / 4));
      e.rx(ctrls, t, e.const(Math.PI / 2));
      break;
    case 'P':
      e.phase([...ctrls, t], p(0));
      break;
    case 'RX':
      e.rx(ctrls, t, p(0));
      break;
    case 'RY':
      e.ry(ctrls, t, p(0));
      break;
    case 'RZ':
      e.rz(ctrls, t, p(0));
      break;
    case 'U3':
      e.u3(ctrls, t, p(0), p(1), p(2));
      break;
    case 'SWAP':
      e.out.push({ gate: 'cx', qubits: [t + 1, t], angles: [] });
      e.mcx([...ctrls, t], t + 1);
      e.out.push({ gate: 'cx', qubits: [t + 1, t], angles: [] });
      break;
    case 'ISWAP':
      e.iswap(ctrls, t, t + 1);
      break;
    case 'RXX':
      e.rxx(ctrls, t, t + 1, p(0));
      break;
    case 'RYY':
      e.ryy(ctrls, t, t + 1, p(0));
      break;
    case 'RZZ':
      e.rzz(ctrls, t, t + 1, p(0));
      break;
    default:
      throw new RangeError(`No decomposition for ${base}.`);
  }
  return e.out;
}
