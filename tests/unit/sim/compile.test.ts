// The compiler's validation: every malformed circuit is rejected with a SimError whose `field`
// points at the operation and whose message names it (operation numbers count from 1).
import { describe, expect, it } from 'vitest';
import { SimError, bindProgram, compile } from '../../../workers/sim';
import type { Circuit, Operation } from '../../../workers/sim';

/** The SimError that compiling `ops` on n qubits throws (fails the test if none). */
function compileError(ops: unknown[], n = 3): SimError {
  try {
    compile({ qubits: n, ops: ops as Operation[] });
  } catch (e) {
    expect(e).toBeInstanceOf(SimError);
    return e as SimError;
  }
  throw new Error('compile accepted a bad circuit');
}

const ok: Operation = { gate: 'H', targets: [0] };
const theta = (value: number) => ({ kind: 'const' as const, value });

/** [why, bad op, expected field suffix after ops[1], words the message must contain]. */
const CASES: [string, unknown, string, string[]][] = [
  ['unknown gate', { gate: 'FOO', targets: [0] }, '.gate', ['FOO']],
  ['lower-case gate name', { gate: 'h', targets: [0] }, '.gate', []],
  ['missing operation', null, '', []],
  ['too few targets for CNOT', { gate: 'CNOT', targets: [0] }, '.targets', ['2 qubits']],
  ['too many targets for H', { gate: 'H', targets: [0, 1] }, '.targets', ['1 qubit']],
  ['too few targets for TOFFOLI', { gate: 'TOFFOLI', targets: [0, 1] }, '.targets', ['3 qubits']],
  ['targets not a list', { gate: 'X', targets: 0 }, '.targets', []],
  ['target out of range', { gate: 'X', targets: [3] }, '.targets', ['qubit 3', '0 to 2']],
  ['negative target', { gate: 'X', targets: [-1] }, '.targets', ['-1']],
  ['fractional target', { gate: 'X', targets: [0.5] }, '.targets', ['0.5']],
  ['repeated target', { gate: 'SWAP', targets: [1, 1] }, '.targets', ['qubit 1 twice']],
  ['control equals target', { gate: 'H', targets: [2], controls: [2] }, '.targets', ['twice']],
  ['CNOT control equals target', { gate: 'CNOT', targets: [0, 0] }, '.targets', ['twice']],
  ['repeated control', { gate: 'X', targets: [0], controls: [1, 1] }, '.targets', ['twice']],
  ['control out of range', { gate: 'X', targets: [0], controls: [5] }, '.targets', ['qubit 5']],
  ['control states of wrong length', { gate: 'X', targets: [0], controls: [1, 2], controlStates: [1] }, '.controlStates', []],
  ['control state 2', { gate: 'X', targets: [0], controls: [1], controlStates: [2] }, '.controlStates', ['0 or 1']],
  ['missing angle', { gate: 'RX', targets: [0] }, '.params', ['1 angle', 'got 0']],
  ['angles not a list', { gate: 'RX', targets: [0], params: 'θ' }, '.params', ['none']],
  ['angle on a fixed gate', { gate: 'H', targets: [0], params: [theta(1)] }, '.params', ['0 angles']],
  ['too few U3 angles', { gate: 'U3', targets: [0], params: [theta(1)] }, '.params', ['3 angles', '1']],
  ['NaN constant', { gate: 'RX', targets: [0], params: [theta(NaN)] }, '.params[0]', ['NaN']],
  ['infinite constant', { gate: 'U3', targets: [0], params: [theta(0), theta(0), theta(Infinity)] }, '.params[2]', ['Infinity']],
  ['string constant', { gate: 'RX', targets: [0], params: [{ kind: 'const', value: '1' }] }, '.params[0]', []],
  ['negative param index', { gate: 'RX', targets: [0], params: [{ kind: 'param', index: -1 }] }, '.params[0]', ['parameter index']],
  ['fractional param index', { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 1.5 }] }, '.params[0]', ['1.5']],
  ['huge param index', { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 2e6 }] }, '.params[0]', []],
  ['bad feature index', { gate: 'RX', targets: [0], params: [{ kind: 'feature', feature: -2, weight: 0, bias: 1 }] }, '.params[0]', ['feature index']],
  ['bad weight index', { gate: 'RX', targets: [0], params: [{ kind: 'feature', feature: 0, weight: 'w', bias: 1 }] }, '.params[0]', ['weight index']],
  ['bad bias index', { gate: 'RX', targets: [0], params: [{ kind: 'feature', feature: 0, weight: 0, bias: NaN }] }, '.params[0]', ['bias index']],
  ['unknown binding kind', { gate: 'RX', targets: [0], params: [{ kind: 'random' }] }, '.params[0]', []],
  ['missing binding', { gate: 'RX', targets: [0], params: [null] }, '.params[0]', []],
]; // prettier-ignore

describe('compile rejects malformed operations', () => {
  it.each(CASES)('%s', (_why, op, suffix, words) => {
    // The bad op is the second one, so a message must say "Operation 2" and the field "ops[1]".
    const e = compileError([ok, op]);
    expect(e.field).toBe(`ops[1]${suffix}`);
    expect(e.message).toContain('Operation 2');
    for (const w of words) expect(e.message).toContain(w);
  });

  it('names the gate symbol in the message', () => {
    expect(compileError([{ gate: 'TDG', targets: [0, 1] }]).message).toContain('Operation 1 (T†)');
  });
});

describe('compile rejects malformed circuits', () => {
  const fieldOf = (c: unknown): string => {
    try {
      compile(c as Circuit);
    } catch (e) {
      expect(e).toBeInstanceOf(SimError);
      return (e as SimError).field;
    }
    return 'no error';
  };
  it.each([[0], [25], [1.5], [-1], [NaN]])('%s qubits', (n: number) => {
    expect(fieldOf({ qubits: n, ops: [] })).toBe('qubits');
  });
  it('a missing circuit or op list', () => {
    expect(fieldOf(null)).toBe('circuit');
    expect(fieldOf({ qubits: 2 })).toBe('ops');
  });
});

describe('compiled program', () => {
  it('lowers named controls into the control mask and keeps extra controls on |0⟩ out of cval', () => {
    const p = compile({
      qubits: 4,
      ops: [
        { gate: 'TOFFOLI', targets: [3, 1, 0] },
        { gate: 'RY', targets: [2], controls: [0, 3], controlStates: [0, 1], params: [theta(1)] },
        { gate: 'RZZ', targets: [1, 3], params: [theta(1)] },
      ],
    });
    expect([p.q0[0], p.q1[0], p.cmask[0], p.cval[0]]).toEqual([0, -1, 0b1010, 0b1010]);
    expect([p.q0[1], p.cmask[1], p.cval[1]]).toEqual([2, 0b1001, 0b1000]);
    expect([p.q0[2], p.q1[2], p.cmask[2]]).toEqual([1, 3, 0]);
    expect(Array.from(p.varies)).toEqual([0, 0, 0]);
  });

  it('bindProgram computes every angle and rebuilds only what varies', () => {
    const p = compile({
      qubits: 1,
      ops: [
        { gate: 'RX', targets: [0], params: [theta(0.5)] },
        { gate: 'RY', targets: [0], params: [{ kind: 'param', index: 1 }] },
        { gate: 'RZ', targets: [0], params: [{ kind: 'feature', feature: 0, weight: 0, bias: 2 }] },
      ],
    });
    expect(Array.from(p.varies)).toEqual([0, 1, 1]);
    bindProgram(p, [2, -1, 0.25], [3]);
    // 1e-15: one multiply-add in double precision.
    expect(Math.abs(p.angles[0]! - 0.5)).toBeLessThan(1e-15);
    expect(Math.abs(p.angles[1]! + 1)).toBeLessThan(1e-15);
    expect(Math.abs(p.angles[2]! - 6.25)).toBeLessThan(1e-15);
    // The adjoint is the conjugate transpose of the matrix (RY is real: a transpose).
    const o = p.mOff[1]!;
    expect(p.adj[o + 2]).toBe(p.mat[o + 4]);
    expect(p.adj[o + 4]).toBe(p.mat[o + 2]);
    expect(() => bindProgram(p, [1, 2], [3])).toThrow(SimError);
    expect(() => bindProgram(p, [1, 2, 3], [])).toThrow(/1 input feature/);
  });
});
