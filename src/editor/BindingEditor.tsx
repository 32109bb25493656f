// Where one angle comes from: a constant expression (pi/4), a trainable parameter (new or shared
// with other gates), or an input feature (x1 or x2) with trainable weight and bias.
import { useContext, useId, useState } from 'react';
import { nameAllocator, parseAngle, trainableNames } from '../experiment/circuit';
import type { AngleBinding, EditorCircuit } from '../experiment/circuit';
import { featureName } from '../experiment/circuit/names';
import { InputFeatures } from './inputFeatures';
import { InfoTip } from '../panels/InfoTip';
import { AngleValues } from './AngleValues';
import type { TrainedAngle } from './trainedValues';

interface Props {
  circuit: EditorCircuit;
  /** The angle's name, e.g. "θ" or "φ". */
  angle: string;
  binding: AngleBinding;
  /** The values behind this angle, one per repetition of the gate's block (initial or trained). */
  values?: readonly TrainedAngle[];
  /** Repetitions that share these values (0 when the block does not share). */
  sharedBy?: number;
  onChange(b: AngleBinding): void;
}

const NEW = '\u0000new';

export function BindingEditor({ circuit, angle, binding, values, sharedBy = 0, onChange }: Props) {
  const features = useContext(InputFeatures);
  const id = useId();
  const [text, setText] = useState(binding.kind === 'const' ? binding.expr : '');
  const [error, setError] = useState<string | null>(null);
  const names = trainableNames(circuit);
  const fresh = nameAllocator(circuit);

  const commitConst = (): void => {
    const r = parseAngle(text);
    if (!r.ok) return setError(r.reason);
    setError(null);
    onChange({ kind: 'const', expr: r.expr, value: r.value });
  };

  return (
    <fieldset className="binding">
      <legend>Angle {angle}</legend>
      <div className="binding-kinds" role="radiogroup" aria-label={`Angle ${angle} comes from`}>
        <label>
          <input
            type="radio"
            name={id}
            checked={binding.kind === 'const'}
            onChange={() => onChange({ kind: 'const', expr: '0', value: 0 })}
          />
          Constant
        </label>
        <label>
          <input
            type="radio"
            name={id}
            checked={binding.kind === 'param'}
            onChange={() => onChange({ kind: 'param', name: fresh('θ') })}
          />
          Trainable parameter
        </label>
        <label>
          <input
            type="radio"
            name={id}
            checked={binding.kind === 'feature'}
            onChange={() =>
              onChange({ kind: 'feature', feature: 0, weight: fresh('w'), bias: fresh('b') })
            }
          />
          Input feature
        </label>
      </div>
      {binding.kind === 'const' && (
        <div className="field">
          <label htmlFor={`${id}-expr`}>Angle (radians; pi/4, -3*pi/8, 0.5 …)</label>
          <input
            id={`${id}-expr`}
            value={text}
            aria-invalid={error !== null}
            onChange={(e) => setText(e.target.value)}
            onBlur={commitConst}
            onKeyDown={(e) => e.key === 'Enter' && commitConst()}
          />
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      )}
      {binding.kind === 'param' && (
        <div className="field">
          <div className="field-label">
            <label htmlFor={`${id}-param`}>Parameter (choose another gate's to share it)</label>
            <InfoTip term="trainableParameter" />
          </div>
          <select
            id={`${id}-param`}
            value={binding.name}
            onChange={(e) =>
              onChange({
                kind: 'param',
                name: e.target.value === NEW ? fresh('θ') : e.target.value,
              })
            }
          >
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            <option value={NEW}>New parameter</option>
          </select>
        </div>
      )}
      {binding.kind === 'feature' && (
        <div className="field">
          <div className="field-label">
            <label htmlFor={`${id}-feature`}>
              Feature (angle = {binding.weight}·x + {binding.bias}, both trained)
            </label>
            <InfoTip term="inputFeature" />
          </div>
          <select
            id={`${id}-feature`}
            value={binding.feature}
            onChange={(e) => onChange({ ...binding, feature: Number(e.target.value) })}
          >
            {Array.from({ length: Math.max(features, binding.feature + 1, 1) }, (_, f) => (
              <option key={f} value={f}>
                {featureName(f)}
                {features === 2 ? (f === 0 ? ' (horizontal)' : ' (vertical)') : ''}
                {f >= features ? ' (not in the data)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {binding.kind !== 'const' && values && <AngleValues values={values} sharedBy={sharedBy} />}
    </fieldset>
  );
}
