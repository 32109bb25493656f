// Quixer (workers/ml/text/quixer.ts): its size and token circuit, the dense token unitary against
// the simulator, the LCU + polynomial state and success probability against an independent
// computation, the DESIGN check (b one-hot, c = (0, 1) gives U_j|0⟩), and its errors and seeds.
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../workers/ml/optim';
import {
  createQuixer,
  quixerLayout,
  quixerParamCount,
  quixerTokenCircuit,
  type Quixer,
  type QuixerSpec,
} from '../../../../workers/ml/text/quixer';
import { quixerTokenUnitary } from '../../../../workers/ml/text/quixerCircuit';
import { createRng, runCircuit, type Circuit } from '../../../../workers/sim';

const spec = (vocab: number, context: number, qubits: number, layers: number, degree: number, embed: number, hidden: number): QuixerSpec =>
  ({ vocab, context, qubits, layers, degree, embed, hidden }); // prettier-ignore

// Complex numbers as [re, im]; D × D matrices as arrays of rows.
type C = [number, number];
const cmul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const cadd = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];

/** U|c⟩ for every basis state c, from the simulator: X gates prepare |c⟩, then the token circuit. */
function simulatedUnitary(circuit: Circuit, angles: ArrayLike<number>): C[][] {
  const D = 1 << circuit.qubits;
  const U: C[][] = Array.from({ length: D }, () => new Array<C>(D));
  for (let c = 0; c < D; c++) {
    const prep = [];
    for (let q = 0; q < circuit.qubits; q++) if (c & (1 << q)) prep.push({ gate: 'X' as const, targets: [q] }); // prettier-ignore
    const amp = runCircuit({ ...circuit, ops: [...prep, ...circuit.ops] }, angles).amp;
    for (let r = 0; r < D; r++) U[r]![c] = [amp[2 * r]!, amp[2 * r + 1]!];
  }
  return U;
}

/** The angles of token w in the model: W·E[w] + bias, computed here from θ. */
function tokenAngles(q: Quixer, w: number): Float64Array {
  const lay = quixerLayout(q.spec);
  const e = q.spec.embed;
  return Float64Array.from({ length: lay.angles }, (_, a) => {
    let x = q.theta[lay.bias + a]!;
    for (let k = 0; k < e; k++) x += q.theta[lay.linear + a * e + k]! * q.theta[lay.embedding + w * e + k]!; // prettier-ignore
    return x;
  });
}

describe('Quixer size and token circuit', () => {
  it('has Ve + Ae + A + 2T + (d+1) + 4n + 3nh + h + Vh + V parameters, A = 4nL', () => {
    const cases: [QuixerSpec, number][] = [
      [spec(5, 4, 3, 2, 2, 3, 4), 15 + 72 + 24 + 8 + 3 + 12 + 36 + 4 + 20 + 5], // 199
      [spec(16, 6, 4, 2, 2, 4, 8), 64 + 128 + 32 + 12 + 3 + 16 + 96 + 8 + 128 + 16], // 503
      [spec(2, 2, 2, 1, 1, 1, 1), 2 + 8 + 8 + 4 + 2 + 8 + 6 + 1 + 2 + 2], // 43
      [spec(16, 8, 6, 4, 4, 16, 32), 256 + 1536 + 96 + 16 + 5 + 24 + 576 + 32 + 512 + 16],
    ];
    for (const [s, count] of cases) {
      expect(quixerParamCount(s)).toBe(count);
      const q = createQuixer(s, createRng(1));
      expect(q.numParams).toBe(count);
      expect(q.theta).toHaveLength(count);
      expect(quixerLayout(s).total).toBe(count);
    }
  });

  it('draws L layers of RY all, CRX ring i → i+1, RY all, CRX ring i → i−1, angle i on gate i', () => {
    for (const [n, L] of [
      [3, 2],
      [2, 1],
      [5, 3],
    ] as const) {
      const c = quixerTokenCircuit(spec(4, 3, n, L, 2, 2, 2));
      expect(c.qubits).toBe(n);
      expect(c.ops).toHaveLength(4 * n * L);
      expect(c.ops.filter((o) => o.gate === 'RY')).toHaveLength(2 * n * L);
      expect(c.ops.filter((o) => o.gate === 'CRX')).toHaveLength(2 * n * L);
      c.ops.forEach((o, i) => expect(o.params).toEqual([{ kind: 'param', index: i }]));
      expect(new Set(c.paramNames).size).toBe(4 * n * L);
      const layer = c.ops.slice(0, 4 * n);
      const ring = (k: number) => layer.slice(k * n, (k + 1) * n);
      for (const o of [...ring(0), ...ring(2)]) expect(o.gate).toBe('RY');
      expect(ring(0).map((o) => o.targets)).toEqual(Array.from({ length: n }, (_, i) => [i]));
      // CRX targets are [control, target].
      expect(ring(1).map((o) => o.targets)).toEqual(Array.from({ length: n }, (_, i) => [i, (i + 1) % n])); // prettier-ignore
      expect(ring(3).map((o) => o.targets)).toEqual(Array.from({ length: n }, (_, i) => [i, (i - 1 + n) % n])); // prettier-ignore
    }
    expect(quixerTokenCircuit(spec(4, 3, 2, 1, 1, 1, 1)).ops.filter((o) => o.gate === 'CRX').map((o) => o.targets)) // prettier-ignore
      .toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]); // prettier-ignore
    expect(quixerTokenCircuit(spec(4, 3, 3, 1, 1, 1, 1)).paramNames!.slice(0, 4)).toEqual(['l1.ry1.q1', 'l1.ry1.q2', 'l1.ry1.q3', 'l1.crx1.q1q2']); // prettier-ignore
  });

  it('builds the dense token unitary equal to the simulator column by column, and unitary', () => {
    for (const [n, L, seed] of [
      [3, 2, 1],
      [2, 1, 2],
      [4, 2, 3],
    ] as const) {
      const s = spec(4, 3, n, L, 2, 2, 2);
      const rng = createRng(seed);
      const angles = Float64Array.from({ length: 4 * n * L }, () => 6 * rng.next() - 3);
      const dense = quixerTokenUnitary(s, angles);
      const sim = simulatedUnitary(quixerTokenCircuit(s), angles);
      const D = 1 << n;
      let worst = 0;
      for (let r = 0; r < D; r++)
        for (let c = 0; c < D; c++) {
          const [re, im] = sim[r]![c]!;
          worst = Math.max(worst, Math.abs(dense[2 * (D * c + r)]! - re), Math.abs(dense[2 * (D * c + r) + 1]! - im)); // prettier-ignore
        }
      expect(worst).toBeLessThan(1e-12);
      // U†U = I: columns are orthonormal.
      let off = 0;
      for (let a = 0; a < D; a++)
        for (let b = 0; b < D; b++) {
          let g: C = [0, 0];
          for (let r = 0; r < D; r++) g = cadd(g, cmul([dense[2 * (D * a + r)]!, -dense[2 * (D * a + r) + 1]!], [dense[2 * (D * b + r)]!, dense[2 * (D * b + r) + 1]!])); // prettier-ignore
          off = Math.max(off, Math.abs(g[0] - (a === b ? 1 : 0)), Math.abs(g[1]));
        }
      expect(off).toBeLessThan(1e-12);
      // Not the identity: the angles matter.
      expect(Math.abs(dense[0]! - 1)).toBeGreaterThan(1e-3);
    }
  });
});

describe('Quixer state and success probability', () => {
  const s = spec(5, 4, 3, 2, 2, 3, 4);
  const inputs = Int32Array.from([2, 0, 4, 2, 1, 1, 3, 0, 4, 3, 2, 1]);

  it('b one-hot at j and c = (0, 1, 0) give ψ = U_{w_j}|0⟩ with P = 1; c = (1, 0, 0) gives |0⟩', () => {
    const q = createQuixer(s, createRng(7));
    const lay = quixerLayout(s);
    const circuit = quixerTokenCircuit(s);
    for (const [k, j] of [
      [0, 2],
      [1, 0],
      [2, 3],
    ] as const) {
      q.theta.fill(0, lay.beta, lay.beta + 8);
      q.theta[lay.beta + 2 * j] = j === 3 ? -0.4 : 1.3; // b_j = ±1 after normalisation
      q.theta.set([0, 1, 0], lay.coeffs);
      const w = inputs[k * 4 + j]!;
      const want = runCircuit(circuit, tokenAngles(q, w)).amp;
      const sign = j === 3 ? -1 : 1;
      const { re, im } = q.state(inputs, k);
      for (let i = 0; i < 8; i++) {
        expect(Math.abs(re[i]! - sign * want[2 * i]!)).toBeLessThan(1e-12);
        expect(Math.abs(im[i]! - sign * want[2 * i + 1]!)).toBeLessThan(1e-12);
      }
      expect(Math.abs(q.successProbability(inputs.subarray(k * 4), 1) - 1)).toBeLessThan(1e-12);
      q.theta.set([2.5, 0, 0], lay.coeffs);
      const zero = q.state(inputs, k);
      expect(Array.from(zero.re)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
      expect(Array.from(zero.im)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      expect(q.successProbability(inputs.subarray(k * 4), 1)).toBeCloseTo(1, 12);
    }
  });

  it('gives ‖Σ c_k M^k|0⟩‖²/‖c‖₁² of M = Σ_j b_j U_{w_j}, computed independently, in (0, 1]', () => {
    const q = createQuixer(s, createRng(8));
    const lay = quixerLayout(s);
    const rng = createRng(9);
    for (let i = 0; i < 8; i++) q.theta[lay.beta + i] = 2 * rng.next() - 1;
    q.theta.set([0.3, -0.8, 0.5], lay.coeffs);
    const circuit = quixerTokenCircuit(s);
    const D = 8;
    let mean = 0;
    for (let k = 0; k < 3; k++) {
      const beta: C[] = Array.from({ length: 4 }, (_, j) => [q.theta[lay.beta + 2 * j]!, q.theta[lay.beta + 2 * j + 1]!]); // prettier-ignore
      const l1 = beta.reduce((t, z) => t + Math.hypot(z[0], z[1]), 0);
      const M: C[][] = Array.from({ length: D }, () => Array.from({ length: D }, (): C => [0, 0]));
      beta.forEach((z, j) => {
        const U = simulatedUnitary(circuit, tokenAngles(q, inputs[4 * k + j]!));
        for (let r = 0; r < D; r++)
          for (let c = 0; c < D; c++) M[r]![c] = cadd(M[r]![c]!, cmul([z[0] / l1, z[1] / l1], U[r]![c]!)); // prettier-ignore
      });
      let vk: C[] = Array.from({ length: D }, (_, i): C => [i === 0 ? 1 : 0, 0]);
      const psi: C[] = vk.map((a) => [0.3 * a[0], 0.3 * a[1]]);
      for (const ck of [-0.8, 0.5]) {
        vk = M.map((row) => row.reduce((t: C, m, c) => cadd(t, cmul(m, vk[c]!)), [0, 0]));
        vk.forEach((a, i) => (psi[i] = cadd(psi[i]!, [ck * a[0], ck * a[1]])));
      }
      const r2 = psi.reduce((t, a) => t + a[0] ** 2 + a[1] ** 2, 0);
      const p = r2 / 1.6 ** 2;
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(Math.abs(q.successProbability(inputs.subarray(4 * k), 1) - p)).toBeLessThan(1e-12);
      mean += p / 3;
      const { re, im } = q.state(inputs, k);
      const r = Math.sqrt(r2);
      psi.forEach((a, i) => {
        expect(Math.abs(re[i]! - a[0] / r)).toBeLessThan(1e-12);
        expect(Math.abs(im[i]! - a[1] / r)).toBeLessThan(1e-12);
      });
    }
    expect(Math.abs(q.successProbability(inputs, 3) - mean)).toBeLessThan(1e-12);
  });

  it('gives next-token probabilities that are positive and sum to 1 per context', () => {
    const q = createQuixer(s, createRng(10));
    const p = q.probabilities(inputs, 3);
    expect(p).toHaveLength(15);
    for (let k = 0; k < 3; k++) {
      let sum = 0;
      for (let w = 0; w < 5; w++) {
        expect(p[5 * k + w]).toBeGreaterThan(0);
        sum += p[5 * k + w]!;
      }
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
    }
    // Different contexts give different predictions.
    expect(Math.abs(p[0]! - p[5]!) + Math.abs(p[1]! - p[6]!)).toBeGreaterThan(1e-6);
  });
});

describe('Quixer errors and seeds', () => {
  it('refuses bad specs and tokens outside the vocabulary with a sentence', () => {
    const ok = spec(5, 4, 3, 2, 2, 3, 4);
    expect(() => createQuixer({ ...ok, qubits: 7 }, createRng(1))).toThrow(/number of qubits must be a whole number from 2 to 6; got 7/); // prettier-ignore
    expect(() => createQuixer({ ...ok, degree: 0 }, createRng(1))).toThrow(/polynomial degree.*from 1 to 4; got 0/); // prettier-ignore
    expect(() => createQuixer({ ...ok, vocab: 17 }, createRng(1))).toThrow(/vocabulary size.*from 2 to 16; got 17/); // prettier-ignore
    expect(() => createQuixer({ ...ok, embed: 1.5 }, createRng(1))).toThrow(/embedding size/);
    const q = createQuixer(ok, createRng(1));
    const bad = Int32Array.from([0, 1, 5, 2]);
    expect(() => q.probabilities(bad, 1)).toThrow(/Token 5 at input 2 is outside the vocabulary 0–4/); // prettier-ignore
    expect(() => q.lossAndGradient(Int32Array.from([0, 1, 2, 3]), Int32Array.from([9]), 1, new Float64Array(q.numParams))).toThrow(/Target 9/); // prettier-ignore
    expect(() => q.state(Int32Array.from([0, 1, -1, 2]), 0)).toThrow(/outside the vocabulary/);
  });

  it('gives the same θ and the same training losses from the same seed', () => {
    const s = spec(5, 4, 3, 1, 2, 3, 4);
    const rng = createRng(4);
    const inputs = Int32Array.from({ length: 40 }, () => rng.int(5));
    const targets = Int32Array.from({ length: 10 }, () => rng.int(5));
    const run = (seed: number) => {
      const q = createQuixer(s, createRng(seed));
      const theta0 = q.theta.slice();
      const opt = createOptimizer({ name: 'adam', learningRate: 0.05, l2: 0 }, q.numParams);
      const order = createRng(seed + 100);
      const losses = [0, 1].map(() => q.trainEpoch(inputs, targets, 10, 4, opt, order));
      return { theta0, losses, theta: q.theta.slice() };
    };
    const a = run(3);
    const b = run(3);
    expect(b.theta0).toEqual(a.theta0);
    expect(b.losses).toEqual(a.losses);
    expect(b.theta).toEqual(a.theta);
    expect(run(5).theta0).not.toEqual(a.theta0);
    expect(a.losses.every(Number.isFinite)).toBe(true);
  });
});
