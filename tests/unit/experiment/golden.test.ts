// Golden links: literal links produced by every schema version (and link format); each must keep
// opening the same experiment (migrated to the current schema). Never regenerate these: a failure
// here means old links broke.

import { describe, expect, it } from 'vitest';
import { decodeExperiment } from '../../../src/experiment/codec';
import { CURRENT_VERSION } from '../../../src/experiment/migrate';
import { TASK_NAMES } from '../../../src/experiment/tasks/registry';
import type {
  BenchmarkExperiment,
  ClassifyExperiment,
  QaoaExperiment,
  VqeExperiment,
} from '../../../src/experiment/types';
import { QEC_GOLDEN } from './goldenLessons';
import { NOISE_GOLDEN } from './goldenNoise';
import { PLATEAU_GOLDEN } from './goldenPlateau';
import { SANDBOX_GOLDEN } from './goldenSandbox';
import { MATMUL_GOLDEN } from './matmulGolden';
import { SEQUENCE_GOLDEN, type Golden } from './goldenSequences';

/** The default experiment of schema 1, as it opens today (schema-1 links train on typed arrays). */
const defaultV1: ClassifyExperiment = {
  version: 4,
  task: 'classify',
  data: { set: 'circle', points: 200, noise: 0, trainRatio: 0.5, seed: 1, custom: [] },
  model: { kind: 'reuploading', qubits: 1, layers: 3, entangler: 'cz', readout: 'fidelity' },
  training: {
    optimizer: 'adam',
    learningRate: 0.1,
    batchSize: 16,
    epochs: 60,
    l2: 0,
    gradient: 'adjoint',
    shots: 0,
    seed: 1,
  },
  baseline: { kind: 'mlp', size: 'match', activation: 'tanh', engine: 'arrays' },
  view: { showTest: true, discretize: false, hidden: [], speed: 'normal', locked: false },
};

/** The classification default of schema 4 (learning rate 0.05, batches of 8, TensorFlow.js). */
const CLASSIFY_V4: ClassifyExperiment = {
  ...defaultV1,
  training: { ...defaultV1.training, learningRate: 0.05, batchSize: 8 },
  baseline: { ...defaultV1.baseline, engine: 'tfjs' },
};

/** The optimisation task's default experiment of schema 4. */
const QAOA_DEFAULT: QaoaExperiment = {
  version: 4,
  task: 'qaoa',
  problem: { kind: 'maxcut', graph: 'regular3', nodes: 10, seed: 1, weighted: false, probability: 0.5 }, // prettier-ignore
  qaoa: { depth: 2, mixer: 'x', init: 'ramp', growth: false, samples: 1000 },
  training: { optimizer: 'adam', learningRate: 0.05, epochs: 100, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  solvers: { sweeps: 1000, restarts: 10 },
  view: { hidden: [], speed: 'normal', locked: false },
};

/** The molecule task's default experiment of schema 3, as it opens today. */
const BENCHMARK_DEFAULT: BenchmarkExperiment = {
  version: 4,
  task: 'benchmark',
  sweep: { dataset: 'linear', difficulties: [2, 4, 6, 8], seeds: 3 },
  models: [
    { id: 'svm', hyper: { C: 1, gamma: 0.1 } },
    { id: 'logistic', hyper: { C: 1 } },
    { id: 'iqpKernel', hyper: { repeats: 1, C: 1 } },
    { id: 'separableKernel', hyper: { layers: 1, C: 1 } },
  ],
  compareSeparable: false,
  training: { optimizer: 'adam', learningRate: 0.01, epochs: 48, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  view: { hidden: [], speed: 'fast', locked: false },
};

const VQE_DEFAULT: VqeExperiment = {
  version: 4,
  task: 'vqe',
  problem: {
    molecule: 'h2',
    bondLength: 0.735,
    form: 'parity2',
    hamiltonian: '0.5 Z0 Z1 + 0.3 X0 + 0.3 X1',
  },
  ansatz: { kind: 'givens' },
  training: {
    optimizer: 'adam',
    learningRate: 0.1,
    epochs: 100,
    gradient: 'adjoint',
    shots: 0,
    seed: 1,
  },
  scan: { from: 0.3, to: 3, points: 28 },
  view: { hidden: [], speed: 'normal', locked: false },
};

const rot = (id: string, gate: 'RY' | 'RZ', column: number, q: number, name: string) => ({
  id,
  gate,
  column,
  targets: [q],
  params: [{ kind: 'param' as const, name }],
});
/** Hardware-efficient layers on 3 qubits, as the editor opens them. */
const ISING_CIRCUIT = {
  qubits: 3,
  columns: 4,
  gates: [
    rot('g1', 'RY', 0, 0, 'θ1'),
    rot('g2', 'RY', 0, 1, 'θ2'),
    rot('g3', 'RY', 0, 2, 'θ3'),
    rot('g4', 'RZ', 1, 0, 'φ1'),
    rot('g5', 'RZ', 1, 1, 'φ2'),
    rot('g6', 'RZ', 1, 2, 'φ3'),
    { id: 'g7', gate: 'CNOT' as const, column: 2, targets: [0, 1] },
    { id: 'g8', gate: 'CNOT' as const, column: 3, targets: [1, 2] },
  ],
  blocks: [{ start: 0, end: 4, count: 2, shared: false }],
};

const GOLDEN: Golden[] = [
  {
    name: 'the default experiment of schema 1',
    version: 1,
    link: '1PVDLbsMgEPyXOaPKSdUc-JWqB2xwTLPGLqxTOVb-PQOHnIB57SwH7hn2ZKA3WAziSonjDgPvYA_4UtGYBwnEVoU9d51BesDyUFq7jy-D4lvGsMF-_zwN5qWab5HmHLZVFudjujLhr29C2WE_DUKq6Q_imQaM0QeJuoMJSurAshJ23s2USBtGc89OpwvdJC9sIedW5kqe2t8lJqW8TA1tzZjXy7vRLGvluQJmp8PEhxv4UJemOvr-X6UaYDVvgT9B5eik8DrRzwWfLw',
    expected: defaultV1,
  },
  {
    name: 'four classes, own points, hidden panels, every setting changed',
    version: 1,
    link: '1PVHbcoIwFPyXfY5ORDt28iuODwHCZYwEk2ClDP_ePdT2iczeshsWPCPMQSHfYFB5m1LfzFCoLcyCOhFNj8lGlwiOGeaktcLwDaP3hw_6aNf7s0KqyRUK1QRzWfA6CE7Bq4DZ6X3Boy9hjqv6JXe8VDh-BNd_OGNFKxRz365iva4K9yCdbj07RTeNPti6H1r2eoiEypkVFNwgU4aQyURaUMWQ0s4NOYZxBoMyFQvCKOPamjK_rdC8reTiI7McyUKm-q2I1uzZUoXU9Y0kp47dtShk-Zmppf-vd_ejSPhKCzoCl091kgW22rr7SVo8v4TODqaxPjm-OfU5TjxtnvfvqKxnVulD1Unm6FyN67r-AA',
    expected: {
      version: 4,
      task: 'classify',
      data: {
        set: 'squares',
        points: 400,
        noise: 0.15,
        trainRatio: 0.7,
        seed: 42,
        custom: [
          { x1: 0.5, x2: -0.25, label: 3 },
          { x1: -1, x2: 1, label: 0 },
          { x1: 0.125, x2: 0.75, label: 2 },
        ],
      },
      model: {
        kind: 'reuploading',
        qubits: 2,
        layers: 4,
        entangler: 'cnot',
        readout: 'cross-entropy',
      },
      training: {
        optimizer: 'sgd',
        learningRate: 0.05,
        batchSize: 32,
        epochs: 200,
        l2: 0.001,
        gradient: 'shift',
        shots: 1000,
        seed: 7,
      },
      baseline: { kind: 'mlp', size: { hidden: [8, 4] }, activation: 'relu', engine: 'arrays' },
      view: {
        showTest: false,
        discretize: true,
        hidden: ['classical', 'bloch', 'speed'],
        speed: 'normal',
        locked: false,
      },
    },
  },
  {
    name: 'trained weights of both models (float32)',
    version: 1,
    link: '1PVBNa4QwFPwvc5bibumy5JZ-0EsLW3ospcTvdKNxTVRU_O-d5FBBkjdvZt68bJgGiEMCf4VAbpRzulqQoFAQGwoXUD3kpiTWe4hjmiboVggentL07iGBK6JHPkJ8fe8JWhvEV03xUI69sarQXU2HWxaJZoG4T1B2wX0lPlCAShel0X4BHTxbG2xPWBWqJcXEYRRnzHQ4Uc3miSnMMYap2Sf31-rOk-6aiMZk9MvMf6LW9KHPFdAqnzcsVM7Cq64Jo6c5UH0J4Yex5EuQWSnjeG2ojwvOfIkNN-4Lye8yS2nfzlK-mFBK-Xr-rFdL55xzSXmSl5pwoMjH-FMhP55Zv8ufoJhq7Psf',
    expected: {
      ...defaultV1,
      weights: {
        quantum: [0.5, -1.25, 3.140625, 0, 0.0010000000474974513],
        classical: [0.25, -0.5, 2, -3, 0.75, 1.5, -0.125],
      },
    },
  },
  {
    name: 'an editor circuit with every binding kind, an open control and a repeated block',
    version: 1,
    link: '1fVLLTsMwEPyXPVulefSVK3dAiAtUPTjOy9R5EDspEOW_-Aq-ibETVUUqnJLdmZ3ZXe9AfUuRx8gcKSKhuNYy-yBGCadooETbrGyFSpFrDEX-csmo-qQIH4PS5WLFSCdOQ3QU7Q8jo7K2xUc5F3fSoLpFkjKZpEoa6yAAD_QWQxMBwJBRjC72A2mYWxvIWszawgTqGVc6HQ-McjBAzAHR47NVq6aWcuSXIDQTwfWQpdx0rZ0gSx3rBBadPCRii8cejWj7LznvXznMPcn5Zzn_Uu727v5pFrRrdv0xz-ES81G-AToZv8w8DHt1joa3vASnKhF8f_3q-mGuDS6aFng9JyL6K2qirrR9l_TdSsubEP-9Xfxis10Fu623DoLdJgy3AWwOI57VQH-gugGfJ64T5S4Ac8Ww8tYQA7jG4pTv9pcDB_e1lpW10oXLunOBXqzOZ1KqxuK4Kyq5EQUCLhAYXhUEan-yVIN9m7ZLcZ5gumNgVKAeVzf-AA',
    expected: {
      ...defaultV1,
      model: {
        kind: 'circuit',
        readout: 'fidelity',
        circuit: {
          qubits: 2,
          columns: 4,
          blocks: [{ start: 0, end: 2, count: 2, shared: false }],
          gates: [
            {
              id: 'g1',
              gate: 'RY',
              column: 0,
              targets: [0],
              params: [{ kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }],
            },
            {
              id: 'g2',
              gate: 'RY',
              column: 0,
              targets: [1],
              params: [{ kind: 'feature', feature: 1, weight: 'w2', bias: 'b2' }],
            },
            { id: 'g3', gate: 'CNOT', column: 1, targets: [0, 1] },
            {
              id: 'g7',
              gate: 'RZ',
              column: 2,
              targets: [0],
              params: [{ kind: 'param', name: 'θ1' }],
            },
            {
              id: 'g5',
              gate: 'P',
              column: 3,
              targets: [1],
              controls: [0],
              controlStates: [0],
              params: [{ kind: 'const', expr: 'pi/4', value: 0.7853981633974483 }],
            },
          ],
        },
      },
    },
  },
  {
    name: 'the default experiment of schema 2 (TensorFlow.js engine)',
    version: 2,
    link: '1PVBLbsMgFLzLrFHlpGoWXKXqAgO2STB24TmRY-XuGVhkxWN-zOPAPUOfFeQGDRtNKWHYoeAM9AFXKhqyjZ7YKpR2nUJ6QvMQWruvH4XioE8KdoP-_XspzEs13wLN2W9rXIwLaWTCf9-EcYf-VvCppj-JZxowBOdjkB1MEFIHlpWwcWamJLbHaO7Z6XShm-SFLeK5lRnJU3tdQhLKy9TQ1ox5ffw0muNaea6A2YideDGWFzGpzn6s83Attcb9UW3ioSVvnr9C12Bi4Tgxi8u-3g',
    expected: { ...defaultV1, baseline: { ...defaultV1.baseline, engine: 'tfjs' } },
  },
  {
    name: 'schema 2 with the typed-array engine, its own layers and trained weights',
    version: 2,
    link: '1PVC7bsMgFP2XM6MqSVUrYqOPrUM6Rx2IcRwabBzAcR3L_94DQy1ZoPO6h7vgHiB3AukKidrpGO15hoDRkAtMJPrrA4EhUbfZCPQPSB6Jvs3Ti0A0kFuBeoQ8fq8Cnc_Oq6UzNOPgvDa2b5lwOxWhmyGfBZo-D3wQDzTgbE3jbJrBhERqgR8Ix9ZQ4cosmk7ss61oJlexhNuVLi15aPPjbZ8oj5eClmKMO7n_Qp0bMs8XLLgQOFaiyp11nWfZtvM2z2vanBeCnmPuc5-yPjWQKYwNd0P_WbvIawnJCRPXs-DGJUDxO0xK-c-9Uh9OMbBmBeJv6tCSzLh6LT9l6ut9j3X9Aw',
    expected: {
      ...defaultV1,
      data: { ...defaultV1.data, set: 'xor' },
      training: { ...defaultV1.training, optimizer: 'sgd', learningRate: 0.3 },
      baseline: { kind: 'mlp', size: { hidden: [6, 6] }, activation: 'sigmoid', engine: 'arrays' },
      weights: { quantum: [0.5, -1.25, 3.140625], classical: [0.25, -0.5, 2, -3, 0.75] },
    },
  },
  {
    name: 'schema 3: a classification experiment (moons, 40 epochs, speed hidden)',
    version: 3,
    link: '1PVBLbsMgFLzLrFHlpq1UcZUoC2ywTYKBmudUjuW7Z7CUrN5n3nxgw32G_lKQGzS6YErx_QoFa6A32MLtlFIsXGWBPjWNQnxAswiZzcePQrHQnwrdAn2-7IqEyr15cme35JCM9XGgwl97HIb1sHSxWj64n0lA760LXlZQQQhtL92UiRprJl6Gw7OhactovxQh-M0wAwEeXZOPwrsyHhHDiYV6bXgnmkKuOJ-AyUg3cjAdBzGx9m6ofX8tNcb9v9JG0s4o2TmLC7M5aJkXxz-iSG9Ccfv-BA',
    expected: {
      ...defaultV1,
      data: { ...defaultV1.data, set: 'moons' },
      training: { ...defaultV1.training, learningRate: 0.05, batchSize: 8, epochs: 40 },
      baseline: { ...defaultV1.baseline, engine: 'tfjs' },
      view: { ...defaultV1.view, hidden: ['speed'] },
    },
  },
  {
    name: 'schema 3: the default molecule experiment (H₂, 2 qubits, chemistry ansatz)',
    version: 3,
    link: '1NY9NDoIwGESv0szWhhQI0fQkBuMCBKHyV2lTo4S7OzVx982byUu7IazQuYQfoBGeLXjO0BtcA51KLJa8aqqJxcipSghbwlQpiY6E7WMxs-fA9RzsEuEVDb2BvlwZbR3jNHLbZ5zVVKvkmBcS94nQVqvx79j0MaqkEKUSZSoOQiW5OKv_kYK26hNtA-XoTGhnF6G7RWg9dHai9ffQ-CuCfN-_',
    expected: VQE_DEFAULT,
  },
  {
    name: 'schema 3: HeH⁺ with hardware-efficient layers, shots, a scan range and weights',
    version: 3,
    link: '1HY-5EsIwDET_ZVs8GYejwF16CnqGwjkdcuMQD2Ty76ziyn77ZEkrljfMSWFuYLBMBXjtYVb4HCZWGEZym9uOQUtVR4QFYay1QkUC7-pyZuzdTvWmsAT5wtUwDzjb1e089LXt8WQWZsmmDysTnntIkup2Zn3WEoHGmIrRydMV7sAo5TA6uiqUHeEriO7kKrr9id6wGXUrc373lbwVUoriM1FGdo45frnvceGmBMfosm1_',
    expected: {
      ...VQE_DEFAULT,
      problem: { molecule: 'heh+', bondLength: 0.9, form: 'jw4', hamiltonian: '' },
      ansatz: { kind: 'hea', layers: 3, start: 'hf' },
      training: { ...VQE_DEFAULT.training, gradient: 'shift', shots: 1000 },
      scan: { from: 0.5, to: 2.5, points: 11 },
      view: { ...VQE_DEFAULT.view, hidden: ['hamiltonian'] },
      weights: { quantum: [0.5, -0.25], classical: [] },
    },
  },
  {
    name: 'schema 3: a custom Hamiltonian (Ising chain) with an editor circuit',
    version: 3,
    link: '1hVLLToNAFP0VctfTZgZsNLN1r4lxoTVd0CkFLK8ygFHClm_yK-SXPBfbBY1iwuI-zrnnXOa21JSkPUHVgTQ1x4AQZqRbsjvSSlBeoO7v_BSNBFC5RDFAUUkpKEQF3dc8zioAbARAJ6h54wlRTPplg7TYcpomwJraVjnP2mK8XF57K0H7FI3CL-Pq3UUn4nShnLV01spZOIjwuYjkcuU8yXPAvTFwCRr-B2scIEkmLk0dsx-DtKUj5LGhyUlfwbIPVy2FFZAPzwzCulilClGXG7j9AYyj4GrcPGNPX5-KOuzzF1nNk2FzhuzOk70JeX0i4yn-tz30U9uX5FnbQz-1fUmetT30E9u3d_ePJ7p7Ni7Ur30-yNGbcDcdJLa4TkhYKOGHZbgdvKQBCYNsTXrvJzaAFA7BGn7zgns3uK3xZHkcCl7XfQM',
    expected: {
      ...VQE_DEFAULT,
      problem: {
        molecule: 'custom',
        bondLength: 0.735,
        form: 'parity2',
        hamiltonian: '-1 Z0 Z1 - 1 Z1 Z2 - 0.5 X0 - 0.5 X1 - 0.5 X2',
      },
      ansatz: { kind: 'circuit', circuit: ISING_CIRCUIT },
    },
  },
  {
    name: 'schema 4: a student link (XOR, slow enough to talk over, training and speed hidden, locked)',
    version: 4,
    link: '1PVBbboMwELzLfFsVTR-qfJUoHws24GAMtU1agrh7x1TJl9c7j53dDbcI_a6QB2g0XlJy7QoFI9AbTGL3d4pszBn6VFUK4Q7NJ1NXvXwoJAP9qtAs0OfLrjBORTk4KqNdZj-JcaGjw3d9EP0K_aZgQxl4Zz9SgNYZ611eQYdMaHv4TjNRMTKS6Y-ZFYfWDPZFE4KfDNMRIOk6uZDJS_0R0Z_40K_2z0SjnwvOFTBKbnp-pOEnSyi17UrdXlOJcfspsp6yM7cVF_7XSLO1BhfGtNA5LpbHol8rPrFMJW4WP5S4vGkh7Psf',
    expected: {
      ...CLASSIFY_V4,
      data: { ...CLASSIFY_V4.data, set: 'xor' },
      view: { ...CLASSIFY_V4.view, hidden: ['training', 'speed'], speed: 'talk', locked: true },
    },
  },
  {
    name: 'schema 4: the molecule default, slow, scan hidden',
    version: 4,
    link: '1NY_bDoIwEER_pZlXG1JEo-mXGIwP5Y5cpQSihH931sS37ZnJ2e6GZYI9acwNLJZXDo497AafwYYaw0juMtcxaFk1AWFOeDRGoyRh-hzqfmbBVyzsGssqhqqGvcOnrseDmYh8O6wi4rLCtT5nd0yk27VMqyOzhHtNcInOGkVHOLqpnt-SVPI0wVnFRsWhOigTROpm_kMI2txHbA03o6yXvPcCfSpwnPnpK62_KyLeSRDt-xc',
    expected: {
      ...VQE_DEFAULT,
      training: { ...VQE_DEFAULT.training, epochs: 200 },
      view: { hidden: ['scan'], speed: 'slow', locked: false },
    },
  },
  {
    name: 'schema 4: a graph drawn by hand (negative weight), depth 3 grown layer by layer',
    version: 4,
    link: '1TVDLcoMwDPwXndWMDaFN-RUPBzemhAbbxCbATIZ_78rTQ0-rx2q10ovWRO2ZablTSw8bLSEO1L4oO2o1U5zRsM56NCZw1Uk1TD2qWimmASW0f-IYFjDyDYyDad1E4jZSa2iyweWrnXvqQBC5EJO3kwhi67edco-R-evf1jsmydv9-hTVAarkkt0CkhBlNdMGZpnFaPEFW66sFYYx4FSqY3P5w0bxRbBS_CH4qfhddbDUQ8gYxZo1ymBzBdRAySuuC9Z85jd9arrugNmHlUUOx9RMfoe9HdbGBUHCuVG-NcDMkp7wl335ljwmr-VKtKTAlLJEx_EL',
    expected: {
      ...QAOA_DEFAULT,
      problem: {
        ...(QAOA_DEFAULT.problem as QaoaExperiment['problem'] & { kind: 'maxcut' }),
        graph: 'drawn',
        drawn: {
          nodes: [[10, 20], [80, 20], [50, 80], [20, 70], [90, 60]],
          edges: [[0, 1, 1], [0, 2, 2], [1, 2, 1], [2, 3, 1], [3, 4, -1.5]],
        },
      }, // prettier-ignore
      qaoa: { ...QAOA_DEFAULT.qaoa, depth: 3, growth: true, init: 'random' },
      view: { ...QAOA_DEFAULT.view, hidden: ['landscape'] },
    },
  },
  {
    name: 'schema 4: a portfolio with the XY mixer, shots and trained angles',
    version: 4,
    link: '1NY_NTsMwEITfZc4mctMEId8suCJxRxy2pPlR7dqxQ1pU5d0ZR8Kn9c7om9kH1gTTKCwXGMwSBJyvMA_kDuagECIF6cRTcPTqSrcKZ24PWisMXCGPU79QzyNMrfWmsN4KYpxgPr-4L4xrSF5coTCqF5fP9N2W4pt_qFu-j8Ha4a2x9v31qfyJUfh2VEFzPP33YuEL2YghLX1wU6BNMsyzwomso0JiiK5eODABlCOPqquWmFkKpmOnWsHfKd9_aZiKMYmPnAfW3yuyu4dp95vyusdTOpbLE_OabfsD',
    expected: {
      ...QAOA_DEFAULT,
      problem: { kind: 'portfolio', assets: 6, budget: 3, risk: 0.8, seed: 4, returns: '', penalty: 2.5 }, // prettier-ignore
      qaoa: { ...QAOA_DEFAULT.qaoa, mixer: 'xy', samples: 500 },
      training: { ...QAOA_DEFAULT.training, gradient: 'shift', shots: 200 },
      solvers: { sweeps: 300, restarts: 4 },
      weights: { quantum: [0.125, 0.25, -0.375, -0.5], classical: [] },
    },
  },
  {
    name: 'schema 4: the benchmark default (linearly separable, d = 2 … 8, four models)',
    version: 4,
    link: '1XY_BysIwEITfZc_Lj_4WkVw9-gjiYdtu22iS1iRURHx3J4pQvOQw881k9kFzJFMx5QsZqjU0g5d4IQiBzINSS2bNNE5wpRUPwyGw-ltBVajVjqmHAvc82pABpAHAk2m-lYbBkjmeoJaKTlIhHD7rxCUFVb-pNsN1NqhE-G2HzD9XvOVdiSqZTUE9ZDTeS2L_HtaL91L2rOFbjKU0e3rykvo6buxtyrb5sZmiTio5LVB7nQ4ag7oF6_ACXjYmnSRK7fQLY2yDOz-3vQA',
    expected: BENCHMARK_DEFAULT,
  },
  {
    name: 'schema 4: a benchmark of two curves with the Entanglement comparison, seed 7, table hidden',
    version: 4,
    link: '1TY-xTsQwEET_ZWoLJScQkltKPgFROPEmMWc7wXaM0Cn_zjgSumu2mHmzO3tDTdDPCuUKjUHiuASTrqAQoW_IFvpVYd3oGmsCDc9A99T1CkL10inMVOh-rS4WAnkhcCjUn7ZhcdAfKGbwgk-abdNkcgM9b07GZyE8nLAtdMc9Vcn07cToRfVdywlvNS5Q49bfhr9Bs8ZsQjCtU0_fsTByDTjUI8WWSTYxJUO__GPue3uXFMU_wJ6z0fcv1yFLqmf_s8EZTbJvfjXWxRkH6418q6Rdjj8',
    expected: {
      ...BENCHMARK_DEFAULT,
      sweep: { dataset: 'curves', difficulties: [2, 10], seeds: 2 },
      models: [
        { id: 'svm', hyper: { C: 1, gamma: 0.1 } },
        { id: 'iqpKernel', hyper: { repeats: 5, C: 10 } },
        { id: 'reuploading', hyper: { learningRate: 0.01, layers: 10, observable: 2 } },
      ],
      compareSeparable: true,
      // 2 values of D × 2 seeds × 5 models (the IQP kernel's and re-uploading's separable versions).
      training: { ...BENCHMARK_DEFAULT.training, epochs: 20, seed: 7 },
      view: { ...BENCHMARK_DEFAULT.view, hidden: ['table'] },
    },
  },
  ...SEQUENCE_GOLDEN,
  ...QEC_GOLDEN,
  ...NOISE_GOLDEN,
  ...SANDBOX_GOLDEN,
  ...MATMUL_GOLDEN,
  ...PLATEAU_GOLDEN,
];

describe('golden links', () => {
  it.each(GOLDEN)('still opens $name (schema $version)', ({ link, expected }) => {
    expect(decodeExperiment(link)).toEqual({ ok: true, value: expected });
  });

  it('covers every task at the current schema', () => {
    const tasks = new Set(
      GOLDEN.filter((g) => g.version === CURRENT_VERSION).map((g) => g.expected.task),
    );
    expect([...tasks].sort()).toEqual([...TASK_NAMES].sort());
  });

  it('covers every schema version up to the current one', () => {
    const versions = new Set(GOLDEN.map((g) => g.version));
    const all = Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1);
    expect([...versions].sort((a, b) => a - b)).toEqual(all);
  });
});
