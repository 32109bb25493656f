// Which quantum model: the data re-uploading preset, or a circuit in the editor (switching to the
// editor opens the preset drawn as a circuit).
import { MODEL_KIND_CHOICES, switchModelKind } from '../../experiment/tasks/classify/modelKinds';
import { dataFeatures } from '../../experiment/tasks/classify/table';
import type { ModelSettings } from '../../experiment/types';
import { useExperimentOf } from '../../store/useExperimentOf';
import { SelectField } from './SelectField';

interface Props {
  model: ModelSettings;
  onChange(m: ModelSettings): void;
}

export function ModelKindField({ model, onChange }: Props) {
  const features = useExperimentOf('classify', (e) => dataFeatures(e.data));
  return (
    // A whole row: the option labels are long, and half a column would cut them.
    <div>
      <SelectField<ModelSettings['kind']>
        label="Model"
        info="reuploading"
        value={model.kind}
        options={MODEL_KIND_CHOICES}
        onChange={(k) => onChange(switchModelKind(model, k, features))}
      />
    </div>
  );
}
