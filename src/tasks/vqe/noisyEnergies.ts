// What a noisy VQE session adds to the page: the energies of its reports (the noisy line keeps the
// quantum colour, the ideal twin IDEAL, the zero-noise extrapolation MITIGATED: charts/palette.ts).
import type { VqeReport } from '../../../workers/protocol';

/** The energies a noisy session adds to each report (hartree). */
export interface NoisyEnergies {
  /** The ideal twin's ⟨H⟩. */
  ideal: number;
  /** The noisy ⟨H⟩ extrapolated to zero noise. */
  mitigated: number;
}

/** The report's ideal and mitigated energies, or null when it comes from an ideal session. */
export function noisyEnergies(r: VqeReport | null | undefined): NoisyEnergies | null {
  if (!r || r.ideal === undefined || r.mitigated === undefined) return null;
  return { ideal: r.ideal, mitigated: r.mitigated.energy };
}
