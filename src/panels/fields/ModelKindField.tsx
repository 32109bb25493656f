// Which quantum model: the data re-uploading preset, or a circuit in the editor (starting from
// the preset drawn as a circuit, or from an empty one), and the editor's readout.
import { READOUT_CHOICES } from '../../experiment/lists';
import {
  MODEL_KIND_CHOICES,
  MODEL_KIND_DEFS,
  switchModelKind,
} from '../../experiment/tasks/classify/modelKinds';
import type { ModelSettings } from '../../experiment/types';
import { SelectField } from './SelectField';

interface Props {
  model: ModelSettings;
  onChange(m: ModelSettings): void;
}

export function ModelKindField({ model, onChange }: Props) {
  return (
    <>
      {/* Whole rows: the option labels are long, and half a column would cut them. */}
      <div>
        <SelectField<ModelSettings['kind']>
          label="Model"
          value={model.kind}
          options={MODEL_KIND_CHOICES}
          onChange={(k) => onChange(switchModelKind(model, k))}
        />
        {model.kind === 'circuit' && (
          <SelectField<ModelSettings['readout']>
            label="Readout"
            value={model.readout}
            options={READOUT_CHOICES}
            onChange={(readout) => onChange({ ...model, readout })}
          />
        )}
      </div>
      {model.kind === 'circuit' && (
        <button
          type="button"
          onClick={() => onChange(MODEL_KIND_DEFS.circuit.defaults(model.readout))}
        >
          Empty circuit
        </button>
      )}
    </>
  );
}
