// The molecule task on the page: problem and training settings, the ansatz, and the energies.
import { TrainingPanel } from '../../panels/TrainingPanel';
import type { TaskUi } from '../taskUi';
import { AnsatzPanel } from './AnsatzPanel';
import { ProblemPanel } from './ProblemPanel';
import { VqeResults } from './VqeResults';

export const vqeUi: TaskUi = {
  subtitle:
    'A variational quantum eigensolver finds a molecule’s ground-state energy, next to Hartree–Fock and the exact answer.', // prettier-ignore
  settings: [
    { hide: 'problem', Panel: ProblemPanel },
    { hide: 'training', Panel: TrainingPanel },
  ],
  Model: AnsatzPanel,
  Results: VqeResults,
  features: 0,
};
