// The benchmark task's cells (issue 12): the time to fit one cell of the d = 10 IQP kernel (the
// states of 300 rows on 10 qubits, a 240 × 240 and a 60 × 240 Gram matrix, the SVM), of the
// classical SVM and MLP beside it, of data re-uploading (4 qubits) to convergence, and one
// training step (32 rows, forward and adjoint gradient) of the 10-qubit IQP variational model,
// whose cells take thousands of such steps. On the two-curves set; best of a few runs, in ms.

import { createRng } from '../workers/sim';
import { benchmarkDataset } from '../workers/ml/benchmark/data';
import { fitCell } from '../workers/ml/benchmark/fitCell';
import { createIqpVariationalModel } from '../workers/ml/benchmark/iqpVariationalModel';

export interface BenchmarkTaskBench {
  iqpKernel10CellMs: number;
  svm10CellMs: number;
  mlp10CellMs: number;
  reuploading10CellMs: number;
  iqpVariational10StepMs: number;
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

/**
 * One training step of the IQP variational model at d = 10 (defaults: 1 repeat, 5 layers): best
 * of 10 on the same rows, so the embedding's states are the kept ones from the first, as in a cell
 * once its first steps have kept its train rows' (bench/iqpVariationalCell.ts times a whole one).
 */
function iqpVariationalStepMs(x: Float64Array, y: Int8Array): number {
  const model = createIqpVariationalModel(10, 1, 5);
  const theta = model.init(createRng(1));
  const grad = new Float64Array(model.numParams);
  const idx = Int32Array.from({ length: 32 }, (_, i) => (7 * i) % y.length);
  return bestMs(10, () => model.lossAndGrad(theta, x, y, idx, grad));
}

export function benchmarkTaskBench(): BenchmarkTaskBench {
  const data = benchmarkDataset('curves').generate(10, 1);
  return {
    iqpKernel10CellMs: bestMs(3, () => fitCell('iqpKernel', data, {}, 1)),
    svm10CellMs: bestMs(5, () => fitCell('svm', data, {}, 1)),
    mlp10CellMs: bestMs(3, () => fitCell('mlp', data, {}, 1)),
    reuploading10CellMs: bestMs(2, () => fitCell('reuploading', data, {}, 1)),
    iqpVariational10StepMs: iqpVariationalStepMs(data.xTrain, data.yTrain),
  };
}
