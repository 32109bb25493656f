// The Qiskit and PennyLane exporters: every script parses as Python for every readout and circuit
// (the whole gate set, extra controls and anti-controls, parameters, features, a repeated block,
// channels); the small case's whole text; every gate, parameter and channel where it belongs.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { EditorCircuit } from '../../../src/experiment/circuit/types';
import { exportPennyLane } from '../../../src/experiment/interchange/python/pennylane';
import { isPyIdentifier, pyComment, pyNumber } from '../../../src/experiment/interchange/python/pyText'; // prettier-ignore
import { exportQiskit } from '../../../src/experiment/interchange/python/qiskit';
import type { ExportResult, ExportSource } from '../../../src/experiment/interchange/types';
import { READOUTS, gateSetCircuit, noisyCircuit, smallCircuit, sourceOf } from './pythonFixtures';
import { assertPython } from './pythonSyntax';

const EXPORTERS: [string, (src: ExportSource) => ExportResult][] = [
  ['Qiskit', exportQiskit],
  ['PennyLane', exportPennyLane],
];
const CIRCUITS: [string, () => EditorCircuit][] = [
  ['every gate', () => gateSetCircuit(false)],
  ['every gate with extra controls', () => gateSetCircuit(true)],
  ['noise and a repeated block', noisyCircuit],
];

function opCount(c: EditorCircuit): number {
  return compileEditorCircuit(c).circuit.ops.length;
}

describe.each(EXPORTERS)('%s export', (_, exporter) => {
  for (const [circuitName, circuit] of CIRCUITS)
    it.each(READOUTS)(`parses as Python: ${circuitName}, readout $name`, ({ readout }) => {
      const { text } = exporter(sourceOf(circuit(), readout));
      expect(() => assertPython(text)).not.toThrow();
    });

  it('opens with what it is and how to install it, and keeps a title on one line', () => {
    const src = { ...sourceOf(smallCircuit(), null), title: 'Two\nlines\u2028here' };
    const lines = exporter(src).text.split('\n');
    expect(lines[0]).toMatch(/^# Two lines here: a (Qiskit 1\.x|PennyLane) script/);
    expect(lines[1]).toMatch(/^# pip install (qiskit|pennylane)$/);
  });

  it('leaves the channels out: a comment each, where it sits, and a note each', () => {
    const circuit = noisyCircuit();
    const { text, notes } = exporter(sourceOf(circuit, null));
    const comments = text.split('\n').filter((l) => l.includes('# noise left out:'));
    const channels = compileEditorCircuit(circuit).channels;
    expect(comments).toHaveLength(channels.length);
    expect(comments[1]).toMatch(/Two-qubit depolarising \(error probability p = 0\.1\) on qubits 0 and 1$/); // prettier-ignore
    expect(notes.filter((n) => n.startsWith('Left out:'))).toHaveLength(channels.length);
    // After the last gate, before the readout.
    const lines = text.split('\n');
    const lastGate = lines.findLastIndex((l) => /^ *(qc\.(append|ry)|qml\.RY)\(/.test(l));
    expect(lines.findIndex((l) => l.includes('# noise left out:'))).toBe(lastGate + 1);
  });

  it('writes out repeated blocks with fresh names for the repetition', () => {
    const { text } = exporter(sourceOf(noisyCircuit(), null));
    expect(text).toMatch(/θ10_0_r2"?: -2\.748497810248/);
  });

  it('refuses a readout on a qubit the circuit lacks, and a parameter without a value', () => {
    const src = sourceOf(smallCircuit(), { kind: 'bloch', qubit: 2 });
    expect(() => exporter(src)).toThrow(RangeError);
    const values = new Map<string, number>();
    expect(() => exporter({ ...sourceOf(smallCircuit(), null), values })).toThrow(/θ1/);
  });
});

describe('exportQiskit', () => {
  it('writes the small case exactly', () => {
    const src: ExportSource = {
      circuit: smallCircuit(),
      values: new Map([['θ1', 0.5]]),
      point: [],
      readout: { kind: 'observable', label: '⟨Z₀Z₁⟩', terms: [{ coeff: 1, ops: { 1: 'Z', 0: 'Z' } }, { coeff: -0.25, ops: { 1: 'X' } }] }, // prettier-ignore
      title: 'Bell pair',
    };
    expect(exportQiskit(src)).toEqual({
      notes: [],
      text: `# Bell pair: a Qiskit 1.x script, exported from QML Playground.
# pip install qiskit
# Qubit 0 is the least significant bit, as in the playground: the rightmost
# character of Qiskit's bit strings and Pauli labels.
from qiskit import QuantumCircuit
from qiskit.circuit import Parameter
from qiskit.quantum_info import SparsePauliOp, Statevector

# Trainable parameters
θ1 = Parameter("θ1")

qc = QuantumCircuit(2)
qc.h(0)
qc.cx(0, 1)
qc.ry(θ1, 1)

# Trained values
values = {
    θ1: 0.5,
}
state = Statevector(qc.assign_parameters(values))

# ⟨Z₀Z₁⟩: each term's Pauli letters act on the qubits listed with it.
observable = SparsePauliOp.from_sparse_list(
    [
        ("ZZ", [0, 1], 1),
        ("X", [1], -0.25),
    ],
    num_qubits=2,
)
value = state.expectation_value(observable).real
print("⟨Z₀Z₁⟩ =", float(value))
`,
    });
  });

  it('calls every gate by its Qiskit name, one line per operation', () => {
    const circuit = gateSetCircuit(false);
    const { text, notes } = exportQiskit(sourceOf(circuit, null));
    const calls = text.split('\n').filter((l) => /^qc\.\w+\(/.test(l));
    expect(calls).toHaveLength(opCount(circuit));
    const names =
      'h x y z s sdg t tdg sx rx ry rz p u cx cz swap iswap crx cry crz cp rxx ryy rzz ccx';
    expect(new Set(calls.map((l) => /^qc\.(\w+)\(/.exec(l)![1]))).toEqual(
      new Set(names.split(' ')),
    );
    expect(text).toContain('qc.rz(w11_0 * x2 + b11_0, 1)');
    expect(text).toContain('qc.u(θ13_0, w13_1 * x1 + b13_1, 0.75, 3)');
    expect(text).toContain('qc.ccx(0, 2, 4)');
    // Every symbol is in the circuit, so binding stays strict.
    expect(text).toContain('state = Statevector(qc.assign_parameters({**values, **point}))');
    expect(text).toMatch(/point = \{\n {4}x1: 0\.3,\n {4}x2: -0\.7,\n\}/);
    expect(notes).toEqual([]);
  });

  it('gives extra controls and anti-controls through .control(k, ctrl_state), first control lowest', () => {
    const circuit = gateSetCircuit(true);
    const { text, notes } = exportQiskit(sourceOf(circuit, null));
    const appends = text.split('\n').filter((l) => l.startsWith('qc.append('));
    expect(appends).toHaveLength(opCount(circuit) - 1); // the shared RY has no controls
    expect(text).toContain('\nqc.ry(θ10_0, 1)\n');
    // X on 1 controlled by 0 (on |1⟩) and 2 (on |0⟩); CNOT 4 → 1 with an anti-control on 0.
    expect(appends[1]).toBe('qc.append(XGate().control(2, ctrl_state="01"), [0, 2, 1])');
    expect(appends[14]).toBe('qc.append(XGate().control(2, ctrl_state="01"), [4, 0, 1])');
    expect(text).toContain('qc.append(XGate().control(4, ctrl_state="0111"), [0, 2, 1, 3, 4])');
    expect(text).toContain('qc.append(iSwapGate().control(2, ctrl_state="01"), [0, 1, 2, 4])');
    // Angles of controlled gates are numbers, their symbols said in a comment and a note.
    expect(text).toContain('# angles at the trained values and the data point: w11_0 * x2 + b11_0');
    expect(text).toContain('strict=False)');
    expect(notes).toEqual([expect.stringMatching(/^Gates with extra controls take their angles as numbers/)]); // prettier-ignore
  });

  it('renames parameters that are not Python identifiers or clash with the script', () => {
    const circuit: EditorCircuit = {
      qubits: 1,
      columns: 4,
      gates: [
        { id: 'g1', gate: 'RX', column: 0, targets: [0], params: [{ kind: 'param', name: 'lambda' }] },
        { id: 'g2', gate: 'RY', column: 1, targets: [0], params: [{ kind: 'param', name: '12' }] },
        { id: 'g3', gate: 'RZ', column: 2, targets: [0], params: [{ kind: 'param', name: 'qc' }] },
        { id: 'g4', gate: 'P', column: 3, targets: [0], params: [{ kind: 'feature', feature: 0, weight: 'x1', bias: 'b' }] },
      ],
      blocks: [],
    }; // prettier-ignore
    const values = new Map([['lambda', 1], ['12', 2], ['qc', 3], ['x1', 4], ['b', 5]]); // prettier-ignore
    const { text } = exportQiskit({ circuit, values, point: [0.5], readout: null, title: 't' });
    expect(() => assertPython(text)).not.toThrow();
    for (const line of ['lambda_2 = Parameter("lambda_2")', 'theta = Parameter("theta")', 'qc_2 = Parameter("qc_2")',
      'x1 = Parameter("x1")', 'x1_2 = Parameter("x1_2")', 'qc.p(x1 * x1_2 + b, 0)'])
      expect(text).toContain(line); // prettier-ignore
  });

  it('reads out the Bloch vector and probabilities with qubit 0 rightmost', () => {
    const bloch = exportQiskit(sourceOf(smallCircuit(), { kind: 'bloch', qubit: 1 })).text;
    expect(bloch).toContain('SparsePauliOp.from_sparse_list([(pauli, [1], 1)], num_qubits=2)');
    const probs = exportQiskit(sourceOf(smallCircuit(), { kind: 'probabilities', qubits: [1, 0] })).text; // prettier-ignore
    expect(probs).toContain('probs = state.probabilities_dict(qargs=[1, 0])');
    expect(probs).not.toContain('SparsePauliOp');
  });
});

describe('exportPennyLane', () => {
  it('writes the small case exactly', () => {
    const src: ExportSource = {
      circuit: smallCircuit(),
      values: new Map([['θ1', 0.5]]),
      point: [],
      readout: { kind: 'probabilities', qubits: [1, 0] },
      title: 'Bell pair',
    };
    expect(exportPennyLane(src)).toEqual({
      notes: [],
      text: `# Bell pair: a PennyLane script, exported from QML Playground.
# pip install pennylane
# Qubit q is PennyLane's wire q.
import pennylane as qml
from pennylane import numpy as np

# Trained values of the parameters
params = {
    "θ1": 0.5,
}
# No input features
x = np.array([], requires_grad=False)

dev = qml.device("default.qubit", wires=2)


@qml.qnode(dev)
def circuit(params, x):
    qml.Hadamard(wires=0)
    qml.CNOT(wires=[0, 1])
    qml.RY(params["θ1"], wires=1)
    # Wires listed last first: in each bit string qubit 1 is the rightmost bit, as in the playground.
    return qml.probs(wires=[0, 1])


probs = circuit(params, x)
for k, p in enumerate(probs):
    print("P(" + format(k, "02b") + ") =", float(p))
`,
    });
  });

  it('applies every gate as its PennyLane operation, one line per operation', () => {
    const circuit = gateSetCircuit(false);
    const { text } = exportPennyLane(sourceOf(circuit, null));
    const calls = text.split('\n').filter((l) => /^ {4}qml\./.test(l));
    expect(calls).toHaveLength(opCount(circuit));
    const ops = ['Hadamard', 'PauliX', 'PauliY', 'PauliZ', 'S', 'adjoint(qml.S)', 'T', 'adjoint(qml.T)', 'SX',
      'RX', 'RY', 'RZ', 'PhaseShift', 'U3', 'CNOT', 'CZ', 'SWAP', 'ISWAP', 'CRX', 'CRY', 'CRZ',
      'ControlledPhaseShift', 'IsingXX', 'IsingYY', 'IsingZZ', 'Toffoli']; // prettier-ignore
    expect(new Set(calls.map((l) => /^ {4}qml\.(adjoint\(qml\.\w+\)|\w+)\(/.exec(l)![1]))).toEqual(new Set(ops)); // prettier-ignore
    expect(text).toContain('    qml.RZ(params["w11_0"] * x[1] + params["b11_0"], wires=1)');
    expect(text).toContain('    qml.U3(params["θ13_0"], params["w13_1"] * x[0] + params["b13_1"], 0.75, wires=3)'); // prettier-ignore
    expect(text).toContain('    qml.Toffoli(wires=[0, 2, 4])');
    expect(text).toContain('x = np.array([0.3, -0.7], requires_grad=False)');
  });

  it('gives extra controls and anti-controls through qml.ctrl, named controls first', () => {
    const circuit = gateSetCircuit(true);
    const { text } = exportPennyLane(sourceOf(circuit, null));
    const calls = text.split('\n').filter((l) => /^ {4}qml\.ctrl\(/.test(l));
    expect(calls).toHaveLength(opCount(circuit) - 1); // the shared RY has no controls
    expect(calls[14]).toBe('    qml.ctrl(qml.PauliX, control=[4, 0], control_values=[True, False])(wires=1)'); // prettier-ignore
    expect(text).toContain('    qml.ctrl(qml.adjoint(qml.S), control=[1, 2], control_values=[True, False])(wires=0)'); // prettier-ignore
    expect(text).toContain('    qml.ctrl(qml.IsingYY, control=[1, 2], control_values=[True, False])(params["w23_0"] * x[1] + params["b23_0"], wires=[3, 0])'); // prettier-ignore
  });

  it('returns the observable as qml.dot of Pauli products and the Bloch vector as three expvals', () => {
    const obs = READOUTS[0]!.readout;
    const text = exportPennyLane(sourceOf(gateSetCircuit(false), obs)).text;
    expect(text).toContain('            [0.5, -1.25, 0.75, 0.3],');
    expect(text).toContain('                qml.PauliZ(0) @ qml.PauliY(1) @ qml.PauliX(3),');
    expect(text).toContain('                qml.Identity(0),');
    const bloch = exportPennyLane(sourceOf(gateSetCircuit(false), READOUTS[1]!.readout)).text;
    for (const p of ['X', 'Y', 'Z'])
      expect(bloch).toContain(`        qml.expval(qml.Pauli${p}(2)),`);
    const probs = exportPennyLane(sourceOf(gateSetCircuit(false), READOUTS[2]!.readout)).text;
    expect(probs).toContain('    return qml.probs(wires=[1, 0, 3])');
    expect(probs).toContain('format(k, "03b")');
  });
});

describe('pyText', () => {
  it('writes numbers Python reads back exactly', () => {
    expect([0.1, -0, 1, -2.5e-7, 1e21, Math.PI].map(pyNumber)).toEqual(['0.1', '0', '1', '-2.5e-7', '1e+21', '3.141592653589793']); // prettier-ignore
    expect(() => pyNumber(Number.NaN)).toThrow(RangeError);
  });

  it('knows Python identifiers', () => {
    for (const s of ['θ1', '_a', 'w1_r2', 'λ']) expect(isPyIdentifier(s)).toBe(true);
    for (const s of ['12', 'lambda', 'None', 'ﬁ', 'x²', 'a-b', ''])
      expect(isPyIdentifier(s)).toBe(false);
  });

  it('keeps a comment on one line', () => {
    expect(pyComment('a\nb\rc\u2028d')).toBe('# a b c d');
  });
});
