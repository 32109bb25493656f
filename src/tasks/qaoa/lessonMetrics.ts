// What a lesson can check while QAOA trains: the expected score (the cut), the approximation
// ratio, and the probability of measuring a best answer.
import type { QaoaReport } from '../../../workers/protocol';
import { latest } from '../lessonMetric';
import type { LessonMetrics } from '../lessonMetric';

export const qaoaMetrics: LessonMetrics = {
  expected: { label: 'expected score', read: (run) => latest<QaoaReport>(run)?.expected ?? null },
  ratio: { label: 'approximation ratio', read: (run) => latest<QaoaReport>(run)?.ratio ?? null },
  pOptimal: {
    label: 'probability of a best answer',
    read: (run) => latest<QaoaReport>(run)?.pOptimal ?? null,
  },
  depth: { label: 'layers', read: (run) => latest<QaoaReport>(run)?.depth ?? null },
};
