// The page side of the model kinds registry: for each kind, what it is in one paragraph and the
// fields that edit it; the model panel shows the open kind's. The paper a preset comes from is
// cited only beside its settings: with them hidden (Classroom), a class reads the plain sentence.
import type { ReactNode } from 'react';
import { featureName } from '../../experiment/circuit/names';
import { dataFeatures } from '../../experiment/tasks/classify/table';
import type { ModelSettings } from '../../experiment/types';
import { useExperimentOf } from '../../store/useExperimentOf';
import { CircuitModelFields } from './CircuitModelFields';
import { ReuploadingFields } from './ReuploadingFields';

type About = (cite: boolean, features: number) => ReactNode;

const ABOUT: Readonly<Record<ModelSettings['kind'], About>> = {
  reuploading: (cite, d) => (
    <>
      Data re-uploading classifier{cite && ' (Pérez-Salinas et al. 2020)'}: every layer encodes the
      point again as rotations{' '}
      {d === 2
        ? 'RZ(w₁x₁ + θ₁) RY(w₂x₂ + θ₂) RZ(θ₃)'
        : `RZ(w₁x₁ + θ₁) RY(w₂x₂ + θ₂) … (all ${d} features in turn, on every qubit), then one more trainable rotation,`}{' '}
      with trainable weights and angles.
    </>
  ),
  circuit: (_, d) => (
    <>
      The circuit in the editor is the model: its trainable angles are the parameters, and angles
      bound to{' '}
      {d === 2
        ? `${featureName(0)}, ${featureName(1)}`
        : `${featureName(0)} … ${featureName(d - 1)}`}{' '}
      read the data point. Gates whose angles are constants stay fixed.
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
  const features = useExperimentOf('classify', (e) => dataFeatures(e.data));
  return (
    <>
      <p className="hint">{ABOUT[model.kind](!readOnly, features)}</p>
      {!readOnly &&
        (model.kind === 'reuploading' ? (
          <ReuploadingFields model={model} onChange={onChange} />
        ) : (
          <CircuitModelFields model={model} onChange={onChange} />
        ))}
    </>
  );
}
