// The four numbers a chemist reads first: the VQE energy now, the exact and Hartree–Fock
// energies, and how far VQE is from exact (chemical accuracy is 1.6 mHa).
import { QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';
import { CHEMICAL_ACCURACY } from './energyDomain';
import { formatHa, formatMilliHa } from './energyFormat';

interface Props {
  energy: number | null;
  exact: number;
  hartreeFock: number | null;
}

export function EnergyFigures({ energy, exact, hartreeFock }: Props) {
  const error = energy === null ? null : Math.abs(energy - exact);
  return (
    <div className="scoreboard energies">
      <Figure name="VQE energy" value={energy === null ? '…' : formatHa(energy)} color={QUANTUM} />
      <Figure name="Exact energy" value={formatHa(exact)} />
      <Figure
        name="Hartree–Fock energy"
        value={hartreeFock === null ? 'none (no electrons)' : formatHa(hartreeFock)}
      />
      <Figure
        name="Error"
        value={error === null ? '…' : formatMilliHa(error)}
        color={error !== null && error < CHEMICAL_ACCURACY ? '#2e7d32' : undefined}
      />
    </div>
  );
}
