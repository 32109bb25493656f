// The values behind each gate's angles, per repetition of its block, from parameters by name.
import { describe, expect, it } from 'vitest';
import { placeGate, repeatColumns, setBinding } from '../../../src/experiment/circuit';
import { trainedValues } from '../../../src/editor/trainedValues';
import { build, empty } from '../experiment/circuit/helpers';

const c = build(
  empty(1, 2),
  (c) => placeGate(c, 'RY', 0, 0),
  (c) => setBinding(c, 'g1', 0, { kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' }),
  (c) => placeGate(c, 'RZ', 1, 0),
  (c) => repeatColumns(c, 0, 1, 3),
);
const params = new Map([
  ['w1', 0.5],
  ['b1', -0.1],
  ['w1#2', 0.6],
  ['b1#2', 0.2],
  ['w1#3', 0.7],
  ['b1#3', 0.3],
  ['θ1', 1.25],
]);

describe('trainedValues', () => {
  it('lists every repetition of a block that trains its own copies', () => {
    const ry = trainedValues(c, params).get('g1')!;
    expect(ry.count).toBe(3);
    expect(ry.reps.map((r) => r[0])).toEqual(
      [
        [0.5, -0.1, ''],
        [0.6, 0.2, '#2'],
        [0.7, 0.3, '#3'],
      ].map(([weight, bias, k]) => ({
        kind: 'feature',
        feature: 1,
        weight,
        bias,
        weightName: `w1${k}`,
        biasName: `b1${k}`,
      })),
    );
  });

  it('one set of values for gates outside blocks and for shared blocks; NaN when unknown', () => {
    expect(trainedValues(c, params).get('g2')).toEqual({
      count: 1,
      shared: false,
      reps: [[{ kind: 'param', name: 'θ1', value: 1.25 }]],
    });
    const shared = build(c, (c) => repeatColumns(c, 0, 1, 3, true));
    expect(trainedValues(shared, params).get('g1')!.reps).toHaveLength(1);
    const none = trainedValues(c, new Map()).get('g2')!.reps[0]![0]!;
    expect(none.kind === 'param' && Number.isNaN(none.value)).toBe(true);
  });
});
