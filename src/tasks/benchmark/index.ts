// The benchmark task on the page ("Better than classical?"): the sweep and the models to run, a
// preview of the data, and the results as a chart and a table beside the study's numbers. Its own
// panels load when the task is first opened (panels.ts), not with the page.
import { NoisePanel } from '../../panels/NoisePanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const SweepPanel = lazyPanel(load, (m) => m.SweepPanel);
const ModelsPanel = lazyPanel(load, (m) => m.ModelsPanel);
const BenchmarkDataPanel = lazyPanel(load, (m) => m.BenchmarkDataPanel);
const BenchmarkResults = lazyPanel(load, (m) => m.BenchmarkResults);

export const benchmarkUi: TaskUi = {
  subtitle:
    'Rerun a slice of “Better than classical?” (Bowles, Ahmed & Schuld 2024): quantum and classical classifiers on the same data, harder and harder.', // prettier-ignore
  settings: [
    { hide: 'sweep', Panel: SweepPanel },
    { hide: 'models', Panel: ModelsPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: BenchmarkDataPanel,
  Results: BenchmarkResults,
  features: () => 0,
};
