// One cell of a benchmark run, whatever the model: kernel and classical models are fitted
// (fitKernel.ts), variational ones trained (variational.ts) with the study's stopping rule.

import {
  benchmarkModel,
  defaultHyper,
  type BenchmarkModelId,
} from '../../../src/experiment/tasks/benchmark/models';
import { fitKernelModel, isKernelFit, type CellScore } from './fitKernel';
import { REUPLOADING } from './reuploadingModel';
import { SEPARABLE_VARIATIONAL } from './separableModel';
import type { TabularData } from './types';
import { fitVariational, type FitOptions, type VariationalModelDef } from './variational';

const VARIATIONAL: readonly VariationalModelDef[] = [REUPLOADING, SEPARABLE_VARIATIONAL];

/** Whether a model of the list can be fitted here. */
export function canFit(id: string): boolean {
  return isKernelFit(id) || VARIATIONAL.some((v) => v.id === id);
}

/** Fits model `id` on the data and scores it; `opts` reach a variational model's training. */
export function fitCell(
  id: BenchmarkModelId,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  opts: FitOptions = {},
): CellScore {
  const def = benchmarkModel(id);
  if (!def) throw new Error(`Unknown benchmark model "${id}".`);
  if (data.d > def.maxFeatures)
    throw new Error(`${def.label} takes at most ${def.maxFeatures} features; this data set has ${data.d}.`); // prettier-ignore
  if (isKernelFit(id)) return fitKernelModel(id, data, hyper, seed);
  const variational = VARIATIONAL.find((v) => v.id === id);
  if (!variational) throw new Error(`${def.label} cannot be fitted yet.`);
  const { trainAccuracy, testAccuracy, note } = fitVariational(variational, data, { ...defaultHyper(def), ...hyper }, seed, opts); // prettier-ignore
  return { trainAccuracy, testAccuracy, ...(note ? { note } : {}) };
}
