// The molecule task on the page: problem and training settings, the ansatz, and the energies.
// Its own panels load when the task is first opened (panels.ts), not with the page.
import { NoisePanel } from '../../panels/NoisePanel';
import { TrainingPanel } from '../../panels/TrainingPanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';
import { vqeReadout } from './exportReadout';

const load = () => import('./panels');
const ProblemPanel = lazyPanel(load, (m) => m.ProblemPanel);
const AnsatzPanel = lazyPanel(load, (m) => m.AnsatzPanel);
const VqeResults = lazyPanel(load, (m) => m.VqeResults);

export const vqeUi: TaskUi = {
  subtitle:
    'A variational quantum eigensolver finds a molecule’s ground-state energy, next to Hartree–Fock and the exact answer.', // prettier-ignore
  settings: [
    { hide: 'problem', Panel: ProblemPanel },
    { hide: 'training', Panel: TrainingPanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: AnsatzPanel,
  Results: VqeResults,
  features: () => 0,
  exportReadout: vqeReadout,
};
