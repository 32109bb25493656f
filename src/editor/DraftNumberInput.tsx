// A small number box that lets people type: the text is a draft until Enter or leaving the box
// commits it (one edit, one undo entry); a draft that cannot be applied stays, marked, with the
// reason given by the caller; Escape brings back the current value. Whole numbers unless the
// caller reads the text otherwise; with a step, ↑ and ↓ change the value by it and commit.
import { useState } from 'react';
import { wholeNumber } from './wholeNumber';

interface Props {
  value: number;
  /** Accessible name. */
  label: string;
  /** What a valid number would describe, for the reason of a draft that is not one. */
  what: string;
  /** Applies n; false when refused (the caller has said why). */
  onCommit(n: number): boolean;
  /** Shows why a draft is not a valid number. */
  onInvalid(reason: string): void;
  /** Reads the typed text: the number, or why it is not one (default: a whole number). */
  parse?: (text: string, what: string) => number | string;
  /** How the value is written in the box (default: as JavaScript writes it). */
  format?: (n: number) => string;
  /** What ↑ and ↓ add and take away, kept within [min, max]; without it the arrows do nothing. */
  step?: number;
  min?: number;
  max?: number;
  id?: string;
  /** Id of the element that says why the draft is invalid. */
  describedBy?: string;
  /** Width in characters. */
  size?: number;
  className?: string;
}

export function DraftNumberInput({
  value,
  label,
  what,
  onCommit,
  onInvalid,
  parse = wholeNumber,
  format = String,
  step,
  min = -Infinity,
  max = Infinity,
  id,
  describedBy,
  size = 2,
  className,
}: Props) {
  const [text, setText] = useState(format(value));
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (undo, another edit) replaces the draft: adjusted during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(format(value));
    setInvalid(false);
  }

  const commit = (draft: string): void => {
    if (draft === format(value)) {
      setInvalid(false);
      return;
    }
    const n = parse(draft, what);
    if (typeof n === 'string') {
      setInvalid(true);
      onInvalid(n);
      return;
    }
    if (n === value) {
      setText(format(value));
      setInvalid(false);
      return;
    }
    setInvalid(!onCommit(n));
  };

  /** ↑/↓: from the draft if it reads as a number, else from the value; rounded to the step. */
  const stepBy = (sign: 1 | -1): void => {
    if (step === undefined) return;
    const read = parse(text, what);
    const from = typeof read === 'number' ? read : value;
    const next = Math.min(max, Math.max(min, Math.round(from / step + sign) * step));
    // Rounding to the step's decimals keeps 0.1 + 0.01 from showing as 0.11000000000000001.
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const draft = format(Number(next.toFixed(decimals)));
    setText(draft);
    commit(draft);
  };

  return (
    <input
      type="text"
      inputMode={parse === wholeNumber ? 'numeric' : 'decimal'}
      id={id}
      className={className}
      value={text}
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={invalid ? describedBy : undefined}
      size={size}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => commit(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(text);
        else if (e.key === 'Escape') {
          setText(format(value));
          setInvalid(false);
        } else if (step !== undefined && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          stepBy(e.key === 'ArrowUp' ? 1 : -1);
        }
      }}
    />
  );
}
