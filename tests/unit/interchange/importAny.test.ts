// The import dialog's one entry: the format told from the text, and refusals before any parsing.
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_CHARS,
  importCircuitText,
  sourceKind,
} from '../../../src/experiment/interchange/importAny';

describe('sourceKind', () => {
  it('tells Quirk links and JSON, other addresses, OpenQASM and nothing apart', () => {
    expect(sourceKind('https://algassert.com/quirk#circuit={"cols":[["H"]]}')).toBe('quirk');
    expect(sourceKind('  {"cols": [["H"]]}\n')).toBe('quirk');
    expect(sourceKind('https://example.org/bell.qasm')).toBe('url');
    expect(sourceKind('OPENQASM 3;\nqubit q;\nh q;')).toBe('qasm');
    expect(sourceKind(' \n ')).toBe('empty');
  });
});

describe('importCircuitText', () => {
  it('reads OpenQASM and Quirk to the same Bell circuit', () => {
    const qasm = importCircuitText('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\ncx q[0],q[1];'); // prettier-ignore
    const quirk = importCircuitText('{"cols":[["H"],["•","X"]]}');
    if (!qasm.ok || !quirk.ok) throw new Error('Both should import.');
    expect(qasm.value.format).toBe('qasm2');
    expect(quirk.value.format).toBe('quirk');
    const gates = (r: typeof qasm) => (r.ok ? r.value.circuit.gates.map((g) => [g.gate, g.targets]) : []); // prettier-ignore
    expect(gates(qasm)).toEqual([
      ['H', [0]],
      ['CNOT', [0, 1]],
    ]);
    expect(gates(quirk)).toEqual(gates(qasm));
  });

  it('refuses empty text, an address and text over the limit with a sentence each', () => {
    const message = (t: string) => {
      const r = importCircuitText(t);
      return r.ok ? null : r.error.message;
    };
    expect(message('')).toMatch(/^Paste OpenQASM/);
    expect(message('https://example.org/bell.qasm')).toMatch(/web address.*Open address/);
    expect(message('x'.repeat(MAX_IMPORT_CHARS + 1))).toMatch(/at most 1 million/);
  });
});
