// The numbers the lessons on tasks quote (lessons 3–7), read from the tasks' own worker sessions
// with each step's experiment: parameter counts, energies, ratios, error rates. A change to a task
// that moves one of them fails here, so the lesson text can be updated with it. Tolerances follow
// the digits each text gives.
import { describe, expect, it } from 'vitest';
import type { Experiment, ExperimentOf, TaskName } from '../../../src/experiment/types';
import type {
  BenchmarkReport,
  ClassifyInfo,
  EpochReport,
  QaoaInfo,
  QaoaReport,
  QecInfo,
  QecReport,
  Report,
  VqeInfo,
  VqeReport,
} from '../../../workers/protocol';
import { TASK_RUNNERS } from '../../../workers/tasks/registry';
import type { TaskSession } from '../../../workers/tasks/taskRunner';
import { withAnsatzKind } from '../../../src/tasks/vqe/vqeEdits';
import { LESSON_SOURCES } from '../../../scripts/lessons';

function experiment<T extends TaskName>(lesson: string, title: string, task: T): ExperimentOf<T> {
  const step = LESSON_SOURCES.find((s) => s.name === lesson)?.steps.find((s) => s.title === title);
  if (!step) throw new Error(`no step "${title}" in ${lesson}`);
  if (step.experiment.task !== task) throw new Error(`"${title}" is not a ${task} step`);
  return step.experiment as ExperimentOf<T>;
}

async function open(e: Experiment): Promise<TaskSession> {
  const runner = TASK_RUNNERS[e.task] as { prepare(e: Experiment): Promise<void>; create(e: Experiment): TaskSession }; // prettier-ignore
  await runner.prepare(e);
  return runner.create(e);
}

/** Every report of a Play run (training.epochs steps), the session still open. */
async function play<R extends Report>(e: Experiment): Promise<{ s: TaskSession; reports: R[] }> {
  const s = await open(e);
  const reports = Array.from({ length: e.training.epochs }, () => s.step() as R);
  return { s, reports };
}

describe('lesson 3, a quantum classifier', () => {
  it('matches 15 circuit parameters with a 17-parameter network, and 30 with 29 at six layers', async () => {
    const three = (await open(experiment('quantum-classifier', 'Train it', 'classify'))).info as ClassifyInfo; // prettier-ignore
    expect([three.quantumParams, three.classicalParams]).toEqual([15, 17]);
    const six = (await open(experiment('quantum-classifier', 'More layers', 'classify'))).info as ClassifyInfo; // prettier-ignore
    expect([six.quantumParams, six.classicalParams, six.classicalHidden]).toEqual([30, 29, [3, 3]]); // prettier-ignore
  });

  it('stays well under 0.8 test accuracy with one layer', async () => {
    const { reports } = await play<EpochReport>(experiment('quantum-classifier', 'One layer is not enough', 'classify')); // prettier-ignore
    expect(Math.max(...reports.map((r) => r.quantum.testAccuracy))).toBeLessThan(0.8);
  });
});

describe('lesson 4, better than classical?', () => {
  /** Mean test accuracy of each model at each d over a whole run (a variational cell takes steps). */
  async function means(e: ExperimentOf<'benchmark'>): Promise<Map<string, number>> {
    const s = await open(e);
    const sums = new Map<string, number[]>();
    for (let r = s.step() as BenchmarkReport; ; r = s.step() as BenchmarkReport) {
      if (r.cell) {
        const key = `${r.cell.model} ${r.cell.difficulty}`;
        sums.set(key, [...(sums.get(key) ?? []), r.cell.testAccuracy]);
      }
      if (r.next === null) break;
    }
    expect([...sums.values()].flat()).toHaveLength(e.training.epochs);
    return new Map([...sums].map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / v.length]));
  }

  it('runs 48 cells; the IQP kernel falls to about 0.85 at d = 8, the others stay high', async () => {
    const e = experiment('better-than-classical', 'Read the results', 'benchmark');
    expect(e.training.epochs).toBe(48);
    const m = await means(e);
    expect(m.get('iqpKernel 8')).toBeGreaterThan(0.82);
    expect(m.get('iqpKernel 8')).toBeLessThan(0.88);
    for (const d of [2, 4, 6, 8]) {
      expect(m.get(`separableKernel ${d}`)).toBeGreaterThan(0.9);
      expect(m.get(`svm ${d}`)).toBeGreaterThan(0.95);
      expect(m.get(`logistic ${d}`)).toBeGreaterThan(0.95);
    }
  });

  it('without entanglement does about as well: both quantum models 0.96 to 0.98, the MLP 1', async () => {
    const e = experiment('better-than-classical', 'Take out the entanglement', 'benchmark');
    expect(e.training.epochs).toBe(36);
    const m = await means(e);
    for (const d of [2, 4, 6, 8]) {
      for (const id of ['reuploading', 'separableVariational']) {
        expect(m.get(`${id} ${d}`), `${id} ${d}`).toBeGreaterThanOrEqual(0.955);
        expect(m.get(`${id} ${d}`), `${id} ${d}`).toBeLessThan(0.99);
      }
      expect(m.get(`mlp ${d}`)).toBe(1);
    }
  }, 300_000);
});

describe('lesson 5, molecules', () => {
  const at = (title: string) => experiment('molecules', title, 'vqe');

  it('quotes Hartree–Fock −1.1170 and exact −1.1373 Ha at 0.735 Å, 0.020 Ha apart', async () => {
    const info = (await open(at('Hydrogen on two qubits'))).info as VqeInfo;
    expect(info.qubits).toBe(2);
    expect(info.hartreeFock!.toFixed(4)).toBe('-1.1170');
    expect(info.exactEnergy.toFixed(4)).toBe('-1.1373');
    expect((info.hartreeFock! - info.exactEnergy).toFixed(3)).toBe('0.020');
  });

  it('reaches the exact energy with the hardware-efficient layers too', async () => {
    const e = withAnsatzKind(at('The ansatz'), 'hea');
    const { s, reports } = await play<VqeReport>(e);
    expect(reports.at(-1)!.energy - (s.info as VqeInfo).exactEnergy).toBeLessThan(0.0016);
  });

  it('at 2.0 Å, Hartree–Fock is 0.165 Ha off and VQE still finds the exact energy', async () => {
    const { s, reports } = await play<VqeReport>(at('Stretch the bond'));
    const info = s.info as VqeInfo;
    expect((info.hartreeFock! - info.exactEnergy).toFixed(3)).toBe('0.165');
    expect(reports.at(-1)!.energy - info.exactEnergy).toBeLessThan(1e-6);
  });

  it('levels off near −0.933 Ha at 3 Å: 0.204 Ha, 5.5 eV to pull the atoms apart', async () => {
    const e = at('Break the bond');
    expect([e.scan.from, e.scan.to, e.scan.points]).toEqual([0.3, 3, 28]);
    const far = (await open({ ...e, problem: { ...e.problem, bondLength: 3 } })).info as VqeInfo;
    const near = (await open(e)).info as VqeInfo;
    expect(far.exactEnergy.toFixed(3)).toBe('-0.934');
    expect((far.exactEnergy - near.exactEnergy).toFixed(3)).toBe('0.204');
    expect(((far.exactEnergy - near.exactEnergy) * 27.2114).toFixed(1)).toBe('5.5');
  });
});

describe('lesson 6, cutting graphs', () => {
  const ring = (depth: number) => {
    const e = experiment('cutting-graphs', 'Classical solvers', 'qaoa');
    return { ...e, qaoa: { ...e.qaoa, depth } };
  };

  it('reaches (2p + 1)/(2p + 2) on the 10-ring at depths 1 to 3, and the whole cut at depth 5', async () => {
    for (const [depth, ratio] of [
      [1, 3 / 4],
      [2, 5 / 6],
      [3, 7 / 8],
      [5, 1],
    ] as const) {
      const { reports } = await play<QaoaReport>(ring(depth));
      expect(Math.abs(reports.at(-1)!.ratio - ratio), `depth ${depth}`).toBeLessThan(1e-3);
      if (depth === 5) expect(reports.at(-1)!.pOptimal).toBeGreaterThan(0.99);
    }
  });

  it('shows the optimum 10, found by every classical solver', async () => {
    const info = (await open(ring(3))).info as QaoaInfo;
    expect([info.optimum, info.bruteForce.score, info.annealing.score, info.greedy.score]).toEqual([10, 10, 10, 10]); // prettier-ignore
  });

  it('cuts the random 3-regular graph of 15 edges at about 0.82 of its optimum 12, above 0.6924', async () => {
    const { s, reports } = await play<QaoaReport>(experiment('cutting-graphs', 'A random graph', 'qaoa')); // prettier-ignore
    const info = s.info as QaoaInfo;
    expect(info.picture.kind === 'graph' && info.picture.edges.length).toBe(15);
    expect(info.optimum).toBe(12);
    expect(reports.at(-1)!.ratio.toFixed(2)).toBe('0.82');
    const samples = s.pictures().find((p) => p.kind === 'samples');
    expect(samples?.kind === 'samples' && samples.samples.best.score).toBe(12);
  });
});

describe('lesson 7, noise and error correction', () => {
  const at = (title: string) => experiment('noise-and-error-correction', title, 'qec');
  const figures = async (e: ExperimentOf<'qec'>) => ((await open(e)).info as QecInfo).at;

  it('quotes 0.028 against 0.1 at p = 0.1, and 0.216 against 0.3 at p = 0.3', async () => {
    const e = at('A noisy qubit');
    const ten = await figures(e);
    expect([ten.logical.toFixed(3), ten.unencoded.toFixed(3)]).toEqual(['0.028', '0.100']);
    const thirty = await figures({ ...e, code: { ...e.code, p: 0.3 } });
    expect([thirty.logical.toFixed(3), thirty.unencoded.toFixed(3)]).toEqual(['0.216', '0.300']);
    expect(((await open(e)).info as QecInfo).breakEven).toBe(0.5);
  });

  it('lets phase flips through (0.244) until the phase-flip code is chosen (0.028)', async () => {
    const e = at('Phase flips slip through');
    expect((await figures(e)).logical.toFixed(3)).toBe('0.244');
    const fixed = await figures({ ...e, code: { ...e.code, kind: 'phaseFlip' } });
    expect(fixed.logical.toFixed(3)).toBe('0.028');
  });

  it('Shor’s code under depolarising noise: 0.033 against 0.05, break-even near 0.085', async () => {
    const e = at('Shor’s code');
    const f = await figures(e);
    expect([f.logical.toFixed(3), f.unencoded.toFixed(3)]).toEqual(['0.033', '0.050']);
    const { reports } = await play<QecReport>(e);
    const points = reports.map((r) => r.point!);
    const k = points.findIndex((q) => q.p > 0 && q.logical > q.unencoded);
    expect(points[k - 1]!.p).toBeCloseTo(0.08, 9);
    expect(points[k]!.p).toBeCloseTo(0.09, 9);
  });
});
