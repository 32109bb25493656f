// Keeps VQE on the molecule's electrons: with Jordan–Wigner every qubit is a spin orbital, and an
// ansatz that does not conserve particle number (hardware-efficient layers) can lower ⟨H⟩ by
// adding or removing an electron — an energy of another ion, below the molecule's exact one.
// Training minimises ⟨H⟩ + μ⟨(N − N₀)² + (N↑ − N↓)²⟩ instead; the energy shown stays ⟨H⟩.

import type { PauliTerm } from '../../sim/observables';

/** Penalty weight μ in hartree: above any energy an extra or missing electron gains here (≈ 0.2 Ha). */
export const SECTOR_PENALTY_HA = 1;

/** A + Σ aᵢZᵢ squared, as Pauli terms: (c + Σ aᵢZᵢ)² = c² + Σaᵢ² + 2cΣaᵢZᵢ + 2Σ_{i<j} aᵢaⱼZᵢZⱼ. */
function squareOfLinearZ(c: number, a: readonly number[], scale: number): PauliTerm[] {
  const terms: PauliTerm[] = [];
  let constant = c * c;
  for (const ai of a) constant += ai * ai;
  terms.push({ coeff: scale * constant, label: '' });
  a.forEach((ai, i) => {
    if (ai !== 0 && c !== 0) terms.push({ coeff: scale * 2 * c * ai, label: `Z${i}` });
  });
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++)
      if (a[i] !== 0 && a[j] !== 0)
        terms.push({ coeff: scale * 2 * a[i]! * a[j]!, label: `Z${i} Z${j}` });
  return terms;
}

/**
 * μ[(N − electrons)² + (N↑ − N↓)²] on `qubits` spin orbitals, qubit 2i spin up and 2i+1 spin
 * down (the interleaved order of chem/): nᵢ = (1 − Zᵢ)/2.
 */
export function sectorPenalty(
  qubits: number,
  electrons: number,
  mu = SECTOR_PENALTY_HA,
): PauliTerm[] {
  // N − N₀ = qubits/2 − N₀ − ½ΣZᵢ;  N↑ − N↓ = −½Σ sᵢZᵢ (equal numbers of up and down orbitals).
  const count = squareOfLinearZ(qubits / 2 - electrons, new Array<number>(qubits).fill(-0.5), mu);
  const spin = squareOfLinearZ(0, Array.from({ length: qubits }, (_, i) => (i % 2 === 0 ? -0.5 : 0.5)), mu); // prettier-ignore
  return [...count, ...spin];
}
