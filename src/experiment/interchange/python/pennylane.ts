// The circuit as a PennyLane script: a QNode of (params, x) on default.qubit applying every gate,
// returning the readout, and called with the trained values and the data point. PennyLane's gates
// equal the playground's exactly (IsingXX(θ) = exp(−iθ X⊗X/2) = RXX, U3 = P(φ)·RY(θ)·P(λ), ISWAP
// with i on |01⟩ and |10⟩), global phase included, so controlled versions agree too.

import { GATE_SPECS, type GateName } from '../../circuit/gateCatalog';
import { featureName } from '../../circuit/names';
import { resolveSource, type ResolvedOp } from '../resolve';
import type { ExportReadout, ExportResult, ExportSource } from '../types';
import {
  channelNotes,
  checkReadout,
  circuitLines,
  header,
  pyAngle,
  pyComment,
  pyDict,
  pyNumber,
  pyString,
  readoutQubits,
  termOps,
  termsOrZero,
  type AngleNames,
} from './pyText';

/** The PennyLane operation of each gate as the circuit names it (named controls included). */
const OP: Readonly<Record<GateName, string>> = {
  H: 'qml.Hadamard', X: 'qml.PauliX', Y: 'qml.PauliY', Z: 'qml.PauliZ', S: 'qml.S',
  SDG: 'qml.adjoint(qml.S)', T: 'qml.T', TDG: 'qml.adjoint(qml.T)', SX: 'qml.SX',
  RX: 'qml.RX', RY: 'qml.RY', RZ: 'qml.RZ', P: 'qml.PhaseShift', U3: 'qml.U3',
  CNOT: 'qml.CNOT', CZ: 'qml.CZ', SWAP: 'qml.SWAP', ISWAP: 'qml.ISWAP',
  CRX: 'qml.CRX', CRY: 'qml.CRY', CRZ: 'qml.CRZ', CP: 'qml.ControlledPhaseShift',
  RXX: 'qml.IsingXX', RYY: 'qml.IsingYY', RZZ: 'qml.IsingZZ', TOFFOLI: 'qml.Toffoli',
}; // prettier-ignore

/** The operation on the base qubits only (named controls stripped), for qml.ctrl. */
const BASE_OP: Readonly<Record<GateName, string>> = {
  ...OP,
  CNOT: 'qml.PauliX', CZ: 'qml.PauliZ', CRX: 'qml.RX', CRY: 'qml.RY', CRZ: 'qml.RZ',
  CP: 'qml.PhaseShift', TOFFOLI: 'qml.PauliX',
}; // prettier-ignore

const NAMES: AngleNames = {
  param: (name) => `params[${pyString(name)}]`,
  feature: (k) => `x[${k}]`,
};

function wires(qubits: readonly number[]): string {
  return qubits.length === 1 ? String(qubits[0]) : `[${qubits.join(', ')}]`;
}

function call(fn: string, op: ResolvedOp, qubits: readonly number[]): string {
  const args = [...op.angles.map((a) => pyAngle(a, NAMES)), `wires=${wires(qubits)}`];
  return `${fn}(${args.join(', ')})`;
}

/** `qml.ctrl(Base, control=[…], control_values=[…])(angles, wires=…)`: named controls first. */
function controlledLine(op: ResolvedOp): string {
  const named = GATE_SPECS[op.gate].namedControls;
  const controls = [...op.targets.slice(0, named), ...op.controls];
  const values = [...op.targets.slice(0, named).map(() => 1), ...op.controlStates];
  const flags = values.map((v) => (v === 1 ? 'True' : 'False')).join(', ');
  const fn = `qml.ctrl(${BASE_OP[op.gate]}, control=[${controls.join(', ')}], control_values=[${flags}])`;
  return call(fn, op, op.targets.slice(named));
}

/** A Pauli product: qml.PauliZ(0) @ qml.PauliX(2); the identity when it names no qubit. */
function pauliProduct(ops: { qubit: number; pauli: 'X' | 'Y' | 'Z' }[]): string {
  if (ops.length === 0) return 'qml.Identity(0)';
  return ops.map((o) => `qml.Pauli${o.pauli}(${o.qubit})`).join(' @ ');
}

/** The QNode's return lines and the lines after the call that print the result. */
function readoutLines(
  readout: ExportReadout | null,
  n: number,
): { ret: string[]; print: string[] } {
  if (readout?.kind === 'observable') {
    const terms = termsOrZero(readout.terms);
    return {
      ret: [
        '    return qml.expval(',
        '        qml.dot(',
        `            [${terms.map((t) => pyNumber(t.coeff)).join(', ')}],`,
        '            [',
        ...terms.map((t) => `                ${pauliProduct(termOps(t))},`),
        '            ],',
        '        )',
        '    )',
      ],
      print: [
        'value = circuit(params, x)',
        `print(${pyString(`${readout.label} =`)}, float(value))`,
      ],
    };
  }
  if (readout?.kind === 'bloch') {
    const q = readout.qubit;
    return {
      ret: [
        pyComment(`The Bloch vector of qubit ${q}: <X>, <Y>, <Z>.`).replace(/^/, '    '),
        '    return (',
        ...['X', 'Y', 'Z'].map((p) => `        qml.expval(qml.Pauli${p}(${q})),`),
        '    )',
      ],
      print: [
        'bloch = circuit(params, x)',
        'for pauli, value in zip("XYZ", bloch):',
        `    print("<" + pauli + "> of qubit ${q} =", float(value))`,
      ],
    };
  }
  const qubits = readoutQubits(readout?.qubits ?? null, n);
  const width = qubits.length;
  return {
    ret: [
      // PennyLane makes the first wire listed the most significant bit: listing the qubits last
      // first makes index k the playground's (qubits[0] its lowest bit).
      pyComment(
        `Wires listed last first: in each bit string qubit ${qubits[0]} is the rightmost bit, as in the playground.`,
      ).replace(/^/, '    '),
      `    return qml.probs(wires=[${[...qubits].reverse().join(', ')}])`,
    ],
    print: [
      'probs = circuit(params, x)',
      'for k, p in enumerate(probs):',
      `    print("P(" + format(k, "0${width}b") + ") =", float(p))`,
    ],
  };
}

/** A runnable PennyLane script; throws a RangeError when `values` lacks a parameter the circuit uses. */
export function exportPennyLane(src: ExportSource): ExportResult {
  const r = resolveSource(src);
  checkReadout(src.readout, r.qubits);
  const body = circuitLines(r, (i) => {
    const op = r.ops[i]!;
    return [op.controls.length > 0 ? controlledLine(op) : call(OP[op.gate], op, op.targets)];
  }).map((line) => `    ${line}`);
  const readout = readoutLines(src.readout, r.qubits);
  const features = r.point.map((_, k) => `x[${k}] is ${featureName(k)}`).join(', ');
  const lines = [
    ...header(src.title, 'a PennyLane script', 'pennylane'),
    pyComment("Qubit q is PennyLane's wire q."),
    'import pennylane as qml',
    'from pennylane import numpy as np',
    '',
    pyComment('Trained values of the parameters'),
    ...pyDict(
      'params',
      r.params.map((p) => [pyString(p.name), pyNumber(p.value)]),
    ),
    pyComment(r.features > 0 ? `The data point the playground shows: ${features}` : 'No input features'), // prettier-ignore
    `x = np.array([${r.point.map(pyNumber).join(', ')}], requires_grad=False)`,
    '',
    `dev = qml.device("default.qubit", wires=${r.qubits})`,
    '',
    '',
    '@qml.qnode(dev)',
    'def circuit(params, x):',
    ...body,
    ...readout.ret,
    '',
    '',
    ...readout.print,
  ];
  return { text: `${lines.join('\n')}\n`, notes: channelNotes(r, 'PennyLane') };
}
