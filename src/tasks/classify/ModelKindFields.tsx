// The page side of the model kinds registry: for each kind, what it is in one paragraph and the
// fields that edit it; the model panel shows the open kind's. The paper a preset comes from is
// cited only beside its settings: with them hidden (Classroom), a class reads the plain sentence.
import type { ReactNode } from 'react';
import { featureName } from '../../experiment/circuit/names';
import type { ModelSettings } from '../../experiment/types';
import { CircuitModelFields } from './CircuitModelFields';
import { ReuploadingFields } from './ReuploadingFields';

const ABOUT: Readonly<Record<ModelSettings['kind'], (cite: boolean) => ReactNode>> = {
  reuploading: (cite) => (
    <>
      Data re-uploading classifier{cite && ' (Pérez-Salinas et al. 2020)'}: every layer encodes the
      point again as rotations RZ(w₁x₁ + θ₁) RY(w₂x₂ + θ₂) RZ(θ₃) with trainable weights and angles.
    </>
  ),
  circuit: () => (
    <>
      The circuit in the editor is the model: its trainable angles are the parameters, and angles
      bound to {featureName(0)}, {featureName(1)} read the data point. Gates whose angles are
      constants stay fixed.
    </>
  ),
};

interface Props {
  model: ModelSettings;
  onChange(m: ModelSettings): void;
  /** Only the paragraph (the Classroom dialog hid the model settings). */
  readOnly: boolean;
}

export function ModelKindFields({ model, onChange, readOnly }: Props) {
  return (
    <>
      <p className="hint">{ABOUT[model.kind](!readOnly)}</p>
      {!readOnly &&
        (model.kind === 'reuploading' ? (
          <ReuploadingFields model={model} onChange={onChange} />
        ) : (
          <CircuitModelFields model={model} onChange={onChange} />
        ))}
    </>
  );
}
