// The Classroom dialog: a teacher ticks which panels and controls to hide (the choice travels in
// the link, like TensorFlow Playground's hide flags), then copies what to hand out: a student
// link (locked: no Classroom dialog, hidden panels stay hidden), the teacher link (this page, with
// the dialog), or the embed code of an iframe for a course page. A locked page has no dialog.
import { useRef, useState } from 'react';
import { schemaFor } from '../experiment/tasks/registry';
import { embedCode, experimentUrl, lockedFor, unlocked } from '../app/shareLinks';
import { useLab } from '../store/store';
import './classroom.css';

type Copied = { what: string; text: string } | null;

export function ClassroomDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const hidden = useLab((s) => s.experiment.view.hidden as readonly string[]);
  const locked = useLab((s) => s.experiment.view.locked);
  const choices = useLab((s) => schemaFor(s.experiment).hideable);
  const [copied, setCopied] = useState<Copied>(null);
  const { setHidden } = useLab.getState();
  if (locked) return null;

  const toggle = (h: string, hide: boolean): void => {
    setHidden(choices.map((c) => c.value).filter((x) => (x === h ? hide : hidden.includes(x))));
    setCopied(null);
  };
  const copy = async (what: string, make: () => string): Promise<void> => {
    const text = make();
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ what: `${what} copied.`, text });
    } catch {
      setCopied({ what: `Copy the ${what.toLowerCase()} from the box below.`, text });
    }
  };
  const experiment = () => useLab.getState().experiment;
  const title = () => `QML Playground: ${schemaFor(experiment()).label}`;

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Classroom
      </button>
      <dialog ref={dialog} className="classroom" aria-labelledby="classroom-heading">
        <h2 id="classroom-heading">Classroom</h2>
        <p className="hint">
          Hide what your students should not change or see yet, then copy a link for them. In the
          student link the choice is locked: students see neither this dialog nor the hidden panels.
          Keep the teacher link to change the lesson later.
        </p>
        <fieldset>
          <legend>Hide</legend>
          {choices.map(({ value, label }) => (
            <label key={value} className="toggle">
              <input
                type="checkbox"
                checked={hidden.includes(value)}
                onChange={(e) => toggle(value, e.target.checked)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="classroom-copy" role="group" aria-label="Copy for the class">
          <button
            type="button"
            onClick={() =>
              void copy('Student link', () => experimentUrl(location, lockedFor(experiment())))
            }
          >
            Copy student link
          </button>
          <button
            type="button"
            onClick={() =>
              void copy('Teacher link', () => experimentUrl(location, unlocked(experiment())))
            }
          >
            Copy teacher link
          </button>
          <button
            type="button"
            onClick={() =>
              void copy('Embed code', () => embedCode(location, experiment(), title()))
            }
          >
            Copy embed code
          </button>
        </div>
        {copied && (
          <>
            <p role="status" className="hint">
              {copied.what}
            </p>
            <textarea
              className="copied-text"
              readOnly
              rows={3}
              value={copied.text}
              aria-label="Copied text"
              onFocus={(e) => e.target.select()}
            />
          </>
        )}
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </dialog>
    </>
  );
}
