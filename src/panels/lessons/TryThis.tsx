// A step's "try this": what to do, and each condition read live from the experiment (its value
// now and whether it holds); when all hold, the lesson says so.
import type { LessonTry } from '../../lessons/format';
import { Markdown } from '../../lessons/markdown/Markdown';
import type { TaskName } from '../../experiment/types';
import { useLab } from '../../store/store';
import { conditionStates } from '../../tasks/lessonChecks';

const show = (v: number | null): string =>
  v === null
    ? 'not yet measured'
    : Math.abs(v) >= 100 || Number.isInteger(v)
      ? String(v)
      : v.toPrecision(3);

export function TryThis({ task, trying }: { task: TaskName; trying: LessonTry }) {
  const history = useLab((s) => s.history);
  const info = useLab((s) => s.info);
  const pictures = useLab((s) => s.pictures);
  const states = conditionStates(task, trying.conditions, { history, info, pictures });
  const done = states.every((c) => c.holds);
  return (
    <section className={done ? 'lesson-try done' : 'lesson-try'} aria-label="Try this">
      <h4>Try this</h4>
      <Markdown text={trying.task} />
      <ul className="lesson-conditions">
        {states.map((c, i) => (
          <li key={i} className={c.holds ? 'holds' : undefined}>
            <span aria-hidden="true">{c.holds ? '✓' : '○'}</span> {c.words}: now {show(c.value)}
            <span className="visually-hidden">{c.holds ? ' (reached)' : ' (not yet)'}</span>
          </li>
        ))}
      </ul>
      <div role="status" className="lesson-done">
        {done && <Markdown text={trying.done ?? '**Done!** Well done: on to the next step.'} />}
      </div>
    </section>
  );
}
