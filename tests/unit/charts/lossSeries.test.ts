// What the loss chart draws: two models, or three under noise (the ideal twin), each with its
// lines per panel and its legend entry.
import { describe, expect, it } from 'vitest';
import { hasIdeal, legendItems, modelsOf, seriesOf, valueOf } from '../../../src/charts/lossSeries';
import { IDEAL, QUANTUM } from '../../../src/charts/palette';
import type { EpochPoint, ModelMetrics } from '../../../src/charts/types';

const metrics = (acc: number): ModelMetrics => ({
  trainLoss: 1 - acc,
  testLoss: 1.1 - acc,
  trainAccuracy: acc,
  testAccuracy: acc - 0.05,
  ms: 3,
});
const plain: EpochPoint = { epoch: 1, quantum: metrics(0.7), classical: metrics(0.8) };
const noisy: EpochPoint = { ...plain, epoch: 2, ideal: metrics(0.9) };

describe('hasIdeal', () => {
  it('is true when any report carries the ideal twin, false for none or no reports', () => {
    expect(hasIdeal([plain, plain])).toBe(false);
    expect(hasIdeal([])).toBe(false);
    expect(hasIdeal([plain, noisy])).toBe(true);
  });
});

describe('modelsOf', () => {
  it('draws the classical and quantum models without the twin, named as before', () => {
    expect(modelsOf(false).map((m) => m.name)).toEqual(['Classical', 'Quantum']);
  });
  it('adds the ideal twin last (on top) in its own colour and marker, the quantum one renamed', () => {
    const models = modelsOf(true);
    expect(models.map((m) => m.name)).toEqual(['Classical', 'Quantum, noisy', 'Quantum, ideal']);
    expect(models[1]!.color).toBe(QUANTUM);
    expect(models[2]).toMatchObject({ model: 'ideal', color: IDEAL, marker: 'diamond' });
    expect(models[1]!.marker).toBe('none');
  });
});

describe('seriesOf', () => {
  it('gives each model a train and a test line per panel, on that panel’s figures', () => {
    expect(seriesOf(modelsOf(false), 'loss')).toHaveLength(4);
    const acc = seriesOf(modelsOf(true), 'accuracy');
    expect(acc.map((s) => s.key)).toEqual([
      'accuracy-classical-train',
      'accuracy-classical-test',
      'accuracy-quantum-train',
      'accuracy-quantum-test',
      'accuracy-ideal-train',
      'accuracy-ideal-test',
    ]);
    expect(acc.filter((s) => s.model === 'ideal').map((s) => s.field)).toEqual([
      'trainAccuracy',
      'testAccuracy',
    ]);
    expect(seriesOf(modelsOf(true), 'loss')[5]!.field).toBe('testLoss');
  });
});

describe('valueOf', () => {
  it('reads the twin’s figure, and NaN from a report without the twin', () => {
    const [, , , , idealTrain, idealTest] = seriesOf(modelsOf(true), 'accuracy');
    expect(valueOf(noisy, idealTrain!)).toBeCloseTo(0.9, 12);
    expect(valueOf(noisy, idealTest!)).toBeCloseTo(0.85, 12);
    expect(valueOf(plain, idealTest!)).toBeNaN();
  });
});

describe('legendItems', () => {
  it('lists the quantum model, the classical one and the dash key without the twin', () => {
    expect(legendItems(modelsOf(false)).map((i) => i.label)).toEqual([
      'Quantum',
      'Classical',
      'train',
      'test',
    ]);
  });
  it('lists noisy, ideal, classical under noise; only the twin’s swatch carries a marker', () => {
    const items = legendItems(modelsOf(true));
    expect(items.map((i) => i.label)).toEqual([
      'Quantum, noisy',
      'Quantum, ideal',
      'Classical',
      'train',
      'test',
    ]);
    expect(items.filter((i) => i.marker !== 'none').map((i) => i.label)).toEqual([
      'Quantum, ideal',
    ]);
    expect(items[1]!.color).toBe(IDEAL);
    expect(items.find((i) => i.label === 'train')!.dash).toBe('7 5');
  });
});
