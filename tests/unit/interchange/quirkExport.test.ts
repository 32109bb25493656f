// The editor circuit as a Quirk link: every gate of the catalogue, with and without extra
// controls, exported then imported gives the same state (our simulator, 1e-9, global phase
// included) on random inputs; the exact Quirk spelling of each gate; column packing that never
// lets a control reach a gate it does not belong to; notes; and Quirk JSON → editor → Quirk JSON
// unchanged for typical circuits.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { fromProgram } from '../../../src/experiment/circuit/fromProgram';
import { GATE_NAMES, GATE_SPECS, targetCount } from '../../../src/experiment/circuit/gateCatalog';
import type { Binding, Circuit, Operation } from '../../../src/experiment/circuit/program';
import type { EditorCircuit, PlacedGate } from '../../../src/experiment/circuit/types';
import { exportQuirk, quirkJson, QUIRK_URL } from '../../../src/experiment/interchange/quirk/export'; // prettier-ignore
import { formulaOf } from '../../../src/experiment/interchange/quirk/formula';
import { importQuirk } from '../../../src/experiment/interchange/quirk/import';
import type { ExportSource } from '../../../src/experiment/interchange/types';
import { createRng, type Rng } from '../../../workers/sim';
import { randomCircuit, randomStateCircuit } from '../sim/random';
import { editorState } from './quirkReference';

const TOL = 1e-9;

function source(circuit: EditorCircuit, rng?: Rng, features = 0): ExportSource {
  const names = compileEditorCircuit(circuit).paramNames;
  const values = new Map(names.map((n) => [n, rng ? (rng.next() - 0.5) * 6 : 0.5]));
  const point = Array.from({ length: features }, () => (rng ? rng.next() * 2 - 1 : 0.25));
  return { circuit, values, point, readout: null, title: 'test' };
}

/** The state of the exported link read back, against the source's own state. */
function roundTripError(src: ExportSource): number {
  const text = exportQuirk(src).text;
  const back = importQuirk(text);
  if (!back.ok) throw new Error(back.error.message);
  expect(back.value.circuit.qubits).toBe(src.circuit.qubits);
  const a = editorState(src.circuit, src.values, src.point);
  const b = editorState(back.value.circuit);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

const param = (index: number): Binding => ({ kind: 'param', index });

/** A random state, then every gate once (named controls first), each with `controls` extra. */
function everyGate(rng: Rng, controlled: boolean): Circuit {
  const n = 5;
  const ops: Operation[] = [...randomStateCircuit(rng, n, 2).ops];
  let p = 0;
  GATE_NAMES.forEach((gate, i) => {
    const spec = GATE_SPECS[gate];
    const wires = [0, 1, 2, 3, 4].map((q) => (q + i) % n);
    const op: Operation = { gate, targets: wires.slice(0, targetCount(spec)) };
    if (controlled) {
      op.controls = wires.slice(targetCount(spec), targetCount(spec) + 1 + (i % 2));
      op.controlStates = op.controls.map((_, j) => ((i + j) % 2) as 0 | 1);
    }
    if (spec.angles > 0) {
      op.params = Array.from({ length: spec.angles }, (_, j) =>
        (i + j) % 3 === 2
          ? { kind: 'feature', feature: j % 2, weight: p++, bias: p++ }
          : param(p++),
      );
    }
    ops.push(op);
  });
  return { qubits: n, ops };
}

describe('exportQuirk then importQuirk: the same state', () => {
  it('for every gate of the catalogue, alone and under controls and anti-controls', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 8; trial++) {
      const editor = fromProgram(everyGate(rng, trial % 2 === 1));
      expect(roundTripError(source(editor, rng, 2))).toBeLessThan(TOL);
    }
  });

  it('for random circuits with parameters, features and up to two extra controls', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 40; trial++) {
      const c = randomCircuit(rng, 4, 14, { numParams: 5, numFeatures: 2, maxControls: 2 });
      const prep = randomStateCircuit(rng, 4, 1);
      const editor = fromProgram({ qubits: 4, ops: [...prep.ops, ...c.ops] });
      expect(roundTripError(source(editor, rng, 2))).toBeLessThan(TOL);
    }
  });
});

const gate = (g: Omit<PlacedGate, 'id'>, i: number): PlacedGate => ({ id: `g${i + 1}`, ...g });
const circuitOf = (qubits: number, gates: Omit<PlacedGate, 'id'>[]): EditorCircuit => ({
  qubits,
  columns: Math.max(1, ...gates.map((g) => g.column + 1)),
  gates: gates.map(gate),
  blocks: [],
});
const c = (value: number): { kind: 'const'; expr: string; value: number } => ({ kind: 'const', expr: String(value), value }); // prettier-ignore

describe('quirkJson: the spelling', () => {
  it('writes each gate as Quirk has it', () => {
    const cases: [Omit<PlacedGate, 'id'>, unknown[][]][] = [
      [{ gate: 'CNOT', column: 0, targets: [0, 1] }, [['•', 'X']]],
      [{ gate: 'TOFFOLI', column: 0, targets: [2, 0, 1] }, [['•', 'X', '•']]],
      [{ gate: 'CZ', column: 0, targets: [1, 0] }, [['Z', '•']]],
      [{ gate: 'SWAP', column: 0, targets: [0, 2] }, [['Swap', 1, 'Swap']]],
      [{ gate: 'S', column: 0, targets: [1], controls: [0], controlStates: [0] }, [['◦', 'Z^½']]],
      [{ gate: 'SX', column: 0, targets: [0] }, [['X^½']]],
      [{ gate: 'TDG', column: 0, targets: [0] }, [['Z^-¼']]],
      [{ gate: 'CRX', column: 0, targets: [0, 1], params: [c(Math.PI / 2)] }, [['•', { id: 'Rxft', arg: 'pi/2' }]]], // prettier-ignore
      [{ gate: 'RY', column: 0, targets: [0], params: [c(-0.3)] }, [[{ id: 'Ryft', arg: '-0.3' }]]],
      [{ gate: 'CP', column: 0, targets: [0, 1], params: [c(Math.PI / 4)] }, [['•', 'Z^¼']]],
      [{ gate: 'CP', column: 0, targets: [0, 1], params: [c(0.3)] }, [['•', { id: 'Z^ft', arg: formulaOf(0.3 / Math.PI) }]]], // prettier-ignore
      [{ gate: 'P', column: 0, targets: [0], params: [c(Math.PI / 3)] }, [['Z^⅓']]],
      [{ gate: 'RZZ', column: 0, targets: [0, 1], params: [c(0.5)] }, [['•', 'X'], [1, { id: 'Rzft', arg: '0.5' }], ['•', 'X']]], // prettier-ignore
    ];
    for (const [g, cols] of cases) {
      const qubits = Math.max(...g.targets, ...(g.controls ?? [])) + 1;
      expect(JSON.parse(quirkJson(source(circuitOf(qubits, [g]))))).toEqual({ cols });
    }
  });

  it('packs gates as soon as possible, apart when their controls differ', () => {
    const json = quirkJson(source(circuitOf(4, [
      { gate: 'H', column: 0, targets: [0] },
      { gate: 'H', column: 0, targets: [1] },
      { gate: 'CNOT', column: 1, targets: [0, 1] },
      { gate: 'X', column: 2, targets: [2] },
      // Same editor column, no shared wire, but different controls: two Quirk columns.
      { gate: 'CZ', column: 3, targets: [2, 3] },
      { gate: 'CNOT', column: 3, targets: [0, 1] },
      // The same controls: one Quirk column.
      { gate: 'X', column: 4, targets: [1], controls: [0], controlStates: [1] },
      { gate: 'Z', column: 4, targets: [2], controls: [0], controlStates: [1] },
      // Two swaps on four wires: Quirk pairs the Swap halves of a column, so two columns.
      { gate: 'SWAP', column: 5, targets: [0, 1] },
      { gate: 'SWAP', column: 5, targets: [2, 3] },
    ]))); // prettier-ignore
    expect(JSON.parse(json).cols).toEqual([
      ['H', 'H', 'X'],
      ['•', 'X'],
      [1, 1, '•', 'Z'],
      // The controlled Z joins the CNOT of its control (after the CZ on its wire).
      ['•', 'X', 'Z'],
      ['•', 'X'],
      ['Swap', 'Swap'],
      [1, 1, 'Swap', 'Swap'],
    ]);
  });

  it('keeps an unused last qubit with a spacer', () => {
    const src = source(circuitOf(3, [{ gate: 'H', column: 0, targets: [0] }]));
    expect(JSON.parse(quirkJson(src)).cols).toEqual([['H'], [1, 1, '…']]);
    const back = importQuirk(exportQuirk(src).text);
    expect(back.ok && back.value.circuit.qubits).toBe(3);
  });
});

describe('exportQuirk: link and notes', () => {
  it('is the percent-encoded JSON after Quirk’s address', () => {
    const src = source(circuitOf(2, [{ gate: 'CNOT', column: 0, targets: [0, 1] }]));
    const { text } = exportQuirk(src);
    expect(text.startsWith(QUIRK_URL)).toBe(true);
    expect(decodeURIComponent(text.slice(QUIRK_URL.length))).toBe(quirkJson(src));
    expect(text).not.toMatch(/[•"{} ]/);
  });

  it('says what Quirk cannot carry: parameters and features fixed, noise left out, decompositions', () => {
    const editor = circuitOf(2, [
      { gate: 'RY', column: 0, targets: [0], params: [{ kind: 'param', name: 'θ1' }] },
      { gate: 'RX', column: 1, targets: [1], params: [{ kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' }] }, // prettier-ignore
      { gate: 'bitFlip', column: 2, targets: [0], p: 0.1 },
      { gate: 'ISWAP', column: 3, targets: [0, 1] },
    ]);
    const src: ExportSource = { ...source(editor), point: [0.5, -0.25] };
    const { notes, text } = exportQuirk(src);
    expect(notes).toEqual([
      "Quirk's angles are fixed numbers: the 3 trainable parameters are written at their current values.", // prettier-ignore
      'Quirk has no inputs: feature angles are fixed at the point x1 = 0.5, x2 = -0.25.',
      'Quirk has no ISWAP: each is written as a few Quirk gates that make exactly the same gate.',
      'Quirk has no noise channels: Bit flip (flip probability p = 0.1) on qubit 0 is left out.',
    ]);
    // RX(w1 · x1 + b1) at the point: 0.5 · (−0.25) + 0.5.
    expect(decodeURIComponent(text)).toContain('{"id":"Rxft","arg":"0.375"}');
  });
});

describe('Quirk JSON → editor → Quirk JSON', () => {
  const typical: Record<string, unknown[][]> = {
    bell: [['H'], ['•', 'X']],
    ghz: [['H'], ['•', 'X'], [1, '•', 'X']],
    grover: [
      ['H', 'H'],
      ['•', 'Z'],
      ['H', 'H'],
      ['X', 'X'],
      ['•', 'Z'],
      ['X', 'X'],
      ['H', 'H'],
    ],
    qft: [[1, 1, 'H'], [1, '•', 'Z^½'], ['•', 1, 'Z^¼'], [1, 'H'], ['•', 'Z^½'], ['H'], ['Swap', 1, 'Swap']], // prettier-ignore
    rotations: [[{ id: 'Rxft', arg: 'pi/2' }, { id: 'Ryft', arg: '0.3' }, { id: 'Rzft', arg: '-3*pi/4' }], ['◦', '•', { id: 'Rxft', arg: '1.25' }]], // prettier-ignore
    roots: [['Z^⅛', 'Z^-½', 'X^½', 'Y', 'Z^⅓'], ['•', '◦', 'Swap', 'Swap'], ['Z^-¼', '•', '•', 1, 'X']], // prettier-ignore
  };
  for (const [name, cols] of Object.entries(typical)) {
    it(`keeps ${name} as it was`, () => {
      const text = JSON.stringify({ cols });
      const imported = importQuirk(text);
      if (!imported.ok) throw new Error(imported.error.message);
      expect(quirkJson(source(imported.value.circuit))).toBe(text);
    });
  }
});
