// The optimisation task on the page: problem and training settings, the QAOA settings with the
// graph editor, and the results beside brute force, simulated annealing and greedy search.
// Its own panels load when the task is first opened (panels.ts), not with the page.
import { NoisePanel } from '../../panels/NoisePanel';
import { TrainingPanel } from '../../panels/TrainingPanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const QaoaProblemPanel = lazyPanel(load, (m) => m.QaoaProblemPanel);
const QaoaPanel = lazyPanel(load, (m) => m.QaoaPanel);
const QaoaResults = lazyPanel(load, (m) => m.QaoaResults);

export const qaoaUi: TaskUi = {
  subtitle:
    'QAOA looks for the best answer to a cut, portfolio or routing problem, next to brute force, simulated annealing and greedy search.',
  settings: [
    { hide: 'problem', Panel: QaoaProblemPanel },
    { hide: 'training', Panel: TrainingPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: QaoaPanel,
  Results: QaoaResults,
  features: () => 0,
};
