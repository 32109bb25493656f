// What a lesson can check in the barren-plateau sweep: the points computed so far, the largest
// qubit count reached, and the fitted factor by which the gradient's variance falls per qubit.
import { fitExponential } from '../../experiment/tasks/plateau/fit';
import type { PlateauPoint, PlateauReport } from '../../../workers/protocol';
import type { LessonMetrics, RunView } from '../lessonMetric';

const points = (run: RunView): PlateauPoint[] =>
  (run.history as PlateauReport[]).flatMap((r) => (r.plateau ? [r.plateau] : []));

export const plateauMetrics: LessonMetrics = {
  points: { label: 'qubit counts computed', read: (run) => points(run).length },
  qubits: {
    label: 'largest qubit count computed',
    read: (run) => (points(run).length ? Math.max(...points(run).map((p) => p.n)) : null),
  },
  base: {
    label: 'factor the variance falls by per added qubit',
    read: (run) => fitExponential(points(run))?.base ?? null,
  },
};
