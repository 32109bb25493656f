// The benchmark task's worker session: a step fits one cell of the run (a model on the data set at
// one difficulty and seed) and reports its accuracies; a model trained step by step gets a slice
// of SLICE_MS per worker step and reports its progress until its cell is done, so Pause is never
// far. The data of a (difficulty, seed) is drawn once and shared by every model. The picture is a
// preview of the data set.

import { cellHyper } from '../../../src/experiment/tasks/benchmark/cellHyper';
import { planCells, runModels, skipReason } from '../../../src/experiment/tasks/benchmark/cells';
import { benchmarkModel } from '../../../src/experiment/tasks/benchmark/models';
import type { ExperimentOf } from '../../../src/experiment/types';
import { benchmarkDataset, customData } from '../../ml/benchmark/data';
import { canFit, prepareModels, startCell, type CellJob } from '../../ml/benchmark/fitCell';
import { principalProjection } from '../../ml/benchmark/project';
import type { TabularData } from '../../ml/benchmark/types';
import type { BenchmarkCellResult, BenchmarkReport, Picture } from '../../protocol';
import type { TaskRunner, TaskSession } from '../taskRunner';

type BenchmarkExperiment = ExperimentOf<'benchmark'>;

/** Longest a step trains a variational model before it reports (the trainer's slices are 12 ms). */
const SLICE_MS = 40;

function createBenchmarkSession(e: BenchmarkExperiment): TaskSession {
  const cells = planCells(e);
  const models = runModels(e);
  for (const m of models)
    if (!canFit(m.id)) throw new Error(`${benchmarkModel(m.id)?.label ?? m.id} cannot be fitted yet.`); // prettier-ignore
  const dataset = e.sweep.dataset === 'custom' ? null : benchmarkDataset(e.sweep.dataset);
  let data: { difficulty: number; seed: number; set: TabularData } | null = null;
  const dataFor = (difficulty: number, seed: number): TabularData => {
    if (!data || data.difficulty !== difficulty || data.seed !== seed)
      data = { difficulty, seed, set: dataset ? dataset.generate(difficulty, seed) : customData(e.sweep.csv ?? '', seed) }; // prettier-ignore
    return data.set;
  };
  let done = 0;
  /** Difficulty and seed of the data preview last sent. */
  let shownKey: string | null = null;
  /** The cell being fitted, when a model trained step by step is part-way through it. */
  let job: { job: CellJob; t0: number; ms: number } | null = null;
  const report = (cell: BenchmarkCellResult | null): BenchmarkReport => ({
    epoch: done,
    cell,
    next: cells[done] ?? null,
    progress: job?.job.progress() ?? null,
  });

  /** Works on cell k until the deadline; its result when done, else null. */
  const work = (k: number, deadline: number): BenchmarkCellResult | null => {
    const cell = cells[k]!;
    const skipped = skipReason(e.sweep, cell.model, cell.difficulty);
    if (skipped) return { ...cell, trainAccuracy: NaN, testAccuracy: NaN, ms: 0, skipped };
    const t0 = performance.now();
    if (!job) {
      const { hyper } = cellHyper(e, cell);
      job = { job: startCell(cell.model, dataFor(cell.difficulty, cell.seed), hyper, cell.seed), t0, ms: 0 }; // prettier-ignore
    }
    const score = job.job.advance(deadline);
    job.ms += performance.now() - t0;
    if (!score) return null;
    const ms = job.ms;
    job = null;
    return { ...cell, ...score, ms };
  };

  return {
    info: { task: 'benchmark', cells: cells.length },
    get epoch() {
      return done;
    },
    measure: () => report(null),
    step() {
      // Past the last cell there is nothing left to fit (the trainer does not ask).
      if (done >= cells.length) return report(null);
      const result = work(done, performance.now() + SLICE_MS);
      if (!result) return report(null);
      done++;
      return report(result);
    },
    pictures(): Picture[] {
      const first = cells[Math.min(done, cells.length - 1)];
      // The page keeps the last preview: a new one only when the data it shows changes.
      const key = first ? `${first.difficulty} ${first.seed}` : null;
      if (!first || key === shownKey) return [];
      shownKey = key;
      const set = dataFor(first.difficulty, first.seed);
      const all = new Float64Array(set.xTrain.length + set.xTest.length);
      all.set(set.xTrain);
      all.set(set.xTest, set.xTrain.length);
      const labels = new Int8Array(set.yTrain.length + set.yTest.length);
      labels.set(set.yTrain);
      labels.set(set.yTest, set.yTrain.length);
      const p = principalProjection(all, set.d, set.yTrain.length);
      return [
        {
          kind: 'benchmarkData',
          preview: { difficulty: first.difficulty, seed: first.seed, d: set.d, points: p.points, labels, train: set.yTrain.length, explained: p.explained }, // prettier-ignore
        },
      ];
    },
    weights: () => ({ quantum: [], classical: [] }),
    setWeights(w) {
      if (w.quantum.length > 0 || w.classical.length > 0)
        throw new Error('A benchmark keeps no trained parameters: each cell is fitted afresh.');
    },
    circuit: { qubits: 1, ops: [] },
    params: () => new Float64Array(0),
    dispose() {},
  };
}

export const benchmarkRunner: TaskRunner<'benchmark'> = {
  // Loads TensorFlow.js when a model that runs on it has a cell that is not skipped.
  prepare: (e) =>
    prepareModels(
      runModels(e)
        .filter((m) => e.sweep.difficulties.some((v) => !skipReason(e.sweep, m.id, v)))
        .map((m) => m.id),
    ),
  create: createBenchmarkSession,
};
