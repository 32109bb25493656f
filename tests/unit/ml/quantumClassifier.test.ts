// The quantum classifier: loss gradients against finite differences for both readouts and every
// gradient method, and the published benchmark of DESIGN.md §5 (data re-uploading on the circle).
import { describe, expect, it } from 'vitest';
import { generateDataset, type Dataset } from '../../../workers/ml/data';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import { createQuantumClassifier, initParams } from '../../../workers/ml/quantumClassifier';
import type { ReadoutKind } from '../../../workers/ml/readout';
import { createRng, type GradientMethod } from '../../../workers/sim';

const sgd = { name: 'sgd' as const, learningRate: 1, l2: 0 };

/** Mean loss over a batch (via evaluate) and the parameter update one SGD step with lr 1 makes. */
function checkGradient(
  readout: ReadoutKind,
  qubits: number,
  classes: number,
  method: GradientMethod,
  tol: number,
): void {
  const circuit = reuploadingCircuit({ qubits, layers: 2, entangler: 'cnot' });
  const set = classes === 2 ? 'circle' : classes === 3 ? 'tricrown' : 'squares';
  const batch: Dataset = generateDataset({ name: set, points: 6, noise: 0, seed: 4 });
  const model = createQuantumClassifier(
    { circuit, readout, classes: batch.classes },
    sgd,
    method,
    createRng(3),
  );
  const theta0 = model.theta.slice();
  // With lr 1 and one batch holding every point, θ changes by exactly −∇(mean loss).
  model.trainEpoch(batch, batch.y.length, createRng(1));
  const grad = theta0.map((t, i) => t - model.theta[i]!);
  model.setParams(theta0);
  for (let i = 0; i < model.numParams; i++) {
    const h = 1e-5;
    const p = theta0.slice();
    p[i] = p[i]! + h;
    model.setParams(p);
    const up = model.evaluate(batch).loss;
    p[i] = p[i]! - 2 * h;
    model.setParams(p);
    const down = model.evaluate(batch).loss;
    expect(Math.abs((up - down) / (2 * h) - grad[i]!)).toBeLessThan(tol);
  }
}

/** θ after one SGD step (lr 1) over every point of a small set, with the given gradient method. */
function stepWith(method: GradientMethod, readout: ReadoutKind): Float64Array {
  const circuit = reuploadingCircuit({ qubits: 3, layers: 3, entangler: 'cz' });
  const data = generateDataset({ name: 'tricrown', points: 9, noise: 0, seed: 5 });
  const model = createQuantumClassifier(
    { circuit, readout, classes: 3 },
    sgd,
    method,
    createRng(8),
  );
  model.trainEpoch(data, data.y.length, createRng(1));
  return model.theta;
}

describe('quantum classifier gradients', () => {
  it.each(['fidelity', 'cross-entropy'] as const)(
    '%s: the batched, fused adjoint step equals the per-point parameter-shift step',
    (readout) => {
      const a = stepWith({ kind: 'adjoint' }, readout);
      const b = stepWith({ kind: 'shift' }, readout);
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-10);
    },
  );

  // Central differences with h = 1e-5 on smooth losses: error ~1e-10, so 1e-7 is safe.
  it('fidelity readout, adjoint, 1 qubit, 2 classes', () =>
    checkGradient('fidelity', 1, 2, { kind: 'adjoint' }, 1e-7));
  it('fidelity readout, adjoint, 2 qubits, 3 classes', () =>
    checkGradient('fidelity', 2, 3, { kind: 'adjoint' }, 1e-7));
  it('fidelity readout, exact parameter shift, 4 classes', () =>
    checkGradient('fidelity', 1, 4, { kind: 'shift' }, 1e-7));
  it('cross-entropy readout, adjoint, 2 qubits, 4 classes', () =>
    checkGradient('cross-entropy', 2, 4, { kind: 'adjoint' }, 1e-7));
  it('cross-entropy readout, exact parameter shift, 3 qubits, 3 classes', () =>
    checkGradient('cross-entropy', 3, 3, { kind: 'shift' }, 1e-7));

  it('shot-based parameter shift is an unbiased estimate (mean over seeds near the exact step)', () => {
    const circuit = reuploadingCircuit({ qubits: 1, layers: 2, entangler: 'cz' });
    const batch = generateDataset({ name: 'circle', points: 4, noise: 0, seed: 9 });
    const exact = createQuantumClassifier(
      { circuit, readout: 'fidelity', classes: 2 },
      sgd,
      { kind: 'adjoint' },
      createRng(3),
    );
    const theta0 = exact.theta.slice();
    exact.trainEpoch(batch, 4, createRng(1));
    const g = theta0.map((t, i) => t - exact.theta[i]!);
    const runs = 40;
    const mean = new Float64Array(g.length);
    for (let s = 0; s < runs; s++) {
      const m = createQuantumClassifier(
        { circuit, readout: 'fidelity', classes: 2 },
        sgd,
        { kind: 'shift', shots: 2000, rng: createRng(100 + s) },
        createRng(3),
      );
      m.trainEpoch(batch, 4, createRng(1));
      for (let i = 0; i < g.length; i++) mean[i] = mean[i]! + (theta0[i]! - m.theta[i]!) / runs;
    }
    // Shot noise per component ~ 1/√(2000·40) ≈ 0.004 times O(1) factors: 0.03 is several σ.
    for (let i = 0; i < g.length; i++) expect(Math.abs(mean[i]! - g[i]!)).toBeLessThan(0.03);
  });
});

describe('DESIGN.md §5: data re-uploading on the circle', () => {
  it('1 qubit, 3 layers, Adam 0.1, batch 32, 30 epochs: mean test accuracy over 5 seeds ≥ 0.87', () => {
    const accs: number[] = [];
    for (let seed = 0; seed < 5; seed++) {
      const train = generateDataset({ name: 'circle', points: 200, noise: 0, seed: 100 + seed });
      const test = generateDataset({ name: 'circle', points: 2000, noise: 0, seed: 900 + seed });
      const rng = createRng(seed);
      const circuit = reuploadingCircuit({ qubits: 1, layers: 3, entangler: 'cz' });
      const m = createQuantumClassifier(
        { circuit, readout: 'fidelity', classes: 2 },
        { name: 'adam', learningRate: 0.1, l2: 0 },
        { kind: 'adjoint' },
        rng,
      );
      for (let e = 0; e < 30; e++) m.trainEpoch(train, 32, rng);
      accs.push(m.evaluate(test).accuracy);
    }
    const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
    expect(mean).toBeGreaterThanOrEqual(0.87);
  });
});

describe('initParams', () => {
  it('sets feature weights to 1 and angles in (−1, 1)', () => {
    const circuit = reuploadingCircuit({ qubits: 2, layers: 2, entangler: 'cz' });
    const p = initParams(circuit, 20, createRng(1));
    for (const op of circuit.ops)
      for (const b of op.params ?? []) {
        if (b.kind === 'feature') {
          expect(p[b.weight]).toBe(1);
          expect(Math.abs(p[b.bias]!)).toBeLessThan(1);
        }
      }
  });
});
