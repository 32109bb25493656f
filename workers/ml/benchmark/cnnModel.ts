// The benchmark's convolutional network ("Better than classical?", Bowles, Ahmed & Schuld, arXiv
// 2403.07059; qml-benchmarks models/convolutional_neural_network.py): its layout, seeded start,
// input scaling and fit, trained with the study's rule (variational.ts). The network runs in
// TensorFlow.js (cnnTfjs.ts), a chunk imported only when a run fits the CNN (loadCnnEngine).

import { createRng, type Rng } from '../../sim';
import { accuracy } from './accuracy';
import type * as CnnTfjs from './cnnTfjs';
import type { CellScore } from './fitKernel';
import type { TabularData } from './types';
import { createOptimizer } from '../optim';
import {
  BATCH_SIZE,
  CONVERGENCE_INTERVAL,
  hasConverged,
  MAX_STEPS,
  type FitOptions,
} from './variational';

/** Output channels of the two convolutions: the study's output_channels, which it did not search. */
export const CNN_CHANNELS = [32, 64] as const;
/**
 * Multiply-adds of the forward passes in one call to tfjs: a batch's gradient is summed over
 * chunks of rows that cost about this much (forward and back ≈ 3×, some 10 ms on a laptop), so
 * that a worker step can end between them even at s = 8, where a whole batch takes ~0.1 s.
 */
const CHUNK_COST = 3e6;
/** flax's lecun_normal: the standard deviation of N(0, 1) truncated to (−2, 2), divided out. */
const TRUNCATED_STD = 0.8796256610342398;

export interface CnnSpec {
  /** Side s of the square input image: s × s pixels, one channel, pixel (r, c) at feature r·s + c. */
  side: number;
  /** Side k of both convolutions' k × k kernels. */
  kernel: number;
  /** Output channels of the first and the second convolution. */
  channels: readonly [number, number];
}

/**
 * One convolution ('same' zero padding, stride 1, as flax's nn.Conv) and the 2 × 2 max-pooling
 * after it (stride 2, 'valid': an odd last row or column is dropped), on a g × g grid. Activations
 * are position-major, [g², n, C]: pixel q (row-major) of image i in channel c is at (q·n + i)·C + c.
 */
export interface ConvPlan {
  /** Side g of the input grid. */
  grid: number;
  inChannels: number;
  outChannels: number;
  /** Side of the pooled grid, ⌊g/2⌋. */
  pooled: number;
  /** Output positions the pooling reads, 4·pooled², ordered (corner, window): p = corner·pooled² + w. */
  positions: number;
  /** Kernel offsets o = dy·k + dx that reach a pixel of the grid from some position read (others see only padding). */
  offsets: Int32Array;
  /**
   * The im2col map as a 0/1 matrix of offsets.length·positions rows and g² columns: row
   * j·positions + p has a 1 at the pixel that position p sees through offset offsets[j].
   */
  shift: Float32Array;
}

/** One block of the flat parameter vector θ. */
export interface ParamBlock {
  name: string;
  /** Its shape as flax's (kernels k × k × in × out and in × out, row-major). */
  shape: readonly number[];
  offset: number;
  size: number;
  /** Inputs of each output unit, for lecun_normal; 0 for a bias (initialised to 0). */
  fanIn: number;
}

/**
 * The network: conv(c1) → max-pool → conv(c2) → max-pool → flatten (position, channel) → dense
 * 2·c2 → relu → dense 1, giving f with P(+1) = σ(f). As in the study, there is no activation
 * after the convolutions: the pooling is their only non-linearity.
 */
export interface CnnLayout {
  spec: CnnSpec;
  convs: readonly [ConvPlan, ConvPlan];
  /** Features after the second pooling: pooled²·c2. */
  flat: number;
  /** Units of the hidden dense layer: 2·c2. */
  hidden: number;
  /** θ in order: conv1 kernel, bias, conv2 kernel, bias, dense1 kernel, bias, dense2 kernel, bias. */
  blocks: readonly ParamBlock[];
  numParams: number;
}

/** The plan of a k × k convolution and the pooling after it on a g × g grid. */
export function convPlan(
  grid: number,
  k: number,
  inChannels: number,
  outChannels: number,
): ConvPlan {
  const pooled = Math.floor(grid / 2);
  const windows = pooled * pooled;
  const positions = 4 * windows;
  const pixels = grid * grid;
  // 'same' padding as XLA and TensorFlow place it: ⌊(k − 1)/2⌋ before, the rest after.
  const before = (k - 1) >> 1;
  const offsets: number[] = [];
  const blocks: Float32Array[] = [];
  for (let o = 0; o < k * k; o++) {
    const dy = Math.floor(o / k) - before;
    const dx = (o % k) - before;
    const block = new Float32Array(positions * pixels);
    let reaches = false;
    for (let corner = 0; corner < 4; corner++) {
      for (let w = 0; w < windows; w++) {
        const y = 2 * Math.floor(w / pooled) + (corner >> 1) + dy;
        const x = 2 * (w % pooled) + (corner & 1) + dx;
        if (y < 0 || y >= grid || x < 0 || x >= grid) continue;
        block[(corner * windows + w) * pixels + y * grid + x] = 1;
        reaches = true;
      }
    }
    if (reaches) {
      offsets.push(o);
      blocks.push(block);
    }
  }
  const shift = new Float32Array(blocks.length * positions * pixels);
  blocks.forEach((b, j) => shift.set(b, j * b.length));
  return { grid, inChannels, outChannels, pooled, positions, offsets: Int32Array.from(offsets), shift }; // prettier-ignore
}

/** The layout of the study's CNN for s × s images; throws if two poolings leave no pixel. */
export function cnnLayout(spec: CnnSpec): CnnLayout {
  const { side, kernel: k, channels } = spec;
  const [c1, c2] = channels;
  if (!Number.isInteger(k) || k < 1) throw new Error(`The CNN's kernel side must be a whole number ≥ 1; got ${k}.`); // prettier-ignore
  if (Math.floor(Math.floor(side / 2) / 2) < 1)
    throw new Error(`The CNN pools twice by 2 × 2: its images need a side of at least 4 pixels, not ${side}.`); // prettier-ignore
  const first = convPlan(side, k, 1, c1);
  const second = convPlan(first.pooled, k, c1, c2);
  const flat = second.pooled * second.pooled * c2;
  const hidden = 2 * c2;
  const blocks: ParamBlock[] = [];
  let offset = 0;
  const add = (name: string, shape: number[], fanIn: number): void => {
    const size = shape.reduce((a, b) => a * b, 1);
    blocks.push({ name, shape, offset, size, fanIn });
    offset += size;
  };
  add('conv1.kernel', [k, k, 1, c1], k * k);
  add('conv1.bias', [c1], 0);
  add('conv2.kernel', [k, k, c1, c2], k * k * c1);
  add('conv2.bias', [c2], 0);
  add('dense1.kernel', [flat, hidden], flat);
  add('dense1.bias', [hidden], 0);
  add('dense2.kernel', [hidden, 1], hidden);
  add('dense2.bias', [1], 0);
  return { spec, convs: [first, second], flat, hidden, blocks, numParams: offset };
}

/**
 * flax's default start: every kernel entry from lecun_normal, N(0, 1/fanIn) truncated to two
 * standard deviations (drawn by rejection from rng, block by block in θ's order); biases 0.
 */
export function cnnInit(layout: CnnLayout, rng: Rng): Float64Array {
  const theta = new Float64Array(layout.numParams);
  for (const b of layout.blocks) {
    if (b.fanIn === 0) continue;
    const std = Math.sqrt(1 / b.fanIn) / TRUNCATED_STD;
    for (let i = b.offset; i < b.offset + b.size; i++) {
      let z = rng.normal();
      while (Math.abs(z) >= 2) z = rng.normal();
      theta[i] = std * z;
    }
  }
  return theta;
}

/** scikit-learn's StandardScaler fitted on the train rows: each feature to mean 0, variance 1. */
export function fitStandard(x: Float64Array, d: number): (rows: Float64Array) => Float64Array {
  const rows = x.length / d;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let i = 0; i < x.length; i++) mean[i % d] = mean[i % d]! + x[i]! / rows;
  for (let i = 0; i < x.length; i++) scale[i % d] = scale[i % d]! + (x[i]! - mean[i % d]!) ** 2 / rows; // prettier-ignore
  // As sklearn: a constant feature is centred and left unscaled.
  for (let f = 0; f < d; f++) scale[f] = scale[f]! > 0 ? Math.sqrt(scale[f]!) : 1;
  return (r) => r.map((v, i) => (v - mean[i % d]!) / scale[i % d]!);
}

type CnnEngine = typeof CnnTfjs;
let engine: CnnEngine | null = null;
let loading: Promise<void> | null = null;

/** Downloads and starts TensorFlow.js for the CNN (once; later calls share the first). */
export function loadCnnEngine(): Promise<void> {
  loading ??= import('./cnnTfjs')
    .then(async (m) => {
      await m.initTfjs();
      engine = m;
    })
    .catch((err: unknown) => {
      loading = null; // a failed download may work next time
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(`TensorFlow.js, which the CNN runs on, could not be loaded (${detail}). Reload the page, or untick the CNN.`); // prettier-ignore
    });
  return loading;
}

/** The loaded engine; throws if loadCnnEngine has not finished. */
export function cnnEngine(): CnnEngine {
  if (!engine)
    throw new Error('The CNN runs on TensorFlow.js, which is not loaded yet: await loadCnnEngine() (the benchmark’s prepare does) before fitting it.'); // prettier-ignore
  return engine;
}

/** The side s of the square images that rows of d features are; throws if d is not a square. */
export function imageSide(d: number): number {
  const s = Math.round(Math.sqrt(d));
  if (s * s !== d)
    throw new Error(`The CNN reads each row as a square image, but ${d} features are not s × s pixels.`); // prettier-ignore
  return s;
}

/** Multiply-adds of one image's forward pass: im2col and kernel products, dense layers. */
export function forwardCost(layout: CnnLayout): number {
  let cost = layout.flat * layout.hidden + layout.hidden;
  for (const p of layout.convs)
    cost += p.offsets.length * p.positions * (p.grid * p.grid * p.inChannels + p.inChannels * p.outChannels); // prettier-ignore
  return cost;
}

/** The largest power of two ≤ x, within [1, cap]. */
const rowsFor = (x: number, cap: number): number =>
  Math.min(cap, 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, x)))));

/** Rows per gradient chunk: a power of two (≤ the batch of 32) costing about CHUNK_COST. */
export function gradientChunk(layout: CnnLayout): number {
  return rowsFor(CHUNK_COST / forwardCost(layout), BATCH_SIZE);
}

export interface CnnFitOptions extends FitOptions {
  /** Output channels of the convolutions; CNN_CHANNELS (smaller ones make tests quick). */
  channels?: readonly [number, number];
  /** Rows per gradient chunk; by default a power of two costing about CHUNK_COST. */
  chunkRows?: number;
}

export type CnnScore = CellScore & { steps: number; converged: boolean };

/** A CNN cell under way: training, then scoring, a slice at a time. */
export interface CnnFit {
  /** Works until done or performance.now() passes `deadline`; the score when done, else null. */
  advance(deadline: number): CnnScore | null;
  /** Steps taken so far and the last batch's loss. */
  readonly steps: number;
  readonly loss: number;
}

/**
 * Starts fitting the study's CNN on rows that are s × s images: inputs standardised by the train
 * rows (the study's StandardScaler), lecun_normal start from `seed`, then the study's train():
 * Adam at `learningRate` on batches of 32 rows drawn with replacement, sigmoid cross-entropy,
 * stopped when the loss is flat over 200 steps (hasConverged) or after 10 000; every row is then
 * scored, +1 where f > 0. The same seed and chunk size give the same fit.
 */
export function startCnnFit(
  data: TabularData,
  hyper: { kernel: number; learningRate: number },
  seed: number,
  opts: CnnFitOptions = {},
): CnnFit {
  const side = imageSide(data.d);
  const layout = cnnLayout({ side, kernel: hyper.kernel, channels: opts.channels ?? CNN_CHANNELS });
  const net = cnnEngine().createCnnNet(layout);
  const scale = fitStandard(data.xTrain, data.d);
  const xTrain = scale(data.xTrain);
  const xTest = scale(data.xTest);
  const { yTrain } = data;
  const nTrain = yTrain.length;
  if (nTrain === 0) throw new Error('The CNN has no training rows to learn from.');

  const batch = BATCH_SIZE;
  const k = opts.convergenceInterval ?? CONVERGENCE_INTERVAL;
  const maxSteps = opts.maxSteps ?? MAX_STEPS;
  const chunk = Math.max(1, Math.min(batch, opts.chunkRows ?? gradientChunk(layout)));
  const rng = createRng(seed);
  const theta = cnnInit(layout, rng);
  const adam = createOptimizer({ name: 'adam', learningRate: hyper.learningRate, l2: 0 }, theta.length); // prettier-ignore
  const grad = new Float64Array(theta.length);
  const part = new Float64Array(theta.length);
  const idx = new Int32Array(batch);
  const losses = new Float64Array(Math.max(0, maxSteps));
  let steps = 0;
  let loss = NaN;
  /** Rows of the current batch whose gradient is in grad, and their share of its loss. */
  let rowsDone = 0;
  let batchLoss = 0;
  let converged = false;
  let cancelled = false;
  let diverged = false;
  let trained = maxSteps <= 0;

  /** One chunk of the current batch, and Adam's step once the batch is complete. */
  const trainChunk = (): void => {
    if (rowsDone === 0) {
      for (let i = 0; i < batch; i++) idx[i] = rng.int(nTrain);
      grad.fill(0);
      batchLoss = 0;
    }
    const to = Math.min(batch, rowsDone + chunk);
    const w = (to - rowsDone) / batch;
    part.fill(0);
    batchLoss += w * net.lossAndGrad(theta, xTrain, yTrain, idx.subarray(rowsDone, to), part);
    for (let i = 0; i < part.length; i++) grad[i] = grad[i]! + w * part[i]!;
    rowsDone = to === batch ? 0 : to;
    if (rowsDone > 0) return;
    adam.step(theta, grad);
    const step = steps;
    losses[step] = loss = batchLoss;
    steps = step + 1;
    opts.onProgress?.(step, loss);
    if (Number.isNaN(loss)) diverged = trained = true;
    else if (hasConverged(losses, step, k)) converged = trained = true;
    else if (steps >= maxSteps) trained = true;
  };

  const rows = nTrain + data.yTest.length;
  const scoreRows = rowsFor((3 * CHUNK_COST) / forwardCost(layout), 256);
  const predicted = new Int8Array(rows);
  let scored = 0;
  /** Labels of the next chunk of rows (train rows, then test rows). */
  const scoreChunk = (): void => {
    const from = scored;
    const to = Math.min(from < nTrain ? nTrain : rows, from + scoreRows);
    const d = data.d;
    const x = from < nTrain ? xTrain.subarray(from * d, to * d) : xTest.subarray((from - nTrain) * d, (to - nTrain) * d); // prettier-ignore
    const f = net.logits(theta, x, to - from);
    for (let i = 0; i < f.length; i++) predicted[from + i] = f[i]! > 0 ? 1 : -1;
    scored = to;
  };
  const score = (): CnnScore => {
    const note = cancelled
      ? 'Training was stopped before it converged.'
      : diverged
        ? 'The loss became NaN; training stopped.'
        : converged
          ? undefined
          : `The loss had not converged after ${steps} steps.`;
    return {
      trainAccuracy: accuracy(predicted.subarray(0, nTrain), yTrain),
      testAccuracy: accuracy(predicted.subarray(nTrain), data.yTest),
      steps,
      converged,
      ...(note ? { note } : {}),
    };
  };

  return {
    advance(deadline) {
      for (;;) {
        if (!trained && opts.isCancelled?.()) cancelled = trained = true;
        if (!trained) trainChunk();
        else if (scored < rows) scoreChunk();
        else return score();
        if (performance.now() > deadline && (!trained || scored < rows)) return null;
      }
    },
    get steps() {
      return steps;
    },
    get loss() {
      return loss;
    },
  };
}
