// What a placed gate says: its angle's binding with the current numbers, and its accessible name.
import { describe, expect, it } from 'vitest';
import {
  bindingLines,
  bindingText,
  featureText,
  gateName,
  num,
  paletteName,
} from '../../../src/editor/gateText';
import type { GateValues } from '../../../src/editor/trainedValues';

const feature = { kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' } as const;
const trained = {
  kind: 'feature',
  feature: 1,
  weight: 0.8312,
  bias: -0.1189,
  weightName: 'w1',
  biasName: 'b1',
} as const;

describe('gate text', () => {
  it('numbers have two decimals and a true minus sign, never −0.00', () => {
    expect(num(-0.1189)).toBe('−0.12');
    expect(num(-0.001)).toBe('0.00');
    expect(num(1.5, 3)).toBe('1.500');
  });

  it('a feature binding shows its weight and bias once known', () => {
    expect(bindingText(feature)).toBe('w1·x2+b1');
    expect(bindingText(feature, trained)).toBe('0.83·x2 − 0.12');
    expect(bindingLines(feature, trained)).toEqual(['0.83·x2', '− 0.12']);
    expect(bindingText(feature, { ...trained, bias: NaN })).toBe('w1·x2+b1');
    // Features are x1 (horizontal, index 0) and x2 (vertical), as the data sets name them.
    expect(featureText(0.5, 0, 0.25)).toBe('0.50·x1 + 0.25');
  });

  it('a parameter shows its value; a constant its expression', () => {
    const p = { kind: 'param', name: 'θ2' } as const;
    expect(bindingText(p, { kind: 'param', name: 'θ2', value: 0.784 })).toBe('θ2=0.78');
    expect(bindingText(p)).toBe('θ2');
    expect(bindingText({ kind: 'const', expr: 'pi/4', value: Math.PI / 4 })).toBe('pi/4');
  });

  it('names palette entries in words and says which repetition a gate draws', () => {
    expect(paletteName('TOFFOLI')).toBe('Toffoli');
    expect(paletteName('SX')).toBe('SX');
    const values: GateValues = { count: 3, shared: false, reps: [[trained], [trained], [trained]] };
    const g = { id: 'g1', gate: 'RY', column: 1, targets: [0], params: [feature] } as const;
    expect(gateName({ ...g, targets: [0], params: [feature] }, values)).toBe(
      'RY on qubit 0, step 2, θ: 0.83·x2 − 0.12 (values of repetition 1 of 3)',
    );
    expect(gateName({ ...g, targets: [0], params: [feature] }, { ...values, shared: true })).toBe(
      'RY on qubit 0, step 2, θ: 0.83·x2 − 0.12',
    );
  });
});
