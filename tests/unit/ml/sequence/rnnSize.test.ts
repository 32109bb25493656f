// The sequence baselines' sizes: parameter counts by hand (RNN, LSTM, Transformer), the hidden size
// or width matched to a target count (closest, the smaller on ties, within 1 … 64), and the counts
// of the built networks.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hiddenForParams,
  RNN_HIDDEN_MAX,
  rnnParamCount,
} from '../../../../src/experiment/tasks/sequence/rnnSize';
import { createTfjsRnn, initTfjs } from '../../../../workers/ml/sequence/rnnTfjs';
import { KINDS } from './rnnTfjsHelpers';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  await initTfjs();
});

describe('rnnParamCount', () => {
  it('counts the simple RNN by hand: h + h² + h (cell) + h + 1 (output)', () => {
    expect(rnnParamCount('rnn', 1, 3)).toBe(1 + 1 + 1 + 1 + 1);
    expect(rnnParamCount('rnn', 2, 3)).toBe(2 + 4 + 2 + 2 + 1); // 11
    expect(rnnParamCount('rnn', 8, 3)).toBe(8 + 64 + 8 + 8 + 1); // 89
  });

  it('counts the LSTM by hand: 4·(h + h² + h) + h + 1', () => {
    expect(rnnParamCount('lstm', 1, 3)).toBe(4 * (1 + 1 + 1) + 1 + 1); // 14
    expect(rnnParamCount('lstm', 2, 3)).toBe(4 * (2 + 4 + 2) + 2 + 1); // 35
    expect(rnnParamCount('lstm', 8, 3)).toBe(4 * (8 + 64 + 8) + 8 + 1); // 329
  });

  it('counts the Transformer by hand, block by block: 8d² + (T + 14)·d + 1', () => {
    // d = 2, T = 3: Win 2 + bin 2, P 6, LN1 4, Wq…Wo 4·(4 + 2), LN2 4, W1 8 + 4, W2 8 + 2, Wout 2 + 1.
    expect(rnnParamCount('transformer', 2, 3)).toBe(4 + 6 + 4 + 24 + 4 + 12 + 10 + 3); // 67
    // d = 4, T = 6: 8, 24, 8, 80, 8, 40, 36, 5.
    expect(rnnParamCount('transformer', 4, 6)).toBe(8 + 24 + 8 + 80 + 8 + 40 + 36 + 5); // 209
    expect(rnnParamCount('transformer', 1, 10)).toBe(8 + 24 + 1); // 33
    // The position embedding grows with the window; the recurrent cells do not.
    expect(rnnParamCount('transformer', 2, 4) - rnnParamCount('transformer', 2, 3)).toBe(2);
    expect(rnnParamCount('lstm', 2, 50)).toBe(rnnParamCount('lstm', 2, 3));
  });

  for (const cell of KINDS) {
    it(`equals the number of values in weights() of a built ${cell} (hidden 1, 2, 5, 8)`, () => {
      for (const [hidden, window] of [
        [1, 3],
        [2, 1],
        [5, 4],
        [8, 7],
      ] as const) {
        const net = createTfjsRnn(
          { cell, hidden, window },
          { name: 'sgd', learningRate: 0.1, l2: 0 },
          createRng(1),
        );
        expect(net.numParams).toBe(rnnParamCount(cell, hidden, window));
        expect(net.weights()).toHaveLength(rnnParamCount(cell, hidden, window));
        net.dispose();
      }
    });
  }
});

describe('hiddenForParams', () => {
  it('returns the hidden size (width) of an exact count', () => {
    for (let h = 1; h <= RNN_HIDDEN_MAX; h++) {
      expect(hiddenForParams('rnn', rnnParamCount('rnn', h, 3), 3)).toBe(h);
      expect(hiddenForParams('lstm', rnnParamCount('lstm', h, 3), 3)).toBe(h);
      for (const T of [1, 6, 30])
        expect(hiddenForParams('transformer', rnnParamCount('transformer', h, T), T)).toBe(h);
    }
  });

  it('picks the closest count, and the smaller hidden size on a tie', () => {
    // RNN: h = 2 → 11, h = 3 → 19; 15 is as far from both.
    expect(rnnParamCount('rnn', 3, 3)).toBe(19);
    expect(hiddenForParams('rnn', 14, 3)).toBe(2);
    expect(hiddenForParams('rnn', 15, 3)).toBe(2);
    expect(hiddenForParams('rnn', 16, 3)).toBe(3);
    // LSTM: h = 2 → 35, h = 3 → 64; 49.5 is the middle.
    expect(rnnParamCount('lstm', 3, 3)).toBe(64);
    expect(hiddenForParams('lstm', 49, 3)).toBe(2);
    expect(hiddenForParams('lstm', 49.5, 3)).toBe(2);
    expect(hiddenForParams('lstm', 50, 3)).toBe(3);
    // A quantum model of 60 parameters: RNN h = 6 (55; h = 7 has 71), LSTM h = 3 (64).
    expect(hiddenForParams('rnn', 60, 3)).toBe(6);
    expect(hiddenForParams('lstm', 60, 3)).toBe(3);
    // Transformer, T = 6: d = 2 → 73, d = 3 → 133; 103 is the middle. A longer window costs more
    // per unit of width (T = 40: d = 1 → 63, d = 2 → 141), so 133 buys d = 2.
    expect(rnnParamCount('transformer', 3, 6)).toBe(133);
    expect(hiddenForParams('transformer', 103, 6)).toBe(2);
    expect(hiddenForParams('transformer', 104, 6)).toBe(3);
    expect(hiddenForParams('transformer', 133, 6)).toBe(3);
    expect(hiddenForParams('transformer', 133, 40)).toBe(2);
  });

  it('stays within 1 … 64 for targets out of reach', () => {
    expect(hiddenForParams('rnn', 0, 3)).toBe(1);
    expect(hiddenForParams('lstm', -5, 3)).toBe(1);
    expect(RNN_HIDDEN_MAX).toBe(64);
    expect(hiddenForParams('rnn', 1e9, 3)).toBe(64);
    expect(hiddenForParams('lstm', 1e9, 3)).toBe(64);
    expect(hiddenForParams('transformer', 0, 6)).toBe(1);
    expect(hiddenForParams('transformer', 1e9, 6)).toBe(64);
  });
});
