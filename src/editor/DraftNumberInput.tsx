// A small whole-number box that lets people type: the text is a draft until Enter or leaving the
// box commits it (one edit, one undo entry); a draft that cannot be applied stays, marked, with
// the reason given by the caller; Escape brings back the current value.
import { useState } from 'react';
import { wholeNumber } from './wholeNumber';

interface Props {
  value: number;
  /** Accessible name. */
  label: string;
  /** What a valid whole number would describe, for the reason of a draft that is not one. */
  what: string;
  /** Applies n; false when refused (the caller has said why). */
  onCommit(n: number): boolean;
  /** Shows why a draft is not a whole number. */
  onInvalid(reason: string): void;
  className?: string;
}

export function DraftNumberInput({ value, label, what, onCommit, onInvalid, className }: Props) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (undo, another edit) replaces the draft: adjusted during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setInvalid(false);
  }

  const commit = (): void => {
    if (text === String(value)) {
      setInvalid(false);
      return;
    }
    const n = wholeNumber(text, what);
    if (typeof n === 'string') {
      setInvalid(true);
      onInvalid(n);
      return;
    }
    if (n === value) {
      setText(String(value));
      setInvalid(false);
      return;
    }
    setInvalid(!onCommit(n));
  };

  return (
    <input
      type="text"
      inputMode="numeric"
      className={className}
      value={text}
      aria-label={label}
      aria-invalid={invalid}
      size={2}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape') {
          setText(String(value));
          setInvalid(false);
        }
      }}
    />
  );
}
