// The gate catalogue: every named gate, its matrix, the derivative of its matrix in each angle,
// and how the compiler lowers it (base gate + named controls). One table; the kernels never see names.
//
// Matrices are complex, row-major, interleaved (re, im): one-qubit gates fill 8 numbers,
// two-qubit gates 32. A two-qubit gate's local basis index is bit(target0) + 2·bit(target1).

import type { Radians } from './circuit';

export type GateName =
  | 'H' | 'X' | 'Y' | 'Z' | 'S' | 'SDG' | 'T' | 'TDG' | 'SX'
  | 'RX' | 'RY' | 'RZ' | 'P' | 'U3'
  | 'CNOT' | 'CZ' | 'SWAP' | 'ISWAP' | 'CRX' | 'CRY' | 'CRZ' | 'CP'
  | 'RXX' | 'RYY' | 'RZZ' | 'TOFFOLI'; // prettier-ignore

/** How a kernel applies the base gate; chosen for speed, the result is the same as the dense matrix. */
export type KernelKind = 'dense1' | 'diag1' | 'x1' | 'dense2' | 'diag2' | 'swap2';

/** Fills `out[o…]` with the matrix of the base gate at the given angles. */
type MatrixFn = (angles: ArrayLike<number>, out: Float64Array, o: number) => void;
/** Fills `out[o…]` with ∂U/∂angle_j. */
type DerivFn = (angles: ArrayLike<number>, j: number, out: Float64Array, o: number) => void;

export interface GateInfo {
  name: GateName;
  /** How it is shown in the editor. */
  symbol: string;
  /** One line for tooltips. */
  description: string;
  /** Leading targets that are really controls on |1⟩ (CNOT: 1, TOFFOLI: 2). */
  namedControls: number;
  /** Qubits the base gate acts on (1 or 2). */
  baseQubits: 1 | 2;
  /** Number of angles. */
  angles: number;
  /** Names of the angles, for the editor ("θ", "φ", "λ"). */
  angleNames: readonly string[];
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

const rx = pauliRotation(PX, 2);
const ry = pauliRotation(PY, 2);
const rz = pauliRotation(PZ, 2);
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

type Spec = Omit<GateInfo, 'angleNames' | 'shift' | 'centredGenerator' | 'derivative' | 'pauli'> & {
  derivative?: DerivFn;
  pauli?: GateInfo['pauli'];
  angleNames?: readonly string[];
  centred?: readonly boolean[];
};

function gate(spec: Spec): GateInfo {
  return {
    ...spec,
    derivative: spec.derivative ?? null,
    pauli: spec.pauli ?? null,
    angleNames: spec.angleNames ?? (spec.angles === 1 ? ['θ'] : []),
    shift: spec.angles > 0 ? 'two-term' : 'none',
    centredGenerator: spec.centred ?? new Array<boolean>(spec.angles).fill(true),
  };
}

const LIST: GateInfo[] = [
  gate({ name: 'H', symbol: 'H', description: 'Hadamard: |0⟩ → |+⟩, |1⟩ → |−⟩', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'dense1', matrix: fixed1([S2, 0, S2, 0, S2, 0, -S2, 0]) }),
  gate({ name: 'X', symbol: 'X', description: 'Pauli X (NOT): flips |0⟩ and |1⟩', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'x1', matrix: fixed1(PX) }),
  gate({ name: 'Y', symbol: 'Y', description: 'Pauli Y: bit and phase flip', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'dense1', matrix: fixed1(PY) }),
  gate({ name: 'Z', symbol: 'Z', description: 'Pauli Z: phase flip of |1⟩', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1(PZ) }),
  gate({ name: 'S', symbol: 'S', description: 'Phase gate S = P(π/2)', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, 0, 1]) }),
  gate({ name: 'SDG', symbol: 'S†', description: 'Inverse phase gate S† = P(−π/2)', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, 0, -1]) }),
  gate({ name: 'T', symbol: 'T', description: 'T gate = P(π/4)', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, S2, S2]) }),
  gate({ name: 'TDG', symbol: 'T†', description: 'Inverse T gate = P(−π/4)', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1([1, 0, 0, 0, 0, 0, S2, -S2]) }),
  gate({ name: 'SX', symbol: '√X', description: 'Square root of X', namedControls: 0, baseQubits: 1, angles: 0, kernel: 'dense1', matrix: fixed1([0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5]) }),
  gate({ name: 'RX', symbol: 'RX', description: 'Rotation about X: exp(−iθX/2)', namedControls: 0, baseQubits: 1, angles: 1, kernel: 'dense1', ...rx }),
  gate({ name: 'RY', symbol: 'RY', description: 'Rotation about Y: exp(−iθY/2)', namedControls: 0, baseQubits: 1, angles: 1, kernel: 'dense1', ...ry }),
  gate({ name: 'RZ', symbol: 'RZ', description: 'Rotation about Z: exp(−iθZ/2)', namedControls: 0, baseQubits: 1, angles: 1, kernel: 'diag1', ...rz }),
  gate({ name: 'P', symbol: 'P', description: 'Phase shift: diag(1, e^{iφ})', namedControls: 0, baseQubits: 1, angles: 1, kernel: 'diag1', angleNames: ['φ'], centred: [false], ...phase }),
  gate({ name: 'U3', symbol: 'U3', description: 'General one-qubit gate U3(θ, φ, λ) = P(φ)·RY(θ)·P(λ)', namedControls: 0, baseQubits: 1, angles: 3, kernel: 'dense1', angleNames: ['θ', 'φ', 'λ'], centred: [true, false, false], ...u3 }),
  gate({ name: 'CNOT', symbol: 'CNOT', description: 'Controlled NOT: flips the target when the control is |1⟩', namedControls: 1, baseQubits: 1, angles: 0, kernel: 'x1', matrix: fixed1(PX) }),
  gate({ name: 'CZ', symbol: 'CZ', description: 'Controlled Z: phase −1 on |11⟩', namedControls: 1, baseQubits: 1, angles: 0, kernel: 'diag1', matrix: fixed1(PZ) }),
  gate({ name: 'SWAP', symbol: 'SWAP', description: 'Swaps two qubits', namedControls: 0, baseQubits: 2, angles: 0, kernel: 'swap2', matrix: fixed2(SWAP_M) }),
  gate({ name: 'ISWAP', symbol: 'iSWAP', description: 'Swaps two qubits with phase i on |01⟩ and |10⟩', namedControls: 0, baseQubits: 2, angles: 0, kernel: 'dense2', matrix: fixed2(ISWAP_M) }),
  gate({ name: 'CRX', symbol: 'CRX', description: 'Controlled RX(θ)', namedControls: 1, baseQubits: 1, angles: 1, kernel: 'dense1', ...rx }),
  gate({ name: 'CRY', symbol: 'CRY', description: 'Controlled RY(θ)', namedControls: 1, baseQubits: 1, angles: 1, kernel: 'dense1', ...ry }),
  gate({ name: 'CRZ', symbol: 'CRZ', description: 'Controlled RZ(θ)', namedControls: 1, baseQubits: 1, angles: 1, kernel: 'diag1', ...rz }),
  gate({ name: 'CP', symbol: 'CP', description: 'Controlled phase: e^{iφ} on |11⟩', namedControls: 1, baseQubits: 1, angles: 1, kernel: 'diag1', angleNames: ['φ'], centred: [false], ...phase }),
  gate({ name: 'RXX', symbol: 'RXX', description: 'Two-qubit XX rotation: exp(−iθ X⊗X/2)', namedControls: 0, baseQubits: 2, angles: 1, kernel: 'dense2', pauli: { x: 3, z: 0, phase: 1 }, ...rxx }),
  gate({ name: 'RYY', symbol: 'RYY', description: 'Two-qubit YY rotation: exp(−iθ Y⊗Y/2)', namedControls: 0, baseQubits: 2, angles: 1, kernel: 'dense2', pauli: { x: 3, z: 3, phase: -1 }, ...ryy }),
  gate({ name: 'RZZ', symbol: 'RZZ', description: 'Two-qubit ZZ rotation: exp(−iθ Z⊗Z/2)', namedControls: 0, baseQubits: 2, angles: 1, kernel: 'diag2', pauli: { x: 0, z: 3, phase: 1 }, ...rzz }),
  gate({ name: 'TOFFOLI', symbol: 'CCX', description: 'Toffoli: flips the target when both controls are |1⟩', namedControls: 2, baseQubits: 1, angles: 0, kernel: 'x1', matrix: fixed1(PX) }),
]; // prettier-ignore

/** Every gate, by name. */
export const GATES: Readonly<Record<GateName, GateInfo>> = Object.fromEntries(
  LIST.map((g) => [g.name, g]),
) as Record<GateName, GateInfo>;

/** Gate names in palette order. */
export const GATE_NAMES: readonly GateName[] = LIST.map((g) => g.name);

export function isGateName(s: unknown): s is GateName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(GATES, s);
}

/** Number of qubits an operation of this gate names in `targets` (named controls included). */
export function targetCount(g: GateInfo): number {
  return g.namedControls + g.baseQubits;
}

/** The matrix of a base gate at the given angles, freshly allocated (for tests and the editor). */
export function gateMatrix(name: GateName, angles: readonly Radians[] = []): Float64Array {
  const g = GATES[name];
  const out = new Float64Array(g.baseQubits === 1 ? 8 : 32);
  g.matrix(angles, out, 0);
  return out;
}
