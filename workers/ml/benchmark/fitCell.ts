// One cell of a benchmark run, whatever the model: kernel and classical models are fitted at once
// (fitKernel.ts, mlpModel.ts), variational ones and the CNN (cnnModel.ts) trained with the study's
// stopping rule (variational.ts), a slice at a time, so that a worker step stays short and Pause
// answers within it.

import {
  benchmarkModel,
  defaultHyper,
  type BenchmarkModelId,
} from '../../../src/experiment/tasks/benchmark/models';
import { loadCnnEngine, startCnnFit } from './cnnModel';
import { fitKernelModel, isKernelFit, type CellScore } from './fitKernel';
import { DRESSED } from './dressedModel';
import { IQP_VARIATIONAL } from './iqpVariationalModel';
import { fitMlp } from './mlpModel';
import { REUPLOADING } from './reuploadingModel';
import { SEPARABLE_VARIATIONAL } from './separableModel';
import type { TabularData } from './types';
import { startVariationalFit, type FitOptions, type VariationalModelDef } from './variational';

const VARIATIONAL: readonly VariationalModelDef[] = [
  REUPLOADING,
  SEPARABLE_VARIATIONAL,
  IQP_VARIATIONAL,
  DRESSED,
];

/** A cell's fit under way. */
export interface CellJob {
  /** Works until done or performance.now() passes `deadline`; the score when done, else null. */
  advance(deadline: number): CellScore | null;
  /** Training steps so far and the last loss, for a model trained step by step; else null. */
  progress(): { steps: number; loss: number } | null;
}

/** Whether a model of the list can be fitted here (the CNN once prepareModels has loaded tfjs). */
export function canFit(id: string): boolean {
  return id === 'mlp' || id === 'cnn' || isKernelFit(id) || VARIATIONAL.some((v) => v.id === id);
}

/** Loads what fitting these models needs first: TensorFlow.js for the CNN, fetched on first use. */
export async function prepareModels(ids: readonly string[]): Promise<void> {
  if (ids.includes('cnn')) await loadCnnEngine();
}

/** A score without the trainer's extra fields. */
const cellScore = (s: CellScore): CellScore => ({
  trainAccuracy: s.trainAccuracy,
  testAccuracy: s.testAccuracy,
  ...(s.note ? { note: s.note } : {}),
});

/** Starts fitting model `id` on the data (hyper-parameters missing from `hyper` take defaults). */
export function startCell(
  id: BenchmarkModelId,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  opts: FitOptions = {},
): CellJob {
  const def = benchmarkModel(id);
  if (!def) throw new Error(`Unknown benchmark model "${id}".`);
  if (data.d > def.maxFeatures)
    throw new Error(`${def.label} takes at most ${def.maxFeatures} features; this data set has ${data.d}.`); // prettier-ignore
  const h = { ...defaultHyper(def), ...hyper };
  const variational = VARIATIONAL.find((v) => v.id === id);
  const fit =
    id === 'cnn'
      ? startCnnFit(data, { kernel: h.kernel!, learningRate: h.learningRate! }, seed, opts)
      : variational && startVariationalFit(variational, data, h, seed, opts);
  if (fit) {
    return {
      advance: (deadline) => {
        const s = fit.advance(deadline);
        return s && cellScore(s);
      },
      progress: () => ({ steps: fit.steps, loss: fit.loss }),
    };
  }
  const once = (): CellScore => {
    if (id === 'mlp') {
      const { trainAccuracy, testAccuracy, note } = fitMlp(data, { hidden: h.hidden!, learningRate: h.learningRate!, alpha: h.alpha! }, seed); // prettier-ignore
      return { trainAccuracy, testAccuracy, ...(note ? { note } : {}) };
    }
    if (isKernelFit(id)) return fitKernelModel(id, data, h, seed);
    throw new Error(`${def.label} cannot be fitted yet.`);
  };
  return { advance: () => once(), progress: () => null };
}

/** Fits model `id` on the data to the end and scores it. */
export function fitCell(
  id: BenchmarkModelId,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  opts: FitOptions = {},
): CellScore {
  return startCell(id, data, hyper, seed, opts).advance(Infinity)!;
}
