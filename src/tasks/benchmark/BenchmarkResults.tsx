// The benchmark task's results: how far the run is, the accuracy against difficulty for every
// model beside the study's values, and the same as a table to read and download.
import { useMemo } from 'react';
import { experimentUrl } from '../../app/shareLinks';
import { runModels } from '../../experiment/tasks/benchmark/cells';
import {
  cellCannotOpen,
  cellExperiment,
  cellOpenTitle,
} from '../../experiment/tasks/benchmark/openCell';
import { benchmarkDatasetDef } from '../../experiment/tasks/benchmark/datasets';
import { BENCHMARK_MODELS, benchmarkModel } from '../../experiment/tasks/benchmark/models';
import { benchmarkInfo, benchmarkReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import type { BenchmarkCellResult, BenchmarkReport } from '../../../workers/protocol';
import { downloadText } from '../../panels/downloadText';
import { AccuracyChart, modelColor } from './AccuracyChart';
import type { ShownModel } from './AccuracyChart';
import { ResultsTable, type CellLink } from './ResultsTable';
import { benchmarkCsv, summarise } from './summary';
import './benchmark.css';

/** Every model with its colour: fixed by its place in the model list, the same in every run. */
const SHOWN: ReadonlyMap<string, ShownModel> = new Map(
  BENCHMARK_MODELS.map((m) => {
    const family = BENCHMARK_MODELS.filter((o) => o.quantum === m.quantum);
    const color = modelColor(
      m.quantum,
      family.findIndex((o) => o.id === m.id),
    );
    return [m.id, { id: m.id, label: m.label, quantum: m.quantum, color }];
  }),
);
const shown = (id: string): ShownModel =>
  SHOWN.get(id) ?? { id, label: id, quantum: false, color: '#4b5563' };

/** "850 ms", "12.3 s", "4 min 05 s". */
function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function BenchmarkResults() {
  const info = useLab((s) => benchmarkInfo(s.info));
  const reports = useLab((s) => benchmarkReports(s.history));
  const status = useLab((s) => s.status);
  const waiting = useLab((s) => s.waiting);
  const sweep = useExperimentOf('benchmark', (e) => e.sweep);
  const ticked = useExperimentOf('benchmark', (e) => e.models);
  const compareSeparable = useExperimentOf('benchmark', (e) => e.compareSeparable);
  const hidden = useExperimentOf('benchmark', (e) => e.view.hidden);
  const firstSeed = useExperimentOf('benchmark', (e) => e.training.seed);
  const studyHyper = useExperimentOf('benchmark', (e) => e.studyHyper);
  const def = benchmarkDatasetDef(sweep.dataset);
  const difficulty = def?.difficulty ?? { name: 'd', label: 'Difficulty' };

  const models = useMemo(
    () => runModels({ models: ticked, compareSeparable }).map((m) => shown(m.id)),
    [ticked, compareSeparable],
  );
  /** The link that opens a cell (its first seed) as a classification experiment. */
  const openCell = (model: string, d: number): CellLink | null => {
    if (cellCannotOpen({ sweep }, d)) return null;
    const cell = { model: model as (typeof ticked)[number]['id'], difficulty: d, seed: firstSeed };
    const e = cellExperiment({ sweep, models: ticked, compareSeparable, studyHyper }, cell);
    const title = cellOpenTitle(cell, difficulty.name);
    return { href: experimentUrl(window.location, e), title };
  };
  const cells = useMemo(
    () => reports.map((r) => r.cell).filter((c): c is BenchmarkCellResult => c !== null),
    [reports],
  );
  const { summary, skipped } = useMemo(() => {
    const skips = new Map<string, Map<number, string>>();
    for (const c of cells)
      if (c.skipped) {
        const row = skips.get(c.model) ?? new Map<number, string>();
        skips.set(c.model, row.set(c.difficulty, c.skipped));
      }
    return { summary: summarise(cells.filter((c) => !c.skipped)), skipped: skips };
  }, [cells]);

  const download = (): void => {
    const fitted = cells.filter((c) => !c.skipped);
    const csv = benchmarkCsv(sweep.dataset, difficulty.name, models, sweep.difficulties, fitted);
    // A byte-order mark, so that spreadsheet programs read "±", "γ" and "–" as UTF-8.
    downloadText(`benchmark-${sweep.dataset}.csv`, `\uFEFF${csv}`);
  };

  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">{waiting ?? 'Preparing the benchmark…'}</p>}
      {info && (
        <>
          <Progress
            total={info.cells}
            cells={cells}
            next={reports[reports.length - 1]?.next ?? null}
            training={reports[reports.length - 1]?.progress ?? null}
            status={status === 'playing' || status === 'paused' ? status : 'other'}
            symbol={difficulty.name}
          />
          {!hidden.includes('chart') && (
            <AccuracyChart
              dataset={sweep.dataset}
              difficulty={difficulty}
              difficulties={sweep.difficulties}
              models={models}
              summary={summary}
              seeds={sweep.seeds}
            />
          )}
          {!hidden.includes('table') && (
            <div className="benchmark-table-section">
              <p className="hint">
                Mean test accuracy (0 to 1) over{' '}
                {sweep.seeds === 1 ? 'one seed' : `${sweep.seeds} seeds`}
                {sweep.seeds > 1 && ', ± its standard deviation across seeds'}; “study” is the value
                Bowles, Ahmed &amp; Schuld published. n/a: the model did not run there (hover for
                why). “Open” opens a cell’s data (first seed) on the classification page, in a new
                tab, to watch a quantum model and an MLP train on it.
              </p>
              <ResultsTable
                dataset={sweep.dataset}
                difficultyName={difficulty.name}
                difficulties={sweep.difficulties}
                models={models}
                summary={summary}
                skipped={skipped}
                seeds={sweep.seeds}
                open={openCell}
              />
              <p className="benchmark-download">
                <button type="button" onClick={download} disabled={cells.length === 0}>
                  Download CSV
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface ProgressProps {
  total: number;
  cells: readonly BenchmarkCellResult[];
  next: BenchmarkReport['next'];
  /** Where a model trained step by step is, part-way through the next cell. */
  training: BenchmarkReport['progress'];
  status: 'playing' | 'paused' | 'other';
  /** The difficulty's symbol ("d"). */
  symbol: string;
}

/** How far the run is: the next cell, a bar, and the time a cell takes. */
function Progress({ total, cells, next, training, status, symbol }: ProgressProps) {
  const done = cells.length;
  const ms = cells.reduce((a, c) => a + c.ms, 0);
  const skips = cells.filter((c) => c.skipped).length;
  const skipNote = skips > 0 ? ` ${skips} skipped (n/a in the table).` : '';
  if (done > 0 && (!next || done >= total))
    return (
      <p className="benchmark-progress benchmark-done">
        Done: {done === 1 ? '1 cell' : `all ${done} cells`} in {duration(ms)}.{skipNote}
      </p>
    );
  const what = next
    ? `${benchmarkModel(next.model)?.label ?? next.model}, ${symbol} = ${next.difficulty}, seed ${next.seed}`
    : '';
  const trained = training
    ? ` Training: step ${training.steps}, loss ${training.loss.toPrecision(3)}.`
    : '';
  if (done === 0 && status !== 'playing' && !training)
    return (
      <p className="hint benchmark-progress">
        Press Play to run the benchmark: {total} {total === 1 ? 'cell' : 'cells'}
        {what && `, starting with ${what}`}.
      </p>
    );
  const line =
    status === 'paused'
      ? `Paused ${training ? 'in' : 'before'} cell ${done + 1} of ${total}${what && `: ${what}`}.${trained}` // prettier-ignore
      : `Cell ${done + 1} of ${total}${what && `: ${what}`}…${trained}`;
  return (
    <div className="benchmark-progress">
      <p>{line}</p>
      <progress value={done} max={total} aria-label="Cells done" />
      {done > 0 && (
        <p className="hint">
          {duration(ms / done)} a cell so far.{skipNote}
        </p>
      )}
    </div>
  );
}
