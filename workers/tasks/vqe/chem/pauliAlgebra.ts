// Sums of Pauli strings with complex coefficients, closed under products: enough algebra to
// write fermionic ladder operators as qubit operators and multiply them out.

import type { PauliTerm } from '../../../sim/observables';

/** Most qubits an operator may act on: a key packs the x and z masks into one number. */
export const MAX_ALGEBRA_QUBITS = 24;
const SHIFT = 2 ** MAX_ALGEBRA_QUBITS;

/**
 * Σ c·P(x, z) keyed by x·2²⁴ + z, where P(x, z) = ⊗_q σ_q with σ_q = I, X, Z, Y for
 * (x_q, z_q) = (0,0), (1,0), (0,1), (1,1). Coefficients are complex: [re, im].
 */
export type PauliOperator = Map<number, [number, number]>;

function popcount(v: number): number {
  let c = 0;
  for (let w = v >>> 0; w; w &= w - 1) c++;
  return c;
}

/** Adds (re + i·im)·P(x, z) to op in place. */
export function addString(op: PauliOperator, x: number, z: number, re: number, im: number): void {
  const key = x * SHIFT + z;
  const c = op.get(key);
  if (c) {
    c[0] += re;
    c[1] += im;
  } else op.set(key, [re, im]);
}

/** The masks of a key. */
export function masksOf(key: number): { x: number; z: number } {
  return { x: Math.floor(key / SHIFT), z: key % SHIFT };
}

/**
 * P(x₁,z₁)·P(x₂,z₂) = i^k·P(x₁⊕x₂, z₁⊕z₂). With Y = iXZ, P(x,z) = i^{|x∧z|}·XˣZᶻ, and
 * Zᶻ¹Xˣ² = (−1)^{|z₁∧x₂|}·Xˣ²Zᶻ¹, so k = |x₁∧z₁| + |x₂∧z₂| + 2|z₁∧x₂| − |x∧z| (mod 4).
 */
function productPhase(x1: number, z1: number, x2: number, z2: number): number {
  const x = x1 ^ x2;
  const z = z1 ^ z2;
  const k = popcount(x1 & z1) + popcount(x2 & z2) + 2 * popcount(z1 & x2) - popcount(x & z);
  return ((k % 4) + 4) % 4;
}

/** The operator product a·b. */
export function multiply(a: PauliOperator, b: PauliOperator): PauliOperator {
  const out: PauliOperator = new Map();
  for (const [ka, [ar, ai]] of a) {
    const { x: x1, z: z1 } = masksOf(ka);
    for (const [kb, [br, bi]] of b) {
      const { x: x2, z: z2 } = masksOf(kb);
      let re = ar * br - ai * bi;
      let im = ar * bi + ai * br;
      // Multiply by i^k, k = 0…3.
      for (let k = productPhase(x1, z1, x2, z2); k > 0; k--) [re, im] = [-im, re];
      addString(out, x1 ^ x2, z1 ^ z2, re, im);
    }
  }
  return out;
}

/** The product of several operators, left to right. */
export function product(...ops: PauliOperator[]): PauliOperator {
  let out: PauliOperator = new Map([[0, [1, 0]]]);
  for (const op of ops) out = multiply(out, op);
  return out;
}

/** The Hermitian conjugate: every Pauli string is Hermitian, so only the coefficients conjugate. */
export function adjoint(op: PauliOperator): PauliOperator {
  const out: PauliOperator = new Map();
  for (const [k, [re, im]] of op) out.set(k, [re, -im]);
  return out;
}

/** target += (re + i·im)·op, in place. */
export function addScaled(target: PauliOperator, op: PauliOperator, re: number, im = 0): void {
  for (const [k, [a, b]] of op) {
    const { x, z } = masksOf(k);
    addString(target, x, z, a * re - b * im, a * im + b * re);
  }
}

/** The sparse label of P(x, z): "X0 Y1 Z3", qubits ascending; "" for the identity. */
export function sparseLabel(x: number, z: number): string {
  const parts: string[] = [];
  for (let q = 0; q < MAX_ALGEBRA_QUBITS; q++) {
    const xb = (x >> q) & 1;
    const zb = (z >> q) & 1;
    if (xb || zb) parts.push(`${xb && zb ? 'Y' : xb ? 'X' : 'Z'}${q}`);
  }
  return parts.join(' ');
}

/**
 * The Hermitian operator as real Pauli terms: coefficients below `dropBelow` in magnitude are
 * dropped; an imaginary part above `imagTol` means the operator was not Hermitian, which is a bug.
 * Terms are ordered by weight (identity first), then by label.
 */
export function toPauliTerms(op: PauliOperator, dropBelow = 1e-12, imagTol = 1e-10): PauliTerm[] {
  const out: { term: PauliTerm; weight: number }[] = [];
  for (const [k, [re, im]] of op) {
    if (Math.abs(im) > imagTol) {
      throw new Error(`Internal error: the qubit Hamiltonian has an imaginary coefficient ${im}.`);
    }
    if (Math.abs(re) < dropBelow) continue;
    const { x, z } = masksOf(k);
    out.push({ term: { coeff: re, label: sparseLabel(x, z) }, weight: popcount(x | z) });
  }
  out.sort((a, b) =>
    a.weight !== b.weight ? a.weight - b.weight : a.term.label < b.term.label ? -1 : 1,
  );
  return out.map((t) => t.term);
}
