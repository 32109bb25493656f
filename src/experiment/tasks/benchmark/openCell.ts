// A benchmark cell as an ordinary classification experiment, so a student can look inside it:
// the same rows (the data set at that difficulty, drawn and split with the cell's seed), the
// re-uploading classifier training live next to an MLP of its size, decision boundaries on the
// data's principal plane. Kernel and classical cells open on their data with that same pair.

import { classifySchema } from '../classify';
import { REUPLOADING_LIMITS } from '../classify/reuploading';
import { TABLE_MAX_FEATURES, tableFeatures } from '../classify/table';
import type { ClassifyExperiment, TableData } from '../classify/types';
import { cellHyper } from './cellHyper';
import type { BenchmarkCell } from './cells';
import { benchmarkModel } from './models';
import type { BenchmarkExperiment } from './types';

const clamp = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.min(hi, Math.max(lo, Math.round(v)));

/** Why the cell cannot open as a classification experiment, or null when it can. */
export function cellCannotOpen(
  e: Pick<BenchmarkExperiment, 'sweep'>,
  difficulty: number,
): string | null {
  // prettier-ignore
  const d = tableFeatures(tableOfCell(e, difficulty));
  return d > TABLE_MAX_FEATURES
    ? `The classification page takes at most ${TABLE_MAX_FEATURES} features; this data set has ${d}.`
    : null;
}

function tableOfCell(e: Pick<BenchmarkExperiment, 'sweep'>, difficulty: number): TableData {
  const { dataset, csv } = e.sweep;
  return dataset === 'custom'
    ? { dataset, difficulty: 1, csv: csv ?? '' }
    : { dataset, difficulty };
}

/**
 * The classification experiment of a cell. The quantum model is the re-uploading preset with the
 * study's qubit count for d features (⌈d/3⌉, at most the preset's 8) and, for a data re-uploading
 * cell, the layers that cell fits with (at most the preset's 10); it reads every feature on every
 * qubit.
 */
export function cellExperiment(
  e: Pick<BenchmarkExperiment, 'sweep' | 'models' | 'compareSeparable' | 'studyHyper'>,
  cell: Pick<BenchmarkCell, 'model' | 'difficulty' | 'seed'>,
): ClassifyExperiment {
  const base = classifySchema.defaults();
  const table = tableOfCell(e, cell.difficulty);
  const d = tableFeatures(table);
  const reuploading = cell.model === 'reuploading';
  const layers = reuploading ? (cellHyper(e, cell).hyper['layers'] ?? 5) : 3;
  return {
    ...base,
    data: { ...base.data, seed: cell.seed, table },
    model: {
      kind: 'reuploading',
      qubits: clamp(Math.ceil(d / 3), REUPLOADING_LIMITS.qubits),
      layers: clamp(layers, REUPLOADING_LIMITS.layers),
      entangler: 'cz',
      readout: 'fidelity',
    },
    training: { ...base.training, seed: cell.seed, batchSize: 16, epochs: 40 },
  };
}

/** Which cell a link opens and what the opened experiment trains, in words, for its title. */
export function cellOpenTitle(cell: BenchmarkCell, difficultyName: string): string {
  const label = benchmarkModel(cell.model)?.label ?? cell.model;
  const where = difficultyName === 'file' ? 'your data' : `${difficultyName} = ${cell.difficulty}`;
  const what =
    cell.model === 'reuploading'
      ? 'data re-uploading next to an MLP'
      : `data re-uploading next to an MLP; ${label} is not a model there`;
  return `Open ${label} at ${where}, seed ${cell.seed}, as a classification experiment (${what})`;
}
