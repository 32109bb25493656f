// A labelled number input that commits only valid values (on Enter or blur) and says why not.
import { useId, useState } from 'react';
import type { GlossaryTerm } from '../../glossary';
import { FieldLabel } from './FieldLabel';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  step?: number;
  onCommit(value: number): void;
  disabled?: boolean;
  /** A glossary term explained by an (i) beside the label. */
  info?: GlossaryTerm;
}

/** Parses and checks a typed value; returns the number or a reason a student understands. */
export function checkNumber(
  text: string,
  min: number,
  max: number,
  integer: boolean,
): number | string {
  const t = text.trim();
  if (t === '') return 'Enter a number.';
  const v = Number(t);
  if (!Number.isFinite(v)) return `"${t}" is not a number.`;
  if (integer && !Number.isInteger(v)) return 'Enter a whole number.';
  if (v < min || v > max) return `Enter a value from ${min} to ${max}.`;
  return v;
}

export function NumberField({
  label,
  value,
  min,
  max,
  integer = false,
  step,
  onCommit,
  disabled,
  info,
}: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // When the value changes from outside (undo, a link), show it: React's "adjust state on a
  // prop change" pattern, done during render instead of in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setError(null);
  }

  const commit = (): void => {
    const r = checkNumber(text, min, max, integer);
    if (typeof r === 'string') {
      setError(r);
      return;
    }
    setError(null);
    if (r !== value) onCommit(r);
  };

  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} info={info} />
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(String(value));
            setError(null);
          }
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
