// `npx tsx bench/iqpVariationalCell.ts [seed]`: one whole cell of the 10-qubit IQP variational
// model on linearly separable data (defaults: 1 repeat, 5 layers, learning rate 0.001, trained to
// the study's convergence rule, then scored), as the benchmark task fits it: its time, steps and
// time per step. Not in `npm run bench`: a cell takes half a minute or more.

import { performance } from 'node:perf_hooks';
import { benchmarkDataset } from '../workers/ml/benchmark/data';
import { fitCell } from '../workers/ml/benchmark/fitCell';

const seed = Number(process.argv[2] ?? 1);
const data = benchmarkDataset('linear').generate(10, seed);
let steps = 0;
const t = performance.now();
const score = fitCell('iqpVariational', data, {}, seed, { onProgress: (k) => (steps = k + 1) });
const ms = performance.now() - t;
console.log(
  `IQP variational, linearly separable d = 10, seed ${seed}: ${(ms / 1000).toFixed(1)} s, ` +
    `${steps} steps (${(ms / steps).toFixed(2)} ms a step with the scoring), test accuracy ` +
    `${score.testAccuracy.toFixed(3)}`,
);
