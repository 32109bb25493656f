// Statevectors: the qubit limit and its message, |0…0⟩, norms and inner products against the
// reference, copies, and the SimError type.
import { describe, expect, it } from 'vitest';
import {
  MAX_QUBITS,
  SimError,
  cloneState,
  createRng,
  createState,
  innerProduct,
  norm2,
  runCircuit,
  stateBytes,
} from '../../../workers/sim';
import { copyState, resetState } from '../../../workers/sim/state';
import { fromAmp } from './reference';
import { randomStateCircuit } from './random';

function errorOf(f: () => unknown): SimError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SimError);
    return e as SimError;
  }
  throw new Error('expected a SimError');
}

describe('createState', () => {
  it('refuses 25 qubits, naming the limit 24 and the memory it would take (512 MiB)', () => {
    expect(MAX_QUBITS).toBe(24);
    const e = errorOf(() => createState(25));
    expect(e.field).toBe('qubits');
    expect(e.message).toContain('24');
    expect(e.message).toContain('512 MiB');
    expect(e.message).toContain('256 MiB');
    expect(errorOf(() => createState(40)).message).toContain('16 TiB');
  });

  it.each([[0], [1.5], [-1], [NaN], [Infinity]])('refuses %s qubits', (n: number) => {
    const e = errorOf(() => createState(n));
    expect(e.field).toBe('qubits');
    expect(e.message).toContain('whole number');
  });

  it('makes |0…0⟩ with 2^(n+1) numbers', () => {
    for (let n = 1; n <= 5; n++) {
      const s = createState(n);
      expect(s.n).toBe(n);
      expect(s.amp.length).toBe(2 ** (n + 1));
      expect(s.amp[0]).toBe(1);
      expect(s.amp.slice(1).every((v) => v === 0)).toBe(true);
    }
  });

  it('stateBytes is 16 bytes per amplitude', () => {
    expect(stateBytes(1)).toBe(32);
    expect(stateBytes(24)).toBe(256 * 2 ** 20);
  });
});

describe('norm2, innerProduct, copies', () => {
  const rng = createRng(5);
  const a = runCircuit(randomStateCircuit(rng, 3));
  const b = runCircuit(randomStateCircuit(rng, 3));

  it('norm2 is Σ|a_b|² (1 for a state)', () => {
    // 1e-12: a few U3 and CNOT layers, each rounding at ~1e-16.
    expect(Math.abs(norm2(a) - 1)).toBeLessThan(1e-12);
    expect(norm2({ n: 1, amp: new Float64Array([3, 4, 0, 0]) })).toBe(25);
  });

  it('innerProduct is ⟨a|b⟩ = Σ conj(a_k)·b_k, antilinear in a', () => {
    const u = fromAmp(a.amp);
    const v = fromAmp(b.amp);
    let re = 0;
    let im = 0;
    for (let k = 0; k < 8; k++) {
      re += u.re[k]! * v.re[k]! + u.im[k]! * v.im[k]!;
      im += u.re[k]! * v.im[k]! - u.im[k]! * v.re[k]!;
    }
    const [r, i] = innerProduct(a, b);
    // 1e-14: a sum of 8 products of numbers ≤ 1.
    expect(Math.abs(r - re)).toBeLessThan(1e-14);
    expect(Math.abs(i - im)).toBeLessThan(1e-14);
    const [rb, ib] = innerProduct(b, a);
    expect(Math.abs(rb - r)).toBeLessThan(1e-14);
    expect(Math.abs(ib + i)).toBeLessThan(1e-14);
    // ⟨0|i·0⟩ = i: the phase sits on the ket.
    expect(innerProduct(createState(1), { n: 1, amp: new Float64Array([0, 1, 0, 0]) })).toEqual([
      0, 1,
    ]);
  });

  it('cloneState copies; copyState and resetState work in place', () => {
    const c = cloneState(a);
    expect(c.amp).not.toBe(a.amp);
    expect(Array.from(c.amp)).toEqual(Array.from(a.amp));
    c.amp[0] = 9;
    expect(a.amp[0]).not.toBe(9);
    copyState(c, b);
    expect(Array.from(c.amp)).toEqual(Array.from(b.amp));
    resetState(c);
    expect(Array.from(c.amp)).toEqual(Array.from(createState(3).amp));
  });
});

describe('SimError', () => {
  it('is an Error with a name and the field at fault', () => {
    const e = new SimError('ops[2].targets', 'bad');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SimError');
    expect(e.field).toBe('ops[2].targets');
    expect(e.message).toBe('bad');
  });
});
