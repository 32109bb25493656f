// Shared by the tests of the sequence task's tfjs baselines (rnnTfjs*.test.ts,
// transformerTfjs.test.ts): a float64 reference of the documented layouts, random windows, the
// loss and the gradient read off one SGD step.
import { expect } from 'vitest';
import {
  createTfjsRnn,
  type RnnSpec,
  type SequenceNet,
} from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';
import type { SequenceBaselineKind } from '../../../../src/experiment/tasks/sequence/types';
import { sgd1 } from '../tfjsHelpers';
import { affine, reader, recurrentReference, transformerReference } from '../tfjsReference';

export const CELLS = ['rnn', 'lstm'] as const;
/** Every classical forecaster: the recurrent cells and the Transformer. */
export const KINDS = [...CELLS, 'transformer'] as const;

/**
 * ŷ of each window in float64, straight from the layouts documented on SequenceNet: Wx (1 × G·h),
 * Wh (h × G·h row-major), b (G·h), Wo (h), bo, LSTM gate blocks i, f, g, o; or the Transformer's
 * Win (1 × d), bin (d), the block, Wout (d × 1), bout.
 */
export function reference(
  cell: SequenceBaselineKind,
  h: number,
  T: number,
  w: ArrayLike<number>,
  inputs: ArrayLike<number>,
  count: number,
): Float64Array {
  if (cell === 'transformer') {
    const r = reader(w);
    const [Win, bin] = [r.take(h), r.take(h)];
    const block = transformerReference(r, h, T);
    const [Wout, bout] = [r.take(h), r.take(1)];
    expect(r.end()).toBe(w.length);
    return Float64Array.from({ length: count }, (_, k) => {
      // e_t = x_t·Win + bin.
      const xs = Array.from({ length: T }, (_, t) => inputs[k * T + t]!);
      const e = xs.map((x) => Win.map((v, j) => x * v + bin[j]!));
      return affine(block(e), Wout, bout)[0]!;
    });
  }
  const G = cell === 'lstm' ? 4 : 1;
  const whAt = G * h;
  const bAt = whAt + h * G * h;
  const woAt = bAt + G * h;
  const boAt = woAt + h;
  expect(boAt + 1).toBe(w.length);
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const input = (t: number, c: number) => inputs[k * T + t]! * w[c]! + w[bAt + c]!;
    const hs = recurrentReference(G, h, T, w, whAt, input);
    let y = w[boAt]!;
    for (let j = 0; j < h; j++) y += hs[j]! * w[woAt + j]!;
    out[k] = y;
  }
  return out;
}

/** `count` windows of `window` values and their targets, uniform in [−1, 1], exact in float32. */
export function randomData(count: number, window: number, seed: number) {
  const rng = createRng(seed);
  const draw = () => Math.fround(2 * rng.next() - 1);
  return {
    x: Float64Array.from({ length: count * window }, draw),
    y: Float64Array.from({ length: count }, draw),
  };
}

/** Mean squared error of the net's forecasts (its float32 outputs, summed in float64). */
export function mse(net: SequenceNet, x: Float64Array, y: Float64Array, count: number): number {
  const p = net.predict(x, count);
  let s = 0;
  for (let k = 0; k < count; k++) s += (p[k]! - y[k]!) ** 2;
  return s / count;
}

/** The gradient at the net's weights, read off one full-batch SGD step of rate 1: θ − θ'. */
export function sgdGradient(spec: RnnSpec, w: readonly number[], x: Float64Array, y: Float64Array) {
  const count = y.length;
  const probe = createTfjsRnn(spec, sgd1, createRng(0));
  probe.setWeights(w);
  const loss = probe.trainEpoch(x, y, count, count, createRng(0));
  const after = probe.weights();
  probe.dispose();
  return { loss, grad: w.map((v, i) => v - after[i]!) };
}
