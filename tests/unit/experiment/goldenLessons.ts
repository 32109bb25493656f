// Golden links of the error-correction lesson, frozen as released: golden.test.ts opens each of
// them with the others.
import type { QecExperiment } from '../../../src/experiment/types';
import type { Golden } from './goldenSequences';

/** The lesson's default experiment as schema 4 wrote it. */
const QEC_DEFAULT: QecExperiment = {
  version: 4,
  task: 'qec',
  code: { kind: 'bitFlip', channel: 'bitFlip', p: 0.1, pMax: 0.5 },
  training: { optimizer: 'adam', learningRate: 0.01, epochs: 21, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  view: { hidden: [], speed: 'normal', locked: false },
};

export const QEC_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the error-correction default (bit-flip code, bit flips, p = 0.1)',
    version: 4,
    link: '1TY07DsIwEETvMrWFEgSND8AlEIVJDDHxL7EVish3z2yXanffPs3s2Fbom0KdobHYAVwj9I4yQvcKKZOb0QQ-PNXu0pFa0ivnl4TfX3KxUigThaaw_SVhctDPF6lExLQG4yWERR_ji6W3WPFmeni7-vAuUxgYcjpzkNI7F5l9awc',
    expected: QEC_DEFAULT,
  },
  {
    name: 'schema 4: the Shor code under depolarising noise, p = 0.05, 13 points to 0.3, circuits hidden',
    version: 4,
    link: '1FY7LDsIgFET_ZdbEtFE3_IpxQQBbLK8C1sSGf3fY3czj3DlxFMibQNsgsVsNnhHyRDWQs0DK1JVRgYZndLpMVC3V-SqwUKH7Ti42BurKQBc4voOwOsgHtCv641rFk_6AxVSC8gPHly_lq2Vjt6OxsUFIKnQ1WTA2J6-K-7m4UMthDOBfcjjk3vsf',
    expected: {
      ...QEC_DEFAULT,
      code: { kind: 'shor', channel: 'depolarizing', p: 0.05, pMax: 0.3 },
      training: { ...QEC_DEFAULT.training, epochs: 13 },
      view: { ...QEC_DEFAULT.view, hidden: ['circuits'] },
    },
  },
];
