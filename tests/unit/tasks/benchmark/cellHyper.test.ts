// Which hyper-parameters a benchmark cell fits with: the study's best for its model, data set and
// difficulty when the run asks for them and the study has them, else the model's own settings;
// and the switch in links (absent in older links: their own settings, as they ran then).
import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import { cellHyper } from '../../../../src/experiment/tasks/benchmark/cellHyper';
import { studyBestHyper } from '../../../../src/experiment/tasks/benchmark/studyHyper';
import type { BenchmarkExperiment } from '../../../../src/experiment/types';
import { validateExperiment } from '../../../../src/experiment/validate';

const own = { id: 'svm' as const, hyper: { C: 0.1, gamma: 0.001 } };

function experiment(studyHyper: boolean | undefined): BenchmarkExperiment {
  const e: BenchmarkExperiment = { ...benchmarkSchema.defaults(), models: [own] };
  if (studyHyper === undefined) delete e.studyHyper;
  else e.studyHyper = studyHyper;
  return e;
}

describe('cellHyper', () => {
  it('takes the study’s best where it has them, when asked', () => {
    const best = studyBestHyper('svm', 'linear', 4)!.hyper;
    expect(best).not.toEqual(own.hyper);
    expect(cellHyper(experiment(true), { model: 'svm', difficulty: 4 })).toEqual({ hyper: best, fromStudy: true }); // prettier-ignore
    expect(cellHyper(experiment(false), { model: 'svm', difficulty: 4 })).toEqual({ hyper: own.hyper, fromStudy: false }); // prettier-ignore
    expect(cellHyper(experiment(undefined), { model: 'svm', difficulty: 4 }).hyper).toEqual(own.hyper); // prettier-ignore
  });

  it('falls back on the model’s settings where the study has none', () => {
    const custom = { ...experiment(true), sweep: { dataset: 'custom' as const, difficulties: [1], seeds: 1, csv: 'a,label\n' + Array.from({ length: 12 }, (_, i) => `${i},${i % 2}`).join('\n') } }; // prettier-ignore
    expect(cellHyper(custom, { model: 'svm', difficulty: 1 })).toEqual({ hyper: own.hyper, fromStudy: false }); // prettier-ignore
    const logistic = { ...experiment(true), models: [{ id: 'logistic' as const, hyper: { C: 10 } }] }; // prettier-ignore
    expect(cellHyper(logistic, { model: 'logistic', difficulty: 4 })).toEqual({ hyper: { C: 10 }, fromStudy: false }); // prettier-ignore
  });

  it('is part of the link; new experiments use the study’s settings', () => {
    expect(benchmarkSchema.defaults().studyHyper).toBe(true);
    for (const v of [true, false]) {
      const back = decodeExperiment(encodeExperiment(experiment(v)));
      expect(back.ok && (back.value as BenchmarkExperiment).studyHyper).toBe(v);
    }
    const old = validateExperiment(JSON.parse(JSON.stringify(experiment(undefined))));
    expect(old.ok && 'studyHyper' in old.value).toBe(false);
    const bad = JSON.parse(JSON.stringify(experiment(true)));
    bad.studyHyper = 'yes';
    const r = validateExperiment(bad);
    expect(!r.ok && r.error.field).toBe('studyHyper');
  });
});
