// The Lessons menu (a header button): the lessons shipped with the page, each opened with one
// click; a teacher's own from a file or a web address; and the builder to make one. A lesson that
// cannot be opened is refused with the reason, and the page stays as it was.
import { useRef, useState } from 'react';
import { fetchLessonIndex, fetchShippedLesson, readLessonText, startLesson } from '../../app/lessonStart'; // prettier-ignore
import type { Result } from '../../experiment/result';
import { MAX_LESSON_CHARS } from '../../lessons/format';
import type { LessonIndexEntry } from '../../lessons/format';
import { encodeLesson } from '../../lessons/link';
import type { OpenedLesson } from '../../lessons/validate';
import { useLab } from '../../store/store';
import { fetchText } from '../exchange/fetchText';
import { FileButton } from '../FileButton';

type Listing = { state: 'idle' | 'loading' } | { state: 'ready'; lessons: LessonIndexEntry[] } | { state: 'failed'; reason: string }; // prettier-ignore

export function LessonsMenu() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [listing, setListing] = useState<Listing>({ state: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const locked = useLab((s) => s.experiment.view.locked);

  const open = (): void => {
    setError(null);
    dialog.current?.showModal();
    if (listing.state === 'ready' || listing.state === 'loading') return;
    setListing({ state: 'loading' });
    void fetchLessonIndex().then((r) =>
      setListing(
        r.ok
          ? { state: 'ready', lessons: r.value.lessons }
          : { state: 'failed', reason: r.error.message },
      ),
    );
  };
  /** Opens a teacher's lesson (it travels whole in the address), or says why not. */
  const openOwn = (r: Result<OpenedLesson>): void => {
    if (!r.ok) {
      setError(`This lesson could not be opened: ${r.error.message}`);
      return;
    }
    startLesson(r.value, { kind: 'own', payload: encodeLesson(r.value.lesson) });
    dialog.current?.close();
  };
  const openShipped = async (name: string): Promise<void> => {
    setBusy(true);
    const r = await fetchShippedLesson(name);
    setBusy(false);
    if (!r.ok) {
      setError(`This lesson could not be opened: ${r.error.message}`);
      return;
    }
    startLesson(r.value, { kind: 'shipped', name });
    dialog.current?.close();
  };
  const openFile = async (file: File): Promise<void> => {
    if (file.size > MAX_LESSON_CHARS) {
      setError(`This file is ${(file.size / 1e6).toFixed(1)} MB; a lesson is at most ${MAX_LESSON_CHARS / 1e6} MB. Nothing was opened.`); // prettier-ignore
      return;
    }
    openOwn(readLessonText(await file.text()));
  };
  const openAddress = async (): Promise<void> => {
    setBusy(true);
    const got = await fetchText(address.trim(), MAX_LESSON_CHARS, 'a lesson');
    setBusy(false);
    if (!got.ok) setError(`This lesson could not be opened: ${got.reason}`);
    else openOwn(readLessonText(got.text));
  };

  return (
    <>
      <button type="button" onClick={open}>
        Lessons
      </button>
      <dialog ref={dialog} className="lessons-menu" aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <p className="hint">
          Step-by-step walks through quantum computing and quantum machine learning, each step a
          live experiment to change. Present one on a projector, or send your class its link.
        </p>
        {listing.state === 'loading' && <p className="hint">Loading the lessons…</p>}
        {listing.state === 'failed' && (
          <p role="alert">The lessons could not be listed: {listing.reason}</p>
        )}
        {listing.state === 'ready' && (
          <ol className="lesson-list">
            {listing.lessons.map((l) => (
              <li key={l.name}>
                <button type="button" disabled={busy} onClick={() => void openShipped(l.name)}>
                  {l.title}
                </button>
                <span className="hint">
                  {l.summary} ({l.steps} steps)
                </span>
              </li>
            ))}
          </ol>
        )}
        {!locked && (
          <section className="lesson-own" aria-label="A lesson of your own">
            <h3>A lesson of your own</h3>
            <div className="lesson-own-tools">
              <FileButton
                accept=".json,application/json"
                inputLabel="Lesson file"
                onFile={(f) => void openFile(f)}
              >
                Open a lesson file
              </FileButton>
              <button
                type="button"
                onClick={() => {
                  useLab.getState().setBuilding(true);
                  dialog.current?.close();
                }}
              >
                Make a lesson
              </button>
            </div>
            <form
              className="lesson-address"
              onSubmit={(e) => {
                e.preventDefault();
                void openAddress();
              }}
            >
              <label className="field">
                <span>Lesson address</span>
                <input
                  type="url"
                  value={address}
                  placeholder="https://…/lesson.json"
                  onChange={(e) => setAddress(e.target.value)}
                />
              </label>
              <button type="submit" disabled={busy || address.trim() === ''}>
                Open address
              </button>
            </form>
          </section>
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}
