// The weight box of the selected edge in the graph editor: a draft until Enter or leaving the box
// commits it (one edit, one undo step); Escape closes it without a change.
import { useRef, useState } from 'react';

interface Props {
  weight: number;
  /** Accessible name ("Weight of edge 0–3"). */
  label: string;
  /** Where the box sits in the editor, in pixels from its top left. */
  left: number;
  top: number;
  /** Applies a typed weight; false when refused (the caller has said why). */
  onCommit(text: string): boolean;
  /** Enter committed: the caller moves the focus back to the drawing. */
  onDone(): void;
  /** Escape: the caller closes the box. */
  onCancel(): void;
}

export function EdgeWeightInput({ weight, label, left, top, onCommit, onDone, onCancel }: Props) {
  const [text, setText] = useState(String(weight));
  const [invalid, setInvalid] = useState(false);
  // A new weight from outside (undo, a commit) replaces the draft: adjusted during render.
  const [shown, setShown] = useState(weight);
  if (shown !== weight) {
    setShown(weight);
    setText(String(weight));
    setInvalid(false);
  }
  // Enter and Escape settle the draft, then the focus leaves the box: that one blur is skipped.
  const settled = useRef(false);

  const commit = (): boolean => {
    if (text === String(weight)) return true;
    const ok = onCommit(text);
    setInvalid(!ok);
    return ok;
  };

  return (
    <div className="qaoa-weight" style={{ left, top }}>
      <label>
        Weight
        <input
          type="number"
          step="any"
          // The box opens on the edge just clicked or reached with the keyboard.
          autoFocus
          value={text}
          aria-label={label}
          aria-invalid={invalid}
          onChange={(e) => setText(e.target.value)}
          onFocus={(e) => e.target.select()}
          onBlur={() => {
            if (settled.current) settled.current = false;
            else if (!commit()) setText(String(weight));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (!commit()) return;
              settled.current = true;
              onDone();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              settled.current = true;
              setText(String(weight));
              setInvalid(false);
              onCancel();
            }
          }}
        />
      </label>
    </div>
  );
}
