// Deterministic names: gate ids, trainable names in order of use, the name rule and fresh names.
import { describe, expect, it } from 'vitest';
import {
  isParamName,
  nameAllocator,
  nextGateId,
  placeGate,
  setBinding,
  trainableNames,
} from '../../../../src/experiment/circuit';
import { build, empty } from './helpers';

describe('names', () => {
  const c = build(
    empty(2, 3),
    (c) => placeGate(c, 'RX', 2, 0), // θ1, last in time
    (c) => placeGate(c, 'RY', 0, 1), // θ2
    (c) => setBinding(c, 'g2', 0, { kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }),
  );

  it('lists trainable names in the order the circuit uses them', () => {
    expect(trainableNames(c)).toEqual(['w1', 'b1', 'θ1']);
  });

  it('hands out the next unused names and ids', () => {
    expect(nextGateId(c)).toBe('g3');
    const fresh = nameAllocator(c);
    expect([fresh('θ'), fresh('θ'), fresh('w'), fresh('b')]).toEqual(['θ2', 'θ3', 'w2', 'b2']);
  });

  it.each([
    ['θ1', true],
    ['w_2', true],
    ['φ', true],
    ['a'.repeat(32), true],
    ['', false],
    ['a'.repeat(33), false],
    ['a#2', false],
    ['a b', false],
    ['a-b', false],
    [7, false],
  ])('isParamName(%j) = %s', (name, expected) => {
    expect(isParamName(name)).toBe(expected);
  });
});
