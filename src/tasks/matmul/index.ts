// The matrix-multiplication task on the page: the two matrices and the shots to set, the
// subroutine's circuit, and the product read from the post-selected state, exact and from shots.
// Nothing trains. Its panels load when the task is first opened.
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const MatricesPanel = lazyPanel(load, (m) => m.MatricesPanel);
const ShotsPanel = lazyPanel(load, (m) => m.ShotsPanel);
const MatmulModel = lazyPanel(load, (m) => m.MatmulModel);
const MatmulResults = lazyPanel(load, (m) => m.MatmulResults);

export const matmulUi: TaskUi = {
  subtitle:
    'Load A into the amplitudes of qubits, apply a block encoding of B, keep the runs where a register reads 0: what is left is the product AB.', // prettier-ignore
  settings: [
    { hide: 'matrices', Panel: MatricesPanel },
    { hide: 'shots', Panel: ShotsPanel },
  ],
  Model: MatmulModel,
  Results: MatmulResults,
  features: () => 0,
};
