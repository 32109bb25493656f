// What a lesson can check while the classifier trains: each model's accuracy and loss, newest epoch.
import type { EpochReport, ModelMetrics } from '../../../workers/protocol';
import { latest } from '../lessonMetric';
import type { LessonMetric, LessonMetrics, RunView } from '../lessonMetric';

function metric(
  model: 'quantum' | 'classical',
  key: keyof ModelMetrics,
  label: string,
): LessonMetric {
  return { label, read: (run: RunView) => latest<EpochReport>(run)?.[model][key] ?? null };
}

export const classifyMetrics: LessonMetrics = {
  testAccuracy: metric('quantum', 'testAccuracy', 'test accuracy of the quantum model'),
  trainAccuracy: metric('quantum', 'trainAccuracy', 'training accuracy of the quantum model'),
  testLoss: metric('quantum', 'testLoss', 'test loss of the quantum model'),
  classicalTestAccuracy: metric(
    'classical',
    'testAccuracy',
    'test accuracy of the classical model',
  ),
  epoch: { label: 'epochs trained', read: (run) => latest<EpochReport>(run)?.epoch ?? null },
};
