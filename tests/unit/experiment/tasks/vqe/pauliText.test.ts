// The Hamiltonian text box: accepted spellings, canonical labels and merging, every error
// message, the writer's round trip, and a seeded fuzz that the parser never throws on.
import { describe, expect, it } from 'vitest';
import {
  formatPauliSum,
  parsePauliSum,
  type PauliTermText,
} from '../../../../../src/experiment/tasks/vqe/pauliText';
import { createRng } from '../../../../../workers/sim/rng';

function ok(text: string, maxQubits?: number): { terms: PauliTermText[]; qubits: number } {
  const r = parsePauliSum(text, maxQubits);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.message}`);
  return { terms: r.terms, qubits: r.qubits };
}

function message(text: string, maxQubits?: number): string {
  const r = parsePauliSum(text, maxQubits);
  if (r.ok) throw new Error(`expected "${text}" to be refused`);
  return r.message;
}

describe('parsePauliSum: accepted spellings', () => {
  it('reads the documented example with a constant term', () => {
    expect(ok('0.5 Z0 Z1 + 0.3 X0 - 1.2')).toEqual({
      terms: [
        { coeff: 0.5, label: 'Z0 Z1' },
        { coeff: 0.3, label: 'X0' },
        { coeff: -1.2, label: '' },
      ],
      qubits: 2,
    });
  });

  it('reads -Z0, 2*X0*X1, 0.5 Z0Z1, 1e-3 Y2, lower case, · and the typographic minus', () => {
    expect(ok('-Z0').terms).toEqual([{ coeff: -1, label: 'Z0' }]);
    expect(ok('2*X0*X1').terms).toEqual([{ coeff: 2, label: 'X0 X1' }]);
    expect(ok('0.5 Z0Z1').terms).toEqual([{ coeff: 0.5, label: 'Z0 Z1' }]);
    expect(ok('1e-3 Y2')).toEqual({ terms: [{ coeff: 0.001, label: 'Y2' }], qubits: 3 });
    expect(ok('z0 x1').terms).toEqual([{ coeff: 1, label: 'Z0 X1' }]);
    expect(ok('\u2212 0.5 Z0 \u00b7 Z1').terms).toEqual([{ coeff: -0.5, label: 'Z0 Z1' }]);
    expect(ok('+ -0.25 X3').terms).toEqual([{ coeff: -0.25, label: 'X3' }]);
    expect(ok('3E+2 Z0').terms).toEqual([{ coeff: 300, label: 'Z0' }]);
  });

  it('accepts whitespace and newlines anywhere', () => {
    expect(ok('\n\t 0.5\nZ1   Z0 \n+\n0.3X0\n').terms).toEqual([
      { coeff: 0.5, label: 'Z0 Z1' },
      { coeff: 0.3, label: 'X0' },
    ]);
  });

  it('orders factors by qubit and merges equal strings in order of first appearance', () => {
    expect(ok('0.5 Z1 Z0 + X2 + 0.25 Z0 Z1 - 2 + 1').terms).toEqual([
      { coeff: 0.75, label: 'Z0 Z1' },
      { coeff: 1, label: 'X2' },
      { coeff: -1, label: '' },
    ]);
    expect(ok('Z0 - Z0').terms).toEqual([]);
  });

  it('qubits is the highest qubit named + 1, at least 1; I factors count but leave the label', () => {
    expect(ok('1.5').qubits).toBe(1);
    expect(ok('X0 + Z7').qubits).toBe(8);
    expect(ok('0.5 I3 Z1')).toEqual({ terms: [{ coeff: 0.5, label: 'Z1' }], qubits: 4 });
    expect(ok('Z11').qubits).toBe(12);
  });
});

describe('parsePauliSum: messages', () => {
  it('names a term with a letter that is not a Pauli', () => {
    expect(message('0.5 Z0 Z1 + 0.3 Q0')).toBe(
      'The term "0.3 Q0" is not a Pauli term: Q is not X, Y or Z.',
    );
  });

  it('names a term that uses a qubit twice', () => {
    expect(message('Z0 Z0')).toBe('The term "Z0 Z0" names qubit 0 twice.');
    expect(message('0.1 X1 + 2 Y3 X1 Z3')).toBe('The term "2 Y3 X1 Z3" names qubit 3 twice.');
  });

  it('names a term beyond the qubit limit', () => {
    expect(message('X12')).toBe('The term "X12" acts on qubit 12; at most 12 qubits (0 to 11).');
    expect(message('Z0 Z4', 4)).toBe(
      'The term "Z0 Z4" acts on qubit 4; at most 4 qubits (0 to 3).',
    );
  });

  it('explains empty text', () => {
    const empty =
      'The Hamiltonian is empty: write a sum of Pauli terms such as 0.5 Z0 Z1 + 0.3 X0.';
    expect(message('')).toBe(empty);
    expect(message(' \n\t ')).toBe(empty);
  });

  it('explains the other mistakes', () => {
    expect(message('Z0 +')).toBe('The Hamiltonian ends with "+": a term is missing after it.');
    expect(message('0.5 X')).toBe(
      'The term "0.5 X" is not a Pauli term: X needs a qubit number, as in X0.',
    );
    expect(message('Z0 0.5')).toBe(
      'The term "Z0 0.5" is not a Pauli term: put the number before the Pauli factors, as in 0.5 Z0.',
    );
    expect(message('0.5 Z0 / 2')).toBe(
      'The term "0.5 Z0 / 2" is not a Pauli term: "/" is not allowed.',
    );
    expect(message('2 ** Z0')).toBe(
      'The term "2 ** Z0" is not a Pauli term: "*" must stand between two factors.',
    );
    expect(message('1e999 Z0')).toBe(
      'The term "1e999 Z0" has a coefficient that is not a finite number.',
    );
  });

  it('keeps quoted terms short', () => {
    const m = message(`0.5 ${'Z0 '.repeat(100)}`);
    expect(m.length).toBeLessThan(120);
    expect(m).toContain('…');
  });
});

describe('formatPauliSum', () => {
  it('writes signs between terms and leaves coefficients ±1 implicit', () => {
    expect(
      formatPauliSum([
        { coeff: -1, label: 'Z0 Z1' },
        { coeff: 0.3, label: 'X0' },
        { coeff: -1.2, label: '' },
        { coeff: 1, label: 'Y2' },
      ]),
    ).toBe('-Z0 Z1 + 0.3 X0 - 1.2 + Y2');
    expect(formatPauliSum([])).toBe('0');
    expect(ok(formatPauliSum([])).terms).toEqual([]);
  });

  it('round-trips random canonical sums exactly (coefficients bit for bit)', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 300; trial++) {
      const seen = new Set<string>();
      const terms: PauliTermText[] = [];
      const k = 1 + rng.int(6);
      for (let i = 0; i < k; i++) {
        const parts: string[] = [];
        for (let q = 0; q < 12; q++) if (rng.next() < 0.25) parts.push(`${'XYZ'[rng.int(3)]}${q}`);
        const label = parts.join(' ');
        if (seen.has(label)) continue;
        seen.add(label);
        const scale = 10 ** (rng.int(13) - 6);
        let coeff = rng.normal() * scale;
        if (rng.next() < 0.1) coeff = rng.next() < 0.5 ? 1 : -1;
        terms.push({ coeff, label });
      }
      expect(ok(formatPauliSum(terms)).terms).toEqual(terms);
    }
  });
});

describe('parsePauliSum fuzz', () => {
  it('never throws, and what it accepts is canonical and finite', () => {
    const rng = createRng(1234);
    const alphabet = [
      ...'XYZIxyzQe0123456789..+-*  \n\t/()^_\u2212\u00b7\u00d7',
      'E+',
      '1e',
      'Z1',
      '😀',
    ];
    const canonical = /^(?:[XYZ]\d+(?: [XYZ]\d+)*)?$/;
    for (let trial = 0; trial < 3000; trial++) {
      const n = rng.int(30);
      let text = '';
      for (let i = 0; i < n; i++) text += alphabet[rng.int(alphabet.length)]!;
      const r = parsePauliSum(text);
      if (r.ok) {
        expect(r.qubits).toBeGreaterThanOrEqual(1);
        expect(r.qubits).toBeLessThanOrEqual(12);
        for (const t of r.terms) {
          expect(t.label).toMatch(canonical);
          expect(Number.isFinite(t.coeff)).toBe(true);
          const qs = t.label ? t.label.split(' ').map((f) => Number(f.slice(1))) : [];
          expect(qs).toEqual([...qs].sort((a, b) => a - b));
        }
        // Accepted text survives the writer.
        expect(ok(formatPauliSum(r.terms)).terms).toEqual(r.terms);
      } else {
        expect(r.message.length).toBeGreaterThan(10);
      }
    }
  });
});
