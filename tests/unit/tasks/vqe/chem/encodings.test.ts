// The Pauli algebra and the two fermion encodings: single-qubit products, the canonical
// anticommutation relations of the encoded ladder operators, and determinants in each encoding.
import { describe, expect, it } from 'vitest';
import { jordanWignerAnnihilator } from '../../../../../workers/tasks/vqe/chem/jordanWigner';
import { parityAnnihilator, parityIndex } from '../../../../../workers/tasks/vqe/chem/parity';
import {
  addScaled,
  addString,
  adjoint,
  multiply,
  toPauliTerms,
  type PauliOperator,
} from '../../../../../workers/tasks/vqe/chem/pauliAlgebra';

/** The operator's entries with −0 turned into 0, so that exact comparisons read naturally. */
const entries = (op: PauliOperator): [number, number, number][] =>
  [...op].map(([k, [re, im]]) => [k, re + 0, im + 0]);

const single = (x: number, z: number): PauliOperator => new Map([[x * 2 ** 24 + z, [1, 0]]]);
const X = single(1, 0);
const Y = single(1, 1);
const Z = single(0, 1);

/** Largest |coefficient| of op − expected·I. */
function distanceFromIdentity(op: PauliOperator, expected: number): number {
  let worst = 0;
  for (const [k, [re, im]] of op)
    worst = Math.max(worst, Math.hypot(re - (k === 0 ? expected : 0), im));
  if (!op.has(0)) worst = Math.max(worst, Math.abs(expected));
  return worst;
}

function anticommutator(a: PauliOperator, b: PauliOperator): PauliOperator {
  const out = multiply(a, b);
  addScaled(out, multiply(b, a), 1);
  return out;
}

describe('Pauli algebra', () => {
  it('XY = iZ, YZ = iX, ZX = iY, and XZ = −iY (exact)', () => {
    expect(entries(multiply(X, Y))).toEqual([[1, 0, 1]]);
    expect(entries(multiply(Y, Z))).toEqual([[2 ** 24, 0, 1]]);
    expect(entries(multiply(Z, X))).toEqual([[2 ** 24 + 1, 0, 1]]);
    expect(entries(multiply(X, Z))).toEqual([[2 ** 24 + 1, 0, -1]]);
    expect(entries(multiply(Y, Y))).toEqual([[0, 1, 0]]);
  });

  it('writes sparse labels, qubits ascending, identity first; drops tiny terms', () => {
    const op: PauliOperator = new Map();
    addString(op, 0b1010, 0b0110, 0.5, 0); // X3 Y1 Z2 → "Y1 Z2 X3"
    addString(op, 0, 0, -1, 0);
    addString(op, 1, 0, 1e-13, 0);
    expect(toPauliTerms(op)).toEqual([
      { coeff: -1, label: '' },
      { coeff: 0.5, label: 'Y1 Z2 X3' },
    ]);
  });

  it('refuses to turn a non-Hermitian operator into real Pauli terms', () => {
    const op: PauliOperator = new Map([[1, [0, 0.5]]]);
    expect(() => toPauliTerms(op)).toThrow(/imaginary/);
  });
});

describe.each([
  ['Jordan–Wigner', (j: number) => jordanWignerAnnihilator(j)],
  ['parity', (j: number, m: number) => parityAnnihilator(j, m)],
])('%s ladder operators on 5 modes', (_name, encode) => {
  const M = 5;
  const a = Array.from({ length: M }, (_, j) => encode(j, M));
  it('satisfy {a_i, a_j†} = δ_ij and {a_i, a_j} = 0 (1e-15)', () => {
    for (let i = 0; i < M; i++)
      for (let j = 0; j < M; j++) {
        expect(
          distanceFromIdentity(anticommutator(a[i]!, adjoint(a[j]!)), i === j ? 1 : 0),
        ).toBeLessThan(1e-15);
        expect(distanceFromIdentity(anticommutator(a[i]!, a[j]!), 0)).toBeLessThan(1e-15);
      }
  });
});

describe('determinants in the parity encoding', () => {
  it('qubit j holds n_0 ⊕ … ⊕ n_j', () => {
    expect(parityIndex(0b0101, 4)).toBe(0b0011); // H₂'s HF state in block order
    expect(parityIndex(0b0011, 4)).toBe(0b0001);
    expect(parityIndex(0b1111, 4)).toBe(0b0101);
    expect(parityIndex(0, 4)).toBe(0);
  });
});
