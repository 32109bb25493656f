// The next-token quantum LSTM (workers/ml/text/qlstmText.ts): its size, a forward pass against an
// independent Bloch-sphere computation, the exact gradient (BPTT through the batched adjoint)
// against central differences, learning a cycle of tokens, reproducibility, and its refusals.
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../workers/ml/optim';
import {
  createQlstmText,
  qlstmTextParamCount,
  type QlstmText,
  type QlstmTextSpec,
} from '../../../../workers/ml/text/qlstmText';
import { createRng } from '../../../../workers/sim';

const spec = (
  vocab: number,
  context: number,
  qubits: number,
  hidden: number,
  layers: number,
): QlstmTextSpec => ({ vocab, context, qubits, hidden, layers });

describe('next-token QLSTM size', () => {
  it('has 4·(n(V+h) + n + 3nL + hn + h) + V·h + V parameters and an n-qubit gate circuit', () => {
    const cases: [QlstmTextSpec, number][] = [
      [spec(4, 3, 2, 2, 1), 4 * (12 + 2 + 6 + 4 + 2) + 8 + 4], // 116
      [spec(2, 2, 1, 1, 1), 4 * (3 + 1 + 3 + 1 + 1) + 2 + 2], // 40
      [spec(16, 6, 4, 4, 1), 4 * (80 + 4 + 12 + 16 + 4) + 64 + 16], // 544
      [spec(8, 8, 3, 5, 2), 4 * (39 + 3 + 18 + 15 + 5) + 40 + 8], // 368
      [spec(16, 8, 6, 8, 4), 4 * (144 + 6 + 72 + 48 + 8) + 128 + 16], // 1256
    ];
    for (const [s, count] of cases) {
      expect(qlstmTextParamCount(s)).toBe(count);
      const q = createQlstmText(s, createRng(1));
      expect(q.numParams).toBe(count);
      expect(q.theta).toHaveLength(count);
      expect(q.qubits).toBe(s.qubits);
      expect(q.circuit.qubits).toBe(s.qubits);
      expect([q.vocab, q.context]).toEqual([s.vocab, s.context]);
      expect(q.successProbability).toBeUndefined();
    }
  });

  it('refuses specs out of range with a sentence naming the field', () => {
    const rng = createRng(1);
    expect(() => createQlstmText(spec(1, 3, 2, 2, 1), rng)).toThrow(/vocabulary size.*2 to 16; got 1/); // prettier-ignore
    expect(() => createQlstmText(spec(17, 3, 2, 2, 1), rng)).toThrow(/vocabulary size.*got 17/);
    expect(() => createQlstmText(spec(4, 1, 2, 2, 1), rng)).toThrow(/context length.*2 to 8; got 1/); // prettier-ignore
    expect(() => createQlstmText(spec(4, 9, 2, 2, 1), rng)).toThrow(/context length.*got 9/);
    expect(() => createQlstmText(spec(4, 3, 7, 2, 1), rng)).toThrow(/qubits.*1 to 6; got 7/);
    expect(() => createQlstmText(spec(4, 3, 2, 9, 1), rng)).toThrow(/hidden size.*got 9/);
    expect(() => createQlstmText(spec(4, 3, 2, 2, 0), rng)).toThrow(/layers.*got 0/);
    expect(() => createQlstmText(spec(4.5, 3, 2, 2, 1), rng)).toThrow(/vocabulary/);
  });
});

/**
 * ⟨Z⟩ of one qubit after H, RY(α), RZ(β), RZ(φ), RY(θ), RZ(ω) on |0⟩, α = arctan z, β = arctan z²,
 * on the Bloch sphere: H gives +x; RY(α) turns it to (cos α, 0, −sin α); the RZs turn x, y by
 * β + φ; RY(θ) gives z = −x sin θ + z cos θ; the last RZ leaves z alone.
 */
function blochZ(z: number, phi: number, th: number): number {
  const al = Math.atan(z);
  const be = Math.atan(z * z);
  return -Math.cos(al) * Math.cos(be + phi) * Math.sin(th) - Math.sin(al) * Math.cos(th);
}

/** Next-token probabilities of a 1-qubit, 1-layer model, reading θ by the documented layout. */
function reference(theta: Float64Array, V: number, h: number, tokens: number[]): number[] {
  const gate = V + h + 1 + 3 + h + h; // A (1 × (V+h)), a, φ θ ω, B (h × 1), b (h)
  const sig = (u: number) => 1 / (1 + Math.exp(-u));
  let hh = new Array<number>(h).fill(0);
  let cc = new Array<number>(h).fill(0);
  for (const w of tokens) {
    const u = [0, 1, 2, 3].map((g) => {
      const o = g * gate;
      let z = theta[o + w]! + theta[o + V + h]!;
      for (let j = 0; j < h; j++) z += theta[o + V + j]! * hh[j]!;
      const q = blochZ(z, theta[o + V + h + 1]!, theta[o + V + h + 2]!);
      return hh.map((_, j) => theta[o + V + h + 4 + j]! * q + theta[o + V + h + 4 + h + j]!);
    });
    cc = cc.map((c, j) => sig(u[0]![j]!) * c + sig(u[1]![j]!) * Math.tanh(u[2]![j]!));
    hh = cc.map((c, j) => sig(u[3]![j]!) * Math.tanh(c));
  }
  const head = 4 * gate;
  const logits = Array.from({ length: V }, (_, i) => {
    let y = theta[head + V * h + i]!;
    for (let j = 0; j < h; j++) y += theta[head + i * h + j]! * hh[j]!;
    return y;
  });
  const e = logits.map((y) => Math.exp(y));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

describe('next-token QLSTM forward', () => {
  it('equals a Bloch-sphere computation for 1 qubit, hidden 2, vocab 3, context 3', () => {
    const q = createQlstmText(spec(3, 3, 1, 2, 1), createRng(5));
    const rng = createRng(6);
    for (let i = 0; i < q.numParams; i++) q.theta[i] = 2 * rng.next() - 1;
    const contexts = [
      [0, 1, 2],
      [2, 2, 0],
      [1, 0, 1],
      [0, 0, 0],
    ];
    const got = q.probabilities(Int32Array.from(contexts.flat()), contexts.length);
    expect(got).toHaveLength(contexts.length * 3);
    contexts.forEach((c, k) => {
      const want = reference(q.theta, 3, 2, c);
      for (let i = 0; i < 3; i++) expect(Math.abs(got[k * 3 + i]! - want[i]!)).toBeLessThan(1e-12);
    });
    // The first token matters (history is carried), and so does the order.
    const other = reference(q.theta, 3, 2, [1, 1, 2]);
    expect(Math.abs(got[0]! - other[0]!)).toBeGreaterThan(1e-4);
  });

  it('gives probability rows that sum to 1, over more contexts than one run takes', () => {
    const s = spec(16, 6, 3, 3, 2);
    const q = createQlstmText(s, createRng(2));
    const rng = createRng(3);
    const count = 300;
    const x = Int32Array.from({ length: count * s.context }, () => Math.floor(16 * rng.next()));
    const p = q.probabilities(x, count);
    expect(p).toHaveLength(count * 16);
    for (let k = 0; k < count; k++) {
      let sum = 0;
      for (let i = 0; i < 16; i++) {
        expect(p[k * 16 + i]!).toBeGreaterThan(0);
        sum += p[k * 16 + i]!;
      }
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
    }
    // Rows of the same context agree wherever they sit in the batch.
    const again = q.probabilities(x.subarray(299 * 6), 1);
    for (let i = 0; i < 16; i++) expect(again[i]).toBeCloseTo(p[299 * 16 + i]!, 14);
  });
});

describe('next-token QLSTM gradient', () => {
  it('lossAndGradient matches central differences in every parameter', () => {
    const rng = createRng(11);
    const q = createQlstmText(spec(4, 3, 2, 2, 1), rng);
    for (let i = 0; i < q.numParams; i++) q.theta[i] = 1.5 * (2 * rng.next() - 1);
    const x = Int32Array.from([0, 1, 2, 3, 3, 1, 2, 0, 2]);
    const y = Int32Array.from([3, 0, 1]);
    const grad = new Float64Array(q.numParams).fill(123);
    const loss = q.lossAndGradient(x, y, 3, grad);
    const p = q.probabilities(x, 3);
    const ce = -(Math.log(p[3]!) + Math.log(p[4]!) + Math.log(p[9]!)) / 3;
    expect(Math.abs(loss - ce)).toBeLessThan(1e-12);
    const scratch = new Float64Array(q.numParams);
    const h = 1e-5;
    const fd = new Float64Array(q.numParams);
    for (let i = 0; i < q.numParams; i++) {
      const t0 = q.theta[i]!;
      q.theta[i] = t0 + h;
      const up = q.lossAndGradient(x, y, 3, scratch);
      q.theta[i] = t0 - h;
      const down = q.lossAndGradient(x, y, 3, scratch);
      q.theta[i] = t0;
      fd[i] = (up - down) / (2 * h);
    }
    const largest = Math.max(...Array.from(fd, Math.abs));
    expect(largest).toBeGreaterThan(1e-2);
    let err = 0;
    let norm = 0;
    for (let i = 0; i < q.numParams; i++) {
      expect(Math.abs(fd[i]! - grad[i]!), `parameter ${i}`).toBeLessThan(1e-6 * largest);
      err += (fd[i]! - grad[i]!) ** 2;
      norm += fd[i]! ** 2;
    }
    expect(Math.sqrt(err / norm)).toBeLessThan(1e-6);
    // Every token appears, so every block (each gate's A columns, the circuits, the head) moves;
    // only the last RZ (ω) on each qubit cannot change ⟨Z⟩: θ[26g + 16] and θ[26g + 19].
    const still = Array.from(grad.keys()).filter((i) => Math.abs(grad[i]!) < 1e-8);
    expect(still).toEqual([16, 19, 42, 45, 68, 71, 94, 97]);
  });
});

/** The cycle 0, 1, 2, 3, 0, … in 32 contexts of 3 tokens, each with the token after it. */
function cycle(): { x: Int32Array; y: Int32Array; count: number } {
  const count = 32;
  const x = Int32Array.from({ length: count * 3 }, (_, i) => (Math.floor(i / 3) + (i % 3)) % 4);
  const y = Int32Array.from({ length: count }, (_, k) => (k + 3) % 4);
  return { x, y, count };
}

/** A QLSTM (vocab 4, context 3, 2 qubits, hidden 2) trained on the cycle: θ and cross-entropies. */
function trainCycle(seed: number, epochs: number) {
  const q: QlstmText = createQlstmText(spec(4, 3, 2, 2, 1), createRng(seed));
  const { x, y, count } = cycle();
  const opt = createOptimizer({ name: 'adam', learningRate: 0.1, l2: 0 }, q.numParams);
  const rng = createRng(seed);
  const grad = new Float64Array(q.numParams);
  const before = q.lossAndGradient(x, y, count, grad);
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) losses.push(q.trainEpoch(x, y, count, 8, opt, rng));
  const after = q.lossAndGradient(x, y, count, grad);
  return { q, theta: q.theta, before, after, losses };
}

describe('next-token QLSTM training', () => {
  it('learns a deterministic cycle (30 epochs, Adam 0.1, batch 8)', () => {
    const { q, before, after, losses } = trainCycle(1, 30);
    expect(before).toBeGreaterThan(0.9 * Math.log(4));
    expect(after).toBeLessThan(0.3 * Math.log(4));
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    // The most likely next token is the right one in each of the four contexts.
    const p = q.probabilities(Int32Array.from([0, 1, 2, 1, 2, 3, 2, 3, 0, 3, 0, 1]), 4);
    for (let k = 0; k < 4; k++) expect(p[k * 4 + ((k + 3) % 4)]!).toBeGreaterThan(0.5);
  });

  it('is reproducible from the seed', () => {
    const a = trainCycle(7, 2);
    const b = trainCycle(7, 2);
    const c = trainCycle(8, 2);
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    expect(a.losses).toEqual(b.losses);
    expect(Array.from(a.theta)).not.toEqual(Array.from(c.theta));
    expect(a.after).not.toBe(a.before);
  });

  it('refuses tokens outside the vocabulary', () => {
    const q = createQlstmText(spec(4, 3, 1, 1, 1), createRng(1));
    const g = new Float64Array(q.numParams);
    const opt = createOptimizer({ name: 'adam', learningRate: 0.1, l2: 0 }, q.numParams);
    expect(() => q.probabilities(Int32Array.from([0, 4, 1]), 1)).toThrow(/Token 4 at input 1 is outside the vocabulary 0–3/); // prettier-ignore
    expect(() => q.probabilities(Int32Array.from([0, -1, 1]), 1)).toThrow(/outside the vocabulary/); // prettier-ignore
    expect(() => q.lossAndGradient(Int32Array.from([0, 1, 2]), Int32Array.from([4]), 1, g)).toThrow(/Target 4 of context 0/); // prettier-ignore
    expect(() => q.trainEpoch(Int32Array.from([0, 1, 9]), Int32Array.from([0]), 1, 1, opt, createRng(1))).toThrow(/Token 9/); // prettier-ignore
    expect(() => q.trainEpoch(Int32Array.from([0, 1, 2]), Int32Array.from([0]), 1, 0, opt, createRng(1))).toThrow(/batch size/); // prettier-ignore
    expect(() => q.lossAndGradient(Int32Array.from([0, 1, 2]), Int32Array.from([0]), 1, new Float64Array(3))).toThrow(/room for/); // prettier-ignore
  });
});
