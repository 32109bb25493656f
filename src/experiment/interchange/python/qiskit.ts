// The circuit as a Qiskit 1.x script: one Parameter per trainable parameter and input feature,
// every gate, the trained values and the data point bound with assign_parameters, and the readout
// evaluated exactly with qiskit.quantum_info (Statevector, SparsePauliOp).

import { GATE_SPECS, type GateName } from '../../circuit/gateCatalog';
import { featureName } from '../../circuit/names';
import { resolveSource, type ResolvedOp } from '../resolve';
import type { ExportReadout, ExportResult, ExportSource } from '../types';
import {
  angleWords,
  checkReadout,
  channelNotes,
  circuitLines,
  header,
  pyAngle,
  pyComment,
  pyDict,
  pyNamer,
  pyNumber,
  pyString,
  readoutQubits,
  termOps,
  termsOrZero,
  type AngleNames,
} from './pyText';

/** QuantumCircuit's method for each gate without extra controls (angles first, then qubits). */
const METHOD: Readonly<Record<GateName, string>> = {
  H: 'h', X: 'x', Y: 'y', Z: 'z', S: 's', SDG: 'sdg', T: 't', TDG: 'tdg', SX: 'sx',
  RX: 'rx', RY: 'ry', RZ: 'rz', P: 'p', U3: 'u',
  CNOT: 'cx', CZ: 'cz', SWAP: 'swap', ISWAP: 'iswap', CRX: 'crx', CRY: 'cry', CRZ: 'crz', CP: 'cp',
  RXX: 'rxx', RYY: 'ryy', RZZ: 'rzz', TOFFOLI: 'ccx',
}; // prettier-ignore

/**
 * The qiskit.circuit.library class of each gate's base (named controls stripped: CNOT → XGate), which
 * `.control(k, ctrl_state=…)` turns into the gate with all its controls.
 */
const BASE_CLASS: Readonly<Record<GateName, string>> = {
  H: 'HGate', X: 'XGate', Y: 'YGate', Z: 'ZGate', S: 'SGate', SDG: 'SdgGate', T: 'TGate',
  TDG: 'TdgGate', SX: 'SXGate', RX: 'RXGate', RY: 'RYGate', RZ: 'RZGate', P: 'PhaseGate',
  U3: 'UGate', CNOT: 'XGate', CZ: 'ZGate', SWAP: 'SwapGate', ISWAP: 'iSwapGate', CRX: 'RXGate',
  CRY: 'RYGate', CRZ: 'RZGate', CP: 'PhaseGate', RXX: 'RXXGate', RYY: 'RYYGate', RZZ: 'RZZGate',
  TOFFOLI: 'XGate',
}; // prettier-ignore

/** Every name the script itself uses; parameters are renamed around them. */
const RESERVED = [
  'QuantumCircuit', 'Parameter', 'SparsePauliOp', 'Statevector', ...Object.values(BASE_CLASS),
  'qc', 'values', 'point', 'state', 'observable', 'value', 'pauli', 'probs', 'bits', 'p',
  'print', 'float', 'sorted',
]; // prettier-ignore

/** `qc.append(Base(angles).control(k, ctrl_state="…"), [controls…, targets…])`. */
function controlledLine(op: ResolvedOp): string[] {
  const named = GATE_SPECS[op.gate].namedControls;
  const controls = [...op.targets.slice(0, named), ...op.controls];
  const states = [...op.targets.slice(0, named).map(() => 1), ...op.controlStates];
  // Qiskit reads ctrl_state as a binary number whose lowest bit is the first control.
  const ctrlState = [...states].reverse().join('');
  // Numbers, not Parameters: Qiskit 1.x does not reliably bind parameters inside gates made
  // by .control() (it synthesises their definitions when they are made).
  const angles = op.angles.map((a) => pyNumber(a.value)).join(', ');
  const qubits = [...controls, ...op.targets.slice(named)].join(', ');
  const symbolic = op.angles.filter((a) => a.kind !== 'const');
  const why = symbolic.length
    ? [pyComment(`angles at the trained values and the data point: ${op.angles.map(angleWords).join(', ')}`)] // prettier-ignore
    : [];
  return [
    ...why,
    `qc.append(${BASE_CLASS[op.gate]}(${angles}).control(${controls.length}, ctrl_state=${pyString(ctrlState)}), [${qubits}])`,
  ];
}

function readoutLines(readout: ExportReadout | null, n: number): string[] {
  if (readout?.kind === 'observable') {
    const terms = termsOrZero(readout.terms).map((t) => {
      const ops = termOps(t);
      const label = pyString(ops.map((o) => o.pauli).join(''));
      return `        (${label}, [${ops.map((o) => o.qubit).join(', ')}], ${pyNumber(t.coeff)}),`;
    });
    return [
      pyComment(`${readout.label}: each term's Pauli letters act on the qubits listed with it.`),
      'observable = SparsePauliOp.from_sparse_list(',
      '    [',
      ...terms,
      '    ],',
      `    num_qubits=${n},`,
      ')',
      'value = state.expectation_value(observable).real',
      `print(${pyString(`${readout.label} =`)}, float(value))`,
    ];
  }
  if (readout?.kind === 'bloch') {
    const q = readout.qubit;
    return [
      pyComment(`The Bloch vector of qubit ${q}: <X>, <Y>, <Z>.`),
      'for pauli in "XYZ":',
      `    observable = SparsePauliOp.from_sparse_list([(pauli, [${q}], 1)], num_qubits=${n})`,
      '    value = state.expectation_value(observable).real',
      `    print("<" + pauli + "> of qubit ${q} =", float(value))`,
    ];
  }
  const qubits = readoutQubits(readout?.qubits ?? null, n);
  return [
    pyComment(
      `Probabilities of qubits ${qubits.join(', ')}: in each bit string qubit ${qubits[0]} is the rightmost bit.`,
    ),
    `probs = state.probabilities_dict(qargs=[${qubits.join(', ')}])`,
    'for bits, p in sorted(probs.items()):',
    '    print("P(" + bits + ") =", float(p))',
  ];
}

/** A runnable Qiskit script; throws a RangeError when `values` lacks a parameter the circuit uses. */
export function exportQiskit(src: ExportSource): ExportResult {
  const r = resolveSource(src);
  checkReadout(src.readout, r.qubits);
  const fresh = pyNamer(RESERVED);
  const paramVar = new Map(r.params.map((p) => [p.name, fresh(p.name, 'theta')]));
  const featureVar = Array.from({ length: r.features }, (_, k) => fresh(featureName(k), 'x'));
  const names: AngleNames = {
    param: (name) => paramVar.get(name)!,
    feature: (k) => featureVar[k]!,
  };

  const classes = new Set<string>();
  /** Parameters and features the circuit holds as symbols (gates with extra controls hold numbers). */
  const usedParams = new Set<string>();
  const usedFeatures = new Set<number>();
  const gateLines = circuitLines(r, (i) => {
    const op = r.ops[i]!;
    if (op.controls.length > 0) {
      classes.add(BASE_CLASS[op.gate]);
      return controlledLine(op);
    }
    for (const a of op.angles) {
      if (a.kind === 'param') usedParams.add(a.name);
      if (a.kind === 'feature') {
        usedParams.add(a.weight).add(a.bias);
        usedFeatures.add(a.feature);
      }
    }
    const args = [...op.angles.map((a) => pyAngle(a, names)), ...op.targets];
    return [`qc.${METHOD[op.gate]}(${args.join(', ')})`];
  });
  const usesPauli = src.readout?.kind === 'observable' || src.readout?.kind === 'bloch';
  const symbols = r.params.length + r.features > 0;
  const numeric = r.ops.some((op) => op.controls.length > 0 && op.angles.some((a) => a.kind !== 'const')); // prettier-ignore

  const lines = [
    ...header(src.title, 'a Qiskit 1.x script', 'qiskit'),
    pyComment('Qubit 0 is the least significant bit, as in the playground: the rightmost'),
    pyComment("character of Qiskit's bit strings and Pauli labels."),
    'from qiskit import QuantumCircuit',
    ...(symbols ? ['from qiskit.circuit import Parameter'] : []),
    ...(classes.size ? [`from qiskit.circuit.library import ${[...classes].sort().join(', ')}`] : []), // prettier-ignore
    `from qiskit.quantum_info import ${usesPauli ? 'SparsePauliOp, ' : ''}Statevector`,
    '',
  ];
  if (r.params.length > 0) {
    lines.push(pyComment('Trainable parameters'));
    for (const p of r.params) lines.push(`${paramVar.get(p.name)!} = Parameter(${pyString(paramVar.get(p.name)!)})`); // prettier-ignore
  }
  if (r.features > 0) {
    lines.push(pyComment('Input features'));
    for (const v of featureVar) lines.push(`${v} = Parameter(${pyString(v)})`);
  }
  lines.push(...(symbols ? [''] : []), `qc = QuantumCircuit(${r.qubits})`, ...gateLines, '');

  const binds: string[] = [];
  if (r.params.length > 0) {
    lines.push(pyComment('Trained values'));
    lines.push(
      ...pyDict(
        'values',
        r.params.map((p) => [paramVar.get(p.name)!, pyNumber(p.value)]),
      ),
    );
    binds.push('**values');
  }
  if (r.features > 0) {
    lines.push(pyComment('The data point the playground shows'));
    lines.push(
      ...pyDict(
        'point',
        featureVar.map((v, k) => [v, pyNumber(r.point[k]!)]),
      ),
    );
    binds.push('**point');
  }
  // strict=False when a parameter or feature is not in the circuit (used only in gates with extra
  // controls, or a feature no gate reads): Qiskit refuses to bind those otherwise.
  const strict = usedParams.size === r.params.length && usedFeatures.size === r.features;
  const dict = binds.length === 1 ? binds[0]!.slice(2) : `{${binds.join(', ')}}`;
  const bound = binds.length ? `qc.assign_parameters(${dict}${strict ? '' : ', strict=False'})` : 'qc'; // prettier-ignore
  lines.push(`state = Statevector(${bound})`, '', ...readoutLines(src.readout, r.qubits));

  const notes = channelNotes(r, 'Qiskit');
  if (numeric)
    notes.push(
      'Gates with extra controls take their angles as numbers (at the trained values and the data point): Qiskit cannot bind parameters inside them reliably.',
    );
  return { text: `${lines.join('\n')}\n`, notes };
}
