// OpenQASM export: the exact text of small circuits in both versions; the gate definitions for
// controls qelib1.inc lacks equal the controlled gates exactly (global phase included) on random
// states; numbers, angles and names as OpenQASM writes them; notes and comments for what the
// formats cannot carry. The import round trips are in qasmRoundTrip.test.ts.
import { describe, expect, it } from 'vitest';
import { GATE_SPECS } from '../../../src/experiment/circuit/gateCatalog';
import type { Operation } from '../../../src/experiment/circuit/program';
import type { EditorCircuit } from '../../../src/experiment/circuit/types';
import {
  baseGate,
  decomposeControlled,
  type BaseGate,
  type Lin,
  type PrimGate,
} from '../../../src/experiment/interchange/qasm/decompose';
import { exportQasm2, exportQasm3 } from '../../../src/experiment/interchange/qasm/export';
import {
  angleText,
  asciiText,
  linText,
  numberText,
  qasm3Identifiers,
} from '../../../src/experiment/interchange/qasm/format';
import type { ExportSource } from '../../../src/experiment/interchange/types';
import { createRng } from '../../../workers/sim';
import { pickQubits } from '../sim/random';
import { opsState, prepOps, stateDistance } from './qasmHelpers';

const BELL: ExportSource = {
  circuit: {
    qubits: 2,
    columns: 2,
    blocks: [],
    gates: [
      { id: 'g1', gate: 'H', column: 0, targets: [0] },
      { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
    ],
  },
  values: new Map(),
  point: [],
  readout: null,
  title: 'Bell pair',
};

const SMALL: ExportSource = {
  circuit: {
    qubits: 3,
    columns: 3,
    blocks: [],
    gates: [
      { id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' }] }, // prettier-ignore
      { id: 'g2', gate: 'CRX', column: 0, targets: [1, 2], params: [{ kind: 'param', name: 'θ1' }] }, // prettier-ignore
      { id: 'g3', gate: 'bitFlip', column: 1, targets: [2], p: 0.1 },
      { id: 'g4', gate: 'X', column: 1, targets: [1], controls: [0], controlStates: [0] },
      { id: 'g5', gate: 'P', column: 2, targets: [2], params: [{ kind: 'const', expr: '3pi/4', value: (3 * Math.PI) / 4 }] }, // prettier-ignore
    ],
  },
  values: new Map([['w1', 2], ['b1', 0.5], ['θ1', 0.25]]), // prettier-ignore
  point: [0.1, -0.5],
  readout: { kind: 'probabilities', qubits: [2, 0] },
  title: 'A small model',
};

describe('exact text', () => {
  it('writes a Bell pair with its measurements in OpenQASM 2 and 3', () => {
    expect(exportQasm2(BELL)).toEqual({
      text: 'OPENQASM 2.0;\ninclude "qelib1.inc";\n// Bell pair\n// exported by QML Playground\nqreg q[2];\ncreg c[2];\nh q[0];\ncx q[0], q[1];\nmeasure q -> c;\n', // prettier-ignore
      notes: [],
    });
    expect(exportQasm3(BELL)).toEqual({
      text: 'OPENQASM 3.0;\ninclude "stdgates.inc";\n// Bell pair\n// exported by QML Playground\nqubit[2] q;\nbit[2] c;\nh q[0];\ncx q[0], q[1];\nc = measure q;\n', // prettier-ignore
      notes: [],
    });
  });

  it('writes a parameterised circuit: values and the point in 2, variables and inputs in 3', () => {
    const two = exportQasm2(SMALL);
    expect(two.text).toBe(
      [
        'OPENQASM 2.0;',
        'include "qelib1.inc";',
        '// A small model',
        '// exported by QML Playground',
        '// trainable parameters written as their current values',
        '// feature angles evaluated at x1 = 0.1, x2 = -0.5',
        'qreg q[3];',
        'creg c[2];',
        'ry(-0.5) q[0];', // 2 · (−0.5) + 0.5
        'crx(0.25) q[1], q[2];',
        '// noise: Bit flip (flip probability p = 0.1) on qubit 2 (left out)',
        'x q[0];',
        'cx q[0], q[1];',
        'x q[0];',
        'u1(3*pi/4) q[2];',
        'measure q[2] -> c[0];',
        'measure q[0] -> c[1];',
        '',
      ].join('\n'),
    );
    expect(two.notes).toEqual([
      'OpenQASM 2 has no noise channels; left out: Bit flip (flip probability p = 0.1) on qubit 2.',
      'OpenQASM 2 has no parameters: the 3 trainable ones are written as their current values.',
      'OpenQASM 2 has no inputs: the feature angles are evaluated at x1 = 0.1, x2 = -0.5.',
    ]);
    const three = exportQasm3(SMALL);
    expect(three.text).toBe(
      [
        'OPENQASM 3.0;',
        'include "stdgates.inc";',
        '// A small model',
        '// exported by QML Playground',
        'input float[64] x1;',
        'input float[64] x2;',
        'float[64] w1 = 2;',
        'float[64] b1 = 0.5;',
        'float[64] θ1 = 0.25;',
        'qubit[3] q;',
        'bit[2] c;',
        'ry(w1 * x2 + b1) q[0];',
        'crx(θ1) q[1], q[2];',
        '// noise: Bit flip (flip probability p = 0.1) on qubit 2 (left out)',
        'negctrl @ x q[0], q[1];',
        'p(3*pi/4) q[2];',
        'c[0] = measure q[2];',
        'c[1] = measure q[0];',
        '',
      ].join('\n'),
    );
    expect(three.notes).toEqual([
      'OpenQASM 3 has no noise channels; left out: Bit flip (flip probability p = 0.1) on qubit 2.',
    ]);
  });

  it('writes the same text twice (no date), and no measurements for an observable readout', () => {
    const src: ExportSource = {
      ...SMALL,
      readout: { kind: 'observable', label: '⟨Z₀⟩', terms: [{ coeff: -0.5, ops: { 2: 'Y', 0: 'X' } }] }, // prettier-ignore
    };
    const a = exportQasm2(src).text;
    expect(exportQasm2(src).text).toBe(a);
    expect(a).toContain('// readout: <Z0>, the expectation of\n//   - 0.5 X0 Y2\n');
    expect(a).not.toMatch(/measure|creg/);
    expect(a).toMatch(/^[\x20-\x7e\n]*$/); // OpenQASM 2: ASCII only
    const b = exportQasm3({ ...src, readout: { kind: 'bloch', qubit: 1 } }).text;
    expect(b).toContain('// readout: the Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of qubit 1\n');
    expect(b).not.toMatch(/measure|^bit\[/m);
  });

  it('writes gates qelib1.inc or stdgates.inc lack as definitions, once, before their use', () => {
    const c: EditorCircuit = {
      qubits: 4,
      columns: 3,
      blocks: [],
      gates: [
        { id: 'g1', gate: 'ISWAP', column: 0, targets: [0, 1] },
        { id: 'g2', gate: 'RYY', column: 1, targets: [1, 2], params: [{ kind: 'const', expr: '1', value: 1 }] }, // prettier-ignore
        { id: 'g3', gate: 'CRX', column: 2, targets: [0, 3], controls: [1, 2], controlStates: [1, 0], params: [{ kind: 'const', expr: '1', value: 1 }] }, // prettier-ignore
        { id: 'g4', gate: 'ISWAP', column: 3, targets: [2, 3] },
      ],
    };
    const src: ExportSource = { circuit: { ...c, columns: 4 }, values: new Map(), point: [], readout: { kind: 'bloch', qubit: 0 }, title: 't' }; // prettier-ignore
    const two = exportQasm2(src).text;
    expect(two.match(/^gate \S+/gm)).toEqual([
      'gate iswap',
      'gate ryy(theta)',
      'gate c3_rx(theta)',
    ]);
    expect(two).toContain('x q[2];\nc3_rx(1) q[0], q[1], q[2], q[3];\nx q[2];\n');
    expect(two.indexOf('gate iswap')).toBeLessThan(two.indexOf('qreg'));
    const three = exportQasm3(src).text;
    expect(three.match(/^gate \S+/gm)).toEqual(['gate iswap', 'gate ryy(theta)']);
    expect(three).toContain('ctrl @ negctrl @ crx(1) q[1], q[2], q[0], q[3];');
    for (const line of [...two.split('\n'), ...three.split('\n')]) expect(line.length).toBeLessThanOrEqual(100); // prettier-ignore
  });
});

/** The simulator's gate for each qelib1 gate a definition body uses. */
const PRIM_GATE: Record<PrimGate, Operation['gate']> = {
  h: 'H', x: 'X', s: 'S', sdg: 'SDG', rx: 'RX', ry: 'RY', rz: 'RZ', u1: 'P', cx: 'CNOT', cu1: 'CP', ccx: 'TOFFOLI',
}; // prettier-ignore

const evalLin = (l: Lin, params: readonly number[]): number =>
  l.coef.reduce((s, c, i) => s + c * params[i]!, l.c);

const BASES = [...new Set(Object.values(GATE_SPECS).map((g) => baseGate(g.name)))] as BaseGate[];

describe('controlled-gate definitions', () => {
  it('covers every gate of the catalogue without its named controls', () => {
    expect(BASES).toHaveLength(19);
  });

  for (const base of BASES) {
    it(`${base} with ${GATE_SPECS[base].baseQubits === 2 ? 0 : 1} to 3 controls equals the controlled gate exactly, on random states`, () => {
      const rng = createRng(base.length * 977 + base.charCodeAt(0));
      const spec = GATE_SPECS[base];
      // Without controls only the two-qubit gates are written from their definitions.
      for (let k = spec.baseQubits === 2 ? 0 : 1; k <= 3; k++) {
        for (let trial = 0; trial < 3; trial++) {
          const n = k + spec.baseQubits + 1; // one spectator qubit
          const wires = pickQubits(rng, n, k + spec.baseQubits);
          const controls = wires.slice(0, k);
          const params = Array.from({ length: spec.angles }, () => (rng.next() - 0.5) * 8);
          const want: Operation = {
            gate: base,
            targets: wires.slice(k),
            controls,
            controlStates: controls.map(() => 1),
            params: params.map((value) => ({ kind: 'const', value })),
          };
          const got: Operation[] = decomposeControlled(base, k, spec.angles).map((p) => ({
            gate: PRIM_GATE[p.gate],
            targets: p.qubits.map((q) => wires[q]!),
            params: p.angles.map((l) => ({ kind: 'const', value: evalLin(l, params) })),
          }));
          const prep = prepOps(rng, n);
          // Exact, global phase included: the definitions are also used under `ctrl @`.
          const d = stateDistance(opsState(n, got, prep), opsState(n, [want], prep), true);
          expect(d, `${base} with ${k} controls`).toBeLessThan(1e-12);
        }
      }
    });
  }
});

describe('numbers, angles and names', () => {
  it('writes full precision, with a decimal point before an exponent', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(numberText(Math.E))).toBe(Math.E);
    expect(numberText(1e-7)).toBe('1.0e-7');
    expect(numberText(-2.5e-8)).toBe('-2.5e-8');
    expect(numberText(-0)).toBe('0');
  });

  it('writes tidy multiples of pi when exact to 1e-12, and with tolerance 0 only when identical', () => {
    expect(angleText(Math.PI / 4)).toBe('pi/4');
    expect(angleText((-3 * Math.PI) / 4)).toBe('-3*pi/4');
    expect(angleText(2 * Math.PI)).toBe('2*pi');
    expect(angleText(-Math.PI)).toBe('-pi');
    expect(angleText(Math.PI / 3 + 5e-13)).toBe('pi/3');
    expect(angleText(Math.PI / 3 + 5e-13, 0)).toBe(String(Math.PI / 3 + 5e-13));
    expect(angleText(Math.PI / 3 + 1e-9)).toBe(String(Math.PI / 3 + 1e-9));
    expect(angleText(0.5)).toBe('0.5');
    expect(angleText(0)).toBe('0');
  });

  it("writes a definition's linear angles", () => {
    expect(linText({ coef: [0.5, 0], c: 0 }, ['theta', 'phi'])).toBe('theta/2');
    expect(linText({ coef: [-0.25], c: Math.PI }, ['lambda'])).toBe('-lambda/4 + pi');
    expect(linText({ coef: [1, -1], c: -Math.PI / 2 }, ['a', 'b'])).toBe('a - b - pi/2');
    expect(linText({ coef: [0], c: 0 }, ['a'])).toBe('0');
  });

  it('keeps OpenQASM 2 comments ASCII', () => {
    expect(asciiText('decay probability γ = 0.1, ⟨Z₀⟩ · θ')).toBe('decay probability gamma = 0.1, <Z0> * theta'); // prettier-ignore
    expect(asciiText('café')).toBe('caf?');
  });

  it('renames only what OpenQASM 3 cannot use: reserved words, leading digits, clashes', () => {
    const ids = qasm3Identifiers(['θ1', 'w_2', 'h', 'h_', 'x1', '2a', 'pi', 'x5'], new Set(['x1']));
    expect([...ids]).toEqual([
      ['θ1', 'θ1'],
      ['w_2', 'w_2'],
      ['h', 'h__'],
      ['h_', 'h_'],
      ['x1', 'x1_'],
      ['2a', '_2a'],
      ['pi', 'pi_'],
      ['x5', 'x5'],
    ]);
  });

  it('names repetitions of a block θ1_r2 and notes a renamed parameter', () => {
    const src: ExportSource = {
      circuit: {
        qubits: 1,
        columns: 2,
        blocks: [{ start: 0, end: 1, count: 2, shared: false }],
        gates: [
          { id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'param', name: 'θ1' }] }, // prettier-ignore
          { id: 'g2', gate: 'RZ', column: 1, targets: [0], params: [{ kind: 'param', name: 'rx' }] }, // prettier-ignore
        ],
      },
      values: new Map([['θ1', 0.5], ['θ1#2', Math.PI / 2], ['rx', -1]]), // prettier-ignore
      point: [],
      readout: null,
      title: 'layers',
    };
    const out = exportQasm3(src);
    expect(out.text).toContain(
      'float[64] θ1 = 0.5;\nfloat[64] θ1_r2 = pi/2;\nfloat[64] rx_ = -1;\n',
    );
    expect(out.text).toContain('ry(θ1) q[0];\nry(θ1_r2) q[0];\nrz(rx_) q[0];\n');
    expect(out.notes).toEqual([
      'Repeated blocks are written out, one copy after another.',
      'The parameter rx is named rx_: OpenQASM 3 reserves the name or cannot spell it.',
    ]);
    expect(exportQasm2(src).text).toContain('ry(0.5) q[0];\nry(pi/2) q[0];\nrz(-1) q[0];\n');
  });
});
