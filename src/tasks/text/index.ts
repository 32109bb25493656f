// The text task on the page: the text and training settings, a quantum sequence model beside a
// classical one, their perplexities and the text each writes. Its panels load when first opened.
import { TrainingPanel } from '../../panels/TrainingPanel';
import { NoisePanel } from '../../panels/NoisePanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const TextPanel = lazyPanel(load, (m) => m.TextPanel);
const TextModelPanel = lazyPanel(load, (m) => m.TextModelPanel);
const TextResults = lazyPanel(load, (m) => m.TextResults);

export const textUi: TaskUi = {
  subtitle:
    'A quantum transformer or quantum LSTM predicts the next token of a text, next to a classical network of about its size.', // prettier-ignore
  settings: [
    { hide: 'data', Panel: TextPanel },
    { hide: 'training', Panel: TrainingPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: TextModelPanel,
  Results: TextResults,
  features: () => 0,
};
