// The optimisation task on the page: problem and training settings, the QAOA settings with the
// graph editor, and the results beside brute force, simulated annealing and greedy search.
import { TrainingPanel } from '../../panels/TrainingPanel';
import type { TaskUi } from '../taskUi';
import { QaoaProblemPanel } from './ProblemPanel';
import { QaoaPanel } from './QaoaPanel';
import { QaoaResults } from './QaoaResults';

export const qaoaUi: TaskUi = {
  subtitle:
    'QAOA looks for the best answer to a cut, portfolio or routing problem, next to brute force, simulated annealing and greedy search.',
  settings: [
    { hide: 'problem', Panel: QaoaProblemPanel },
    { hide: 'training', Panel: TrainingPanel },
  ],
  Model: QaoaPanel,
  Results: QaoaResults,
  features: 0,
};
