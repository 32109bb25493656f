// The lesson being followed: its title, where the class is (step k of n, any step one click
// away), the step's text, its question and "try this", and the controls: previous and next, start
// the step again, present on a projector, copy the lesson's link (or its students' locked link),
// edit it as one's own, close.
import { useRef, useState } from 'react';
import { lessonUrl } from '../../app/lessonAddress';
import { iframeCode } from '../../app/shareLinks';
import { endLesson } from '../../app/lessonStart';
import { Markdown } from '../../lessons/markdown/Markdown';
import { useLab } from '../../store/store';
import { LessonQuestion } from './LessonQuestion';
import { TryThis } from './TryThis';
import { usePresentKeys } from './usePresentKeys';

/** Asks the browser for full screen (refused outside a click, or in a frame: then the page alone). */
function fullScreen(on: boolean): void {
  try {
    if (on && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined); // prettier-ignore
    if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  } catch {
    // No full screen here: presenting still enlarges the lesson.
  }
}

export function LessonPanel({ onEdit }: { onEdit?: () => void }) {
  const lesson = useLab((s) => s.lesson);
  const presenting = useLab((s) => s.presenting);
  const embed = useLab((s) => s.embed);
  const task = useLab((s) => s.experiment.task);
  const changed = useLab((s) => s.lesson !== null && s.experiment !== s.lesson.experiments[s.lesson.step]); // prettier-ignore
  const [copied, setCopied] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  usePresentKeys(presenting && lesson !== null);
  if (!lesson) return null;
  const { goToStep, restartStep, setPresenting } = useLab.getState();
  const n = lesson.experiments.length;
  const k = lesson.step;
  const step = lesson.lesson.steps[k]!;
  const go = (to: number): void => {
    goToStep(to);
    setCopied(null);
    // Keyboard users land on the new step's title, not on a button of the old one.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const present = (on: boolean): void => {
    setPresenting(on);
    fullScreen(on);
  };
  const copy = async (what: string, text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied(`Copy this: ${text}`);
    }
  };
  // While presenting, the link opens the lesson presented (for a slide); else as students follow it.
  const link = (): string => lessonUrl(location, lesson.origin, k, { present: presenting });
  // Every step locked: students see neither the Classroom dialog nor hidden panels, nor edit it.
  const studentLink = (): string => lessonUrl(location, { ...lesson.origin, locked: true }, k);
  const embedCode = (): string =>
    iframeCode(lessonUrl(location, lesson.origin, k, { embed: true }), `QML Playground: ${lesson.lesson.title}, step ${k + 1}`); // prettier-ignore

  return (
    <section className="lesson-panel" aria-label="Lesson">
      <div className="lesson-top">
        <h2 className="lesson-title">{lesson.lesson.title}</h2>
        <nav className="lesson-steps" aria-label="Steps">
          <span className="lesson-count">
            Step {k + 1} of {n}
          </span>
          <ol>
            {lesson.lesson.steps.map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={i === k ? 'current' : undefined}
                  aria-current={i === k ? 'step' : undefined}
                  aria-label={`Step ${i + 1}: ${s.title}`}
                  title={s.title}
                  onClick={() => go(i)}
                >
                  {i + 1}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <div className="lesson-body" key={k}>
        <h3 ref={heading} tabIndex={-1}>
          {step.title}
        </h3>
        <Markdown text={step.text} />
        {step.try && <TryThis task={task} trying={step.try} />}
        {step.question && <LessonQuestion question={step.question} />}
      </div>
      <div className="lesson-controls">
        <button type="button" disabled={k === 0} onClick={() => go(k - 1)}>
          ← Previous step
        </button>
        <button type="button" className="primary" disabled={k === n - 1} onClick={() => go(k + 1)}>
          Next step →
        </button>
        {changed && (
          <button type="button" onClick={() => restartStep()}>
            Start the step again
          </button>
        )}
        {!embed && (
          <>
            <button type="button" aria-pressed={presenting} onClick={() => present(!presenting)}>
              {presenting ? 'Stop presenting' : 'Present'}
            </button>
            <button
              type="button"
              onClick={() =>
                void copy(presenting ? 'Link presenting this step' : 'Link to this step', link())
              }
            >
              Copy lesson link
            </button>
            {!lesson.origin.locked && (
              <button type="button" onClick={() => void copy('Student link', studentLink())}>
                Copy student link
              </button>
            )}
            <button type="button" onClick={() => void copy('Embed code of this step', embedCode())}>
              Copy embed code
            </button>
            {onEdit && (
              <button type="button" onClick={onEdit}>
                Edit lesson
              </button>
            )}
            <button type="button" onClick={() => endLesson()}>
              Close lesson
            </button>
          </>
        )}
      </div>
      {presenting && (
        <p className="hint lesson-keys">
          ← → or a clicker step through; Esc stops presenting. The lesson link now opens it
          presented.
        </p>
      )}
      {copied && (
        <p role="status" className="hint lesson-copied">
          {copied}
        </p>
      )}
    </section>
  );
}
