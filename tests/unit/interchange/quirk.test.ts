// Quirk links into the editor: hand-written links (Bell, Grover, a QFT) to the right states, in
// every spelling a link comes in; random circuits of every importable gate and control kind
// against an independent reading of Quirk's definitions; the skipped list; the notes; and
// errors that name the column, never a throw; Quirk's formulas.
import { describe, expect, it } from 'vitest';
import { evalFormula, formulaOf } from '../../../src/experiment/interchange/quirk/formula';
import { importQuirk } from '../../../src/experiment/interchange/quirk/import';
import type { ImportedCircuit } from '../../../src/experiment/interchange/types';
import { validateEditorCircuit } from '../../../src/experiment/circuit/validate';
import { createRng } from '../../../workers/sim';
import { editorState, fidelity, quirkState, randomQuirk } from './quirkReference';

const TOL = 1e-9;

function ok(text: string): ImportedCircuit {
  const r = importQuirk(text);
  if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
  return r.value;
}

function fails(text: string): { message: string; column?: number } {
  const r = importQuirk(text);
  if (r.ok) throw new Error('import should have failed');
  return r.error;
}

/** Probabilities of the basis states. */
function probs(amp: Float64Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < amp.length / 2; b++) out.push(amp[2 * b]! ** 2 + amp[2 * b + 1]! ** 2);
  return out;
}

const BELL = '{"cols":[["H"],["•","X"]]}';

describe('importQuirk: hand-written links', () => {
  it('reads the Bell pair from JSON, an encoded link, an unencoded link and another host', () => {
    const forms = [
      BELL,
      `https://algassert.com/quirk#circuit=${encodeURIComponent(BELL)}`,
      `https://algassert.com/quirk#circuit=${BELL}`,
      `http://localhost:8080/quirk.html#circuit=${encodeURIComponent(BELL)}&other=1`,
      `  ${BELL}\n`,
    ];
    for (const text of forms) {
      const v = ok(text);
      expect(v.format).toBe('quirk');
      expect(v.circuit.qubits).toBe(2);
      expect(v.circuit.gates.map((g) => [g.gate, g.targets, g.column])).toEqual([
        ['H', [0], 0],
        ['CNOT', [0, 1], 1],
      ]);
      const p = probs(editorState(v.circuit));
      expect(p[0]).toBeCloseTo(0.5, 12);
      expect(p[3]).toBeCloseTo(0.5, 12);
      expect(validateEditorCircuit(v.circuit)).toBeNull();
    }
  });

  it('finds the marked state with two-qubit Grover (one iteration is exact)', () => {
    const grover = { cols: [['H', 'H'], ['•', 'Z'], ['H', 'H'], ['X', 'X'], ['•', 'Z'], ['X', 'X'], ['H', 'H']] }; // prettier-ignore
    const v = ok(JSON.stringify(grover));
    expect(probs(editorState(v.circuit))[3]).toBeCloseTo(1, 12);
    expect(v.circuit.gates.filter((g) => g.gate === 'CZ')).toHaveLength(2);
  });

  it('reads a three-qubit QFT of |1⟩ built from H, controlled Z^½ and Z^¼ and a Swap', () => {
    const qft = {
      // The textbook circuit, the most significant qubit (wire 2) first.
      cols: [[1, 1, 'H'], [1, '•', 'Z^½'], ['•', 1, 'Z^¼'], [1, 'H'], ['•', 'Z^½'], ['H'], ['Swap', 1, 'Swap']], // prettier-ignore
      init: [1],
    };
    const v = ok(JSON.stringify(qft));
    const amp = editorState(v.circuit);
    // The QFT of |x⟩ with Quirk's (and our) bit order: amplitudes e^{2πi·x·k/8}/√8.
    for (let k = 0; k < 8; k++) {
      expect(amp[2 * k]).toBeCloseTo(Math.cos((2 * Math.PI * k) / 8) / Math.sqrt(8), 12);
      expect(amp[2 * k + 1]).toBeCloseTo(Math.sin((2 * Math.PI * k) / 8) / Math.sqrt(8), 12);
    }
    expect(v.circuit.gates.some((g) => g.gate === 'S' && g.controls?.length === 1)).toBe(true);
    expect(v.notes.join(' ')).toMatch(/Wire 0 starts in \|1⟩/);
  });

  it('maps the fixed gates to their exact equals', () => {
    const v = ok('{"cols":[["Z^½","Z^-½","Z^¼","Z^-¼","X^½","Z^⅓"]]}');
    expect(v.circuit.gates.map((g) => g.gate)).toEqual(['S', 'SDG', 'T', 'TDG', 'SX', 'P']);
    expect(v.circuit.gates[5]!.params).toEqual([{ kind: 'const', expr: 'pi/3', value: Math.PI / 3 }]); // prettier-ignore
  });

  it('imports a custom matrix gate equal to one of ours, and refuses another', () => {
    const custom = { cols: [['~h', '~s']], gates: [{ id: '~h', name: 'Had', matrix: '{{√½,√½},{√½,-√½}}' }, { id: '~s', matrix: '{{1,0},{0,i}}' }] }; // prettier-ignore
    const v = ok(JSON.stringify(custom));
    expect(v.circuit.gates.map((g) => g.gate)).toEqual(['H', 'S']);
    expect(v.notes.join(' ')).toMatch(/"Had" is the editor's H/);
    const other = { cols: [['~r']], gates: [{ id: '~r', matrix: '{{0.6,0.8},{0.8,-0.6}}' }] };
    expect(fails(JSON.stringify(other)).message).toMatch(/Column 1, wire 0: .*not exactly one of/);
  });
});

describe('importQuirk: random circuits against Quirk’s definitions', () => {
  it('gives Quirk’s state (up to a global phase) for every gate and control kind', () => {
    const rng = createRng(15);
    for (let trial = 0; trial < 60; trial++) {
      const n = 3 + (trial % 2);
      const json = randomQuirk(rng, n, 10);
      const v = ok(JSON.stringify(json));
      expect(v.circuit.qubits).toBe(n);
      const f = fidelity(quirkState(json, n), editorState(v.circuit));
      expect(Math.abs(f - 1), JSON.stringify(json)).toBeLessThan(TOL);
    }
  });

  it('keeps the relative phase of a controlled X^⅓ (a global phase under a control is not one)', () => {
    const json = { cols: [['H'], ['•', 'X^⅓'], ['◦', 'Y^-⅛']] };
    const v = ok(JSON.stringify(json));
    expect(Math.abs(fidelity(quirkState(json, 2), editorState(v.circuit)) - 1)).toBeLessThan(TOL);
    expect(v.notes.join(' ')).toMatch(/controlled X\^⅓ became H, a controlled phase P\(π\/3\) and H/); // prettier-ignore
  });

  it('says when a lone X^⅓ became RX(π/3) up to a global phase', () => {
    const v = ok('{"cols":[["X^⅓"],["X^⅓"]]}');
    expect(v.circuit.gates.map((g) => g.gate)).toEqual(['RX', 'RX']);
    expect(v.notes).toContain('Columns 1, 2: X^⅓ became RX(π/3), equal up to a global phase, which nothing can measure.'); // prettier-ignore
  });
});

describe('importQuirk: what is skipped', () => {
  it('lists displays and measurements with column and wire, and reads the measured qubits', () => {
    const json = { cols: [['H', 'Bloch'], ['•', 'X', 'Amps2'], ['Chance', 1, 'Density'], ['Measure', 'Measure'], ['inputA2'], ['…']] }; // prettier-ignore
    const v = ok(JSON.stringify(json));
    expect(v.skipped).toEqual([
      "column 1, wire 1: Quirk's Bloch sphere display (a display, nothing to import)",
      "column 2, wires 2–3: Quirk's amplitude display (a display, nothing to import)",
      "column 3, wire 0: Quirk's chance display (a display, nothing to import)",
      "column 3, wire 2: Quirk's density matrix display (a display, nothing to import)",
      "column 4, wire 0: Quirk's measurement (read here as the measured qubits at the end)",
      "column 4, wire 1: Quirk's measurement (read here as the measured qubits at the end)",
      "column 5, wires 0–1: Quirk's input marker (it only feeds arithmetic gates, nothing to import)", // prettier-ignore
    ]);
    expect(v.measured).toEqual([0, 1]);
    expect(v.circuit.qubits).toBe(4);
    expect(v.circuit.gates.map((g) => g.gate)).toEqual(['H', 'CNOT']);
  });

  it('lets a measured qubit control later gates (deferred measurement) and says so', () => {
    const v = ok('{"cols":[["H"],["Measure"],["•","X"]]}');
    expect(v.measured).toEqual([0]);
    expect(v.notes.join(' ')).toMatch(/Column 3: a control reads a measured qubit/);
  });
});

describe('importQuirk: errors', () => {
  it('names the column and the gate of a state-changing gate it cannot import', () => {
    const cases: [string, number, RegExp][] = [
      ['{"cols":[["H"],["QFT3"]]}', 2, /Column 2, wire 0: Quirk's "QFT3" changes the state/],
      ['{"cols":[[1,"X^t"]]}', 1, /Column 1, wire 1: .*"X\^t" gate changes with time/],
      ['{"cols":[["H"],["H",{"id":"Rzft","arg":"pi t^2"}]]}', 2, /Column 2, wire 1: Quirk's Rzft .*changes with time/], // prettier-ignore
      ['{"cols":[[{"id":"Rxft","arg":"1+i"}]]}', 1, /imaginary unit/],
      ['{"cols":[["Swap","H"]]}', 1, /two Swap halves in one column; this column has 1/],
      ['{"cols":[["Measure"],["H"]]}', 2, /Column 2, wire 0: a gate acts on the qubit measured in column 1/], // prettier-ignore
      ['{"cols":[["|0⟩⟨0|"]]}', 1, /"\|0⟩⟨0\|" changes the state/],
      ['{"cols":[["xpar","X"]]}', 1, /"xpar"/],
      [
        '{"cols":[["~c"]],"gates":[{"id":"~c","circuit":{"cols":[["H"]]}}]}',
        1,
        /made of a circuit/,
      ],
    ];
    for (const [text, column, re] of cases) {
      const e = fails(text);
      expect(e.message, text).toMatch(re);
      expect(e.column, text).toBe(column);
    }
  });

  it('explains malformed input without throwing', () => {
    const cases: [string, RegExp][] = [
      ['{"cols":[["H"]', /not valid JSON/],
      ['https://algassert.com/quirk#circuit=%7B%22cols', /not valid JSON .*cut short/],
      ['https://example.com/page', /neither a Quirk link/],
      ['[1,2]', /neither a Quirk link/],
      ['{"gates":[]}', /no list of columns/],
      ['{"cols":[["H"],"X"]}', /Column 2 of the Quirk circuit is not a list/],
      ['{"cols":[["H"]],"init":[7]}', /starts in the state 7/],
      ['{"cols":[["H"]],"init":"+"}', /starting states/],
      [JSON.stringify({ cols: [[...Array(24).fill(1), 'H']] }), /25 wires; the editor has at most 24/], // prettier-ignore
    ];
    for (const [text, re] of cases) expect(fails(text).message, text).toMatch(re);
    const junk = ['', '{', '{"cols":null}', '{"cols":[[null,{},[],{"id":3}]]}', '#circuit=', '{"cols":[[{"id":"Rxft","arg":"((("}]]}']; // prettier-ignore
    for (const text of junk) expect(() => importQuirk(text), text).not.toThrow();
  });

  it('brings an angle beyond the editor’s limit back by a whole period', () => {
    const v = ok('{"cols":[[{"id":"Rzft","arg":"4000 pi + 1"}]]}');
    const b = v.circuit.gates[0]!.params![0]!;
    expect(b.kind === 'const' && Math.abs(b.value - 1) < 1e-9).toBe(true);
  });
});

describe('Quirk formulas', () => {
  it('reads them as Quirk does, and writes numbers both sides read alike', () => {
    const cases: [unknown, number][] = [
      ['pi/2', Math.PI / 2],
      ['2 pi', 2 * Math.PI],
      ['(1)(2)', 2],
      ['-2^2', 4], // a sign binds tightest in Quirk
      ['sin pi/2', Math.sin(Math.PI) / 2],
      ['√2 π', Math.SQRT2 * Math.PI],
      ['½ + ⅓', 5 / 6],
      ['1.5e-3', 0.0015],
      ['2e', 2 * Math.E], // "e" after digits without an exponent is Euler's number
      ['2^3^2', 64], // left to right
      [0.25, 0.25],
    ];
    for (const [text, value] of cases) {
      const r = evalFormula(text);
      expect(r.ok && Math.abs(r.value - value) < 1e-12, String(text)).toBe(true);
    }
    for (const v of [Math.PI / 2, (-3 * Math.PI) / 4, 0.1, -1e-9, 123.456, 1e-20]) {
      const r = evalFormula(formulaOf(v));
      expect(r.ok && Math.abs(r.value - v) <= 1e-15 * Math.max(1, Math.abs(v)), formulaOf(v)).toBe(true); // prettier-ignore
      expect(formulaOf(v)).not.toMatch(/e/);
    }
    expect(formulaOf((-3 * Math.PI) / 4)).toBe('-3*pi/4');
  });
});
