import { describe, expect, it } from 'vitest';
import type { Circuit } from '../../../workers/sim';
import {
  bindingLabel,
  formatAngle,
  formatNumber,
  layoutCircuit,
  packColumns,
} from '../../../src/charts/circuitLayout';

describe('packColumns', () => {
  it('puts independent one-qubit gates side by side in column 0', () => {
    expect(
      packColumns(
        [0, 1, 2].map((q) => ({ top: q, bottom: q })),
        3,
      ),
    ).toEqual([0, 0, 0]);
  });
  it('places each op after the last column used by any wire it spans', () => {
    const spans = [
      { top: 0, bottom: 0 }, // H q0 → 0
      { top: 0, bottom: 2 }, // CNOT 0→2 spans q1 too → 1
      { top: 1, bottom: 1 }, // q1 was blocked by the vertical line → 2
      { top: 3, bottom: 3 }, // untouched wire → 0
      { top: 2, bottom: 3 }, // after q2 (1) and q3 (0) → 2
    ];
    expect(packColumns(spans, 4)).toEqual([0, 1, 2, 0, 2]);
  });
  it('accepts spans given bottom-up and clamps to the register', () => {
    expect(
      packColumns(
        [
          { top: 2, bottom: 0 },
          { top: 1, bottom: 1 },
        ],
        3,
      ),
    ).toEqual([0, 1]);
  });
});

describe('formatAngle', () => {
  it('writes simple multiples of π as fractions in lowest terms', () => {
    expect(formatAngle(Math.PI)).toBe('π');
    expect(formatAngle(Math.PI / 4)).toBe('π/4');
    expect(formatAngle((2 * Math.PI) / 4)).toBe('π/2');
    expect(formatAngle((3 * Math.PI) / 4)).toBe('3π/4');
    expect(formatAngle(-Math.PI / 2)).toBe('−π/2');
    expect(formatAngle(2 * Math.PI)).toBe('2π');
    expect(formatAngle((2 * Math.PI) / 3)).toBe('2π/3');
    expect(formatAngle(0)).toBe('0');
  });
  it('tolerates rounding error up to 1e-9 rad, not more', () => {
    expect(formatAngle(Math.PI / 4 + 1e-12)).toBe('π/4');
    expect(formatAngle(Math.PI / 4 + 1e-3)).toBe('0.79');
  });
  it('falls back to two decimals with a true minus sign', () => {
    expect(formatAngle(0.5)).toBe('0.50');
    expect(formatAngle(-1.234)).toBe('−1.23');
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatAngle(NaN)).toBe('?');
  });
});

describe('bindingLabel', () => {
  it('names constants, parameters and features', () => {
    expect(bindingLabel({ kind: 'const', value: Math.PI / 4 })).toBe('π/4');
    expect(bindingLabel({ kind: 'param', index: 3 })).toBe('θ3');
    expect(bindingLabel({ kind: 'param', index: 3 }, 0.5)).toBe('θ3=0.50');
    expect(bindingLabel({ kind: 'feature', feature: 0, weight: 1, bias: 2 })).toBe('w·x1+b');
  });
});

describe('layoutCircuit', () => {
  const circuit: Circuit = {
    qubits: 3,
    ops: [
      { gate: 'H', targets: [0] },
      { gate: 'CNOT', targets: [0, 2] },
      { gate: 'RY', targets: [1], params: [{ kind: 'param', index: 0 }] },
      { gate: 'X', targets: [2], controls: [1], controlStates: [0] },
      { gate: 'SWAP', targets: [0, 1] },
      { gate: 'RZZ', targets: [1, 2], params: [{ kind: 'const', value: Math.PI }] },
      { gate: 'CZ', targets: [0, 1] },
      { gate: 'CRY', targets: [2, 0], params: [{ kind: 'param', index: 1 }] },
    ],
  };
  const ops = layoutCircuit(circuit, new Float64Array([0.25, 0.5, -1.5]));

  it('splits named controls from base targets and picks the drawing', () => {
    expect(ops.map((o) => o.shape)).toEqual([
      'box',
      'xor',
      'box',
      'xor',
      'swap',
      'box2',
      'dot',
      'box',
    ]);
    expect(ops[1]?.controls).toEqual([{ qubit: 0, state: 1 }]);
    expect(ops[1]?.base).toEqual([2]);
    expect(ops[3]?.controls).toEqual([{ qubit: 1, state: 0 }]);
    expect(ops[7]?.symbol).toBe('RY');
    expect(ops[7]?.controls).toEqual([{ qubit: 2, state: 1 }]);
  });

  it('packs columns over whole spans', () => {
    expect(ops.map((o) => o.column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ops[1]).toMatchObject({ top: 0, bottom: 2 });
  });

  it('labels angles, with values consumed one per angle in op order', () => {
    expect(ops[2]?.binding).toBe('θ0=0.25');
    expect(ops[5]?.binding).toBe('π');
    expect(ops[7]?.binding).toBe('θ1=−1.50');
    expect(ops.map((o) => o.role)).toEqual([
      'fixed', 'fixed', 'param', 'fixed', 'fixed', 'fixed', 'fixed', 'param',
    ]); // prettier-ignore
  });
});
