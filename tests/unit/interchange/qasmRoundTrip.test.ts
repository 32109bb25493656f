// Editor → OpenQASM → editor: every gate of the catalogue (with controls and anti-controls, angles
// constant, trainable and bound to features) and seeded random circuits come back with the same
// state on random input states (1e-9); through OpenQASM 3 also as the same circuit, gate for gate,
// with the same names, bindings and starting values.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { fromProgram } from '../../../src/experiment/circuit/fromProgram';
import { GATE_NAMES, GATE_SPECS, targetCount } from '../../../src/experiment/circuit/gateCatalog';
import type { AngleBinding, EditorCircuit } from '../../../src/experiment/circuit/types';
import { validateEditorCircuit } from '../../../src/experiment/circuit/validate';
import { exportQasm2, exportQasm3 } from '../../../src/experiment/interchange/qasm/export';
import { importQasm } from '../../../src/experiment/interchange/qasm/import';
import type { ExportSource, ImportedCircuit } from '../../../src/experiment/interchange/types';
import { createRng, type Rng } from '../../../workers/sim';
import { pickQubits, randomCircuit } from '../sim/random';
import { editorState, prepOps, stateDistance } from './qasmHelpers';

const TOL = 1e-9;

function imported(text: string): ImportedCircuit {
  const r = importQasm(text);
  if (!r.ok) throw new Error(`${r.error.message}\n${text}`);
  expect(validateEditorCircuit(r.value.circuit)).toBeNull();
  return r.value;
}

/** Both versions' imports give the state of `src` from the same random input state. */
function expectSameState(src: ExportSource, rng: Rng, what: string): ImportedCircuit {
  const prep = prepOps(rng, src.circuit.qubits);
  const want = editorState(src.circuit, src.values, src.point, prep);
  const two = imported(exportQasm2(src).text);
  expect(two.values.size, `${what}: OpenQASM 2 has constants only`).toBe(0);
  const d2 = stateDistance(editorState(two.circuit, new Map(), [], prep), want);
  expect(d2, `${what} through OpenQASM 2`).toBeLessThan(TOL);
  const three = imported(exportQasm3(src).text);
  const d3 = stateDistance(editorState(three.circuit, three.values, src.point, prep), want);
  expect(d3, `${what} through OpenQASM 3`).toBeLessThan(TOL);
  return three;
}

/** The circuit laid out as soon as possible, as fromProgram does: columns no longer matter. */
function laidOut(c: EditorCircuit): EditorCircuit {
  return fromProgram(compileEditorCircuit(c).circuit);
}

function randomAngle(rng: Rng, k: number): AngleBinding {
  const r = rng.next();
  if (r < 0.3) return { kind: 'const', expr: 'x', value: (rng.next() - 0.5) * 10 };
  if (r < 0.65) return { kind: 'param', name: `θ${k}` };
  return { kind: 'feature', feature: rng.int(3), weight: `w${k}`, bias: `b${k}` };
}

function source(circuit: EditorCircuit, rng: Rng): ExportSource {
  const values = new Map<string, number>();
  for (const name of compileEditorCircuit(circuit).paramNames) values.set(name, (rng.next() - 0.5) * 6); // prettier-ignore
  const point = [rng.next() - 0.5, rng.next() - 0.5, rng.next() - 0.5];
  return { circuit, values, point, readout: null, title: 'round trip' };
}

describe('every gate', () => {
  for (const gate of GATE_NAMES) {
    it(`${gate}, with 0 to 2 extra controls, comes back with the same state`, () => {
      const rng = createRng(gate.charCodeAt(0) * 131 + gate.length);
      const spec = GATE_SPECS[gate];
      for (let extra = 0; extra <= 2; extra++) {
        for (let trial = 0; trial < 4; trial++) {
          const n = targetCount(spec) + extra + 1;
          const wires = pickQubits(rng, n, targetCount(spec) + extra);
          const g: EditorCircuit['gates'][number] = {
            id: 'g1',
            gate,
            column: 0,
            targets: wires.slice(0, targetCount(spec)),
          };
          if (extra > 0) {
            g.controls = wires.slice(targetCount(spec));
            g.controlStates = g.controls.map(() => (rng.next() < 0.5 ? 0 : 1));
          }
          if (spec.angles > 0) g.params = Array.from({ length: spec.angles }, (_, k) => randomAngle(rng, k + 1)); // prettier-ignore
          const circuit: EditorCircuit = { qubits: n, columns: 1, gates: [g], blocks: [] };
          const src = source(circuit, rng);
          const three = expectSameState(src, rng, `${gate} with ${extra} controls`);
          expect(three.circuit).toEqual(laidOut(circuit));
        }
      }
    });
  }
});

describe('random circuits', () => {
  it('come back with the same state, and through OpenQASM 3 as the same circuit and values', () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 40; trial++) {
      const n = 2 + rng.int(4);
      const program = randomCircuit(rng, n, 4 + rng.int(12), {
        numParams: 5,
        numFeatures: 3,
        maxControls: 2,
      });
      program.paramNames = ['θ1', 'θ2', 'w1', 'b1', 'φ_2'];
      const asap = fromProgram(program);
      // Every other trial, one gate per column: the import lays it out as soon as possible.
      const circuit =
        trial % 2 === 0
          ? asap
          : { ...asap, columns: asap.gates.length, gates: asap.gates.map((g, i) => ({ ...g, column: i })) }; // prettier-ignore
      const src = source(circuit, rng);
      const three = expectSameState(src, rng, `circuit ${trial}`);
      expect(three.circuit, `circuit ${trial}`).toEqual(laidOut(circuit));
      expect(Object.fromEntries(three.values), `values of circuit ${trial}`).toEqual(Object.fromEntries(src.values)); // prettier-ignore
      expect(three.measured).toEqual(Array.from({ length: n }, (_, q) => q));
    }
  });

  it('keep the measured qubits of a probability readout, in order', () => {
    const rng = createRng(7);
    const circuit = fromProgram(randomCircuit(rng, 4, 8, { numParams: 0, numFeatures: 0 }));
    const src: ExportSource = { ...source(circuit, rng), readout: { kind: 'probabilities', qubits: [3, 1] } }; // prettier-ignore
    expect(imported(exportQasm2(src).text).measured).toEqual([3, 1]);
    expect(imported(exportQasm3(src).text).measured).toEqual([3, 1]);
    const none: ExportSource = { ...src, readout: { kind: 'bloch', qubit: 0 } };
    expect(imported(exportQasm3(none).text).measured).toEqual([]);
  });

  it('with a repeated block: the same state, repetitions named θ1_r2', () => {
    const rng = createRng(99);
    const circuit: EditorCircuit = {
      qubits: 2,
      columns: 2,
      blocks: [{ start: 0, end: 2, count: 3, shared: false }],
      gates: [
        { id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'param', name: 'θ1' }] }, // prettier-ignore
        { id: 'g2', gate: 'CRZ', column: 1, targets: [0, 1], params: [{ kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }] }, // prettier-ignore
      ],
    };
    const three = expectSameState(source(circuit, rng), rng, 'repeated block');
    expect([...three.values.keys()]).toEqual(['θ1', 'w1', 'b1', 'θ1_r2', 'w1_r2', 'b1_r2', 'θ1_r3', 'w1_r3', 'b1_r3']); // prettier-ignore
  });
});
