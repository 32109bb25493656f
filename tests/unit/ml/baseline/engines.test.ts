// Loading the classical engines: typed arrays at once, TensorFlow.js on first use (one import).
import { describe, expect, it } from 'vitest';
import { loadMlpEngine, mlpFactory } from '../../../../workers/ml/baseline/engines';
import { createMlp } from '../../../../workers/ml/baseline/mlp';
import { createRng } from '../../../../workers/sim';

const spec = { hidden: [3], activation: 'tanh' as const, classes: 2 };
const opt = { name: 'sgd' as const, learningRate: 0.1, l2: 0 };

describe('classical engines', () => {
  it('has typed arrays at once and refuses tfjs before it is loaded', async () => {
    expect(mlpFactory('arrays')).toBe(createMlp);
    expect(await loadMlpEngine('arrays')).toBe(createMlp);
    expect(() => mlpFactory('tfjs')).toThrow(/not loaded yet/);
  });

  it('loads tfjs once, however many ask at the same time', async () => {
    const [a, b] = await Promise.all([loadMlpEngine('tfjs'), loadMlpEngine('tfjs')]);
    expect(a).toBe(b);
    expect(mlpFactory('tfjs')).toBe(a);
    expect(a).not.toBe(createMlp);
    const mlp = a(spec, opt, createRng(1));
    expect(mlp.numParams).toBe(2 * 3 + 3 + 3 * 2 + 2);
    mlp.dispose();
  });
});
