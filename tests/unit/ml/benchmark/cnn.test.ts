// The benchmark's CNN (cnnModel.ts, cnnTfjs.ts): its layout and start, its forward pass against a
// hand computation and against tfjs's own conv2d and maxPool, its gradient against tfjs autodiff of
// that reference, determinism, no tensor left behind, learning bars and stripes, and the cells it
// skips. tfjs is loaded only after the first block has checked that nothing loads it unasked.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import { skipReason } from '../../../../src/experiment/tasks/benchmark/cells';
import type { BenchmarkExperiment } from '../../../../src/experiment/types';
import { normalised } from '../../../../src/tasks/benchmark/benchmarkEdits';
import {
  CNN_CHANNELS,
  cnnEngine,
  cnnInit,
  cnnLayout,
  convPlan,
  forwardCost,
  gradientChunk,
  startCnnFit,
  type CnnLayout,
} from '../../../../workers/ml/benchmark/cnnModel';
import { generateBarsAndStripes } from '../../../../workers/ml/benchmark/data/barsAndStripes';
import { canFit, prepareModels, startCell } from '../../../../workers/ml/benchmark/fitCell';
import type { BenchmarkReport } from '../../../../workers/protocol';
import { createRng } from '../../../../workers/sim';
import { benchmarkRunner } from '../../../../workers/tasks/benchmark/runner';

const sweep = (dataset: 'linear' | 'bars', difficulties: number[]) => ({ dataset, difficulties, seeds: 1 }); // prettier-ignore
const experiment = (patch: Partial<BenchmarkExperiment>): BenchmarkExperiment =>
  normalised({ ...benchmarkSchema.defaults(), ...patch });
const cnnDefaults = { id: 'cnn' as const, hyper: { kernel: 3, learningRate: 0.001 } };

/** |a − b| ≤ tol·(1 + |b|) entry by entry: absolute near 0, relative for large values. */
function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!);
    if (!(gap <= tol * (1 + Math.abs(b[i]!))))
      throw new Error(`entry ${i}: ${a[i]} vs ${b[i]} (gap ${gap} > ${tol}·(1 + |b|))`);
  }
}

describe('the CNN before tfjs is loaded', () => {
  it('skips its cells on a data set of plain rows, with the reason, and loads nothing for them', async () => {
    expect(skipReason(sweep('linear', [4]), 'cnn', 4)).toBe('The CNN reads images: pick Bars and stripes.'); // prettier-ignore
    expect(skipReason(sweep('bars', [4, 8]), 'cnn', 8)).toBeNull();
    // The feature limit is as it was, for the CNN and the others.
    expect(skipReason(sweep('bars', [8]), 'iqpKernel', 8)).toBe('IQP kernel takes at most 12 features; here d = 64.'); // prettier-ignore
    expect(skipReason(sweep('linear', [4]), 'mlp', 4)).toBeNull();
    const e = experiment({ sweep: sweep('linear', [4]), models: [cnnDefaults] });
    await benchmarkRunner.prepare(e);
    expect(() => cnnEngine()).toThrow(/not loaded yet/);
    const cell = (benchmarkRunner.create(e).step() as BenchmarkReport).cell!;
    expect(cell.skipped).toBe('The CNN reads images: pick Bars and stripes.');
  });

  it('refuses to fit until tfjs is loaded, saying so', () => {
    expect(canFit('cnn')).toBe(true);
    const data = generateBarsAndStripes(4, 1, { nTrain: 8, nTest: 4 });
    expect(() => startCell('cnn', data, {}, 1)).toThrow(/TensorFlow.js, which is not loaded yet/);
  });
});

describe('the CNN’s layout and start', () => {
  it('has the study’s blocks: conv 3 × 3 → 32, conv → 64, dense 128, dense 1', () => {
    const four = cnnLayout({ side: 4, kernel: 3, channels: CNN_CHANNELS });
    expect(four.blocks.map((b) => [b.name, b.shape.join('×')])).toEqual([
      ['conv1.kernel', '3×3×1×32'],
      ['conv1.bias', '32'],
      ['conv2.kernel', '3×3×32×64'],
      ['conv2.bias', '64'],
      ['dense1.kernel', '64×128'],
      ['dense1.bias', '128'],
      ['dense2.kernel', '128×1'],
      ['dense2.bias', '1'],
    ]);
    expect(four.numParams).toBe(320 + 18496 + 8320 + 129);
    // 8 × 8 pools to 4 × 4, then 2 × 2: four positions of 64 channels reach the dense layer.
    expect(cnnLayout({ side: 8, kernel: 3, channels: CNN_CHANNELS }).flat).toBe(256);
    expect(() => cnnLayout({ side: 3, kernel: 3, channels: [2, 2] })).toThrow(/at least 4 pixels/);
  });

  it('cuts a batch into chunks only where it is slow: whole at s = 4, 4 rows at s = 8 (k = 3)', () => {
    const layout = (side: number, kernel: number) => cnnLayout({ side, kernel, channels: CNN_CHANNELS }); // prettier-ignore
    expect(forwardCost(layout(4, 3))).toBe(9 * 16 * (16 + 32) + 9 * 4 * (4 * 32 + 32 * 64) + 64 * 128 + 128); // prettier-ignore
    expect([gradientChunk(layout(4, 2)), gradientChunk(layout(4, 3)), gradientChunk(layout(4, 5))]).toEqual([32, 32, 16]); // prettier-ignore
    expect([gradientChunk(layout(8, 2)), gradientChunk(layout(8, 3)), gradientChunk(layout(8, 5))]).toEqual([8, 4, 2]); // prettier-ignore
  });

  it('reads the pooled positions in (corner, window) order and drops offsets that see only padding', () => {
    // k = 1 on 4 × 4: position p = corner·4 + window sees one pixel.
    const one = convPlan(4, 1, 1, 1);
    const pixelOf = (p: number) => one.shift.subarray(p * 16, p * 16 + 16).indexOf(1);
    expect(Array.from({ length: 16 }, (_, p) => pixelOf(p))).toEqual([0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15]); // prettier-ignore
    // On a 2 × 2 grid a 5 × 5 kernel reaches the grid only through its middle 3 × 3.
    expect(Array.from(convPlan(2, 5, 1, 1).offsets)).toEqual([6, 7, 8, 11, 12, 13, 16, 17, 18]);
    // 'same' padding of an even kernel goes after: offset (0, 0) of 2 × 2 is the pixel itself.
    expect(convPlan(4, 2, 1, 1).offsets.length).toBe(4);
    // A 3 × 3 grid pools its top-left 2 × 2 only.
    expect(convPlan(3, 1, 1, 1).positions).toBe(4);
  });

  it('starts kernels from lecun_normal (truncated at 2σ, σ = 1/√fan-in) and biases at 0, by seed', () => {
    const layout = cnnLayout({ side: 8, kernel: 3, channels: CNN_CHANNELS });
    const theta = cnnInit(layout, createRng(5));
    expect(Array.from(cnnInit(layout, createRng(5)))).toEqual(Array.from(theta));
    expect(cnnInit(layout, createRng(6))[0]).not.toBe(theta[0]);
    for (const b of layout.blocks) {
      const v = theta.subarray(b.offset, b.offset + b.size);
      if (b.fanIn === 0) {
        expect(v.every((x) => x === 0)).toBe(true);
        continue;
      }
      const sigma = Math.sqrt(1 / b.fanIn);
      expect(v.every((x) => Math.abs(x) < (2 * sigma) / 0.8796256610342398)).toBe(true);
      if (b.size < 1000) continue;
      const std = Math.sqrt(v.reduce((s, x) => s + x * x, 0) / b.size);
      expect(Math.abs(std / sigma - 1)).toBeLessThan(0.05);
    }
  });
});

/** θ from the layout's blocks given block by block. */
function thetaOf(layout: CnnLayout, blocks: number[][]): Float64Array {
  const theta = new Float64Array(layout.numParams);
  layout.blocks.forEach((b, i) => theta.set(blocks[i]!, b.offset));
  return theta;
}

/** θ as tfjs tensors, one flat tensor per block. */
const blockTensors = (layout: CnnLayout, theta: Float64Array): tf.Tensor[] =>
  layout.blocks.map((b) => tf.tensor1d(Float32Array.from(theta.subarray(b.offset, b.offset + b.size)))); // prettier-ignore

/** The same network written with tfjs's own layers (conv2d 'same', maxPool 'valid', NHWC). */
function referenceLogits(layout: CnnLayout, blocks: tf.Tensor[], x: tf.Tensor4D): tf.Tensor1D {
  const p = blocks.map((t, i) => tf.reshape(t, [...layout.blocks[i]!.shape]));
  let h = tf.maxPool(tf.add(tf.conv2d(x, p[0] as tf.Tensor4D, 1, 'same'), p[1]!) as tf.Tensor4D, 2, 2, 'valid'); // prettier-ignore
  h = tf.maxPool(tf.add(tf.conv2d(h, p[2] as tf.Tensor4D, 1, 'same'), p[3]!) as tf.Tensor4D, 2, 2, 'valid'); // prettier-ignore
  const flat = tf.reshape(h, [x.shape[0], layout.flat]) as tf.Tensor2D;
  const hidden = tf.relu(tf.add(tf.matMul(flat, p[4] as tf.Tensor2D), p[5]!)) as tf.Tensor2D;
  return tf.reshape(tf.add(tf.matMul(hidden, p[6] as tf.Tensor2D), p[7]!), [x.shape[0]]);
}

describe('the CNN in tfjs', () => {
  beforeAll(async () => {
    await prepareModels(['cnn']);
  });

  it('computes f of a hand-made 4 × 4 image as by hand', () => {
    // 2 × 2 kernels, one channel each, hidden 2. Image: pixels 1 … 16 row by row, and its negative.
    const layout = cnnLayout({ side: 4, kernel: 2, channels: [1, 1] });
    // conv1 copies the image; pool → [6, 8; 14, 16]; conv2 sums each 2 × 2 window, padded after
    // (34, 14; 20, 6 with the bias −10); pool → 34; dense1 → relu(34, −34) = (34, 0);
    // f = 0.5·34 + 3·0 − 1 = 16. The negative image: pool → [−1, −3; −9, −11]; conv2 →
    // (−34, −24; −30, −21); pool → −21; relu(−21, 21) = (0, 21); f = 3·21 − 1 = 62.
    const theta = thetaOf(layout, [[1, 0, 0, 0], [0], [1, 1, 1, 1], [-10], [1, -1], [0, 0], [0.5, 3], [-1]]); // prettier-ignore
    const image = Array.from({ length: 16 }, (_, i) => i + 1);
    const x = Float64Array.from([...image, ...image.map((v) => -v)]);
    expect(Array.from(cnnEngine().createCnnNet(layout).logits(theta, x, 2))).toEqual([16, 62]);
  });

  for (const [side, kernel] of [
    [4, 2],
    [4, 3],
    [4, 5],
    [6, 3],
    [8, 2],
    [8, 3],
    [8, 5],
  ] as const) {
    it(`matches tf.conv2d and tf.maxPool on random weights (s = ${side}, k = ${kernel}; 1e-4)`, () => {
      const layout = cnnLayout({ side, kernel, channels: [3, 4] });
      const rng = createRng(side * 10 + kernel);
      const theta = cnnInit(layout, rng);
      for (const b of layout.blocks) if (b.fanIn === 0) for (let i = 0; i < b.size; i++) theta[b.offset + i] = rng.normal() * 0.3; // prettier-ignore
      const rows = 5;
      const x = Float64Array.from({ length: rows * side * side }, () => rng.normal());
      const ours = cnnEngine().createCnnNet(layout).logits(theta, x, rows);
      const ref = tf.tidy(() => referenceLogits(layout, blockTensors(layout, theta), tf.tensor4d(Float32Array.from(x), [rows, side, side, 1])).dataSync()); // prettier-ignore
      expectClose(ours, ref, 1e-4);
    });
  }

  for (const [side, kernel] of [
    [4, 3],
    [4, 5],
    [8, 2],
  ] as const) {
    it(`gives the loss and gradient of tfjs autodiff of the reference (s = ${side}, k = ${kernel}; 1e-4)`, () => {
      const layout = cnnLayout({ side, kernel, channels: [3, 4] });
      const rng = createRng(kernel);
      const theta = cnnInit(layout, rng);
      const rows = 12;
      const x = Float64Array.from({ length: rows * side * side }, () => rng.normal());
      const y = Int8Array.from({ length: rows }, () => (rng.next() < 0.5 ? -1 : 1));
      const idx = Int32Array.from([3, 0, 7, 7, 11, 2]);
      const grad = new Float64Array(layout.numParams).fill(0.5);
      const loss = cnnEngine().createCnnNet(layout).lossAndGrad(theta, x, y, idx, grad);
      const refGrad = new Float64Array(layout.numParams);
      const refLoss = tf.tidy(() => {
        const images = tf.tensor4d(Float32Array.from(Array.from(idx).flatMap((i) => Array.from(x.subarray(i * side * side, (i + 1) * side * side)))), [idx.length, side, side, 1]); // prettier-ignore
        const labels = tf.tensor1d(Float32Array.from(idx, (i) => (y[i]! > 0 ? 1 : 0)));
        const reference = (...blocks: tf.Tensor[]): tf.Scalar =>
          tf.losses.sigmoidCrossEntropy(labels, referenceLogits(layout, blocks, images)) as tf.Scalar; // prettier-ignore
        const { value, grads } = tf.valueAndGrads(reference)(blockTensors(layout, theta));
        layout.blocks.forEach((b, i) => refGrad.set(grads[i]!.dataSync(), b.offset));
        return value.dataSync()[0]!;
      });
      expectClose([loss], [refLoss], 1e-5);
      // grad was 0.5 everywhere: the gradient is added to it.
      expectClose(
        grad.map((g) => g - 0.5),
        refGrad,
        1e-4,
      );
    });
  }

  it('fits the same cell twice to the same loss curve and score, another seed to another', () => {
    const data = generateBarsAndStripes(4, 2, { nTrain: 64, nTest: 32 });
    const run = (seed: number) => {
      const losses: number[] = [];
      const score = startCnnFit(data, { kernel: 3, learningRate: 0.01 }, seed, { channels: [4, 8], maxSteps: 25, onProgress: (_, l) => losses.push(l) }).advance(Infinity); // prettier-ignore
      return { losses, score };
    };
    const a = run(3);
    expect(a.losses.length).toBe(25);
    expect(run(3)).toEqual(a);
    expect(run(4).losses).not.toEqual(a.losses);
    expect(a.score!.note).toBe('The loss had not converged after 25 steps.');
  });

  it('sums a batch’s gradient over chunks of rows to the step of the whole batch (1e-6, then 1e-3)', () => {
    const data = generateBarsAndStripes(4, 5, { nTrain: 64, nTest: 8 });
    const curve = (chunkRows: number) => {
      const losses: number[] = [];
      startCnnFit(data, { kernel: 3, learningRate: 0.01 }, 2, { channels: [4, 8], maxSteps: 6, chunkRows, onProgress: (_, l) => losses.push(l) }).advance(Infinity); // prettier-ignore
      return losses;
    };
    const whole = curve(32);
    for (const rows of [4, 5]) {
      const chunked = curve(rows);
      // The same first batch at the same start; later steps differ by float32 rounding only.
      expectClose(chunked.slice(0, 1), whole.slice(0, 1), 1e-6);
      expectClose(chunked, whole, 1e-3);
    }
  });

  it('leaves no tensor behind, in slices or at once', () => {
    const data = generateBarsAndStripes(8, 3, { nTrain: 40, nTest: 40 });
    const before = tf.memory().numTensors;
    const fit = startCnnFit(data, { kernel: 5, learningRate: 0.01 }, 1, { channels: [3, 4], maxSteps: 3, chunkRows: 8 }); // prettier-ignore
    // A deadline already past: one chunk of a batch, or of the scoring, per call.
    let calls = 0;
    while (!fit.advance(0)) {
      calls++;
      expect(tf.memory().numTensors).toBe(before);
    }
    expect(calls).toBeGreaterThanOrEqual(3 * 4);
    expect(tf.memory().numTensors).toBe(before);
    startCell('cnn', data, { kernel: 2 }, 1, { maxSteps: 3 }).advance(Infinity);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('learns bars and stripes at s = 4 to ≥ 0.9 test accuracy in 200 steps (the study’s defaults)', () => {
    // 200 of the study's steps (batches of 32, Adam at 0.001, kernel 3 × 3, 32 and 64 channels):
    // about 6 s on an idle 2-core machine. Images with no line or every line lit are in both
    // classes (1 in 8), so about 0.94 is the best any model can do.
    const data = generateBarsAndStripes(4, 1);
    const score = startCell('cnn', data, {}, 1, { maxSteps: 200 }).advance(Infinity)!;
    expect(score.trainAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.testAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
