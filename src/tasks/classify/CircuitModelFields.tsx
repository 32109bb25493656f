// The fields of a model built in the editor: its readout, and a way to start from an empty circuit.
import { READOUT_CHOICES } from '../../experiment/lists';
import { MODEL_KIND_DEFS } from '../../experiment/tasks/classify/modelKinds';
import type { CircuitModel, ReadoutKind } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';

interface Props {
  model: CircuitModel;
  onChange(m: CircuitModel): void;
}

export function CircuitModelFields({ model, onChange }: Props) {
  return (
    <>
      <SelectField<ReadoutKind>
        label="Readout"
        info="readout"
        wide
        value={model.readout}
        options={READOUT_CHOICES}
        onChange={(readout) => onChange({ ...model, readout })}
      />
      <button
        type="button"
        onClick={() => onChange(MODEL_KIND_DEFS.circuit.defaults(model.readout))}
      >
        Empty circuit
      </button>
    </>
  );
}
