// Golden links of the circuit sandbox, frozen as released: golden.test.ts opens each of them with
// the others.
import type { CircuitExperiment } from '../../../src/experiment/types';
import type { Golden } from './goldenSequences';

/** The sandbox's default experiment as schema 4 wrote it: a Bell circuit, 2,000 shots in 40 rounds. */
const SANDBOX_DEFAULT: CircuitExperiment = {
  version: 4,
  task: 'circuit',
  model: {
    circuit: {
      qubits: 2,
      columns: 6,
      gates: [
        { id: 'g1', gate: 'H', column: 0, targets: [0] },
        { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
      ],
      blocks: [],
    },
  },
  measure: { shots: 2000 },
  training: { optimizer: 'adam', learningRate: 0.01, epochs: 40, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  view: { hidden: [], speed: 'normal', locked: false },
};

export const SANDBOX_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the circuit sandbox default (a Bell circuit, 2,000 shots in 40 rounds)',
    version: 4,
    link: '1NY67DoIwGIXf5cyNKYQ4dHVx0sWNMJSLBaVUKeLQ9N09Jbg06bl8_wlYZ6hCYHlCoRnm5jMsELAOKvCf3ncNlQs0lI4CRkOVAWZh_sxkM0FJ9g1lWUWxW6fL9ba72d8VWRUrgZqnyipGynQDfLtl3Is13WrL2shR8iCpdlQL8g0Vug83TGmf7xkgYf0mQs-dJck-ISY3Wz0mCO_c9eg75my3XWIrl1LG-AM',
    expected: SANDBOX_DEFAULT,
  },
  {
    name: 'schema 4: a sandbox with a bit flip, a reset, a trainable angle and the Very noisy preset, locked',
    version: 4,
    link: '1VZBNboMwEIXvMmuL2iQE4W2lLlsp6qZFLIAgoOGv2CFVke_VU_RMfSYmaTbInvnme4NnmkaSW0b6SJLyesxPtSZGbU9yxt1-PzOSG0Y5SgDLlGQ8U6nB79-A5h1JDkGJOk8YDRfgiFnMdMrqii9chvphg_OEvvD4NhRRGARCRLsgCncmMcxZH59fXp1XrF4mbv2s1k9NPTjEd4iw0djE86_gWKjCpv_H_Jtn_-56-DnXu99-SMe0BdO1uPz-CMKSQDI8VZwYgykMz6QOJENGPdIpPSwTDR6VexzrF6gKPE-JCroffd3ZlVQFAIbpbA0V0mLKq3TUhABlTarpz9aEMD2eCrDdt2VLsapLfzkFDN61NlxPLV-77WUigKItloURHnBuzB8',
    expected: {
      ...SANDBOX_DEFAULT,
      model: {
        circuit: {
          qubits: 3,
          columns: 4,
          gates: [
            { id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'const', expr: 'pi/3', value: Math.PI / 3 }] }, // prettier-ignore
            { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
            { id: 'g3', gate: 'bitFlip', column: 2, targets: [1], p: 0.2 },
            { id: 'g4', gate: 'reset', column: 2, targets: [2] },
            { id: 'g5', gate: 'RZ', column: 3, targets: [2], params: [{ kind: 'param', name: 'θ1' }] }, // prettier-ignore
          ],
          blocks: [],
        },
      },
      measure: { shots: 500 },
      training: { ...SANDBOX_DEFAULT.training, epochs: 10, seed: 7 },
      view: { hidden: ['chart'], speed: 'slow', locked: true },
      noise: { p1: 0.01, p2: 0.05, gamma: 0.01, lambda: 0.01, p01: 0.05, p10: 0.05 },
    },
  },
];
