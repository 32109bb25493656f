// Which quantum model: the data re-uploading preset, or a circuit in the editor (starting from
// the preset drawn as a circuit, or from an empty one), and the editor's readout.
import { reuploadingEditorCircuit } from '../../experiment/circuit';
import { defaultExperiment } from '../../experiment/defaults';
import type { ModelSettings, ReuploadingModel } from '../../experiment/types';
import { SelectField } from './SelectField';

interface Props {
  model: ModelSettings;
  onChange(m: ModelSettings): void;
}

const PRESET = defaultExperiment().model as ReuploadingModel;

export function ModelKindField({ model, onChange }: Props) {
  const toEditor = (): void => {
    const m = model.kind === 'reuploading' ? model : PRESET;
    onChange({
      kind: 'circuit',
      readout: m.readout,
      circuit: reuploadingEditorCircuit(m.qubits, m.layers, m.entangler),
    });
  };
  return (
    <>
      {/* Whole rows: the option labels are long, and half a column would cut them. */}
      <div>
        <SelectField<ModelSettings['kind']>
          label="Model"
          value={model.kind}
          options={[
            { value: 'reuploading', label: 'Re-uploading preset' },
            { value: 'circuit', label: 'Circuit editor' },
          ]}
          onChange={(k) =>
            k === 'circuit' ? toEditor() : onChange({ ...PRESET, readout: model.readout })
          }
        />
        {model.kind === 'circuit' && (
          <SelectField<ModelSettings['readout']>
            label="Readout"
            value={model.readout}
            options={[
              { value: 'fidelity', label: 'Fidelity of qubit 0' },
              { value: 'cross-entropy', label: 'Cross-entropy on probabilities' },
            ]}
            onChange={(readout) => onChange({ ...model, readout })}
          />
        )}
      </div>
      {model.kind === 'circuit' && (
        <button
          type="button"
          onClick={() =>
            onChange({ ...model, circuit: { qubits: 2, columns: 6, gates: [], blocks: [] } })
          }
        >
          Empty circuit
        </button>
      )}
    </>
  );
}
