// What the scoreboard and the figures table read, with and without the noisy model's ideal twin.
import { describe, expect, it } from 'vitest';
import { figureRows } from '../../../src/panels/FiguresTable';
import { noiseCost, scoreCards } from '../../../src/panels/Scoreboard';
import { CLASSICAL, IDEAL, QUANTUM } from '../../../src/charts/palette';
import type { EpochPoint, ModelMetrics } from '../../../src/charts/types';

const metrics = (testAccuracy: number, ms: number): ModelMetrics => ({
  trainLoss: 0.3,
  testLoss: 0.35,
  trainAccuracy: testAccuracy + 0.02,
  testAccuracy,
  ms,
});
const plain: EpochPoint = { epoch: 5, quantum: metrics(0.86, 12), classical: metrics(0.9, 0.4) };
const noisy: EpochPoint = { ...plain, ideal: metrics(0.93, 3.25) };
const params = { quantumParams: 24, classicalParams: 67 };

describe('scoreCards', () => {
  it('without the twin: the two cards as they have always read, and no gap', () => {
    expect(scoreCards(plain)).toEqual({
      cards: [
        { text: 'Quantum test accuracy 0.86', color: QUANTUM },
        { text: 'Classical test accuracy 0.90', color: CLASSICAL },
      ],
      gap: null,
    });
    expect(scoreCards(undefined).cards.map((c) => c.text)).toEqual([
      'Quantum test accuracy –',
      'Classical test accuracy –',
    ]);
  });
  it('with the twin: noisy, ideal and classical, and what the noise costs in words', () => {
    const { cards, gap } = scoreCards(noisy);
    expect(cards).toEqual([
      { text: 'Quantum test accuracy (noisy) 0.86', color: QUANTUM },
      { text: 'Ideal quantum 0.93', color: IDEAL },
      { text: 'Classical 0.90', color: CLASSICAL },
    ]);
    expect(gap).toBe('Noise costs 0.07 test accuracy');
  });
});

describe('noiseCost', () => {
  it('is the difference of the two shown figures, whichever model leads', () => {
    // 0.934 and 0.856 show as 0.93 and 0.86: 0.07, not the unrounded 0.078.
    expect(noiseCost(0.934, 0.856)).toBe('Noise costs 0.07 test accuracy');
    expect(noiseCost(0.8, 0.82)).toBe('The noisy model is 0.02 ahead in test accuracy');
    expect(noiseCost(0.9, 0.901)).toBe('Noise costs under 0.01 test accuracy');
    expect(noiseCost(NaN, 0.9)).toBeNull();
  });
});

describe('figureRows', () => {
  it('without the twin: quantum and classical rows as before', () => {
    expect(figureRows(plain, params)).toEqual([
      { name: 'Quantum', color: QUANTUM, cells: ['24', '0.30', '0.35', '0.88', '0.86', '12'] },
      {
        name: 'Classical',
        color: CLASSICAL,
        cells: ['67', '0.30', '0.35', '0.92', '0.90', '0.40'],
      },
    ]);
  });
  it('with the twin: its row between the noisy and the classical one, with its own figures', () => {
    const rows = figureRows(noisy, params);
    expect(rows.map((r) => r.name)).toEqual(['Quantum, noisy', 'Quantum, ideal', 'Classical']);
    expect(rows[1]).toEqual({
      name: 'Quantum, ideal',
      color: IDEAL,
      cells: ['24', '0.30', '0.35', '0.95', '0.93', '3.3'],
    });
  });
  it('dashes before a report or load info', () => {
    expect(figureRows(undefined, null).map((r) => r.cells.join(' '))).toEqual([
      '– – – – – –',
      '– – – – – –',
    ]);
  });
});
