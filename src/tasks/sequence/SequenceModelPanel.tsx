// The sequence task's models: the quantum recurrent network (its registers and layers, drawn
// unrolled over the window) and the classical recurrent network it is compared with.
import { SEQUENCE_BASELINE_CHOICES } from '../../experiment/tasks/sequence/types';
import { SEQUENCE_LIMITS, qrnnQubitCount } from '../../experiment/tasks/sequence/validate';
import type { SequenceBaselineKind } from '../../experiment/types';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { sequenceInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withModel } from './sequenceEdits';
import './sequence.css';

const SIZE_CHOICES = [
  { value: 'match', label: 'About the quantum model’s parameter count' },
  { value: 'own', label: 'Hidden units of my choice' },
] as const;

export function SequenceModelPanel() {
  const model = useExperimentOf('sequence', (e) => e.model);
  const window = useExperimentOf('sequence', (e) => e.data.window);
  const baseline = useExperimentOf('sequence', (e) => e.baseline);
  const info = useLab((s) => sequenceInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  const L = SEQUENCE_LIMITS;
  const qubits = qrnnQubitCount(model, window);
  return (
    <section className="panel" aria-labelledby="sequence-model-heading">
      <h2 id="sequence-model-heading">Quantum recurrent network</h2>
      <div className="field-row">
        <NumberField
          label="History qubits"
          integer
          value={model.historyQubits}
          min={L.historyQubits[0]}
          max={L.historyQubits[1]}
          onCommit={(historyQubits) => editTask('sequence', (e) => withModel(e, { historyQubits }))}
        />
        <NumberField
          label="Data qubits"
          integer
          value={model.dataQubits}
          min={L.dataQubits[0]}
          max={L.dataQubits[1]}
          onCommit={(dataQubits) => editTask('sequence', (e) => withModel(e, { dataQubits }))}
        />
        <NumberField
          label="Layers per step"
          integer
          value={model.layers}
          min={L.layers[0]}
          max={L.layers[1]}
          onCommit={(layers) => editTask('sequence', (e) => withModel(e, { layers }))}
        />
      </div>
      <p className="hint">
        Each of the window’s {window} values is read on a fresh data register ({model.dataQubits}{' '}
        {model.dataQubits === 1 ? 'qubit' : 'qubits'}) next to the history register (
        {model.historyQubits}), then the data register is measured and reset; the history carries
        on. Simulated exactly by deferring the measurements: {qubits} qubits
        {info ? `, ${info.quantumParams} trained parameters (the same at every step)` : ''}. The
        forecast is 2·p(1) − 1 of the last step’s first data qubit.
      </p>
      {model.layers === 1 && (
        <p className="hint">
          With one layer per step the forecast depends on the last value only: the RZZ ring comes
          after the rotations, and it commutes with Z on the qubit that is read. Two layers let the
          history in.
        </p>
      )}
      {info && (
        <div className="sequence-circuit">
          <FittedCircuit circuit={info.circuit} label={`QRNN unrolled over ${window} steps`} />
        </div>
      )}
      <h3>Classical model</h3>
      <div className="field-row">
        <SelectField<SequenceBaselineKind>
          label="Network"
          value={baseline.kind}
          options={SEQUENCE_BASELINE_CHOICES}
          onChange={(kind) =>
            editTask('sequence', (e) => ({ ...e, baseline: { ...e.baseline, kind } }))
          }
        />
        <SelectField<'match' | 'own'>
          label="Size"
          wide
          value={baseline.size === 'match' ? 'match' : 'own'}
          options={SIZE_CHOICES}
          onChange={(v) =>
            editTask('sequence', (e) => ({
              ...e,
              baseline: {
                ...e.baseline,
                size: v === 'match' ? 'match' : { hidden: info?.classicalHidden ?? 4 },
              },
            }))
          }
        />
      </div>
      {baseline.size !== 'match' && (
        <NumberField
          label="Hidden units"
          integer
          value={baseline.size.hidden}
          min={L.hidden[0]}
          max={L.hidden[1]}
          onCommit={(hidden) =>
            editTask('sequence', (e) => ({ ...e, baseline: { ...e.baseline, size: { hidden } } }))
          }
        />
      )}
      {info && (
        <p className="hint">
          {info.classicalKind === 'lstm' ? 'LSTM' : 'Simple RNN'} in TensorFlow.js:{' '}
          {info.classicalHidden} hidden {info.classicalHidden === 1 ? 'unit' : 'units'},{' '}
          {info.classicalParams} parameters, trained with the same optimiser, batches and epochs as
          the quantum model.
        </p>
      )}
    </section>
  );
}
