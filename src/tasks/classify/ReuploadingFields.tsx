// The fields that edit the re-uploading preset: qubits, layers, the entangling ring, the readout.
import { REUPLOADING_LIMITS } from '../../experiment/tasks/classify/reuploading';
import { ENTANGLER_CHOICES, READOUT_CHOICES } from '../../experiment/lists';
import type { Entangler, ReadoutKind, ReuploadingModel } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';

interface Props {
  model: ReuploadingModel;
  onChange(m: ReuploadingModel): void;
}

export function ReuploadingFields({ model, onChange }: Props) {
  const set = (patch: Partial<ReuploadingModel>): void => onChange({ ...model, ...patch });
  const { qubits, layers } = REUPLOADING_LIMITS;
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Qubits"
          info="qubits"
          integer
          value={model.qubits}
          min={qubits[0]}
          max={qubits[1]}
          onCommit={(v) => set({ qubits: v })}
        />
        <NumberField
          label="Layers"
          info="layers"
          integer
          value={model.layers}
          min={layers[0]}
          max={layers[1]}
          onCommit={(v) => set({ layers: v })}
        />
      </div>
      <div className="field-row">
        <SelectField<Entangler>
          label="Entangling ring"
          info="entangler"
          wide
          value={model.entangler}
          disabled={model.qubits === 1}
          options={ENTANGLER_CHOICES}
          onChange={(v) => set({ entangler: v })}
        />
        <SelectField<ReadoutKind>
          label="Readout"
          info="readout"
          wide
          value={model.readout}
          options={READOUT_CHOICES}
          onChange={(v) => set({ readout: v })}
        />
      </div>
    </>
  );
}
