// circuitRows with a frozen prefix (prefixRows.ts): loss, gradient and states against the full
// circuit run every time, against central differences, each row's prefix run once and run again
// when its row or the frozen parameters change, rows past the cap, and the refusals.

import { describe, expect, it } from 'vitest';
import { createRng, type Circuit } from '../../../../workers/sim';
import { circuitRows, type CircuitRows } from '../../../../workers/ml/benchmark/circuitRows';
import { iqpEmbedding } from '../../../../workers/ml/benchmark/embeddings';
import { iqpVariationalCircuit } from '../../../../workers/ml/benchmark/iqpVariationalModel';
import { prefixRows } from '../../../../workers/ml/benchmark/prefixRows';

const D = 4;
const ROWS = 6;
const emb = iqpEmbedding(D, 2);
const circuit = iqpVariationalCircuit(D, 2, 2);
const PREFIX = emb.circuit.ops.length;
const load = (x: Float64Array, r: number, out: Float64Array, o: number) =>
  emb.features(x, r * D, out, o);
const idx = Int32Array.of(0, 3, 1, 3, 5, 2, 0);

/** Uniform draws in [lo, hi). */
const uniform = (n: number, seed: number, lo = -Math.PI / 2, hi = Math.PI / 2) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * rng.next());
};

/** Parameters: the embedding's bias 0 and weight 1, random angles after. */
function params(seed: number): Float64Array {
  const theta = uniform(circuit.ops.length, seed, -3, 3);
  theta[0] = 0;
  theta[1] = 1;
  return theta;
}

/**
 * Loss Σ_rows c_r·⟨X₀⟩ (a readout off the diagonal, so phases count): λ = c_r·X₀|ψ⟩, with c_r a
 * weight per row. Returns the loss and its gradient.
 */
function lossX0(rows: CircuitRows, theta: Float64Array, x: Float64Array): [number, Float64Array] {
  const grad = new Float64Array(theta.length);
  const loss = rows.loss(theta, x, idx, grad, (r, amp, lam) => {
    const c = 0.3 + 0.1 * r;
    let e = 0;
    for (let b = 0; b < 1 << D; b++) {
      const f = b ^ 1;
      lam[2 * b] = c * amp[2 * f]!;
      lam[2 * b + 1] = c * amp[2 * f + 1]!;
      e += amp[2 * b]! * amp[2 * f]! + amp[2 * b + 1]! * amp[2 * f + 1]!;
    }
    return c * e;
  });
  return [loss, grad];
}

/** Every row's final state, one after another. */
function states(rows: CircuitRows, theta: Float64Array, x: Float64Array, count: number) {
  const out = new Float64Array(count << (D + 1));
  rows.forward(theta, x, count, (r, amp) => out.set(amp, r << (D + 1)));
  return out;
}

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>, from = 0): number => {
  let m = 0;
  for (let i = from; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('circuitRows with a frozen prefix', () => {
  const full = circuitRows(circuit, emb.width, load);
  const kept = () => prefixRows(circuit, emb.width, load, { prefix: PREFIX, frozen: [0, 1] });

  it('loss and gradient equal the full circuit’s (1e-12); the frozen entries stay 0', () => {
    const x = uniform(ROWS * D, 1);
    const theta = params(2);
    const rows = circuitRows(circuit, emb.width, load, { prefix: PREFIX, frozen: [0, 1] });
    const [want, wantGrad] = lossX0(full, theta, x);
    // Twice: the first run computes the prefix states, the second reads them.
    for (let k = 0; k < 2; k++) {
      const [loss, grad] = lossX0(rows, theta, x);
      expect(Math.abs(loss - want)).toBeLessThan(1e-12);
      expect(maxDiff(grad, wantGrad, 2)).toBeLessThan(1e-12);
      expect([grad[0], grad[1]]).toEqual([0, 0]);
    }
    // The full circuit differentiates the embedding's constants: the kept path skips real work.
    expect(Math.abs(wantGrad[0]!) + Math.abs(wantGrad[1]!)).toBeGreaterThan(1e-3);
  });

  it('gradient equals central differences of the loss (1e-7)', () => {
    const x = uniform(ROWS * D, 3);
    const theta = params(4);
    const rows = kept();
    const [, grad] = lossX0(rows, theta, x);
    const h = 1e-5;
    for (let i = 2; i < theta.length; i++) {
      const t = theta.slice();
      t[i] = theta[i]! + h;
      const up = lossX0(rows, t, x)[0];
      t[i] = theta[i]! - h;
      const down = lossX0(rows, t, x)[0];
      expect(Math.abs(grad[i]! - (up - down) / (2 * h))).toBeLessThan(1e-7);
    }
  });

  it('each row’s prefix runs once; forward reads the kept states and equals the full circuit', () => {
    const x = uniform(ROWS * D, 5);
    const theta = params(6);
    const rows = kept();
    lossX0(rows, theta, x);
    lossX0(rows, params(7), x);
    // Rows 0, 1, 2, 3, 5 of idx, once each.
    expect(rows.prefixRuns).toBe(5);
    const got = states(rows, theta, x, ROWS);
    expect(rows.prefixRuns).toBe(6);
    expect(maxDiff(got, states(full, theta, x, ROWS))).toBeLessThan(1e-12);
    // Other rows (a test set) are run but not kept: they would take the train rows' places.
    const other = uniform(ROWS * D, 8);
    expect(maxDiff(states(rows, theta, other, ROWS), states(full, theta, other, ROWS))).toBeLessThan(1e-12); // prettier-ignore
    expect(rows.prefixRuns).toBe(12);
    lossX0(rows, theta, x);
    expect(rows.prefixRuns).toBe(12);
  });

  it('a changed row or changed frozen parameters run the prefix again', () => {
    const x = uniform(ROWS * D, 9);
    const theta = params(10);
    const rows = kept();
    lossX0(rows, theta, x);
    x[3 * D + 1] = 0.25;
    expect(Math.abs(lossX0(rows, theta, x)[0] - lossX0(full, theta, x)[0])).toBeLessThan(1e-12);
    expect(rows.prefixRuns).toBe(6);
    theta[1] = 0.5;
    const [loss, grad] = lossX0(rows, theta, x);
    const [want, wantGrad] = lossX0(full, theta, x);
    expect(Math.abs(loss - want)).toBeLessThan(1e-12);
    expect(maxDiff(grad, wantGrad, 2)).toBeLessThan(1e-12);
    expect(rows.prefixRuns).toBe(11);
  });

  it('rows past the cap run their prefix every time and stay exact', () => {
    const x = uniform(ROWS * D, 11);
    const theta = params(12);
    // Room for two rows' states: rows 0 and 1 are kept, 2, 3 and 5 are not.
    const rows = prefixRows(circuit, emb.width, load, {
      prefix: PREFIX,
      frozen: [0, 1],
      maxKeptAmplitudes: 2 << D,
    });
    const [want, wantGrad] = lossX0(full, theta, x);
    for (let k = 0; k < 2; k++) {
      const [loss, grad] = lossX0(rows, theta, x);
      expect(Math.abs(loss - want)).toBeLessThan(1e-12);
      expect(maxDiff(grad, wantGrad, 2)).toBeLessThan(1e-12);
    }
    // Five distinct rows in idx (a row twice in one batch runs once), then the three not kept.
    expect(rows.prefixRuns).toBe(5 + 3);
  });

  it('any rest (wires, a complex phase table, controlled and two-qubit gates) equals the full circuit (1e-12)', () => {
    const f = (feature: number) => ({ kind: 'feature' as const, feature, weight: 1, bias: 0 });
    const p = (index: number) => ({ kind: 'param' as const, index });
    const ops: Circuit['ops'] = [];
    for (let q = 0; q < D; q++) ops.push({ gate: 'H', targets: [q] }, { gate: 'RY', targets: [q], params: [f(q)] }); // prettier-ignore
    const prefix = ops.length;
    ops.push(
      { gate: 'RX', targets: [0], params: [p(2)] },
      { gate: 'T', targets: [1] },
      { gate: 'S', targets: [2] },
      { gate: 'RZ', targets: [3], params: [{ kind: 'const', value: 0.7 }] },
      // A run of constant diagonal gates with complex phases: one phase table.
      { gate: 'CZ', targets: [0, 2] },
      { gate: 'CP', targets: [1, 3], params: [{ kind: 'const', value: 0.9 }] },
      { gate: 'RZZ', targets: [0, 3], params: [{ kind: 'const', value: 0.4 }] },
      { gate: 'CRY', targets: [1, 3], params: [p(3)] },
      { gate: 'RZZ', targets: [0, 1], params: [p(4)] },
      { gate: 'CNOT', targets: [2, 0] },
      { gate: 'U3', targets: [1], params: [p(5), p(6), p(7)] },
      { gate: 'RY', targets: [1], params: [p(8)] },
    );
    const c: Circuit = { qubits: D, ops };
    const read = (x: Float64Array, r: number, out: Float64Array, o: number) => out.set(x.subarray(r * D, (r + 1) * D), o); // prettier-ignore
    const x = uniform(ROWS * D, 13);
    const theta = params(14);
    const rows = circuitRows(c, D, read, { prefix, frozen: [0, 1] });
    const [want, wantGrad] = lossX0(circuitRows(c, D, read), theta, x);
    const [loss, grad] = lossX0(rows, theta, x);
    expect(Math.abs(loss - want)).toBeLessThan(1e-12);
    expect(maxDiff(grad, wantGrad, 2)).toBeLessThan(1e-12);
    expect(Math.max(...grad.subarray(2, 9).map(Math.abs))).toBeGreaterThan(1e-4);
  });

  it('refuses a prefix that reads a trained parameter, and a rest that reads the row', () => {
    expect(() => prefixRows(circuit, emb.width, load, { prefix: PREFIX + 1, frozen: [0, 1] })).toThrow(/parameters 2, which are not frozen/); // prettier-ignore
    expect(() => prefixRows(circuit, emb.width, load, { prefix: PREFIX, frozen: [0] })).toThrow(/parameters 1, which/); // prettier-ignore
    const late: Circuit = { qubits: D, ops: [...circuit.ops, ...emb.circuit.ops] };
    expect(() => prefixRows(late, emb.width, load, { prefix: PREFIX, frozen: [0, 1] })).toThrow(/rest reads features/); // prettier-ignore
  });
});
