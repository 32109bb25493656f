// The gate catalogue as the schema knows it: every gate's name (as links store it), symbol,
// description, which of its qubits are named controls, and its angles. The simulator adds the
// matrices (workers/sim/gates.ts); the editor, validation and the drawings read this table.

export const GATE_NAMES = [
  'H', 'X', 'Y', 'Z', 'S', 'SDG', 'T', 'TDG', 'SX',
  'RX', 'RY', 'RZ', 'P', 'U3',
  'CNOT', 'CZ', 'SWAP', 'ISWAP', 'CRX', 'CRY', 'CRZ', 'CP',
  'RXX', 'RYY', 'RZZ', 'TOFFOLI',
] as const; // prettier-ignore
export type GateName = (typeof GATE_NAMES)[number];

export interface GateSpec {
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
}

const LIST: readonly GateSpec[] = [
  { name: 'H', symbol: 'H', description: 'Hadamard: |0⟩ → |+⟩, |1⟩ → |−⟩', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'X', symbol: 'X', description: 'Pauli X (NOT): flips |0⟩ and |1⟩', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'Y', symbol: 'Y', description: 'Pauli Y: bit and phase flip', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'Z', symbol: 'Z', description: 'Pauli Z: phase flip of |1⟩', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'S', symbol: 'S', description: 'Phase gate S = P(π/2)', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'SDG', symbol: 'S†', description: 'Inverse phase gate S† = P(−π/2)', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'T', symbol: 'T', description: 'T gate = P(π/4)', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'TDG', symbol: 'T†', description: 'Inverse T gate = P(−π/4)', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'SX', symbol: '√X', description: 'Square root of X', namedControls: 0, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'RX', symbol: 'RX', description: 'Rotation about X: exp(−iθX/2)', namedControls: 0, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'RY', symbol: 'RY', description: 'Rotation about Y: exp(−iθY/2)', namedControls: 0, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'RZ', symbol: 'RZ', description: 'Rotation about Z: exp(−iθZ/2)', namedControls: 0, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'P', symbol: 'P', description: 'Phase shift: diag(1, e^{iφ})', namedControls: 0, baseQubits: 1, angles: 1, angleNames: ['φ'] },
  { name: 'U3', symbol: 'U3', description: 'General one-qubit gate U3(θ, φ, λ) = P(φ)·RY(θ)·P(λ)', namedControls: 0, baseQubits: 1, angles: 3, angleNames: ['θ', 'φ', 'λ'] },
  { name: 'CNOT', symbol: 'CNOT', description: 'Controlled NOT: flips the target when the control is |1⟩', namedControls: 1, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'CZ', symbol: 'CZ', description: 'Controlled Z: phase −1 on |11⟩', namedControls: 1, baseQubits: 1, angles: 0, angleNames: [] },
  { name: 'SWAP', symbol: 'SWAP', description: 'Swaps two qubits', namedControls: 0, baseQubits: 2, angles: 0, angleNames: [] },
  { name: 'ISWAP', symbol: 'iSWAP', description: 'Swaps two qubits with phase i on |01⟩ and |10⟩', namedControls: 0, baseQubits: 2, angles: 0, angleNames: [] },
  { name: 'CRX', symbol: 'CRX', description: 'Controlled RX(θ)', namedControls: 1, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'CRY', symbol: 'CRY', description: 'Controlled RY(θ)', namedControls: 1, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'CRZ', symbol: 'CRZ', description: 'Controlled RZ(θ)', namedControls: 1, baseQubits: 1, angles: 1, angleNames: ['θ'] },
  { name: 'CP', symbol: 'CP', description: 'Controlled phase: e^{iφ} on |11⟩', namedControls: 1, baseQubits: 1, angles: 1, angleNames: ['φ'] },
  { name: 'RXX', symbol: 'RXX', description: 'Two-qubit XX rotation: exp(−iθ X⊗X/2)', namedControls: 0, baseQubits: 2, angles: 1, angleNames: ['θ'] },
  { name: 'RYY', symbol: 'RYY', description: 'Two-qubit YY rotation: exp(−iθ Y⊗Y/2)', namedControls: 0, baseQubits: 2, angles: 1, angleNames: ['θ'] },
  { name: 'RZZ', symbol: 'RZZ', description: 'Two-qubit ZZ rotation: exp(−iθ Z⊗Z/2)', namedControls: 0, baseQubits: 2, angles: 1, angleNames: ['θ'] },
  { name: 'TOFFOLI', symbol: 'CCX', description: 'Toffoli: flips the target when both controls are |1⟩', namedControls: 2, baseQubits: 1, angles: 0, angleNames: [] },
]; // prettier-ignore

/** Every gate's description, by name. */
export const GATE_SPECS: Readonly<Record<GateName, GateSpec>> = Object.fromEntries(
  LIST.map((g) => [g.name, g]),
) as Record<GateName, GateSpec>;

export function isGateName(s: unknown): s is GateName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(GATE_SPECS, s);
}

/** Number of qubits an operation of this gate names in `targets` (named controls included). */
export function targetCount(g: Pick<GateSpec, 'namedControls' | 'baseQubits'>): number {
  return g.namedControls + g.baseQubits;
}
