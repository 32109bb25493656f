// The text baselines' sizes: parameter counts by hand, the size matched to a target count
// (closest, the smaller on ties, within 1 … 64), and the counts of the built networks.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  TEXT_SIZE_MAX,
  textNetParamCount,
  textSizeForParams,
} from '../../../../src/experiment/tasks/text/netSize';
import { createTextNet, initTfjs } from '../../../../workers/ml/text/textTfjs';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  await initTfjs();
});

const KINDS = ['rnn', 'lstm', 'transformer'] as const;

describe('textNetParamCount', () => {
  it('counts the simple RNN by hand: V·h + h² + h (cell) + h·V + V (output)', () => {
    expect(textNetParamCount('rnn', 2, 3, 3)).toBe(6 + 4 + 2 + 6 + 3); // 21
    expect(textNetParamCount('rnn', 7, 16, 6)).toBe(112 + 49 + 7 + 112 + 16); // 296
    expect(textNetParamCount('rnn', 1, 2, 9)).toBe(2 + 1 + 1 + 2 + 2); // 8: no term in T
  });

  it('counts the LSTM by hand: 4·(V·h + h² + h) + h·V + V', () => {
    expect(textNetParamCount('lstm', 2, 3, 3)).toBe(4 * (6 + 4 + 2) + 6 + 3); // 57
    expect(textNetParamCount('lstm', 3, 16, 6)).toBe(4 * (48 + 9 + 3) + 48 + 16); // 304
  });

  it('counts the Transformer by hand, block by block', () => {
    // E 3×2, P 3×2, LN1 2+2, Wq…Wo 4·(4+2), LN2 2+2, W1 2×4 + 4, W2 4×2 + 2, Wout 2×3 + 3.
    expect(textNetParamCount('transformer', 2, 3, 3)).toBe(6 + 6 + 4 + 24 + 4 + 12 + 10 + 9); // 75
    // d = 4, V = 16, T = 6: 64 + 24 + 8 + 80 + 8 + 40 + 36 + 80 = 340.
    expect(textNetParamCount('transformer', 4, 16, 6)).toBe(64 + 24 + 8 + 80 + 8 + 40 + 36 + 80);
    // 8d² + (2V + T + 11)·d + V at d = 1: 8 + 49 + 16.
    expect(textNetParamCount('transformer', 1, 16, 6)).toBe(73);
  });

  for (const kind of KINDS) {
    it(`equals the number of values in weights() of a built ${kind}`, () => {
      for (const [size, vocab, context] of [
        [1, 2, 1],
        [2, 3, 3],
        [5, 7, 4],
        [8, 16, 6],
      ] as const) {
        const net = createTextNet(
          { kind, size, vocab, context },
          { name: 'sgd', learningRate: 0.1, l2: 0 },
          createRng(1),
        );
        const count = textNetParamCount(kind, size, vocab, context);
        expect(net.numParams).toBe(count);
        expect(net.weights()).toHaveLength(count);
        net.dispose();
      }
    });
  }
});

describe('textSizeForParams', () => {
  it('returns the size of an exact count', () => {
    for (const kind of KINDS)
      for (let s = 1; s <= TEXT_SIZE_MAX; s++)
        expect(textSizeForParams(kind, textNetParamCount(kind, s, 5, 4), 5, 4)).toBe(s);
  });

  it('picks the closest count, and the smaller size on a tie (V 16, T 6)', () => {
    // RNN: h = 7 → 296, h = 8 → 344; 320 is as far from both. LSTM: h = 2 → 200, h = 3 → 304.
    // Transformer: d = 3 → 235, d = 4 → 340; the middle is 287.5.
    expect(textNetParamCount('rnn', 8, 16, 6)).toBe(344);
    expect(textNetParamCount('lstm', 2, 16, 6)).toBe(200);
    expect(textNetParamCount('transformer', 3, 16, 6)).toBe(235);
    // prettier-ignore
    const cases = [
      ['rnn', 300, 7], ['rnn', 320, 7], ['rnn', 321, 8],
      ['lstm', 252, 2], ['lstm', 253, 3], ['lstm', 300, 3],
      ['transformer', 287, 3], ['transformer', 287.5, 3], ['transformer', 288, 4], ['transformer', 300, 4],
    ] as const;
    for (const [kind, target, size] of cases)
      expect([kind, target, textSizeForParams(kind, target, 16, 6)]).toEqual([kind, target, size]);
  });

  it('stays within 1 … 64 for targets out of reach', () => {
    expect(TEXT_SIZE_MAX).toBe(64);
    for (const kind of KINDS) {
      expect(textSizeForParams(kind, 0, 16, 6)).toBe(1);
      expect(textSizeForParams(kind, -5, 16, 6)).toBe(1);
      expect(textSizeForParams(kind, 1e9, 16, 6)).toBe(64);
    }
  });
});
