// The Classroom dialog: a teacher ticks which panels and controls to hide; the choice travels in
// the link, like TensorFlow Playground's hide flags. `?embed` shows only the main view.
import { useRef } from 'react';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';

export function ClassroomDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const hidden = useLab((s) => s.experiment.view.hidden as readonly string[]);
  const choices = useLab((s) => schemaFor(s.experiment).hideable);
  const { setHidden } = useLab.getState();
  const toggle = (h: string, hide: boolean): void => {
    setHidden(choices.map((c) => c.value).filter((x) => (x === h ? hide : hidden.includes(x))));
  };
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Classroom
      </button>
      <dialog ref={dialog} className="classroom" aria-labelledby="classroom-heading">
        <h2 id="classroom-heading">Classroom</h2>
        <p className="hint">
          Hide what your students should not change or see yet. The choice is part of the link; add
          <code> ?embed</code> to the address for just the main view in a course page.
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
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </dialog>
    </>
  );
}
