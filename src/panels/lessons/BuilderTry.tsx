// A step's "try this" in the Lesson builder: the task for the student, its conditions (a metric the
// step's task measures, what it is of where it takes an argument, and its bounds), the words said
// when done, and the buttons that add and remove them. A task that measures nothing says so.
import { useState } from 'react';
import type { TaskName } from '../../experiment/types';
import { addCondition, boundText, newTry, parseBound, patchCondition, patchTry, removeCondition, sameBound } from '../../lessons/draftTry'; // prettier-ignore
import { MAX_CONDITIONS } from '../../lessons/format';
import type { LessonCondition, LessonTry } from '../../lessons/format';
import { LESSON_METRICS } from '../../tasks/lessonMetricsRegistry';

interface Props {
  /** The step's number, from 1. */
  n: number;
  /** The task of the step's experiment (null when it does not open). */
  task: TaskName | null;
  taskLabel: string;
  trying: LessonTry | undefined;
  onChange(t: LessonTry | undefined): void;
}

/** A bound's box: its own text while typed ("0." stays), the draft's number when that changes. */
function BoundInput(props: {
  label: string;
  name: string;
  bound?: number;
  onChange(b?: number): void;
}) {
  const { label, name, bound, onChange } = props;
  const [typed, setTyped] = useState(boundText(bound));
  // What was typed while it still says the draft's bound ("0." for 0); the bound once it changed.
  const text = sameBound(parseBound(typed), bound) ? typed : boundText(bound);
  const bad = Number.isNaN(parseBound(text) ?? 0);
  return (
    <label className="field builder-bound">
      <span>{label}</span>
      <input
        inputMode="decimal"
        aria-label={name}
        aria-invalid={bad || undefined}
        placeholder="no bound"
        value={text}
        onChange={(e) => {
          setTyped(e.target.value);
          onChange(parseBound(e.target.value));
        }}
      />
    </label>
  );
}

export function BuilderTry({ n, task, taskLabel, trying, onChange }: Props) {
  const metrics = (task && LESSON_METRICS[task]) || {};
  const names = Object.keys(metrics);
  const removeAll = (
    <button type="button" onClick={() => onChange(undefined)}>
      Remove the “Try this” of step {n}
    </button>
  );
  if (names.length === 0)
    return (
      <>
        <p className="hint">
          {task ? `The ${taskLabel} task has no checks` : 'This experiment has no checks'}, so its
          lessons ask questions instead.
          {trying && ' This step’s “Try this” cannot be checked here; it is kept as it is.'}
        </p>
        {trying && removeAll}
      </>
    );
  if (!trying)
    return (
      <button type="button" onClick={() => onChange(newTry(names[0]!))}>
        Add a “Try this” to step {n}
      </button>
    );
  const takes = (metric: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(metrics, metric) ? metrics[metric]!.argument : undefined;
  const patch = (i: number, p: Partial<LessonCondition>, metric: string): void =>
    onChange(patchCondition(trying, i, p, takes(metric) !== undefined));
  return (
    <fieldset className="builder-try">
      <legend>“Try this” of step {n}</legend>
      <label className="field">
        <span>Task for the student</span>
        <textarea
          rows={2}
          aria-label={`Step ${n} task for the student`}
          value={trying.task}
          onChange={(e) => onChange(patchTry(trying, { task: e.target.value }))}
        />
      </label>
      {trying.conditions.map((c, i) => {
        const where = `Step ${n}, condition ${i + 1}`;
        const argument = takes(c.metric);
        return (
          <fieldset key={i} className="builder-condition">
            <legend>Condition {i + 1}</legend>
            <label className="field">
              <span>Metric</span>
              <select
                aria-label={`${where} metric`}
                value={c.metric}
                onChange={(e) => patch(i, { metric: e.target.value }, e.target.value)}
              >
                {!names.includes(c.metric) && (
                  <option value={c.metric}>{c.metric} (not measured by this task)</option>
                )}
                {names.map((m) => (
                  <option key={m} value={m}>
                    {metrics[m]!.label}
                  </option>
                ))}
              </select>
            </label>
            {argument !== undefined && (
              <label className="field">
                <span>Of ({argument})</span>
                <input
                  aria-label={`${where} of (${argument})`}
                  value={c.of ?? ''}
                  onChange={(e) => patch(i, { of: e.target.value }, c.metric)}
                />
              </label>
            )}
            <BoundInput
              label="At least"
              name={`${where} at least`}
              bound={c.atLeast}
              onChange={(b) => patch(i, { atLeast: b }, c.metric)}
            />
            <BoundInput
              label="At most"
              name={`${where} at most`}
              bound={c.atMost}
              onChange={(b) => patch(i, { atMost: b }, c.metric)}
            />
            <button
              type="button"
              disabled={trying.conditions.length <= 1}
              onClick={() => onChange(removeCondition(trying, i))}
            >
              Remove condition {i + 1} of step {n}
            </button>
          </fieldset>
        );
      })}
      <div className="builder-step-tools">
        <button
          type="button"
          disabled={trying.conditions.length >= MAX_CONDITIONS}
          onClick={() => onChange(addCondition(trying, names[0]!))}
        >
          Add a condition to step {n}
        </button>
        {removeAll}
      </div>
      <label className="field">
        <span>Said when done (optional)</span>
        <textarea
          rows={2}
          aria-label={`Step ${n} said when done (optional)`}
          value={trying.done ?? ''}
          onChange={(e) => onChange(patchTry(trying, { done: e.target.value }))}
        />
      </label>
    </fieldset>
  );
}
