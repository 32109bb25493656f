// One step of the lesson in the making: its title, text, the part of the page it points at, an
// optional question and answer, its "try this" (BuilderTry), and the buttons that move, open,
// refresh or remove it.
import { useMemo } from 'react';
import { decodeExperiment } from '../../experiment/codec';
import { schemaFor } from '../../experiment/tasks/registry';
import { PAGE_PARTS } from '../../lessons/format';
import type { LessonStep } from '../../lessons/format';
import { BuilderTry } from './BuilderTry';

const PART_WORDS: Record<(typeof PAGE_PARTS)[number], string> = {
  run: 'Run controls',
  editor: 'Circuit editor',
  model: 'Model column',
  results: 'Results column',
};

interface Props {
  step: LessonStep;
  index: number;
  count: number;
  onChange(patch: Partial<LessonStep>): void;
  onMove(by: -1 | 1): void;
  onOpen(): void;
  onRefresh(): void;
  onRemove(): void;
}

export function BuilderStep({
  step,
  index,
  count,
  onChange,
  onMove,
  onOpen,
  onRefresh,
  onRemove,
}: Props) {
  const experiment = useMemo(() => decodeExperiment(step.experiment), [step.experiment]);
  const schema = experiment.ok ? schemaFor(experiment.value) : null;
  const n = index + 1;
  return (
    <li className="builder-step">
      <fieldset>
        <legend>
          Step {n}
          {schema ? ` (${schema.label})` : ''}
        </legend>
        <label className="field">
          <span>Title</span>
          <input value={step.title} onChange={(e) => onChange({ title: e.target.value })} />
        </label>
        <label className="field">
          <span>Text</span>
          <textarea
            rows={4}
            value={step.text}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Highlight</span>
          <select
            value={step.highlight ?? ''}
            onChange={(e) => onChange({ highlight: e.target.value })}
          >
            <option value="">Nothing</option>
            {PAGE_PARTS.map((p) => (
              <option key={p} value={p}>
                {PART_WORDS[p]}
              </option>
            ))}
            {schema?.hideable.map((h) => (
              <option key={h.value} value={h.value}>
                {h.label} panel
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Question (optional)</span>
          <textarea
            rows={2}
            value={step.question?.ask ?? ''}
            onChange={(e) =>
              onChange({ question: { ask: e.target.value, answer: step.question?.answer ?? '' } })
            }
          />
        </label>
        <label className="field">
          <span>Its answer</span>
          <textarea
            rows={2}
            value={step.question?.answer ?? ''}
            onChange={(e) =>
              onChange({ question: { ask: step.question?.ask ?? '', answer: e.target.value } })
            }
          />
        </label>
        <BuilderTry
          n={n}
          task={experiment.ok ? experiment.value.task : null}
          taskLabel={schema?.label ?? ''}
          trying={step.try}
          onChange={(t) => onChange({ try: t })}
        />
        {!experiment.ok && <p className="error-text">{experiment.error.message}</p>}
        <div className="builder-step-tools" role="group" aria-label={`Step ${n} tools`}>
          <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
            Move up
          </button>
          <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
            Move down
          </button>
          <button type="button" disabled={!experiment.ok} onClick={onOpen}>
            Open step {n} on the page
          </button>
          <button type="button" onClick={onRefresh}>
            Put the page’s experiment in step {n}
          </button>
          <button type="button" onClick={onRemove}>
            Remove step {n}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
