// Pauli terms for reading: sparse labels ("Z0 Z1") written densely per qubit, and the display order.

/** One term of a qubit Hamiltonian: `coeff` (Ha) times the Pauli string `label` ("" = identity). */
export interface PauliTerm {
  coeff: number;
  label: string;
}

const FACTOR = /^([IXYZ])(\d+)$/;

/**
 * The Pauli letter on each qubit of a sparse `label` ("Z0 Z1", "X0Y1", "" for the identity), in
 * display order: qubit `qubits − 1` first and qubit 0 last (rightmost, as Qiskit writes it). Null
 * when the label does not parse, names a qubit ≥ `qubits` or names a qubit twice.
 */
export function pauliLetters(label: string, qubits: number): string[] | null {
  const letters: string[] = Array.from({ length: Math.max(0, qubits) }, () => 'I');
  const seen = new Set<number>();
  const tokens = label.trim().match(/[A-Za-z]\d+|\S/g) ?? [];
  for (const token of tokens) {
    if (token.toUpperCase() === 'I') continue;
    const m = FACTOR.exec(token.toUpperCase());
    if (!m) return null;
    const q = Number(m[2]);
    if (q >= qubits || seen.has(q)) return null;
    seen.add(q);
    letters[qubits - 1 - q] = m[1]!;
  }
  return letters;
}

/** `pauliLetters` joined by spaces: for 4 qubits "Z0 Z1" → "I I Z Z". Null when invalid. */
export function densePauliLabel(label: string, qubits: number): string | null {
  return pauliLetters(label, qubits)?.join(' ') ?? null;
}

/** True for the identity: no factor other than I. */
export function isIdentityLabel(label: string): boolean {
  return /^\s*(I\d*\s*)*$/i.test(label);
}

/**
 * The terms in reading order: the identity (the constant energy offset) first, then by |coeff|
 * from largest to smallest; equal ones keep their order.
 */
export function sortTerms<T extends PauliTerm>(terms: readonly T[]): T[] {
  return terms
    .map((t, i) => ({ t, i, id: isIdentityLabel(t.label) }))
    .sort(
      (a, b) =>
        Number(b.id) - Number(a.id) || Math.abs(b.t.coeff) - Math.abs(a.t.coeff) || a.i - b.i,
    )
    .map((e) => e.t);
}
