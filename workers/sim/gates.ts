// The gate catalogue: every named gate, its matrix, the derivative of its matrix in each angle,
// and how the compiler lowers it (base gate + named controls). One table; the kernels never see names.
//
// Matrices are complex, row-major, interleaved (re, im): one-qubit gates fill 8 numbers,
// two-qubit gates 32. A two-qubit gate's local basis index is bit(target0) + 2·bit(target1).

import {
  GATE_NAMES,
  GATE_SPECS,
  isGateName,
  targetCount,
  type GateName,
  type GateSpec,
} from '../../src/experiment/circuit/gateCatalog';
import type { Radians } from './circuit';

export type { GateName };

/** How a kernel applies the base gate; chosen for speed, the result is the same as the dense matrix. */
export type KernelKind = 'dense1' | 'diag1' | 'x1' | 'dense2' | 'diag2' | 'swap2';

/** Fills `out[o…]` with the matrix of the base gate at the given angles. */
type MatrixFn = (angles: ArrayLike<number>, out: Float64Array, o: number) => void;
/** Fills `out[o…]` with ∂U/∂angle_j. */
type DerivFn = (angles: ArrayLike<number>, j: number, out: Float64Array, o: number) => void;

/** A gate as the simulator runs it: the schema's description (GateSpec) and its matrices. */
export interface GateInfo extends GateSpec {
  kernel: KernelKind;
  matrix: MatrixFn;
  derivative: DerivFn | null;
  /**
   * Shift rule of each angle for the uncontrolled base gate: 'two-term' when the generator has two
   * eigenvalues one apart (f' = [f(a+π/2) − f(a−π/2)]/2).
   */
  shift: 'two-term' | 'none';
  /** True when an angle's generator has eigenvalue 0 besides ±½ once controls are added (needs four terms). */
  centredGenerator: readonly boolean[];
  /**
   * For a two-qubit rotation exp(−iθP/2): the Pauli string P = phase·X^x·Z^z on the local
   * qubits (bit 0 = first target, bit 1 = second; Z acts first). Lets the adjoint method take
   * ∂U·U† = −iP/2 as one cheap bracket instead of a dense 4×4 one. Null for other gates.
   */
  pauli: { x: number; z: number; phase: 1 | -1 } | null;
  /**
   * For a one-qubit rotation exp(−iθP/2) (RX, RY, RZ and their controlled forms): P, so that
   * ∂U/∂θ = −i/2·P·U comes from U without trigonometry (batch.ts). Null for other gates.
   */
  axis: 'X' | 'Y' | 'Z' | null;
}

const S2 = Math.SQRT1_2;

function fixed1(m: readonly number[]): MatrixFn {
  return (_a, out, o) => {
    for (let i = 0; i < 8; i++) out[o + i] = m[i]!;
  };
}

/** Writes a 2×2 complex matrix (row-major, interleaved) at out[o]; explicit arguments, no allocation. */
function set1(out: Float64Array, o: number, a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): void {
  out[o] = a;
  out[o + 1] = b;
  out[o + 2] = c;
  out[o + 3] = d;
  out[o + 4] = e;
  out[o + 5] = f;
  out[o + 6] = g;
  out[o + 7] = h;
} // prettier-ignore

/** Pauli matrices as 2×2 interleaved complex. */
const PX = [0, 0, 1, 0, 1, 0, 0, 0];
const PY = [0, 0, 0, -1, 0, 1, 0, 0];
const PZ = [1, 0, 0, 0, 0, 0, -1, 0];

/** Kronecker product of two 2×2 matrices into 4×4 with local index bit0 + 2·bit1 (a on bit1, b on bit0). */
function kron(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(32).fill(0);
  for (let r1 = 0; r1 < 2; r1++)
    for (let c1 = 0; c1 < 2; c1++)
      for (let r0 = 0; r0 < 2; r0++)
        for (let c0 = 0; c0 < 2; c0++) {
          const ar = a[2 * (2 * r1 + c1)]!;
          const ai = a[2 * (2 * r1 + c1) + 1]!;
          const br = b[2 * (2 * r0 + c0)]!;
          const bi = b[2 * (2 * r0 + c0) + 1]!;
          const k = 2 * (4 * (r0 + 2 * r1) + (c0 + 2 * c1));
          out[k] = ar * br - ai * bi;
          out[k + 1] = ar * bi + ai * br;
        }
  return out;
}

/** exp(−iθP/2) = cos(θ/2)·I − i·sin(θ/2)·P for a Pauli (string) matrix P of dimension d. */
function pauliRotation(p: readonly number[], d: number): { matrix: MatrixFn; derivative: DerivFn } {
  const fill = (c: number, s: number, out: Float64Array, o: number): void => {
    // c·I − i·s·P: real part c·δ + s·Im(P), imaginary part −s·Re(P).
    for (let r = 0; r < d; r++)
      for (let k = 0; k < d; k++) {
        const e = 2 * (d * r + k);
        out[o + e] = (r === k ? c : 0) + s * p[e + 1]!;
        out[o + e + 1] = -s * p[e]!;
      }
  };
  return {
    matrix: (a, out, o) => fill(Math.cos(a[0]! / 2), Math.sin(a[0]! / 2), out, o),
    derivative: (a, _j, out, o) => fill(-Math.sin(a[0]! / 2) / 2, Math.cos(a[0]! / 2) / 2, out, o),
  };
}

/**
 * The one-qubit rotations written out (c·I − i·s·P with c = cos(θ/2), s = sin(θ/2); the derivative
 * is the same form with c → −s/2, s → c/2): the batched simulator builds one per input and gate.
 */
function rotation1(fill: (c: number, s: number, out: Float64Array, o: number) => void): {
  matrix: MatrixFn;
  derivative: DerivFn;
} {
  return {
    matrix: (a, out, o) => fill(Math.cos(a[0]! / 2), Math.sin(a[0]! / 2), out, o),
    derivative: (a, _j, out, o) => fill(-Math.sin(a[0]! / 2) / 2, Math.cos(a[0]! / 2) / 2, out, o),
  };
}
const rx = rotation1((c, s, out, o) => set1(out, o, c, 0, 0, -s, 0, -s, c, 0));
const ry = rotation1((c, s, out, o) => set1(out, o, c, 0, -s, 0, s, 0, c, 0));
const rz = rotation1((c, s, out, o) => set1(out, o, c, -s, 0, 0, 0, 0, c, s));
const rxx = pauliRotation(kron(PX, PX), 4);
const ryy = pauliRotation(kron(PY, PY), 4);
const rzz = pauliRotation(kron(PZ, PZ), 4);

const phase: { matrix: MatrixFn; derivative: DerivFn } = {
  matrix: (a, out, o) => set1(out, o, 1, 0, 0, 0, 0, 0, Math.cos(a[0]!), Math.sin(a[0]!)),
  derivative: (a, _j, out, o) => set1(out, o, 0, 0, 0, 0, 0, 0, -Math.sin(a[0]!), Math.cos(a[0]!)),
};

/** U3(θ, φ, λ) as OpenQASM: [[c, −e^{iλ}s], [e^{iφ}s, e^{i(φ+λ)}c]], c = cos θ/2, s = sin θ/2. */
const u3: { matrix: MatrixFn; derivative: DerivFn } = {
  matrix: (a, out, o) => {
    const c = Math.cos(a[0]! / 2);
    const s = Math.sin(a[0]! / 2);
    const f = a[1]!;
    const l = a[2]!;
    set1(out, o, c, 0, -Math.cos(l) * s, -Math.sin(l) * s, Math.cos(f) * s, Math.sin(f) * s,
      Math.cos(f + l) * c, Math.sin(f + l) * c); // prettier-ignore
  },
  derivative: (a, j, out, o) => {
    const c = Math.cos(a[0]! / 2);
    const s = Math.sin(a[0]! / 2);
    const f = a[1]!;
    const l = a[2]!;
    if (j === 0) {
      set1(out, o, -s / 2, 0, (-Math.cos(l) * c) / 2, (-Math.sin(l) * c) / 2,
        (Math.cos(f) * c) / 2, (Math.sin(f) * c) / 2,
        (-Math.cos(f + l) * s) / 2, (-Math.sin(f + l) * s) / 2); // prettier-ignore
    } else if (j === 1) {
      // d/dφ multiplies the bottom row by i.
      set1(out, o, 0, 0, 0, 0, -Math.sin(f) * s, Math.cos(f) * s,
        -Math.sin(f + l) * c, Math.cos(f + l) * c); // prettier-ignore
    } else {
      // d/dλ multiplies the right column by i.
      set1(out, o, 0, 0, Math.sin(l) * s, -Math.cos(l) * s, 0, 0,
        -Math.sin(f + l) * c, Math.cos(f + l) * c); // prettier-ignore
    }
  },
};

const SWAP_M = [
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
];
const ISWAP_M = [
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
];

function fixed2(m: readonly number[]): MatrixFn {
  return (_a, out, o) => {
    for (let i = 0; i < 32; i++) out[o + i] = m[i]!;
  };
}

type Spec = Pick<GateInfo, 'name' | 'kernel' | 'matrix'> & {
  derivative?: DerivFn;
  pauli?: GateInfo['pauli'];
  axis?: GateInfo['axis'];
  centred?: readonly boolean[];
};

/** The schema's description of the gate with its matrices. */
function gate(spec: Spec): GateInfo {
  const { centred, ...sim } = spec;
  const described = GATE_SPECS[spec.name];
  return {
    ...described,
    ...sim,
    derivative: spec.derivative ?? null,
    pauli: spec.pauli ?? null,
    axis: spec.axis ?? null,
    shift: described.angles > 0 ? 'two-term' : 'none',
    centredGenerator: centred ?? new Array<boolean>(described.angles).fill(true),
  };
}

const LIST: GateInfo[] = [
  gate({ name: 'H', kernel: 'dense1', matrix: fixed1([S2, 0, S2, 0, S2, 0, -S2, 0]) }),
  gate({ name: 'X', kernel: 'x1', matrix: fixed1(PX) }),
  gate({ name: 'Y', kernel: 'dense1', matrix: fixed1(PY) }),
  gate({ name: 'Z', kernel: 'diag1', matrix: fixed1(PZ) }),
  gate({ name: 'S', kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, 0, 1]) }),
  gate({ name: 'SDG', kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, 0, -1]) }),
  gate({ name: 'T', kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, S2, S2]) }),
  gate({ name: 'TDG', kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, S2, -S2]) }),
  gate({ name: 'SX', kernel: 'dense1', matrix: fixed1([0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5]) }),
  gate({ name: 'RX', kernel: 'dense1', axis: 'X', ...rx }),
  gate({ name: 'RY', kernel: 'dense1', axis: 'Y', ...ry }),
  gate({ name: 'RZ', kernel: 'diag1', axis: 'Z', ...rz }),
  gate({ name: 'P', kernel: 'diag1', centred: [false], ...phase }),
  gate({ name: 'U3', kernel: 'dense1', centred: [true, false, false], ...u3 }),
  gate({ name: 'CNOT', kernel: 'x1', matrix: fixed1(PX) }),
  gate({ name: 'CZ', kernel: 'diag1', matrix: fixed1(PZ) }),
  gate({ name: 'SWAP', kernel: 'swap2', matrix: fixed2(SWAP_M) }),
  gate({ name: 'ISWAP', kernel: 'dense2', matrix: fixed2(ISWAP_M) }),
  gate({ name: 'CRX', kernel: 'dense1', axis: 'X', ...rx }),
  gate({ name: 'CRY', kernel: 'dense1', axis: 'Y', ...ry }),
  gate({ name: 'CRZ', kernel: 'diag1', axis: 'Z', ...rz }),
  gate({ name: 'CP', kernel: 'diag1', centred: [false], ...phase }),
  gate({ name: 'RXX', kernel: 'dense2', pauli: { x: 3, z: 0, phase: 1 }, ...rxx }),
  gate({ name: 'RYY', kernel: 'dense2', pauli: { x: 3, z: 3, phase: -1 }, ...ryy }),
  gate({ name: 'RZZ', kernel: 'diag2', pauli: { x: 0, z: 3, phase: 1 }, ...rzz }),
  gate({ name: 'TOFFOLI', kernel: 'x1', matrix: fixed1(PX) }),
]; // prettier-ignore

/** Every gate, by name. */
export const GATES: Readonly<Record<GateName, GateInfo>> = Object.fromEntries(
  LIST.map((g) => [g.name, g]),
) as Record<GateName, GateInfo>;

export { GATE_NAMES, isGateName, targetCount };

/** The matrix of a base gate at the given angles, freshly allocated (for tests and the editor). */
export function gateMatrix(name: GateName, angles: readonly Radians[] = []): Float64Array {
  const g = GATES[name];
  const out = new Float64Array(g.baseQubits === 1 ? 8 : 32);
  g.matrix(angles, out, 0);
  return out;
}
