// The task's settings ("Plateau"): the cost, the circuits' depth (deep as McClean et al.'s or
// shallow as Cerezo et al.'s), the range of qubit counts, the circuits drawn per point, which
// gradient component is measured, and the seed of the random circuits.
import {
  PLATEAU_COMPONENT_CHOICES,
  PLATEAU_COST_CHOICES,
  PLATEAU_SCALING_CHOICES,
  type PlateauComponent,
  type PlateauCost,
  type PlateauScaling,
} from '../../experiment/tasks/plateau/types';
import { plateauQubits } from '../../experiment/tasks/plateau/sweep';
import { PLATEAU_LIMITS } from '../../experiment/tasks/plateau/validate';
import { LIMITS } from '../../experiment/limits';
import type { PlateauSettings } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withPlateau, withSeed } from './plateauEdits';
import './plateau.css';

/** The two depths the papers compare: deep enough to be random, and two layers. */
const DEEP = 50;
const SHALLOW = 2;

export function PlateauPanel() {
  const s = useExperimentOf('plateau', (e) => e.plateau);
  const seed = useExperimentOf('plateau', (e) => e.training.seed);
  const editTask = useLab((st) => st.editTask);
  const set = (patch: Partial<PlateauSettings>): void => editTask('plateau', (e) => withPlateau(e, patch)); // prettier-ignore
  const L = PLATEAU_LIMITS;
  const qubits = plateauQubits(s);
  const preset = (layers: number): void => set({ layers, scaling: 'fixed' });
  return (
    <section className="panel" aria-labelledby="plateau-heading">
      <h2 id="plateau-heading">Plateau</h2>
      <SelectField<PlateauCost>
        label="Cost"
        wide
        value={s.cost}
        options={PLATEAU_COST_CHOICES}
        onChange={(cost) => set({ cost })}
        info="localCost"
      />
      <div className="plateau-presets" role="group" aria-label="Depth presets">
        <button
          type="button"
          aria-pressed={s.layers === DEEP && s.scaling === 'fixed'}
          onClick={() => preset(DEEP)}
        >
          Deep ({DEEP} layers)
        </button>
        <button
          type="button"
          aria-pressed={s.layers === SHALLOW && s.scaling === 'fixed'}
          onClick={() => preset(SHALLOW)}
        >
          Shallow ({SHALLOW} layers)
        </button>
      </div>
      <SelectField<PlateauScaling>
        label="Depth"
        wide
        value={s.scaling}
        options={PLATEAU_SCALING_CHOICES}
        onChange={(scaling) => set({ scaling })}
      />
      <div className="field-row">
        <NumberField
          label="Layers"
          integer
          value={s.layers}
          min={L.layers[0]}
          max={s.scaling === 'perQubit' ? Math.floor(L.depth / s.maxQubits) : L.layers[1]}
          onCommit={(layers) => set({ layers })}
          info="layers"
        />
        <NumberField
          label="Circuits per point"
          integer
          value={s.circuits}
          min={L.circuits[0]}
          max={L.circuits[1]}
          onCommit={(circuits) => set({ circuits })}
          info="gradientVariance"
        />
        <NumberField
          label="From qubits"
          integer
          value={s.minQubits}
          min={L.qubits[0]}
          max={L.qubits[1]}
          onCommit={(minQubits) => set({ minQubits })}
        />
        <NumberField
          label="To qubits"
          integer
          value={s.maxQubits}
          min={L.qubits[0]}
          max={L.qubits[1]}
          onCommit={(maxQubits) => set({ maxQubits })}
        />
        <NumberField
          label="Qubits between points"
          integer
          value={s.qubitStep}
          min={L.qubitStep[0]}
          max={L.qubitStep[1]}
          onCommit={(qubitStep) => set({ qubitStep })}
        />
        <NumberField
          label="Seed"
          integer
          value={seed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          onCommit={(v) => editTask('plateau', (e) => withSeed(e, v))}
          info="seed"
        />
      </div>
      <SelectField<PlateauComponent>
        label="Gradient component"
        wide
        value={s.component}
        options={PLATEAU_COMPONENT_CHOICES}
        onChange={(component) => set({ component })}
      />
      <p className="hint">
        Play computes {qubits.length} qubit count{qubits.length === 1 ? '' : 's'} (
        {qubits.join(', ')}), one a step: at each, {s.circuits} random circuits of{' '}
        {s.scaling === 'perQubit' ? `${s.layers} × n` : s.layers} layer
        {s.layers === 1 && s.scaling === 'fixed' ? '' : 's'}, and the exact derivative of the cost
        along one parameter in each. Larger n take longer (each qubit doubles the state).
      </p>
    </section>
  );
}
