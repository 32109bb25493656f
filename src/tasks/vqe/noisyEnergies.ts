// What a noisy VQE session adds to the page: the energies of its reports (the noisy line keeps the
// quantum colour, the ideal twin IDEAL, the zero-noise extrapolation MITIGATED: charts/palette.ts).
import type { VqeReport } from '../../../workers/protocol';
import { latestMitigated } from '../../charts/twinSeries';

/** The energies a noisy session adds to its latest report (hartree). */
export interface NoisyEnergies {
  /** The ideal twin's ⟨H⟩. */
  ideal: number;
  /**
   * The noisy ⟨H⟩ extrapolated to zero noise as last computed (not every report has it), and the
   * iteration it was computed at; null before any.
   */
  mitigated: { energy: number; iteration: number } | null;
}

/** The latest report's ideal energy and the latest mitigated one, or null on an ideal session. */
export function noisyEnergies(history: readonly VqeReport[]): NoisyEnergies | null {
  const last = history[history.length - 1];
  if (!last || last.ideal === undefined) return null;
  const m = latestMitigated(history);
  return {
    ideal: last.ideal,
    mitigated: m?.mitigated ? { energy: m.mitigated.energy, iteration: m.epoch } : null,
  };
}
