// The Lesson builder: a teacher makes a lesson of their own in the page. Each step is an
// experiment set up on the page ("Add this experiment as a step"), with its words; steps can be
// reordered, reopened, refreshed from the page and removed. The lesson is tried in the player,
// saved as a file, or copied as a link. The draft is kept in this browser until started again.
import { useEffect, useRef, useState } from 'react';
import { lessonUrl } from '../../app/lessonAddress';
import { startLesson } from '../../app/lessonStart';
import { decodeExperiment, encodeExperiment } from '../../experiment/codec';
import { schemaFor } from '../../experiment/tasks/registry';
import { addStep, draftProblem, emptyDraft, keepDraft, lessonFileName, moveStep, readDraft, removeStep, updateStep } from '../../lessons/draft'; // prettier-ignore
import type { Lesson } from '../../lessons/format';
import { encodeLesson } from '../../lessons/link';
import { lessonFromJson, lessonToText } from '../../lessons/validate';
import { useLab } from '../../store/store';
import { metricExists } from '../../tasks/lessonChecks';
import { downloadText } from '../downloadText';
import { BuilderStep } from './BuilderStep';

export function LessonBuilder() {
  const dialog = useRef<HTMLDialogElement>(null);
  const building = useLab((s) => s.building);
  const stored = useLab((s) => s.draft);
  const draft = stored ?? emptyDraft();
  const [said, setSaid] = useState<string | null>(null);
  const { setDraft, setBuilding } = useLab.getState();

  useEffect(() => {
    if (useLab.getState().draft === null) {
      const kept = readDraft();
      if (kept) setDraft(kept);
    }
  }, [setDraft]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (building && !d.open) d.showModal();
    if (!building && d.open) d.close();
  }, [building]);

  const change = (next: Lesson): void => {
    setDraft(next);
    keepDraft(next);
    setSaid(null);
  };
  const pagePayload = (): string => encodeExperiment(useLab.getState().experiment);
  const problem = draftProblem(draft, metricExists);
  const opened = () => lessonFromJson(draft, metricExists);

  const tryIt = (): void => {
    const r = opened();
    if (!r.ok) return;
    startLesson(r.value, { kind: 'own', payload: encodeLesson(r.value.lesson) });
    setBuilding(false);
  };
  const copyLink = async (): Promise<void> => {
    const r = opened();
    if (!r.ok) return;
    const url = lessonUrl(location, { kind: 'own', payload: encodeLesson(r.value.lesson) }, 0);
    try {
      await navigator.clipboard.writeText(url);
      setSaid(`Lesson link copied (${url.length.toLocaleString('en')} characters).`);
    } catch {
      setSaid(`Copy this link: ${url}`);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="lesson-builder"
      aria-labelledby="lesson-builder-heading"
      onClose={() => setBuilding(false)}
    >
      <h2 id="lesson-builder-heading">Make a lesson</h2>
      <p className="hint">
        Set up an experiment on the page as your class should first see it (hide panels in Classroom
        if you like), then add it as a step and write what to look at. Text may use **bold**,
        *italics*, lists, [links](https://…) and maths between dollar signs ($\theta$, $|0\rangle$).
      </p>
      <label className="field">
        <span>Lesson title</span>
        <input value={draft.title} onChange={(e) => change({ ...draft, title: e.target.value })} />
      </label>
      <label className="field">
        <span>Summary</span>
        <textarea
          rows={2}
          value={draft.summary}
          onChange={(e) => change({ ...draft, summary: e.target.value })}
        />
      </label>
      <ol className="builder-steps">
        {draft.steps.map((step, k) => (
          <BuilderStep
            key={k}
            step={step}
            index={k}
            count={draft.steps.length}
            onChange={(patch) => change(updateStep(draft, k, patch))}
            onMove={(by) => change(moveStep(draft, k, by))}
            onOpen={() => {
              const e = decodeExperiment(step.experiment);
              if (e.ok) useLab.getState().openExperiment(e.value);
              setSaid(`Step ${k + 1} is open on the page; close this dialog to change it.`);
            }}
            onRefresh={() => change(updateStep(draft, k, { experiment: pagePayload() }))}
            onRemove={() => change(removeStep(draft, k))}
          />
        ))}
      </ol>
      <div className="builder-tools" role="group" aria-label="Lesson tools">
        <button
          type="button"
          onClick={() => {
            const e = useLab.getState().experiment;
            change(
              addStep(
                draft,
                pagePayload(),
                `Step ${draft.steps.length + 1}: ${schemaFor(e).label}`,
              ),
            );
          }}
        >
          Add this experiment as a step
        </button>
        <button type="button" className="primary" disabled={problem !== null} onClick={tryIt}>
          Try the lesson
        </button>
        <button
          type="button"
          disabled={problem !== null}
          onClick={() =>
            downloadText(lessonFileName(draft.title), lessonToText(draft), 'application/json')
          }
        >
          Save lesson file
        </button>
        <button type="button" disabled={problem !== null} onClick={() => void copyLink()}>
          Copy lesson link
        </button>
        <button
          type="button"
          onClick={() => {
            if (
              draft.steps.length === 0 ||
              confirm('Start again? The lesson in the making is removed.')
            )
              change(emptyDraft());
          }}
        >
          Start again
        </button>
      </div>
      <p role="status" className="hint">
        {problem ?? said ?? `${draft.steps.length} steps, ready to try, save or share.`}
      </p>
      <button type="button" onClick={() => setBuilding(false)}>
        Done
      </button>
    </dialog>
  );
}
