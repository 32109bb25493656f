// Quixer's training (workers/ml/text/quixer.ts): the hand-written reverse-mode gradient against
// central differences on every parameter block, and learning a deterministic token sequence.
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../workers/ml/optim';
import { createQuixer, quixerLayout, type QuixerSpec } from '../../../../workers/ml/text/quixer';
import { createRng } from '../../../../workers/sim';

describe('Quixer gradient', () => {
  it('matches central differences (step 1e-5) on every parameter, relative error < 1e-6', () => {
    const spec: QuixerSpec = { vocab: 5, context: 4, qubits: 3, layers: 2, degree: 2, embed: 3, hidden: 4 }; // prettier-ignore
    const rng = createRng(21);
    const q = createQuixer(spec, rng);
    const lay = quixerLayout(spec);
    // Away from the start's symmetries: complex β, unequal c, nonzero biases.
    for (let i = 0; i < 8; i++) q.theta[lay.beta + i] = 2 * rng.next() - 1;
    q.theta.set([0.4, -0.9, 0.6], lay.coeffs);
    for (let i = lay.bias; i < lay.beta; i++) q.theta[i] = rng.next() - 0.5;
    for (let i = lay.head1Bias; i < lay.head2; i++) q.theta[i] = 0.3 + 0.2 * rng.next(); // ReLUs active
    for (let i = lay.head2Bias; i < lay.total; i++) q.theta[i] = rng.next() - 0.5;
    // Token 3 twice in context 0: positions that share a token add up.
    const inputs = Int32Array.from([3, 1, 3, 0, 4, 2, 2, 1, 0, 4, 1, 3]);
    const targets = Int32Array.from([2, 0, 4]);
    const grad = new Float64Array(q.numParams).fill(99);
    const loss = q.lossAndGradient(inputs, targets, 3, grad);
    const p = q.probabilities(inputs, 3);
    const ce = -(Math.log(p[2]!) + Math.log(p[5]!) + Math.log(p[14]!)) / 3;
    expect(Math.abs(loss - ce)).toBeLessThan(1e-12);

    const h = 1e-5;
    const scratch = new Float64Array(q.numParams);
    const blocks: [string, number, number][] = [
      ['embedding', lay.embedding, lay.linear],
      ['linear', lay.linear, lay.bias],
      ['angle bias', lay.bias, lay.beta],
      ['β', lay.beta, lay.coeffs],
      ['c', lay.coeffs, lay.final],
      ['final layer', lay.final, lay.head1],
      ['head', lay.head1, lay.total],
    ];
    for (const [name, from, to] of blocks) {
      let worst = 0;
      let largest = 0;
      for (let i = from; i < to; i++) {
        const t0 = q.theta[i]!;
        q.theta[i] = t0 + h;
        const up = q.lossAndGradient(inputs, targets, 3, scratch);
        q.theta[i] = t0 - h;
        const down = q.lossAndGradient(inputs, targets, 3, scratch);
        q.theta[i] = t0;
        const fd = (up - down) / (2 * h);
        largest = Math.max(largest, Math.abs(fd));
        worst = Math.max(worst, Math.abs(fd - grad[i]!) / Math.max(Math.abs(fd), 1e-3));
      }
      expect(largest, `${name}: some derivative is not zero`).toBeGreaterThan(1e-3);
      expect(worst, `${name}: worst relative error`).toBeLessThan(1e-6);
    }
  });
});

describe('Quixer training', () => {
  it('learns the next token of the cycle 0, 1, 2, 3, 0, … well below log V', () => {
    const spec: QuixerSpec = { vocab: 4, context: 3, qubits: 2, layers: 1, degree: 2, embed: 4, hidden: 8 }; // prettier-ignore
    const q = createQuixer(spec, createRng(2));
    // All windows of the cycle: the context (w, w+1, w+2) is followed by w+3 (mod 4).
    const inputs = Int32Array.from({ length: 12 }, (_, i) => (Math.floor(i / 3) + (i % 3)) % 4);
    const targets = Int32Array.from({ length: 4 }, (_, k) => (k + 3) % 4);
    const opt = createOptimizer({ name: 'adam', learningRate: 0.05, l2: 0 }, q.numParams);
    const grad = new Float64Array(q.numParams);
    const first = q.lossAndGradient(inputs, targets, 4, grad);
    let loss = first;
    for (let step = 0; step < 300; step++) {
      opt.step(q.theta, grad);
      loss = q.lossAndGradient(inputs, targets, 4, grad);
    }
    expect(first).toBeGreaterThan(0.6 * Math.log(4));
    expect(loss).toBeLessThan(0.3 * Math.log(4));
    const p = q.probabilities(inputs, 4);
    for (let k = 0; k < 4; k++) expect(p[4 * k + targets[k]!]).toBeGreaterThan(0.5);
  });

  it('trains by mini-batches: trainEpoch returns the mean batch loss and lowers it', () => {
    const spec: QuixerSpec = { vocab: 3, context: 2, qubits: 2, layers: 1, degree: 1, embed: 2, hidden: 4 }; // prettier-ignore
    const q = createQuixer(spec, createRng(6));
    // The next token is the first one of the context: position matters (through b).
    const rng = createRng(7);
    const inputs = Int32Array.from({ length: 40 }, () => rng.int(3));
    const targets = Int32Array.from({ length: 20 }, (_, k) => inputs[2 * k]!);
    const opt = createOptimizer({ name: 'adam', learningRate: 0.05, l2: 0 }, q.numParams);
    const order = createRng(8);
    const losses = Array.from({ length: 60 }, () => q.trainEpoch(inputs, targets, 20, 5, opt, order)); // prettier-ignore
    expect(losses[0]).toBeGreaterThan(0.8);
    expect(losses[59]).toBeLessThan(0.3 * Math.log(3));
    expect(() => q.trainEpoch(inputs, targets, 20, 0, opt, order)).toThrow(/batch size/);
  });
});
