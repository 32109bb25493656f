// The benchmark's table: a row per model, a column per difficulty, our mean test accuracy ± its
// spread over seeds with the study's published value beside it; the best mean of a column in bold.
import { publishedAccuracy } from '../../experiment/tasks/benchmark/published';
import type { ShownModel } from './AccuracyChart';
import type { CellSummary } from './summary';

interface Props {
  dataset: string;
  /** The difficulty's symbol in the column heads ("d"). */
  difficultyName: string;
  difficulties: readonly number[];
  models: readonly ShownModel[];
  /** From summarise() of the fitted cells. */
  summary: ReadonlyMap<string, ReadonlyMap<number, CellSummary>>;
  /** skipped.get(model)?.get(difficulty): why that model did not run there. */
  skipped: ReadonlyMap<string, ReadonlyMap<number, string>>;
  seeds: number;
  /** The link opening a cell as a classification experiment, or null where it cannot open. */
  open?: (model: string, difficulty: number) => CellLink | null;
}

export interface CellLink {
  href: string;
  title: string;
}

/** Means within this of a column's best are bold too (a tie). */
const TIE = 1e-9;

/**
 * The best mean of each difficulty's column, for columns where at least two models have one
 * (a lone value is not "best" of anything).
 */
export function bestInColumn(
  models: readonly string[],
  difficulties: readonly number[],
  summary: ReadonlyMap<string, ReadonlyMap<number, CellSummary>>,
): Map<number, number> {
  const best = new Map<number, number>();
  for (const d of difficulties) {
    const means = models
      .map((m) => summary.get(m)?.get(d)?.mean)
      .filter((v): v is number => v !== undefined && Number.isFinite(v));
    if (means.length >= 2) best.set(d, Math.max(...means));
  }
  return best;
}

const fixed = (v: number): string => v.toFixed(2);

export function ResultsTable(p: Props) {
  const best = bestInColumn(
    p.models.map((m) => m.id),
    p.difficulties,
    p.summary,
  );
  return (
    <div
      className="figures-scroll"
      tabIndex={0}
      role="region"
      aria-label="Benchmark results, scrollable"
    >
      <table className="figures benchmark-table">
        <caption>Benchmark results</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            {p.difficulties.map((d) => (
              <th scope="col" key={d}>
                {p.difficultyName === 'file' ? 'Your data' : `${p.difficultyName} = ${d}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.models.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <span
                  className="benchmark-swatch"
                  style={{ background: m.color }}
                  aria-hidden="true"
                />
                {m.label}
                {m.quantum && <span className="benchmark-tag">quantum</span>}
              </th>
              {p.difficulties.map((d) => (
                <td key={d}>
                  <Value
                    summary={p.summary.get(m.id)?.get(d)}
                    skipped={p.skipped.get(m.id)?.get(d)}
                    best={best.get(d)}
                    seeds={p.seeds}
                  />
                  <Published value={publishedAccuracy(p.dataset, d, m.id)} />
                  <OpenLink link={p.open?.(m.id, d) ?? null} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ValueProps {
  summary: CellSummary | undefined;
  skipped: string | undefined;
  best: number | undefined;
  seeds: number;
}

function Value({ summary, skipped, best, seeds }: ValueProps) {
  if (!summary || !Number.isFinite(summary.mean)) {
    if (skipped)
      return (
        <span className="benchmark-na" title={skipped}>
          n/a
        </span>
      );
    return <span title="Not run yet">—</span>;
  }
  const text = summary.count > 1 ? `${fixed(summary.mean)} ± ${fixed(summary.spread)}` : fixed(summary.mean); // prettier-ignore
  const partial = summary.count < seeds ? `${summary.count} of ${seeds} seeds so far` : undefined;
  return best !== undefined && summary.mean >= best - TIE ? (
    <strong title={partial ? `Best in this column; ${partial}` : 'Best in this column'}>
      {text}
    </strong>
  ) : (
    <span title={partial}>{text}</span>
  );
}

function OpenLink({ link }: { link: CellLink | null }) {
  if (!link) return null;
  return (
    <a
      className="benchmark-open"
      href={link.href}
      target="_blank"
      rel="noopener"
      title={link.title}
      aria-label={link.title}
    >
      Open ↗
    </a>
  );
}

function Published({ value }: { value: number | undefined }) {
  if (value === undefined) return null;
  return <span className="benchmark-study">study {fixed(value)}</span>;
}
