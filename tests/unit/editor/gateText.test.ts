// What a placed gate says: its angle's binding with the current numbers, and its accessible name.
import { describe, expect, it } from 'vitest';
import { gateDisplayName } from '../../../src/experiment/circuit';
import {
  bindingLines,
  bindingText,
  boxSymbol,
  channelLine,
  featureText,
  gateName,
  num,
  paletteLabel,
  paletteName,
  pText,
} from '../../../src/editor/gateText';
import type { PlacedGate } from '../../../src/experiment/circuit';
import { CHANNEL_NAMES } from '../../../src/experiment/circuit/channelCatalog';
import { GATE_NAMES } from '../../../src/experiment/circuit/gateCatalog';
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

describe('channel text', () => {
  const flip: PlacedGate = { id: 'g1', gate: 'bitFlip', column: 1, targets: [0], p: 0.1 };

  it('names channels in words, and palette entries as channels', () => {
    expect(gateDisplayName('bitFlip')).toBe('Bit flip');
    expect(paletteName('bitFlip')).toBe('Bit flip channel');
    expect(paletteName('depolarizing2')).toBe('Two-qubit depolarising channel');
    expect(boxSymbol('amplitudeDamping')).toBe('AD');
    // Every palette entry has its own name (tests find them by it), none the same as a gate's.
    const names = CHANNEL_NAMES.map(paletteName);
    const all = new Set([...names, ...GATE_NAMES.map(paletteName)]);
    expect(all.size).toBe(CHANNEL_NAMES.length + GATE_NAMES.length);
    for (const n of names) expect(n).toMatch(/^[A-Z][a-z -]+ channel$/);
  });

  it('labels palette entries with the symbol they show when their name lacks it', () => {
    expect(paletteLabel('bitFlip')).toBe('Bit flip channel, BF');
    expect(paletteLabel('depolarizing')).toBe('Depolarising channel, Dep');
    expect(paletteLabel('SX')).toBe('SX, √X');
    expect(paletteLabel('H')).toBe('H');
    expect(paletteLabel('TOFFOLI')).toBe('Toffoli');
    for (const g of [...GATE_NAMES, ...CHANNEL_NAMES])
      expect(paletteLabel(g).startsWith(paletteName(g))).toBe(true);
  });

  it('a placed channel says where it is and its probability, with the letter its label uses', () => {
    expect(gateName(flip)).toBe('Bit flip on qubit 0, step 2, p = 0.10');
    expect(gateName({ ...flip, gate: 'amplitudeDamping', p: 0.05 })).toBe(
      'Amplitude damping on qubit 0, step 2, γ = 0.05',
    );
    expect(gateName({ ...flip, gate: 'phaseDamping', p: 0.2 })).toBe(
      'Phase damping on qubit 0, step 2, λ = 0.20',
    );
    expect(gateName({ ...flip, gate: 'depolarizing2', targets: [1, 2], p: 0.05 })).toBe(
      'Two-qubit depolarising on qubit 1, 2, step 2, p = 0.05',
    );
    const { p: _none, ...reset } = flip;
    expect(gateName({ ...reset, gate: 'reset' })).toBe('Reset on qubit 0, step 2');
  });

  it('the glyph line is the probability in two decimals, small ones in two significant digits', () => {
    expect(channelLine(flip)).toBe('p=0.10');
    expect(channelLine({ gate: 'phaseFlip', p: 0.25 })).toBe('p=0.25');
    expect(channelLine({ gate: 'amplitudeDamping', p: 1 })).toBe('γ=1.00');
    expect(channelLine({ gate: 'reset' })).toBeNull();
    expect(channelLine({ gate: 'RX' })).toBeNull();
    expect(pText(0)).toBe('0.00');
    expect(pText(0.0015)).toBe('0.0015');
    expect(pText(0.00123)).toBe('0.0012');
    expect(pText(0.125)).toBe('0.13');
  });
});
