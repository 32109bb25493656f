// What a lesson can check while VQE runs: the energy now and how far it is above the exact one.
import type { VqeReport } from '../../../workers/protocol';
import { latest } from '../lessonMetric';
import type { LessonMetrics } from '../lessonMetric';

export const vqeMetrics: LessonMetrics = {
  energy: { label: 'energy in hartree', read: (run) => latest<VqeReport>(run)?.energy ?? null },
  error: {
    label: 'error against the exact energy, in hartree',
    read: (run) => {
      const report = latest<VqeReport>(run);
      return report && run.info?.task === 'vqe' ? report.energy - run.info.exactEnergy : null;
    },
  },
};
