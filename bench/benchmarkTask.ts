// The benchmark task's cells (issue 12): the time to fit one cell of the d = 10 IQP kernel (the
// states of 300 rows on 10 qubits, a 240 × 240 and a 60 × 240 Gram matrix, the SVM) and of the
// classical SVM beside it, on the two-curves set. Best of a few runs, in ms.

import { benchmarkDataset } from '../workers/ml/benchmark/data';
import { fitKernelModel } from '../workers/ml/benchmark/fitKernel';

export interface BenchmarkTaskBench {
  iqpKernel10CellMs: number;
  svm10CellMs: number;
}

function bestMs(reps: number, f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export function benchmarkTaskBench(): BenchmarkTaskBench {
  const data = benchmarkDataset('curves').generate(10, 1);
  return {
    iqpKernel10CellMs: bestMs(3, () => fitKernelModel('iqpKernel', data, {}, 1)),
    svm10CellMs: bestMs(5, () => fitKernelModel('svm', data, {}, 1)),
  };
}
