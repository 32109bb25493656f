// Flagship throughput: epochs per second of the default experiment (quantum + classical, both
// trained and evaluated every epoch, as the worker does), and for comparison the same classical
// epoch done with TensorFlow.js ops (why the baseline is hand-written).

import * as tf from '@tensorflow/tfjs';
import { defaultExperiment } from '../src/experiment/defaults';
import { matchHidden } from '../workers/ml/baseline/size';
import { generateDataset, splitDataset } from '../workers/ml/data';
import { createSession } from '../workers/ml/session';
import { createRng } from '../workers/sim';

/** How many times a second `fn` runs, over about `ms` after a few warm-up runs. */
function perSecond(fn: () => void, ms: number): number {
  for (let i = 0; i < 5; i++) fn();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    fn();
    n++;
  }
  return (n * 1000) / (performance.now() - t0);
}

/** Epochs per second of the default experiment with `points` data points, over about `ms`. */
export function flagshipEpochsPerSecond(points: number, ms = 2000): number {
  const exp = defaultExperiment();
  exp.data.points = points;
  exp.training.epochs = 1_000_000;
  const s = createSession(exp);
  return perSecond(() => s.step(), ms);
}

/** The classical model alone (our MLP): one training epoch plus evaluation on both splits. */
export function mlpEpochsPerSecond(points: number, ms = 1500): number {
  const exp = defaultExperiment();
  exp.data.points = points;
  const s = createSession(exp);
  const { train, test } = s.info;
  const rng = createRng(1);
  const epoch = (): void => {
    s.classical.trainEpoch(train, exp.training.batchSize, rng);
    s.classical.evaluate(train);
    s.classical.evaluate(test);
  };
  return perSecond(epoch, ms);
}

/** The same classical epoch (MLP sized like the default, Adam, batch 16, plus evaluation) in tfjs. */
export async function tfjsEpochsPerSecond(points: number, ms = 2000): Promise<number> {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  const exp = defaultExperiment();
  const all = generateDataset({ name: 'circle', points, noise: 0, seed: 1 });
  const { train, test } = splitDataset(all, exp.data.trainRatio, 1);
  const hidden = matchHidden(15, 2, 2);
  const sizes = [2, ...hidden, 2];
  const rng = createRng(1);
  const vars: tf.Variable[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    vars.push(tf.variable(tf.randomUniform([sizes[l]!, sizes[l + 1]!], -1, 1, 'float32', 1)));
    vars.push(tf.variable(tf.zeros([sizes[l + 1]!])));
  }
  const logits = (x: tf.Tensor2D): tf.Tensor2D => {
    let h: tf.Tensor2D = x;
    for (let l = 0; l < vars.length; l += 2) {
      h = tf.add(tf.matMul(h, vars[l] as tf.Tensor2D), vars[l + 1]!);
      if (l + 2 < vars.length) h = tf.tanh(h);
    }
    return h;
  };
  const xs = (d: typeof train) => tf.tensor2d(Float32Array.from(d.x), [d.y.length, 2]);
  const ys = (d: typeof train) =>
    tf.oneHot(tf.tensor1d(Array.from(d.y), 'int32'), 2) as tf.Tensor2D;
  const opt = tf.train.adam(exp.training.learningRate);
  const epoch = (): void => {
    const m = train.y.length;
    const order = Array.from({ length: m }, (_, i) => i).sort(() => rng.next() - 0.5);
    for (let s = 0; s < m; s += exp.training.batchSize) {
      const idx = order.slice(s, s + exp.training.batchSize);
      tf.tidy(() => {
        const x = tf.gather(xs(train), idx) as tf.Tensor2D;
        const y = tf.gather(ys(train), idx) as tf.Tensor2D;
        opt.minimize(() => tf.losses.softmaxCrossEntropy(y, logits(x)) as tf.Scalar, false, vars);
      });
    }
    for (const d of [train, test])
      tf.tidy(() => tf.losses.softmaxCrossEntropy(ys(d), logits(xs(d))).dataSync());
  };
  return perSecond(epoch, ms);
}
