// The benchmark's classical neural network: scikit-learn's MLPClassifier as the study runs it
// (Bowles, Ahmed & Schuld, arXiv 2403.07059; qml-benchmarks models/__init__.py), on the typed-array
// MLP: relu, Adam, shuffled batches of 32, L2 on the weights, sklearn's stopping rule. Synchronous:
// one call is one cell of the benchmark table, run inside one worker step.

import { createRng, type Rng } from '../../sim';
import { createMlp } from '../baseline/mlp';
import { argmax, shuffle } from '../classifier';
import { createOptimizer } from '../optim';
import { accuracy } from './accuracy';
import type { CellScore } from './fitKernel';
import type { TabularData } from './types';

/** The study's grid of hidden layers (hidden_layer_sizes), by index. */
export const MLP_HIDDEN: readonly (readonly number[])[] = [[100], [10, 10, 10, 10], [50, 10, 5]];
/** Rows per Adam step (the study's batch_size). */
export const MLP_BATCH = 32;
/** sklearn's tol: an epoch improves only if its loss is below the best so far by more than this. */
export const MLP_TOL = 1e-4;
/** sklearn's n_iter_no_change: training stops after more epochs than this without improvement. */
export const MLP_PATIENCE = 10;
/** Most epochs: the study's MLPClassifier wrapper sets max_iter = 3000 (sklearn's default: 200). */
export const MLP_MAX_EPOCHS = 3000;

export interface MlpHyper {
  /** Index into MLP_HIDDEN: 0 → (100), 1 → (10, 10, 10, 10), 2 → (50, 10, 5). */
  hidden: number;
  /** Adam's step size (learning_rate_init). */
  learningRate: number;
  /** L2 strength: alpha/(2·batch rows)·‖W‖² is added to each batch's mean loss. */
  alpha: number;
}

export interface MlpFitOptions {
  /** Most epochs; MLP_MAX_EPOCHS. */
  maxEpochs?: number;
  /** Called after every epoch with its index (from 0) and mean training loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** sklearn's plateau counter: the best epoch loss so far and the epochs since it improved. */
export interface Plateau {
  best: number;
  /** Consecutive epochs whose loss was not below best − tol. */
  count: number;
}

export const FRESH_PLATEAU: Plateau = { best: Infinity, count: 0 };

/** sklearn's `_update_no_improvement_count` (no early stopping) after an epoch's loss. */
export function updatePlateau(p: Plateau, loss: number, tol: number): Plateau {
  return {
    best: loss < p.best ? loss : p.best,
    count: loss > p.best - tol ? p.count + 1 : 0,
  };
}

/** Whether sklearn stops here: more than `patience` epochs in a row without improvement. */
export function plateauStops(p: Plateau, patience: number): boolean {
  return p.count > patience;
}

/**
 * Epochs sklearn trains on this sequence of epoch losses: the first n whose plateau count after
 * epoch n exceeds `patience`, or null if it never stops within the sequence.
 */
export function stoppingEpoch(
  losses: ArrayLike<number>,
  tol: number = MLP_TOL,
  patience: number = MLP_PATIENCE,
): number | null {
  let p = FRESH_PLATEAU;
  for (let i = 0; i < losses.length; i++) {
    p = updatePlateau(p, losses[i]!, tol);
    if (plateauStops(p, patience)) return i + 1;
  }
  return null;
}

/**
 * sklearn's L2 term on the weights (not the biases) of a flat MLP parameter vector laid out as
 * glorotParams' (per layer W_l in × out, then b_l): returns alpha/(2·rows)·Σ W² and adds its
 * gradient (alpha/rows)·W to grad.
 */
export function addWeightPenalty(
  theta: Float64Array,
  sizes: readonly number[],
  alpha: number,
  rows: number,
  grad: Float64Array,
): number {
  const c = alpha / rows;
  let sum = 0;
  for (let l = 0, k = 0; l + 1 < sizes.length; l++) {
    const end = k + sizes[l]! * sizes[l + 1]!;
    for (; k < end; k++) {
      sum += theta[k]! * theta[k]!;
      grad[k] = grad[k]! + c * theta[k]!;
    }
    k += sizes[l + 1]!;
  }
  return 0.5 * c * sum;
}

/**
 * sklearn's initialisation for relu: every weight and bias of layer l drawn from
 * U(±√(6/(in + out))), weights before biases, layer by layer.
 */
export function sklearnInit(sizes: readonly number[], rng: Rng): Float64Array {
  let count = 0;
  for (let l = 0; l + 1 < sizes.length; l++) count += (sizes[l]! + 1) * sizes[l + 1]!;
  const theta = new Float64Array(count);
  for (let l = 0, k = 0; l + 1 < sizes.length; l++) {
    const bound = Math.sqrt(6 / (sizes[l]! + sizes[l + 1]!));
    const end = k + (sizes[l]! + 1) * sizes[l + 1]!;
    for (; k < end; k++) theta[k] = bound * (2 * rng.next() - 1);
  }
  return theta;
}

/**
 * Trains the study's MLPClassifier on the train rows as they are (the study does not scale the
 * MLP's inputs) and scores it on both sets. `seed` fixes the initial weights and every shuffle.
 */
export function fitMlp(
  data: TabularData,
  hyper: MlpHyper,
  seed: number,
  opts: MlpFitOptions = {},
): CellScore & { epochs: number; converged: boolean } {
  const hidden = MLP_HIDDEN[hyper.hidden];
  if (!hidden) {
    throw new Error(
      `The MLP's hidden layers are chosen by 0, 1 or 2 (${MLP_HIDDEN.map((h) => `(${h.join(', ')})`).join(', ')}); got ${hyper.hidden}.`,
    );
  }
  const { d, xTrain, yTrain } = data;
  const n = yTrain.length;
  if (n === 0) throw new Error('The MLP has no training rows to learn from.');
  const maxEpochs = opts.maxEpochs ?? MLP_MAX_EPOCHS;
  const rng = createRng(seed);
  // The typed-array MLP computes the mean cross-entropy and its gradient; the parameters, the
  // L2 term and Adam live here so that, as in sklearn, biases are not penalised.
  const mlp = createMlp(
    { hidden: [...hidden], activation: 'relu', classes: 2, inputs: d },
    { name: 'adam', learningRate: hyper.learningRate, l2: 0 },
    rng,
  );
  const sizes = mlp.sizes;
  const theta = sklearnInit(sizes, rng);
  const adam = createOptimizer(
    { name: 'adam', learningRate: hyper.learningRate, l2: 0 },
    theta.length,
  );
  const grad = new Float64Array(theta.length);
  // Class 1 is label +1, class 0 is −1.
  const labels = Int32Array.from(yTrain, (v) => (v > 0 ? 1 : 0));
  const batch = Math.min(MLP_BATCH, n);
  const bx = new Float64Array(batch * d);
  const by = new Int32Array(batch);
  const order = Int32Array.from({ length: n }, (_, i) => i);

  let plateau = FRESH_PLATEAU;
  let epochs = 0;
  let converged = false;
  let diverged = false;
  while (epochs < maxEpochs) {
    shuffle(order, rng);
    let total = 0;
    for (let start = 0; start < n; start += batch) {
      const m = Math.min(n, start + batch) - start;
      for (let k = 0; k < m; k++) {
        const i = order[start + k]!;
        bx.set(xTrain.subarray(i * d, i * d + d), k * d);
        by[k] = labels[i]!;
      }
      mlp.setParams(theta);
      let loss = mlp.lossAndGrad(bx.subarray(0, m * d), by.subarray(0, m), grad);
      loss += addWeightPenalty(theta, sizes, hyper.alpha, m, grad);
      adam.step(theta, grad);
      total += loss * m;
    }
    const loss = total / n;
    opts.onEpoch?.(epochs, loss);
    epochs++;
    if (Number.isNaN(loss)) {
      diverged = true;
      break;
    }
    plateau = updatePlateau(plateau, loss, MLP_TOL);
    if (plateauStops(plateau, MLP_PATIENCE)) {
      converged = true;
      break;
    }
  }

  mlp.setParams(theta);
  const predict = (x: Float64Array): Int8Array => {
    const rows = x.length / d;
    const p = new Float64Array(rows * 2);
    mlp.predict(x, p);
    return Int8Array.from({ length: rows }, (_, i) => (argmax(p, 2 * i, 2) === 1 ? 1 : -1));
  };
  const note = diverged
    ? 'The loss became NaN; training stopped.'
    : converged
      ? undefined
      : `The training loss was still improving after ${epochs} epochs.`;
  return {
    trainAccuracy: accuracy(predict(xTrain), yTrain),
    testAccuracy: accuracy(predict(data.xTest), data.yTest),
    epochs,
    converged,
    ...(note ? { note } : {}),
  };
}
