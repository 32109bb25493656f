// What a lesson can check in the matrix-multiplication task: the success probability of the
// post-selection, how far the amplitudes are from (AB)/(‖A‖‖B‖), the matrices' size, and the
// error of the estimate from the shots drawn so far.
import type { MatmulInfo } from '../../../workers/protocol';
import type { LessonMetrics, RunView } from '../lessonMetric';

const info = (run: RunView): MatmulInfo | null => (run.info?.task === 'matmul' ? run.info : null);

export const matmulMetrics: LessonMetrics = {
  success: { label: 'success probability p', read: (run) => info(run)?.success ?? null },
  difference: {
    label: 'largest difference between the amplitudes and AB/(‖A‖‖B‖)',
    read: (run) => {
      const m = info(run);
      return m ? Math.max(...m.amplitudes.map((a, k) => Math.abs(a - m.expected[k]!))) : null;
    },
  },
  size: { label: 'size n of the matrices', read: (run) => info(run)?.n ?? null },
  estimateError: {
    label: 'relative error of |AB| estimated from the shots',
    read: (run) => run.pictures.matmulEstimate?.estimate.error ?? null,
  },
};
