// Ready-made model Hamiltonians as editable text: the transverse-field Ising chain and the
// Heisenberg chain on n qubits with open ends (no bond between the last qubit and the first).

import { MAX_TEXT_QUBITS, formatPauliSum, type PauliTermText } from './pauliText';

function checkLength(n: number, min: number): void {
  if (!Number.isInteger(n) || n < min || n > MAX_TEXT_QUBITS) {
    throw new RangeError(`A chain needs ${min} to ${MAX_TEXT_QUBITS} qubits; got ${n}.`);
  }
}

/** Terms with a zero coefficient are left out, so J = 0 or h = 0 gives the shorter model. */
function nonZero(terms: PauliTermText[]): PauliTermText[] {
  return terms.filter((t) => t.coeff !== 0);
}

/** H = −J Σ_{i<n−1} Z_i Z_{i+1} − h Σ_i X_i: ferromagnetic for J > 0, h the transverse field. */
export function isingChainTerms(n: number, J = 1, h = 1): PauliTermText[] {
  checkLength(n, 1);
  const terms: PauliTermText[] = [];
  for (let i = 0; i + 1 < n; i++) terms.push({ coeff: -J, label: `Z${i} Z${i + 1}` });
  for (let i = 0; i < n; i++) terms.push({ coeff: -h, label: `X${i}` });
  return nonZero(terms);
}

/** H = J Σ_{i<n−1} (X_i X_{i+1} + Y_i Y_{i+1} + Z_i Z_{i+1}): antiferromagnetic for J > 0. */
export function heisenbergChainTerms(n: number, J = 1): PauliTermText[] {
  checkLength(n, 2);
  const terms: PauliTermText[] = [];
  for (let i = 0; i + 1 < n; i++)
    for (const p of ['X', 'Y', 'Z']) terms.push({ coeff: J, label: `${p}${i} ${p}${i + 1}` });
  return nonZero(terms);
}

/** The Ising chain as text, e.g. n = 3: "-Z0 Z1 - Z1 Z2 - X0 - X1 - X2". */
export function isingChainText(n: number, J = 1, h = 1): string {
  return formatPauliSum(isingChainTerms(n, J, h));
}

/** The Heisenberg chain as text, e.g. n = 2: "X0 X1 + Y0 Y1 + Z0 Z1". */
export function heisenbergChainText(n: number, J = 1): string {
  return formatPauliSum(heisenbergChainTerms(n, J));
}
