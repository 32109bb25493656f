// The next-token session and the text task's schema: both models train on the same contexts and
// their test perplexities fall to near what the chain itself scores; the corpus is read; the text
// each model writes is seeded; what cannot run is refused with a sentence a student can read.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { TextExperiment } from '../../../../src/experiment/types';
import { entropyRate, randomMarkovChain } from '../../../../workers/ml/text/markov';
import { createTextSession, SAMPLE_TOKENS } from '../../../../workers/ml/text/session';
import { loadTextEngine } from '../../../../workers/ml/text/textEngine';
import { CORPUS } from '../../../../workers/ml/text/tokens';

const defaults = (): TextExperiment => TASK_SCHEMAS.text.defaults();
const corpus = readFileSync(`public/${CORPUS.file}`, 'utf8');

beforeAll(async () => {
  await loadTextEngine();
});

describe('text session', () => {
  it('trains Quixer and the Transformer on the Markov chain: test perplexities fall near the chain’s own', () => {
    const e = defaults();
    e.data.length = 1000;
    const s = createTextSession(e, null);
    try {
      const { info } = s;
      expect(info.vocab).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(info.tokens).toBe(1000);
      expect(info.count).toBe(1000 - 4);
      expect(info.floor).toBeCloseTo(Math.exp(entropyRate(randomMarkovChain(6, 1, 1))), 12);
      expect(info.quantumKind).toBe('quixer');
      expect(info.qubits).toBe(4);
      expect(info.ancillas).toBe(3); // ⌈log₂ 4⌉ index qubits + 1 for the polynomial
      expect(info.quantumParams).toBe(s.quantum.numParams);
      expect(Math.abs(info.classicalParams - info.quantumParams)).toBeLessThan(60);
      const first = s.measure();
      expect(first.epoch).toBe(0);
      let last = first;
      for (let i = 0; i < 8; i++) last = s.step();
      const { quantum, classical, success } = last.text;
      const chain = info.chain!;
      // Both learn what the context says: well below the token frequencies' perplexity, and
      // within 15% of what the chain's own probabilities score on these test tokens.
      for (const m of [quantum, classical]) {
        expect(Math.exp(m.testLoss)).toBeLessThan(info.unigram * 0.85);
        expect(Math.exp(m.testLoss)).toBeLessThan(chain.test * 1.15);
        expect(m.testLoss).toBeLessThan(first.text.quantum.testLoss);
      }
      expect(success).toBeGreaterThan(0);
      expect(success).toBeLessThanOrEqual(1);
    } finally {
      s.dispose();
    }
  });

  it('writes seeded text from the first test context, the same for the same link', () => {
    const e = defaults();
    e.data.length = 300;
    const a = createTextSession(e, null);
    const b = createTextSession(e, null);
    try {
      a.step();
      b.step();
      const sa = a.samples();
      expect(sa.epoch).toBe(1);
      expect(sa.prompt).toHaveLength(4);
      expect(sa.quantum).toHaveLength(SAMPLE_TOKENS);
      expect(sa.classical).toHaveLength(SAMPLE_TOKENS);
      expect(sa.quantum).toMatch(/^[a-f]+$/);
      expect(b.samples()).toEqual(sa);
      // Kept until the next epoch, then written again.
      expect(a.samples()).toBe(sa);
      a.step();
      expect(a.samples().epoch).toBe(2);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it('reads the corpus character by character with the QLSTM beside a simple RNN', () => {
    const e = defaults();
    e.data = { ...e.data, source: 'corpus', length: 600, context: 3 };
    e.model = { kind: 'qlstm', qubits: 2, hidden: 2, layers: 1 };
    e.baseline = { kind: 'rnn', size: { hidden: 5 } };
    const s = createTextSession(e, corpus);
    try {
      expect(s.info.vocab).toHaveLength(16);
      expect(s.info.vocab).toContain(' ');
      expect(s.info.sourceName).toContain('Lewis Carroll');
      expect(s.info.tokens).toBe(600);
      expect(s.info.floor).toBeNull();
      expect(s.info.chain).toBeNull();
      expect(s.info.classicalHidden).toBe(5);
      // "CHAPTER I. Down the Rabbit-Hole Alice was beginning": lower-cased, one space between
      // words, and the characters past the 15 most frequent (c, p, b, ., -) shown as ·.
      expect(s.info.preview.startsWith('·ha·ter i· down the ra··it·hole ali·e was ·eginning')).toBe(
        true,
      );
      const r = s.step();
      expect(r.text.success).toBeNull();
      expect(Number.isFinite(r.text.quantum.testLoss)).toBe(true);
      expect(Number.isFinite(r.text.classical.testLoss)).toBe(true);
    } finally {
      s.dispose();
    }
  });

  it('trains the QRNN on tokens beside an LSTM: both below the token frequencies’ perplexity', () => {
    const e = defaults();
    e.data.length = 800;
    e.model = { kind: 'qrnn', historyQubits: 2, dataQubits: 1, layers: 2 };
    e.baseline = { kind: 'lstm', size: 'match' };
    const s = createTextSession(e, null);
    try {
      expect(s.info.quantumKind).toBe('qrnn');
      expect(s.info.qubits).toBe(2 + 4 * 1);
      expect(s.info.ancillas).toBe(0);
      let last = s.measure();
      for (let i = 0; i < 6; i++) last = s.step();
      expect(Math.exp(last.text.quantum.testLoss)).toBeLessThan(s.info.unigram * 0.9);
      expect(last.text.success).toBeNull();
    } finally {
      s.dispose();
    }
  });

  it('refuses parameter-shift gradients and a corpus not loaded, readably', () => {
    const e = defaults();
    e.training.gradient = 'shift';
    expect(() => createTextSession(e, null)).toThrow(/exact \(adjoint\) gradients/);
    const c = defaults();
    c.data.source = 'corpus';
    expect(() => createTextSession(c, null)).toThrow(/corpus .* is not loaded/);
  });
});

describe('text schema', () => {
  it('round-trips through a link and refuses settings out of range, naming them', () => {
    const e = defaults();
    e.model = { kind: 'qlstm', qubits: 3, hidden: 4, layers: 2 };
    e.data.order = 2;
    expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
    const bad = defaults();
    bad.data.symbols = 17;
    const r = decodeExperiment(encodeExperiment(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/symbols must be a whole number from 4 to 16/);
    const wide = defaults();
    wide.model = { kind: 'quixer', qubits: 7, layers: 2, degree: 2, embed: 4, hidden: 8 };
    const w = decodeExperiment(encodeExperiment(wide));
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.error.message).toMatch(/qubits must be a whole number from 2 to 6/);
  });

  it('refuses a QRNN wider than the simulator runs here, saying why', () => {
    const e = defaults();
    e.data.context = 8;
    e.model = { kind: 'qrnn', historyQubits: 5, dataQubits: 2, layers: 2 };
    const r = decodeExperiment(encodeExperiment(e));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toContain(
        "the context's 8 tokens on a fresh data register, so it takes 5 + 8 × 2 = 21 qubits",
      );
  });

  it('counts the circuits’ qubits and gates from the settings', () => {
    // Quixer: degree 2 × context 4 × 2 layers × 4·4 gates per layer, + one final layer of 16.
    expect(TASK_SCHEMAS.text.size(defaults())).toEqual({ qubits: 4, gates: 2 * 4 * 32 + 16 });
  });
});
