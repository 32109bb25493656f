import { describe, expect, it } from 'vitest';
import {
  createRng,
  eigenvaluesHermitian,
  reducedDensityMatrix,
  runCircuit,
} from '../../../../workers/sim';
import type { Circuit } from '../../../../workers/sim';
import {
  embedStates,
  hamiltonianEmbedding,
  iqpEmbedding,
  type Embedding,
} from '../../../../workers/ml/benchmark/embeddings';
import {
  blochFeatures,
  fidelityGram,
  projectedGamma,
  separableGram,
} from '../../../../workers/ml/benchmark/quantumKernels';
import { rbfGram } from '../../../../workers/ml/benchmark/kernels';
import { fitMinMax } from '../../../../workers/ml/benchmark/scale';
import type { Gram } from '../../../../workers/ml/benchmark/types';

/** rows × d numbers uniform in [−π/2, π/2]. */
function randomRows(rows: number, d: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: rows * d }, () => (rng.next() - 0.5) * Math.PI);
}

/** The embedding's state of one row by the single-state simulator, its features made constants. */
function referenceState(emb: Embedding, x: Float64Array, o: number): Float64Array {
  const f = new Float64Array(emb.width);
  emb.features(x, o, f, 0);
  const circuit: Circuit = {
    qubits: emb.circuit.qubits,
    ops: emb.circuit.ops.map((op) => ({
      ...op,
      params: op.params?.map((p) =>
        p.kind === 'feature' ? { kind: 'const' as const, value: f[p.feature]! } : p,
      ),
    })),
  };
  return runCircuit(circuit).amp;
}

function smallestEigenvalue(g: Gram): number {
  const n = g.rows;
  const h = new Float64Array(2 * n * n);
  for (let i = 0; i < n * n; i++) h[2 * i] = g.k[i]!;
  return Math.min(...eigenvaluesHermitian(h, n));
}

function expectSymmetricUnitDiagonal(g: Gram): void {
  for (let i = 0; i < g.rows; i++) {
    expect(g.k[i * g.cols + i]).toBeCloseTo(1, 12);
    for (let j = 0; j < i; j++) expect(g.k[i * g.cols + j]).toBe(g.k[j * g.cols + i]);
  }
}

describe('IQP embedding', () => {
  it('one repeat gives the closed form 2^(−d/2)·exp(−i/2·(Σ x_i z_i + Σ_{i<j} x_i x_j z_i z_j))', () => {
    const d = 4;
    const x = randomRows(3, d, 1);
    const emb = iqpEmbedding(d, 1);
    const states = embedStates(emb, x, 3, d);
    for (let r = 0; r < 3; r++)
      for (let b = 0; b < 1 << d; b++) {
        const z = Array.from({ length: d }, (_, q) => ((b >> q) & 1 ? -1 : 1));
        let phase = 0;
        for (let i = 0; i < d; i++) {
          phase += x[r * d + i]! * z[i]!;
          for (let j = i + 1; j < d; j++) phase += x[r * d + i]! * x[r * d + j]! * z[i]! * z[j]!;
        }
        const amp = 2 ** (-d / 2);
        expect(states[r]![2 * b]).toBeCloseTo(amp * Math.cos(-phase / 2), 12);
        expect(states[r]![2 * b + 1]).toBeCloseTo(amp * Math.sin(-phase / 2), 12);
      }
  });

  it('repeated embeddings on 11 qubits (the SIMD path) equal the single-state simulator', () => {
    for (const [d, repeats] of [
      [3, 2],
      [11, 2],
    ] as const) {
      const x = randomRows(5, d, d);
      const emb = iqpEmbedding(d, repeats);
      const states = embedStates(emb, x, 5, d);
      for (let r = 0; r < 5; r++) {
        const ref = referenceState(emb, x, r * d);
        let worst = 0;
        for (let k = 0; k < ref.length; k++)
          worst = Math.max(worst, Math.abs(ref[k]! - states[r]![k]!));
        expect(worst).toBeLessThan(1e-12);
      }
    }
  });

  it('its fidelity Gram matrix is symmetric, has a unit diagonal and is positive semi-definite', () => {
    const d = 5;
    const x = randomRows(30, d, 7);
    const states = embedStates(iqpEmbedding(d, 2), x, 30, d);
    const g = fidelityGram(states, states);
    expectSymmetricUnitDiagonal(g);
    expect(smallestEigenvalue(g)).toBeGreaterThan(-1e-10);
    for (const v of g.k) expect(v).toBeLessThanOrEqual(1 + 1e-12);
    // Not the identity: distinct rows overlap.
    expect(g.k[1]).toBeGreaterThan(1e-4);
  });

  it('the test × train Gram matrix holds the same values as computed one pair at a time', () => {
    const d = 3;
    const train = embedStates(iqpEmbedding(d, 1), randomRows(6, d, 2), 6, d);
    const test = embedStates(iqpEmbedding(d, 1), randomRows(4, d, 3), 4, d);
    const g = fidelityGram(test, train);
    expect([g.rows, g.cols]).toEqual([4, 6]);
    const one = fidelityGram([test[2]!], [train[5]!]);
    expect(g.k[2 * 6 + 5]).toBeCloseTo(one.k[0]!, 14);
  });
});

describe('projected quantum kernel', () => {
  it('the Hamiltonian embedding equals the single-state simulator and uses d + 1 qubits', () => {
    const d = 3;
    const x = randomRows(4, d, 11);
    const emb = hamiltonianEmbedding(d, 0.5, 3, 42);
    expect(emb.circuit.qubits).toBe(d + 1);
    // A rotation on each qubit, then per Trotter step XX, YY, ZZ on each neighbouring pair, at the
    // angle x_j·t·d/steps (the study's evolution time t·(n − 1) split into steps).
    expect(emb.circuit.ops.length).toBe(3 * (d + 1) + 3 * 3 * d);
    const f = new Float64Array(d);
    emb.features(x, 0, f, 0);
    for (let j = 0; j < d; j++) expect(f[j]).toBeCloseTo((x[j]! * 0.5 * d) / 3, 14);
    const states = embedStates(emb, x, 4, d);
    for (let r = 0; r < 4; r++) {
      const ref = referenceState(emb, x, r * d);
      for (let k = 0; k < ref.length; k++) expect(states[r]![k]).toBeCloseTo(ref[k]!, 12);
    }
    // Seeded: the same seed, the same random rotations; another seed, others.
    expect(hamiltonianEmbedding(d, 0.5, 3, 42).circuit).toEqual(emb.circuit);
    expect(hamiltonianEmbedding(d, 0.5, 3, 43).circuit).not.toEqual(emb.circuit);
  });

  it('Bloch features are the one-qubit reduced states, and the Gaussian Gram matrix is PSD', () => {
    const d = 3;
    const n = d + 1;
    const x = randomRows(20, d, 5);
    const states = embedStates(hamiltonianEmbedding(d, 1, 2, 1), x, 20, d);
    const f = blochFeatures(states, n);
    const rho = reducedDensityMatrix({ n, amp: states[4]! }, [2]);
    // ρ = (I + xX + yY + zZ)/2: x = 2 Re ρ01, y = −2 Im ρ01, z = ρ00 − ρ11.
    expect(f[3 * n * 4 + 6]).toBeCloseTo(2 * rho[2]!, 12);
    expect(f[3 * n * 4 + 7]).toBeCloseTo(-2 * rho[3]!, 12);
    expect(f[3 * n * 4 + 8]).toBeCloseTo(rho[0]! - rho[6]!, 12);
    const gamma = projectedGamma(f, d, 1);
    expect(gamma).toBeGreaterThan(0);
    const g = rbfGram(f, 20, f, 20, 3 * n, gamma);
    expectSymmetricUnitDiagonal(g);
    expect(smallestEigenvalue(g)).toBeGreaterThan(-1e-10);
  });
});

describe('separable kernel', () => {
  it('equals the fidelity kernel of the product embedding (RX(−π/4), RY(−x)) simulated', () => {
    const d = 3;
    const layers = 2;
    const a = randomRows(4, d, 21);
    const b = randomRows(3, d, 22);
    const ops: Circuit['ops'] = [];
    for (let l = 0; l < layers; l++)
      for (let q = 0; q < d; q++) {
        ops.push({ gate: 'RX', targets: [q], params: [{ kind: 'const', value: -Math.PI / 4 }] });
        ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'feature', feature: q, weight: 1, bias: 0 }] }); // prettier-ignore
      }
    // The feature enters as −x: negate the rows for the simulated embedding.
    const emb: Embedding = {
      circuit: { qubits: d, ops },
      width: d,
      features: (x, xo, out, o) => {
        for (let q = 0; q < d; q++) out[o + q] = -x[xo + q]!;
      },
    };
    const sim = fidelityGram(embedStates(emb, a, 4, d), embedStates(emb, b, 3, d));
    const g = separableGram(a, 4, b, 3, d, layers);
    for (let i = 0; i < 12; i++) expect(g.k[i]).toBeCloseTo(sim.k[i]!, 12);
    const self = separableGram(a, 4, a, 4, d, layers);
    expectSymmetricUnitDiagonal(self);
    expect(smallestEigenvalue(self)).toBeGreaterThan(-1e-10);
  });
});

describe('min–max scaling', () => {
  it('maps the train range of each feature onto [−π/2, π/2] and applies the same map to new rows', () => {
    const x = Float64Array.of(0, 10, 2, 20, 4, 30);
    const s = fitMinMax(x, 2, -Math.PI / 2, Math.PI / 2);
    const y = s.apply(x);
    expect(y[0]).toBeCloseTo(-Math.PI / 2, 14);
    expect(y[4]).toBeCloseTo(Math.PI / 2, 14);
    expect(y[3]).toBeCloseTo(0, 14);
    expect(s.apply(Float64Array.of(6, 40))[0]).toBeCloseTo(Math.PI, 14);
    // A constant feature maps to the low end, never NaN.
    expect(fitMinMax(Float64Array.of(3, 3), 1, -1, 1).apply(Float64Array.of(3))[0]).toBe(-1);
  });
});
