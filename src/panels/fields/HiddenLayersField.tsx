// The classical model's size: matched to the quantum model's parameter count, or typed widths, one
// number per hidden layer ("3" is one layer of 3 neurons, "8, 4" two layers).
import { useId, useState } from 'react';
import type { BaselineSettings } from '../../experiment/types';
import { LIMITS } from '../../experiment/limits';
import { FieldLabel } from './FieldLabel';

interface Props {
  value: BaselineSettings['size'];
  onCommit(value: BaselineSettings['size']): void;
}

/** Reads "8, 8" as [8, 8]; returns a reason when it is not a valid list of layer widths. */
export function parseHidden(text: string): number[] | string {
  const parts = text.split(/[\s,×x]+/).filter(Boolean);
  const [minW, maxW] = LIMITS.hiddenWidth;
  const [minL, maxL] = LIMITS.hiddenLayers;
  if (parts.length < minL || parts.length > maxL)
    return `Give ${minL} to ${maxL} layer widths (neurons per hidden layer), like "8, 8".`;
  const widths = parts.map(Number);
  if (widths.some((w) => !Number.isInteger(w) || w < minW || w > maxW)) {
    return `Each width is a whole number from ${minW} to ${maxW}.`;
  }
  return widths;
}

export function HiddenLayersField({ value, onCommit }: Props) {
  const id = useId();
  const match = value === 'match';
  const [text, setText] = useState(match ? '8' : value.hidden.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (value !== 'match') setText(value.hidden.join(', '));
  }
  const commit = (): void => {
    const r = parseHidden(text);
    if (typeof r === 'string') return setError(r);
    setError(null);
    onCommit({ hidden: r });
  };
  return (
    <div className="field">
      <FieldLabel
        htmlFor={match ? `${id}-mode` : id}
        label="Hidden layer widths"
        info="hiddenLayers"
      />
      <select
        id={`${id}-mode`}
        value={match ? 'match' : 'custom'}
        onChange={(e) => (e.target.value === 'match' ? onCommit('match') : commit())}
      >
        <option value="match">Match the quantum size</option>
        <option value="custom">Custom: neurons per layer</option>
      </select>
      {!match && (
        <input
          id={id}
          value={text}
          title={
            'One number per hidden layer, its neurons: "3" is one layer of 3, "8, 4" two layers'
          }
          aria-invalid={error !== null}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
