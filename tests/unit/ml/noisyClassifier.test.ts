// The quantum classifier under noise: with no noise it trains exactly as the ideal one; its
// gradients against finite differences of its own noisy loss (gate noise, damping, unequal
// readout error); readouts against the density simulator's own; shots; the noise settings.
import { describe, expect, it } from 'vitest';
import { generateDataset, type Dataset } from '../../../workers/ml/data';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import { createNoisyClassifier, type QuantumModel } from '../../../workers/ml/noisyClassifier';
import { createQuantumClassifier } from '../../../workers/ml/quantumClassifier';
import type { ReadoutKind } from '../../../workers/ml/readout';
import { createRng, type Circuit, type GradientMethod } from '../../../workers/sim';
import { IDEAL_NOISE, noiseModelOf } from '../../../workers/sim/noise/noiseModel';
import type { NoiseModel } from '../../../workers/sim/noise/types';

const sgd = { name: 'sgd' as const, learningRate: 1, l2: 0 };
const adam = { name: 'adam' as const, learningRate: 0.05, l2: 1e-3 };

/** Every kind of noise, readout error unequal (p01 ≠ p10) so that it is not a mere scaling. */
const NOISY: NoiseModel = {
  p1: 0.02,
  p2: 0.06,
  gamma: 0.03,
  lambda: 0.02,
  readout: { p01: 0.04, p10: 0.09 },
};

/** A data set of the right class count for 2, 3 or 4 classes. */
function dataFor(classes: number, points: number, seed: number): Dataset {
  const name = classes === 2 ? 'circle' : classes === 3 ? 'tricrown' : 'squares';
  const d = generateDataset({ name, points, noise: 0, seed });
  expect(d.classes).toBe(classes);
  return d;
}

const CASES: { readout: ReadoutKind; qubits: number; classes: number }[] = [
  { readout: 'fidelity', qubits: 1, classes: 2 },
  { readout: 'fidelity', qubits: 2, classes: 3 },
  { readout: 'cross-entropy', qubits: 2, classes: 2 },
  { readout: 'cross-entropy', qubits: 3, classes: 3 },
];

describe('noisy classifier without noise', () => {
  it.each(CASES)(
    'one epoch of Adam trains as the ideal model to 1e-9 ($readout, $qubits q)',
    (c) => {
      const circuit = reuploadingCircuit({ qubits: c.qubits, layers: 3, entangler: 'cz' });
      const data = dataFor(c.classes, 24, 7);
      const spec = { circuit, readout: c.readout, classes: c.classes };
      // Same seeds: the same initial parameters and the same shuffled mini-batches.
      const idealRng = createRng(11);
      const noisyRng = createRng(11);
      const ideal = createQuantumClassifier(spec, adam, { kind: 'adjoint' }, idealRng);
      const noisy = createNoisyClassifier(spec, adam, { kind: 'adjoint' }, noisyRng, IDEAL_NOISE);
      expect(Array.from(noisy.theta)).toEqual(Array.from(ideal.theta));
      const theta0 = ideal.theta.slice();
      const lossIdeal = ideal.trainEpoch(data, 5, idealRng);
      const lossNoisy = noisy.trainEpoch(data, 5, noisyRng);
      expect(Math.abs(lossNoisy - lossIdeal)).toBeLessThan(1e-9);
      let moved = 0;
      for (let i = 0; i < ideal.numParams; i++) {
        expect(Math.abs(noisy.theta[i]! - ideal.theta[i]!)).toBeLessThan(1e-9);
        moved = Math.max(moved, Math.abs(ideal.theta[i]! - theta0[i]!));
      }
      // Training moved the parameters (five Adam steps of 0.05).
      expect(moved).toBeGreaterThan(0.05);
      // Evaluation and predictions agree too.
      const a = ideal.evaluate(data);
      const b = noisy.evaluate(data);
      expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-9);
      expect(b.accuracy).toBe(a.accuracy);
      const pa = new Float64Array(data.y.length * c.classes);
      const pb = new Float64Array(data.y.length * c.classes);
      ideal.predict(data.x, pa);
      noisy.predict(data.x, pb);
      for (let i = 0; i < pa.length; i++) expect(Math.abs(pa[i]! - pb[i]!)).toBeLessThan(1e-9);
    },
  );
});

/** −∇(mean loss) at the model's parameters: one SGD step of lr 1 over one batch of every point. */
function stepGradient(model: QuantumModel, data: Dataset): Float64Array {
  const theta0 = model.theta.slice();
  model.trainEpoch(data, data.y.length, createRng(1));
  const g = theta0.map((t, i) => t - model.theta[i]!);
  model.theta.set(theta0);
  return g;
}

describe('noisy classifier gradients', () => {
  it.each(CASES)(
    'equal central differences of the noisy loss to 1e-6 ($readout, $qubits q, $classes classes)',
    (c) => {
      const circuit = reuploadingCircuit({ qubits: c.qubits, layers: 2, entangler: 'cnot' });
      const data = dataFor(c.classes, 6, 4);
      const spec = { circuit, readout: c.readout, classes: c.classes };
      const model = createNoisyClassifier(spec, sgd, { kind: 'shift' }, createRng(3), NOISY);
      const g = stepGradient(model, data);
      const theta0 = model.theta.slice();
      const h = 1e-5;
      let largest = 0;
      for (let i = 0; i < model.numParams; i++) {
        const p = theta0.slice();
        p[i] = p[i]! + h;
        model.setParams(p);
        const up = model.evaluate(data).loss;
        p[i] = p[i]! - 2 * h;
        model.setParams(p);
        const down = model.evaluate(data).loss;
        expect(Math.abs((up - down) / (2 * h) - g[i]!)).toBeLessThan(1e-6);
        largest = Math.max(largest, Math.abs(g[i]!));
      }
      // Not trivially zero.
      expect(largest).toBeGreaterThan(1e-3);
      // And not the ideal model's: the noise changes the gradient.
      const ideal = createQuantumClassifier(spec, sgd, { kind: 'adjoint' }, createRng(3));
      const gi = stepGradient(ideal, data);
      let diff = 0;
      for (let i = 0; i < g.length; i++) diff = Math.max(diff, Math.abs(g[i]! - gi[i]!));
      expect(diff).toBeGreaterThan(1e-3);
    },
  );

  it.each([CASES[0]!, CASES[2]!])(
    'with shots: a shot estimate whose mean over seeds is near the exact step ($readout)',
    (c) => {
      const circuit = reuploadingCircuit({ qubits: c.qubits, layers: 2, entangler: 'cz' });
      const data = dataFor(c.classes, 4, 9);
      const spec = { circuit, readout: c.readout, classes: c.classes };
      const make = (method: GradientMethod) =>
        createNoisyClassifier(spec, sgd, method, createRng(3), NOISY);
      const exact = stepGradient(make({ kind: 'shift' }), data);
      const runs = 30;
      const mean = new Float64Array(exact.length);
      let spread = 0;
      for (let s = 0; s < runs; s++) {
        const g = stepGradient(make({ kind: 'shift', shots: 2000, rng: createRng(100 + s) }), data);
        for (let i = 0; i < g.length; i++) {
          mean[i] = mean[i]! + g[i]! / runs;
          spread = Math.max(spread, Math.abs(g[i]! - exact[i]!));
        }
      }
      // One run differs from the exact step (shots); the mean of 30 runs of 2,000 shots is within
      // 0.012 of it (measured: at most 0.001 fidelity, 0.0043 cross-entropy; sampling the weights
      // already confused, i.e. readout error counted twice, is 0.034 off).
      expect(spread).toBeGreaterThan(1e-3);
      for (let i = 0; i < exact.length; i++)
        expect(Math.abs(mean[i]! - exact[i]!)).toBeLessThan(0.012);
    },
  );
});

describe('noisy classifier readouts', () => {
  it('cross-entropy scores are the density simulator’s measured probabilities, renormalised', () => {
    const circuit = reuploadingCircuit({ qubits: 3, layers: 2, entangler: 'cnot' });
    const data = dataFor(3, 5, 2);
    const model = createNoisyClassifier(
      { circuit, readout: 'cross-entropy', classes: 3 },
      sgd,
      { kind: 'shift' },
      createRng(5),
      NOISY,
    );
    const scores = new Float64Array(3 * 5);
    model.predict(data.x, scores);
    for (let i = 0; i < 5; i++) {
      const probs = model.sim.probabilities(model.theta, data.x.subarray(2 * i, 2 * i + 2));
      // Classes 0, 1, 2 are the patterns of qubits 0 and 1; pattern 3 is no class.
      const p = [0, 0, 0, 0];
      for (let b = 0; b < 8; b++) p[b & 3] = p[b & 3]! + probs[b]!;
      const total = p[0]! + p[1]! + p[2]!;
      for (let k = 0; k < 3; k++) expect(Math.abs(scores[3 * i + k]! - p[k]! / total)).toBeLessThan(1e-12); // prettier-ignore
    }
  });

  it('fidelity scores read the Bloch vector through readout error; finalBloch shows the state', () => {
    const circuit: Circuit = reuploadingCircuit({ qubits: 1, layers: 2, entangler: 'cz' });
    const data = dataFor(2, 4, 3);
    const spec = { circuit, readout: 'fidelity' as const, classes: 2 };
    const onlyReadout: NoiseModel = { ...IDEAL_NOISE, readout: { p01: 0.1, p10: 0.1 } };
    const ideal = createQuantumClassifier(spec, sgd, { kind: 'adjoint' }, createRng(2));
    const noisy = createNoisyClassifier(spec, sgd, { kind: 'adjoint' }, createRng(2), onlyReadout);
    const bi = new Float64Array(12);
    const bn = new Float64Array(12);
    ideal.finalBloch(data.x, bi);
    noisy.finalBloch(data.x, bn);
    for (let i = 0; i < 12; i++) expect(Math.abs(bn[i]! - bi[i]!)).toBeLessThan(1e-12);
    // Symmetric readout error p reads every ⟨σ⟩ as (1 − 2p)⟨σ⟩: F = (1 + 0.8·r·b)/2.
    const si = new Float64Array(8);
    const sn = new Float64Array(8);
    ideal.predict(data.x, si);
    noisy.predict(data.x, sn);
    for (let i = 0; i < 8; i++) expect(Math.abs(sn[i]! - (0.5 + 0.8 * (si[i]! - 0.5)))).toBeLessThan(1e-12); // prettier-ignore
  });

  it('refuses a noisy circuit above 12 qubits with the density simulator’s message', () => {
    const circuit = reuploadingCircuit({ qubits: 1, layers: 1, entangler: 'cz' });
    const wide: Circuit = { ...circuit, qubits: 13 };
    const make = () =>
      createNoisyClassifier({ circuit: wide, readout: 'fidelity', classes: 2 }, sgd, { kind: 'shift' }, createRng(1), NOISY); // prettier-ignore
    expect(make).toThrow(/noisy simulation is limited to 12 qubits/);
  });
});

describe('noiseModelOf', () => {
  it('is null when absent or all zero, else the worker’s model', () => {
    expect(noiseModelOf(undefined)).toBeNull();
    expect(noiseModelOf({ p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 })).toBeNull();
    expect(noiseModelOf({ p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0.01 })).toEqual({
      p1: 0,
      p2: 0,
      gamma: 0,
      lambda: 0,
      readout: { p01: 0, p10: 0.01 },
    });
  });
});
