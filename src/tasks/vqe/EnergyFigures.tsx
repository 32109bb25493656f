// The numbers a chemist reads first: the VQE energy now, the exact and Hartree–Fock energies, and
// how far VQE is from exact (chemical accuracy is 1.6 mHa). Under noise: the noisy, ideal and
// mitigated energies, each with its distance from exact (the mitigated one as last computed, with
// its iteration), and the gap the noise opens.
import { IDEAL, MITIGATED, QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';
import { CHEMICAL_ACCURACY } from './energyDomain';
import { formatHa, formatMilliHa } from './energyFormat';
import type { NoisyEnergies } from './noisyEnergies';

interface Props {
  /** ⟨H⟩ now (under noise, the noisy one); null before the first report. */
  energy: number | null;
  exact: number;
  hartreeFock: number | null;
  /** Present when the session runs under noise. */
  noisy?: NoisyEnergies | null;
}

/** Green when within chemical accuracy of exact. */
const GOOD = '#2e7d32';

export function EnergyFigures({ energy, exact, hartreeFock, noisy = null }: Props) {
  const hf = (
    <Figure
      name="Hartree–Fock energy"
      value={hartreeFock === null ? 'none (no electrons)' : formatHa(hartreeFock)}
    />
  );
  if (noisy && energy !== null) {
    const off = (e: number): string => `${formatMilliHa(Math.abs(e - exact))} from exact`;
    const m = noisy.mitigated;
    return (
      <div className="scoreboard energies">
        <Figure name="Noisy" value={formatHa(energy)} color={QUANTUM} note={off(energy)} />
        <Figure
          name="Ideal (no noise)"
          value={formatHa(noisy.ideal)}
          color={IDEAL}
          note={off(noisy.ideal)}
        />
        <Figure
          name="Mitigated (zero-noise extrapolation)"
          value={m ? formatHa(m.energy) : '…'}
          color={MITIGATED}
          note={m ? `at iteration ${m.iteration}; ${off(m.energy)}` : 'not computed yet'}
        />
        <Figure name="Exact energy" value={formatHa(exact)} />
        {hf}
        <Figure name="Gap noisy − ideal" value={formatMilliHa(energy - noisy.ideal)} />
      </div>
    );
  }
  const error = energy === null ? null : Math.abs(energy - exact);
  return (
    <div className="scoreboard energies">
      <Figure name="VQE energy" value={energy === null ? '…' : formatHa(energy)} color={QUANTUM} />
      <Figure name="Exact energy" value={formatHa(exact)} />
      {hf}
      <Figure
        name="Error"
        value={error === null ? '…' : formatMilliHa(error)}
        color={error !== null && error < CHEMICAL_ACCURACY ? GOOD : undefined}
      />
    </div>
  );
}
