// Fitting the benchmark's classical and kernel models on one data set: each computes its Gram
// matrices (train × train, test × train) and hands them to the shared SVM, or fits the logistic
// regression. One call is one cell of the benchmark table.

import {
  benchmarkModel,
  type BenchmarkModelId,
} from '../../../src/experiment/tasks/benchmark/models';
import { accuracy } from './accuracy';
import { embedStates, hamiltonianEmbedding, iqpEmbedding } from './embeddings';
import { rbfGram } from './kernels';
import { fitLogistic, logisticPredict } from './logistic';
import { blochFeatures, fidelityGram, projectedGamma, separableGram } from './quantumKernels';
import { fitMinMax } from './scale';
import { svmPredict, trainSvm } from './svm';
import type { Gram, TabularData } from './types';

/** What one fitted cell scored. */
export interface CellScore {
  trainAccuracy: number;
  testAccuracy: number;
  /** A remark on the fit, e.g. that the solver stopped before converging. */
  note?: string;
}

/** The two Gram matrices of a kernel model. */
interface Grams {
  train: Gram;
  test: Gram;
}

const HALF_PI = Math.PI / 2;

/** Train and test rows scaled to [−π/2, π/2] by the train rows' ranges (the study's scaler). */
function scaled(data: TabularData): { train: Float64Array; test: Float64Array } {
  const s = fitMinMax(data.xTrain, data.d, -HALF_PI, HALF_PI);
  return { train: s.apply(data.xTrain), test: s.apply(data.xTest) };
}

const rows = (x: Float64Array, d: number): number => x.length / d;

/** The Gram matrices of each kernel model, by id. */
const KERNELS: Partial<
  Record<BenchmarkModelId, (data: TabularData, h: Record<string, number>, seed: number) => Grams>
> = {
  svm(data, h) {
    const { d, xTrain, xTest } = data;
    const n = rows(xTrain, d);
    return {
      train: rbfGram(xTrain, n, xTrain, n, d, h.gamma!),
      test: rbfGram(xTest, rows(xTest, d), xTrain, n, d, h.gamma!),
    };
  },
  iqpKernel(data, h) {
    const { d } = data;
    const x = scaled(data);
    const emb = iqpEmbedding(d, h.repeats!);
    const train = embedStates(emb, x.train, rows(x.train, d), d);
    const test = embedStates(emb, x.test, rows(x.test, d), d);
    return { train: fidelityGram(train, train), test: fidelityGram(test, train) };
  },
  projectedKernel(data, h, seed) {
    const { d } = data;
    const n = d + 1;
    const x = scaled(data);
    const emb = hamiltonianEmbedding(d, h.t!, h.steps!, seed);
    const nTrain = rows(x.train, d);
    const nTest = rows(x.test, d);
    const fTrain = blochFeatures(embedStates(emb, x.train, nTrain, d), n);
    const fTest = blochFeatures(embedStates(emb, x.test, nTest, d), n);
    const gamma = projectedGamma(fTrain, d, h.gammaFactor!);
    return {
      train: rbfGram(fTrain, nTrain, fTrain, nTrain, 3 * n, gamma),
      test: rbfGram(fTest, nTest, fTrain, nTrain, 3 * n, gamma),
    };
  },
  separableKernel(data, h) {
    const { d } = data;
    const x = scaled(data);
    const nTrain = rows(x.train, d);
    return {
      train: separableGram(x.train, nTrain, x.train, nTrain, d, h.layers!),
      test: separableGram(x.test, rows(x.test, d), x.train, nTrain, d, h.layers!),
    };
  },
};

/** Whether the model is fitted here (classical and kernel models), not by gradient training. */
export function isKernelFit(id: string): boolean {
  return id === 'logistic' || id in KERNELS;
}

/**
 * Fits model `id` with hyper-parameters `hyper` (any missing take their defaults) on the data's
 * train rows and scores it on both sets. `seed` fixes whatever the model draws at random.
 */
export function fitKernelModel(
  id: BenchmarkModelId,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
): CellScore {
  const def = benchmarkModel(id);
  if (!def) throw new Error(`Unknown benchmark model "${id}".`);
  if (data.d > def.maxFeatures)
    throw new Error(`${def.label} takes at most ${def.maxFeatures} features; this data set has ${data.d}.`); // prettier-ignore
  const h = { ...Object.fromEntries(def.hyper.map((p) => [p.name, p.default])), ...hyper };
  if (id === 'logistic') {
    const model = fitLogistic(data.xTrain, data.yTrain, data.d, { C: h.C! });
    return {
      trainAccuracy: accuracy(logisticPredict(model, data.xTrain), data.yTrain),
      testAccuracy: accuracy(logisticPredict(model, data.xTest), data.yTest),
      ...(model.converged ? {} : { note: 'Newton’s method stopped before converging.' }),
    };
  }
  const kernel = KERNELS[id];
  if (!kernel) throw new Error(`${def.label} is not a kernel model.`);
  const grams = kernel(data, h, seed);
  const model = trainSvm(grams.train, data.yTrain, { C: h.C! });
  return {
    trainAccuracy: accuracy(svmPredict(model, grams.train), data.yTrain),
    testAccuracy: accuracy(svmPredict(model, grams.test), data.yTest),
    ...(model.converged ? {} : { note: 'The SVM solver stopped at its step limit.' }),
  };
}
