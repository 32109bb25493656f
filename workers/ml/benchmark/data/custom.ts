// The user's own data set (a CSV file the schema has parsed): each seed splits its rows at random,
// 80% train and 20% test, and standardises every feature by the train rows' mean and deviation
// (a constant feature becomes 0), which the test rows then share.

import { parseBenchmarkCsv } from '../../../../src/experiment/tasks/benchmark/csvData';
import { createRng } from '../../../sim';
import type { TabularData } from '../types';
import { shuffleSplit } from './split';

/** The file's rows split and standardised for `seed`; throws the parser's message on a bad file. */
export function customData(csv: string, seed: number): TabularData {
  const parsed = parseBenchmarkCsv(csv);
  if (!parsed.ok) throw new Error(`Your data: ${parsed.message}`);
  const { d, rows, x, y } = parsed.data;
  const set = shuffleSplit({ d, n: rows, x: x.slice(), y: y.slice() }, createRng(seed));
  const n = set.yTrain.length;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += set.xTrain[i * d + j]! / n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (set.xTrain[i * d + j]! - mean) ** 2 / n;
    const scale = variance > 0 ? 1 / Math.sqrt(variance) : 0;
    for (const x of [set.xTrain, set.xTest])
      for (let i = j; i < x.length; i += d) x[i] = (x[i]! - mean) * scale;
  }
  return set;
}
