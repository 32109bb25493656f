// The sequence task on the page: the series and training settings, the quantum recurrent network
// beside a classical one, and their forecasts. Its own panels load when the task is first opened.
import { NoisePanel } from '../../panels/NoisePanel';
import { TrainingPanel } from '../../panels/TrainingPanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const SeriesPanel = lazyPanel(load, (m) => m.SeriesPanel);
const SequenceModelPanel = lazyPanel(load, (m) => m.SequenceModelPanel);
const SequenceResults = lazyPanel(load, (m) => m.SequenceResults);

export const sequenceUi: TaskUi = {
  subtitle:
    'A quantum recurrent network forecasts a time series from a window of past values, next to a classical recurrent network of about its size.', // prettier-ignore
  settings: [
    { hide: 'data', Panel: SeriesPanel },
    { hide: 'training', Panel: TrainingPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: SequenceModelPanel,
  Results: SequenceResults,
  features: (e) => (e.task === 'sequence' ? e.data.window : 0),
};
