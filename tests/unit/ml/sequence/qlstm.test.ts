// The quantum LSTM (workers/ml/sequence/qlstm.ts): its size and gate circuit, a forward pass
// against a hand computation with 2×2 matrices, the exact gradient (BPTT through the batched
// adjoint) against central differences, learning a sine, and reproducibility from the seed.
import { describe, expect, it } from 'vitest';
import {
  createQlstm,
  qlstmGateCircuit,
  qlstmParamCount,
  type Qlstm,
  type QlstmSpec,
} from '../../../../workers/ml/sequence/qlstm';
import { createRng, type Rng } from '../../../../workers/sim';
import { trainOnSine } from './sineWindows';

const spec = (window: number, qubits: number, hidden: number, layers: number): QlstmSpec => ({
  window,
  qubits,
  hidden,
  layers,
});

describe('QLSTM size and circuit', () => {
  it('has 4·(n(1+h) + n + 3nL + hn + h) + h + 1 parameters and an n-qubit gate circuit', () => {
    const cases: [QlstmSpec, number][] = [
      [spec(2, 1, 1, 1), 4 * (2 + 1 + 3 + 1 + 1) + 2], // 34
      [spec(6, 4, 2, 1), 4 * (12 + 4 + 12 + 8 + 2) + 3], // 155
      [spec(3, 3, 1, 2), 4 * (6 + 3 + 18 + 3 + 1) + 2], // 126
      [spec(3, 2, 2, 1), 4 * (6 + 2 + 6 + 4 + 2) + 3], // 83
      [spec(1, 6, 8, 4), 4 * (54 + 6 + 72 + 48 + 8) + 9], // 761
    ];
    for (const [s, count] of cases) {
      expect(qlstmParamCount(s)).toBe(count);
      const q = createQlstm(s, createRng(1));
      expect(q.numParams).toBe(count);
      expect(q.theta).toHaveLength(count);
      const c = qlstmGateCircuit(s);
      expect(c.qubits).toBe(s.qubits);
      expect(q.circuit).toEqual(c);
      // The circuit's own parameters: 3nL angles, then a weight and a bias slot per encoding.
      const n = s.qubits;
      expect(c.paramNames).toHaveLength(3 * n * s.layers + 4 * n);
      expect(new Set(c.paramNames).size).toBe(c.paramNames!.length);
      expect(c.paramNames!.slice(0, 3)).toEqual(['l1.phi.q1', 'l1.theta.q1', 'l1.omega.q1']);
      expect(c.paramNames!.slice(3 * n * s.layers, 3 * n * s.layers + 4)).toEqual([
        'enc.ry.q1.w',
        'enc.ry.q1.b',
        'enc.rz.q1.w',
        'enc.rz.q1.b',
      ]);
      const cnots = c.ops.filter((o) => o.gate === 'CNOT').length;
      expect(cnots).toBe(s.layers * (n === 1 ? 0 : n === 2 ? 1 : n));
      if (n === 3)
        expect(c.ops.filter((o) => o.gate === 'CNOT').map((o) => o.targets)).toEqual([
          [0, 1], [1, 2], [2, 0], [0, 1], [1, 2], [2, 0],
        ]); // prettier-ignore
      expect(c.ops.filter((o) => o.gate === 'H')).toHaveLength(n);
      expect(c.ops.filter((o) => o.params?.[0]?.kind === 'feature')).toHaveLength(2 * n);
    }
  });

  it('starts with the forget bias 1, other biases 0, angles in (−1, 1); refuses bad specs', () => {
    const s = spec(6, 4, 2, 1);
    const q = createQlstm(s, createRng(3));
    const G = 12 + 4 + 12 + 8 + 2;
    for (let g = 0; g < 4; g++) {
      const o = g * G;
      expect(Array.from(q.theta.subarray(o + 12, o + 16))).toEqual([0, 0, 0, 0]); // a_g
      const angles = q.theta.subarray(o + 16, o + 28);
      for (const a of angles) expect(Math.abs(a)).toBeLessThan(1);
      expect(Array.from(q.theta.subarray(o + 36, o + 38))).toEqual(g === 0 ? [1, 1] : [0, 0]);
      // Glorot: A within √(6/(3+4)), B within √(6/(4+2)).
      for (const a of q.theta.subarray(o, o + 12)) expect(Math.abs(a)).toBeLessThan(Math.sqrt(6 / 7)); // prettier-ignore
      for (const b of q.theta.subarray(o + 28, o + 36)) expect(Math.abs(b)).toBeLessThan(1);
    }
    expect(q.theta[4 * G + 2]).toBe(0); // w0
    expect(() => createQlstm(spec(3, 7, 2, 1), createRng(1))).toThrow(/qubits.*1 to 6; got 7/);
    expect(() => createQlstm(spec(3, 2, 9, 1), createRng(1))).toThrow(/hidden size.*got 9/);
    expect(() => createQlstm(spec(3, 2, 2, 0), createRng(1))).toThrow(/layers.*got 0/);
    expect(() => createQlstm(spec(0, 2, 2, 1), createRng(1))).toThrow(/window.*at least 1/);
    expect(() => createQlstm(spec(2, 1.5, 2, 1), createRng(1))).toThrow(/qubits/);
  });
});

// 2×2 complex matrices as [re, im] pairs, row-major: [m00, m01, m10, m11].
type C = [number, number];
type M = [C, C, C, C];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const apply = (m: M, v: [C, C]): [C, C] => [
  add(mul(m[0], v[0]), mul(m[1], v[1])),
  add(mul(m[2], v[0]), mul(m[3], v[1])),
];
const H: M = [
  [Math.SQRT1_2, 0],
  [Math.SQRT1_2, 0],
  [Math.SQRT1_2, 0],
  [-Math.SQRT1_2, 0],
];
const ry = (t: number): M => [
  [Math.cos(t / 2), 0],
  [-Math.sin(t / 2), 0],
  [Math.sin(t / 2), 0],
  [Math.cos(t / 2), 0],
];
const rz = (t: number): M => [
  [Math.cos(t / 2), -Math.sin(t / 2)],
  [0, 0],
  [0, 0],
  [Math.cos(t / 2), Math.sin(t / 2)],
];

/** ⟨Z⟩ after H, RY(atan z), RZ(atan z²), RZ(φ), RY(θ), RZ(ω) on |0⟩. */
function oneQubitZ(z: number, phi: number, th: number, om: number): number {
  let v: [C, C] = [
    [1, 0],
    [0, 0],
  ];
  for (const m of [H, ry(Math.atan(z)), rz(Math.atan(z * z)), rz(phi), ry(th), rz(om)])
    v = apply(m, v);
  return v[0][0] ** 2 + v[0][1] ** 2 - v[1][0] ** 2 - v[1][1] ** 2;
}

describe('QLSTM forward', () => {
  it('equals a hand computation for 1 qubit, hidden 1, 1 layer, a 2-step window', () => {
    const q = createQlstm(spec(2, 1, 1, 1), createRng(5));
    // θ per gate (8 each: A_x, A_h, a, φ, θ, ω, B, b), then w, w0.
    const gates = [
      [0.7, -1.1, 0.2, 0.3, -0.9, 1.4, 1.3, 0.5],
      [-0.4, 0.8, -0.3, 1.2, 0.6, -0.2, -0.7, 0.1],
      [1.5, 0.3, 0.1, -0.8, 1.1, 0.4, 0.9, -0.2],
      [0.2, -0.6, 0.4, 0.5, -1.3, 0.9, 1.1, 0.3],
    ];
    q.theta.set(gates.flat());
    q.theta[32] = 1.7;
    q.theta[33] = -0.25;
    const sig = (u: number) => 1 / (1 + Math.exp(-u));
    const forecast = (xs: number[]): number => {
      let hh = 0;
      let cc = 0;
      for (const x of xs) {
        const u = gates.map(([ax, ah, a, phi, th, om, B, b]) => {
          const z = ax! * x + ah! * hh + a!;
          return B! * oneQubitZ(z, phi!, th!, om!) + b!;
        });
        const [f, i, g, o] = [sig(u[0]!), sig(u[1]!), Math.tanh(u[2]!), sig(u[3]!)];
        cc = f * cc + i * g;
        hh = o * Math.tanh(cc);
      }
      return 1.7 * hh - 0.25;
    };
    const windows = [
      [0.3, -0.8],
      [1, 0.5],
      [-0.6, -0.2],
    ];
    const got = q.predict(Float64Array.from(windows.flat()), 3);
    windows.forEach((w, k) => expect(Math.abs(got[k]! - forecast(w))).toBeLessThan(1e-10));
    // The first value matters (history is carried), and so does the order.
    expect(Math.abs(got[0]! - forecast([0.9, -0.8]))).toBeGreaterThan(1e-3);
  });
});

/** count windows of uniform values in [−1, 1) and uniform targets in [−1, 1). */
function randomData(q: Qlstm, count: number, rng: Rng): { x: Float64Array; y: Float64Array } {
  const x = Float64Array.from({ length: count * q.spec.window }, () => 2 * rng.next() - 1);
  const y = Float64Array.from({ length: count }, () => 2 * rng.next() - 1);
  return { x, y };
}

describe('QLSTM gradient', () => {
  it.each([
    [spec(3, 2, 2, 1), 11, 7],
    [spec(2, 3, 1, 2), 12, 19], // 19 windows: two backward runs of 16 and 3
  ])('lossAndGradient matches central differences (%o)', (s, seed, count) => {
    const rng = createRng(seed);
    const q = createQlstm(s, rng);
    for (let i = 0; i < q.numParams; i++) q.theta[i] = 1.5 * (2 * rng.next() - 1);
    const { x, y } = randomData(q, count, rng);
    const grad = new Float64Array(q.numParams).fill(123);
    const loss = q.lossAndGradient(x, y, count, grad);
    const yHat = q.predict(x, count);
    let mse = 0;
    for (let k = 0; k < count; k++) mse += (yHat[k]! - y[k]!) ** 2 / count;
    expect(loss).toBeCloseTo(mse, 12);
    const scratch = new Float64Array(q.numParams);
    const h = 1e-5;
    const fd = new Float64Array(q.numParams);
    for (let i = 0; i < q.numParams; i++) {
      const t0 = q.theta[i]!;
      q.theta[i] = t0 + h;
      const up = q.lossAndGradient(x, y, count, scratch);
      q.theta[i] = t0 - h;
      const down = q.lossAndGradient(x, y, count, scratch);
      q.theta[i] = t0;
      fd[i] = (up - down) / (2 * h);
    }
    const largest = Math.max(...Array.from(fd, Math.abs));
    expect(largest).toBeGreaterThan(1e-2);
    for (let i = 0; i < q.numParams; i++)
      expect(Math.abs(fd[i]! - grad[i]!), `parameter ${i}`).toBeLessThan(1e-6 * largest);
  });
});

/** A QLSTM (window 6, 4 qubits, hidden 2, 1 layer) trained on 160 sine windows; θ and MSEs. */
function trainSine(seed: number, epochs: number) {
  const s = spec(6, 4, 2, 1);
  return trainOnSine(createQlstm(s, createRng(seed)), s.window, 0.02, seed, epochs);
}

describe('QLSTM training', () => {
  it('learns the next value of a sine (20 epochs, Adam 0.02, batch 16)', () => {
    const { before, after, losses } = trainSine(1, 20);
    // It reaches 0.00015 from 0.51 (seeds 1–5: 0.00012–0.0031).
    expect(after).toBeLessThan(0.005);
    expect(after).toBeLessThan(before / 100);
    // The epoch losses reported as trained fall with it (0.45 → 0.00015).
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 100);
  });

  it('is reproducible from the seed', () => {
    const a = trainSine(7, 2);
    const b = trainSine(7, 2);
    const c = trainSine(8, 2);
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    expect(a.losses).toEqual(b.losses);
    expect(Array.from(a.theta)).not.toEqual(Array.from(c.theta));
    expect(a.after).not.toBe(a.before);
  });
});

describe('QLSTM on the shared cell', () => {
  it('keeps the forecasts and gradient of its first implementation (seed 4)', () => {
    // Recorded from qlstm.ts before its cell moved to qlstmCore.ts (shared with the next-token
    // model); the refactor was checked bit for bit, the tolerance only spares other platforms.
    const q = createQlstm(spec(3, 2, 2, 1), createRng(4));
    expect(q.theta[0]).toBeCloseTo(-0.7748357040781861, 15);
    const x = Float64Array.from([0.5, -0.25, 0.75, -1, 0, 1, 0.125, 0.5, -0.5]);
    const y = Float64Array.from([0.3, -0.6, 0.9]);
    const close = (got: number, want: number) =>
      expect(Math.abs(got - want)).toBeLessThan(1e-12 * Math.max(1, Math.abs(want)));
    const yHat = q.predict(x, 3);
    [-0.080251951561105539, -0.072814780813697647, -0.11866757394060473].forEach((v, k) =>
      close(yHat[k]!, v),
    );
    const grad = new Float64Array(q.numParams);
    close(q.lossAndGradient(x, y, 3, grad), 0.48673314273085883);
    const want: [number, number][] = [
      [0, 0.0091911181609680252], // forget gate's A, column x
      [6, -0.023059492880600049], // its a
      [8, -0.00019833135839353018], // its first angle
      [14, -0.0038193547661501998], // its B
      [20, 0.0048204864630813811], // the input gate's A
      [40, 0.025834459684099545], // the candidate gate's A
      [80, -0.091110097448054095], // the head's w
      [82, -0.58115620421027203], // w0
    ];
    for (const [i, v] of want) close(grad[i]!, v);
  });
});
