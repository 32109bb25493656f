// Pixels to slots: the drop target comes from the grid's geometry, whatever is drawn over a slot.
import { describe, expect, it } from 'vitest';
import {
  CELL,
  HEADER,
  LABEL,
  slotFromPoint,
  slotX,
  slotY,
  wireFromY,
} from '../../../src/editor/geometry';

describe('slotFromPoint', () => {
  it('finds the slot under a point, the spare column included', () => {
    expect(slotFromPoint(slotX(2) + 1, slotY(3) + CELL - 1, 5, 4)).toEqual({ qubit: 3, column: 2 });
    expect(slotFromPoint(slotX(4) + CELL / 2, slotY(0) + CELL / 2, 5, 4)).toEqual({
      qubit: 0,
      column: 4,
    });
  });

  it('is null on the wire labels, the step numbers and past the grid', () => {
    expect(slotFromPoint(LABEL - 1, slotY(1) + 5, 5, 4)).toBeNull();
    expect(slotFromPoint(slotX(1) + 5, HEADER - 1, 5, 4)).toBeNull();
    expect(slotFromPoint(slotX(5) + 1, slotY(1) + 5, 5, 4)).toBeNull();
    expect(slotFromPoint(slotX(1) + 5, slotY(5) + 1, 5, 4)).toBeNull();
  });
});

describe('wireFromY', () => {
  it('is the wire at that height, one past either edge outside the circuit', () => {
    expect(wireFromY(slotY(2) + 1, 5)).toBe(2);
    expect(wireFromY(slotY(4) + CELL - 1, 5)).toBe(4);
    expect(wireFromY(HEADER - 1, 5)).toBe(-1);
    expect(wireFromY(-500, 5)).toBe(-1);
    expect(wireFromY(slotY(5) + 1, 5)).toBe(5);
    expect(wireFromY(5000, 5)).toBe(5);
  });
});
