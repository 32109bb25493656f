// The sequence baselines' sizes: parameter counts by hand, the hidden size matched to a target
// count (closest, the smaller on ties, within 1 … 64), and the counts of the built networks.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hiddenForParams,
  RNN_HIDDEN_MAX,
  rnnParamCount,
} from '../../../../src/experiment/tasks/sequence/rnnSize';
import { createTfjsRnn, initTfjs } from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  await initTfjs();
});

describe('rnnParamCount', () => {
  it('counts the simple RNN by hand: h + h² + h (cell) + h + 1 (output)', () => {
    expect(rnnParamCount('rnn', 1)).toBe(1 + 1 + 1 + 1 + 1);
    expect(rnnParamCount('rnn', 2)).toBe(2 + 4 + 2 + 2 + 1); // 11
    expect(rnnParamCount('rnn', 8)).toBe(8 + 64 + 8 + 8 + 1); // 89
  });

  it('counts the LSTM by hand: 4·(h + h² + h) + h + 1', () => {
    expect(rnnParamCount('lstm', 1)).toBe(4 * (1 + 1 + 1) + 1 + 1); // 14
    expect(rnnParamCount('lstm', 2)).toBe(4 * (2 + 4 + 2) + 2 + 1); // 35
    expect(rnnParamCount('lstm', 8)).toBe(4 * (8 + 64 + 8) + 8 + 1); // 329
  });

  for (const cell of ['rnn', 'lstm'] as const) {
    it(`equals the number of values in weights() of a built ${cell} (hidden 1, 2, 5, 8)`, () => {
      for (const hidden of [1, 2, 5, 8]) {
        const net = createTfjsRnn(
          { cell, hidden, window: 3 },
          { name: 'sgd', learningRate: 0.1, l2: 0 },
          createRng(1),
        );
        expect(net.numParams).toBe(rnnParamCount(cell, hidden));
        expect(net.weights()).toHaveLength(rnnParamCount(cell, hidden));
        net.dispose();
      }
    });
  }
});

describe('hiddenForParams', () => {
  it('returns the hidden size of an exact count', () => {
    for (let h = 1; h <= RNN_HIDDEN_MAX; h++) {
      expect(hiddenForParams('rnn', rnnParamCount('rnn', h))).toBe(h);
      expect(hiddenForParams('lstm', rnnParamCount('lstm', h))).toBe(h);
    }
  });

  it('picks the closest count, and the smaller hidden size on a tie', () => {
    // RNN: h = 2 → 11, h = 3 → 19; 15 is as far from both.
    expect(rnnParamCount('rnn', 3)).toBe(19);
    expect(hiddenForParams('rnn', 14)).toBe(2);
    expect(hiddenForParams('rnn', 15)).toBe(2);
    expect(hiddenForParams('rnn', 16)).toBe(3);
    // LSTM: h = 2 → 35, h = 3 → 64; 49.5 is the middle.
    expect(rnnParamCount('lstm', 3)).toBe(64);
    expect(hiddenForParams('lstm', 49)).toBe(2);
    expect(hiddenForParams('lstm', 49.5)).toBe(2);
    expect(hiddenForParams('lstm', 50)).toBe(3);
    // A quantum model of 60 parameters: RNN h = 6 (55; h = 7 has 71), LSTM h = 3 (64).
    expect(hiddenForParams('rnn', 60)).toBe(6);
    expect(hiddenForParams('lstm', 60)).toBe(3);
  });

  it('stays within 1 … 64 for targets out of reach', () => {
    expect(hiddenForParams('rnn', 0)).toBe(1);
    expect(hiddenForParams('lstm', -5)).toBe(1);
    expect(RNN_HIDDEN_MAX).toBe(64);
    expect(hiddenForParams('rnn', 1e9)).toBe(64);
    expect(hiddenForParams('lstm', 1e9)).toBe(64);
  });
});
