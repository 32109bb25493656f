// The sizes an editor circuit may have: what the edit operations refuse beyond and what links are
// checked against.

export const CIRCUIT_LIMITS = {
  /** Qubit wires (the statevector simulator's limit). */
  qubits: [1, 24],
  /** Time steps. */
  columns: [1, 500],
  /** Placed gates (before repeated blocks are expanded). */
  gates: 2000,
  /** Repetitions of a block. */
  repeat: [1, 20],
  /** Input features a binding may read (2-D points have x0 and x1; a table up to 16). */
  features: 16,
  /** Largest |angle| of a constant, in radians. */
  angle: 1000,
  /** Longest constant expression as typed. */
  exprLength: 64,
  /** Longest trainable-parameter name. */
  nameLength: 32,
  /** Longest gate id. */
  idLength: 16,
} as const;
