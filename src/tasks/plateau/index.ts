// The barren-plateau task on the page: the cost, depth and range to set, the random circuits it
// draws, and the variance of one gradient component against the number of qubits as Play sweeps
// them. Nothing trains, so there is no training panel. Its panels load when the task is first opened.
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const PlateauPanel = lazyPanel(load, (m) => m.PlateauPanel);
const PlateauCircuit = lazyPanel(load, (m) => m.PlateauCircuit);
const PlateauResults = lazyPanel(load, (m) => m.PlateauResults);

export const plateauUi: TaskUi = {
  subtitle:
    'Random circuits lose their gradients as qubits are added: watch the variance fall, and see a local cost on a shallow circuit keep it.', // prettier-ignore
  settings: [{ hide: 'plateau', Panel: PlateauPanel }],
  Model: PlateauCircuit,
  Results: PlateauResults,
  features: () => 0,
};
