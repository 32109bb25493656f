// Golden links of the barren-plateau task, frozen as released: golden.test.ts opens each of them
// with the others.
import type { PlateauExperiment } from '../../../src/experiment/types';
import type { Golden } from './goldenSequences';

/** The task's default experiment as schema 4 wrote it: 2–12 qubits, 200 deep circuits a point. */
const PLATEAU_DEFAULT: PlateauExperiment = {
  version: 4,
  task: 'plateau',
  plateau: {
    minQubits: 2,
    maxQubits: 12,
    qubitStep: 2,
    circuits: 200,
    layers: 50,
    scaling: 'fixed',
    cost: 'global',
    component: 'first',
  },
  training: { optimizer: 'adam', learningRate: 0.01, epochs: 6, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  view: { hidden: [], speed: 'normal', locked: false },
};

export const PLATEAU_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the barren-plateau default (global cost, 50 layers, 2–12 qubits)',
    version: 4,
    link: '1JY7BDsIgGIPfpWdi0KgHXsV4QMc2lI0FcI4Q3t3iTk37_Wn_gjVAnQXSGwqL08noD2hnqILYQR0F_EKmOz0ROJ7Lg2RqmF4FBgaEL2_nRB5H8iqwflvBaKFud6atYfZh0q51cKvXLhreZZICl6Euko6zJ8rG3aZxt0-KbJj_oLeb6diSPc3g_OPfmdv_vQ0xodYf',
    expected: PLATEAU_DEFAULT,
  },
  {
    name: 'schema 4: a local cost on 2 layers, 3–9 qubits, 500 circuits, middle parameter, seed 5, table hidden',
    version: 4,
    link: '1HY9LDsIwDETvMusIhZ8QvgpiEZqUBtKmakJpVPXuTFjZ42fN2CvmCXJSyG8IxmCyMx9QDpAVyULOCnEkM9b0BIHreqf3Co7Ti8KTA8JX9EMmTx35pjB_q0HnITdk8wgOd8JqNMSpN6FaMbI1ITmuF5IVoUAOFAw_siyQK0uCMK40vEVrNjwKrV-cpUeJFCE2f8NSf-i9tUzbth8',
    expected: {
      ...PLATEAU_DEFAULT,
      plateau: {
        ...PLATEAU_DEFAULT.plateau,
        minQubits: 3,
        maxQubits: 9,
        qubitStep: 1,
        circuits: 500,
        layers: 2,
        cost: 'local',
        component: 'middle',
      },
      training: { ...PLATEAU_DEFAULT.training, epochs: 7, seed: 5 },
      view: { ...PLATEAU_DEFAULT.view, hidden: ['table'] },
    },
  },
];
