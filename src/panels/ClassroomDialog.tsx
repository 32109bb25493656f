// The Classroom dialog: a teacher ticks which panels and controls to hide; the choice travels in
// the link, like TensorFlow Playground's hide flags. `?embed` shows only the main view.
import { useRef } from 'react';
import { HIDEABLE, type Hideable } from '../experiment/types';
import { useLab } from '../store/store';

const LABELS: Record<Hideable, string> = {
  data: 'Data settings',
  training: 'Training settings',
  model: 'Quantum model settings',
  classical: 'Classical model settings',
  figures: 'Table of figures',
  chart: 'Loss and accuracy chart',
  boundaries: 'Decision boundaries',
  bloch: 'Bloch sphere',
  speed: 'Speed control',
};

export function ClassroomDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const hidden = useLab((s) => s.experiment.view.hidden);
  const { setView } = useLab.getState();
  const toggle = (h: Hideable, hide: boolean): void => {
    const next = HIDEABLE.filter((x) => (x === h ? hide : hidden.includes(x)));
    setView({ hidden: next });
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
          {HIDEABLE.map((h) => (
            <label key={h} className="toggle">
              <input
                type="checkbox"
                checked={hidden.includes(h)}
                onChange={(e) => toggle(h, e.target.checked)}
              />
              {LABELS[h]}
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
