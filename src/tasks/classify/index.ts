// Classification on the page: data and training settings, the two models, and their results.
import { DataPanel } from '../../panels/DataPanel';
import { ModelPanel } from '../../panels/ModelPanel';
import { NoisePanel } from '../../panels/NoisePanel';
import { ResultsPanel } from '../../panels/ResultsPanel';
import { TrainingPanel } from '../../panels/TrainingPanel';
import { dataFeatures } from '../../experiment/tasks/classify/table';
import type { TaskUi } from '../taskUi';
import { classifyReadout } from './exportReadout';

export const classifyUi: TaskUi = {
  subtitle: 'A quantum classifier and a classical one, trained side by side on the same data.',
  settings: [
    { hide: 'data', Panel: DataPanel },
    { hide: 'training', Panel: TrainingPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: ModelPanel,
  Results: ResultsPanel,
  features: (e) => (e.task === 'classify' ? dataFeatures(e.data) : 2),
  exportReadout: classifyReadout,
};
