// Which wires a gate takes in its column: its whole span, controls included.
import { describe, expect, it } from 'vitest';
import {
  addControl,
  blockerOf,
  gateDisplayName,
  occupied,
  placeGate,
  setTargets,
  spanOf,
  wiresOf,
} from '../../../../src/experiment/circuit';
import { build, empty } from './helpers';

describe('occupancy', () => {
  const c = build(
    empty(5, 2),
    (c) => placeGate(c, 'CNOT', 0, 1),
    (c) => setTargets(c, 'g1', [2, 1]),
    (c) => addControl(c, 'g1', 4, 1),
  );

  it('wires and span of a gate', () => {
    const g = c.gates[0]!;
    expect(wiresOf(g)).toEqual([2, 1, 4]);
    expect(spanOf(g)).toEqual([1, 4]);
  });

  it('marks every wire from a gate’s lowest to highest qubit, controls included', () => {
    expect(occupied(c, 0)).toEqual([false, true, true, true, true]);
    expect(occupied(c, 1)).toEqual([false, false, false, false, false]);
    expect(occupied(c, 0, 'g1')).toEqual([false, false, false, false, false]);
  });

  it('finds the gate in the way', () => {
    expect(blockerOf(c, 0, 3, 3)?.id).toBe('g1');
    expect(blockerOf(c, 0, 0, 0)).toBeUndefined();
    expect(blockerOf(c, 0, 3, 3, 'g1')).toBeUndefined();
    expect(blockerOf(c, 1, 0, 4)).toBeUndefined();
  });

  it('names gates in words: Toffoli and SX, not CCX and √X', () => {
    expect(gateDisplayName('TOFFOLI')).toBe('Toffoli');
    expect(gateDisplayName('SX')).toBe('SX');
    expect(gateDisplayName('SDG')).toBe('S†');
    expect(gateDisplayName('CNOT')).toBe('CNOT');
  });
});
