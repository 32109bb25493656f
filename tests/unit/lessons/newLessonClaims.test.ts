// The numbers lessons 8 and 9 quote, from the tasks' own worker sessions: the 2 × 2 product's
// success probability, and the fitted decay of the gradient's variance for a deep global cost and
// for a local cost on a circuit that deepens with n.
import { describe, expect, it } from 'vitest';
import { fitExponential } from '../../../src/experiment/tasks/plateau/fit';
import type { Experiment } from '../../../src/experiment/types';
import type { MatmulInfo, PlateauReport } from '../../../workers/protocol';
import { TASK_RUNNERS } from '../../../workers/tasks/registry';
import { LESSON_SOURCES } from '../../../scripts/lessons';

function step(lesson: string, title: string): Experiment {
  const s = LESSON_SOURCES.find((l) => l.name === lesson)?.steps.find((x) => x.title === title);
  if (!s) throw new Error(`No step “${title}” in ${lesson}`);
  return s.experiment;
}

async function sweepBase(e: Experiment): Promise<number> {
  const runner = TASK_RUNNERS.plateau;
  if (e.task !== 'plateau') throw new Error('not a plateau step');
  await runner.prepare(e);
  const s = runner.create(e);
  const points = [];
  for (let k = 0; k < e.training.epochs; k++) {
    const r = s.step() as PlateauReport;
    if (r.plateau) points.push(r.plateau);
  }
  s.dispose();
  return fitExponential(points)!.base;
}

describe('lesson 8, multiplying matrices', () => {
  it('quotes p ≈ 0.49 for its 2 × 2 pair (and exact amplitudes)', async () => {
    const e = step('multiplying-matrices', 'The price of post-selection');
    if (e.task !== 'matmul') throw new Error('not a matmul step');
    await TASK_RUNNERS.matmul.prepare(e);
    const s = TASK_RUNNERS.matmul.create(e);
    const info = s.info as MatmulInfo;
    s.dispose();
    expect(info.success).toBeCloseTo(222 / 450, 12);
    info.amplitudes.forEach((a, k) => expect(a).toBeCloseTo(info.expected[k]!, 12));
  });
});

describe('lesson 9, barren plateaus', () => {
  it('the deep global cost: the variance about halves per qubit (b ≈ 2)', async () => {
    const b = await sweepBase(step('barren-plateaus', 'The plateau'));
    expect(b).toBeGreaterThan(1.7);
    expect(b).toBeLessThan(2.2);
  });

  it('a local cost on a circuit that deepens with n decays again, faster than the shallow one', async () => {
    const b = await sweepBase(step('barren-plateaus', 'Depth brings the plateau back'));
    expect(b).toBeGreaterThan(1.25);
  });
});
