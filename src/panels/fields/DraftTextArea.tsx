// A text box whose text becomes part of the experiment only when it reads well: typing keeps a
// draft, Enter (without Shift) or leaving the box applies it when `check` accepts it, Escape
// drops the draft. Below it, what the text means or, in red, why it cannot be used yet.
import { useId, useState } from 'react';
import type { GlossaryTerm } from '../../glossary';
import { FieldLabel } from './FieldLabel';

interface Props {
  label: string;
  value: string;
  /** Whether the text is usable, with what it means; else the message saying why not. */
  check(text: string): { ok: true; summary: string } | { ok: false; message: string };
  onCommit(text: string): void;
  rows?: number;
  info?: GlossaryTerm;
  /** Enter makes a new line (for CSV); the text applies when the box is left. */
  multiline?: boolean;
}

export function DraftTextArea({ label, value, check, onCommit, rows = 3, info, multiline }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const result = check(text);
  const commit = (): void => {
    if (draft === null) return;
    if (result.ok) {
      onCommit(draft);
      setDraft(null);
    }
  };
  return (
    <div className="field wide">
      <FieldLabel htmlFor={id} label={label} info={info} />
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={text}
        aria-invalid={!result.ok}
        aria-describedby={`${id}-help`}
        onChange={(ev) => setDraft(ev.target.value)}
        onBlur={commit}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter' && !ev.shiftKey && !multiline) {
            ev.preventDefault();
            commit();
          } else if (ev.key === 'Escape') setDraft(null);
        }}
      />
      <p
        id={`${id}-help`}
        className={result.ok ? 'hint' : 'hint error'}
        role={result.ok ? undefined : 'alert'}
      >
        {result.ok ? result.summary : result.message}
      </p>
    </div>
  );
}
