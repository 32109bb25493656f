// The OpenQASM 3 text of a resolved circuit: stdgates.inc gates (U for U3, whose stdgates u3
// differs by a phase that matters once controlled), `ctrl @`/`negctrl @` for extra controls,
// trainable parameters as `float[64]` variables with their values, features as `input float[64]`.

import type { GateName } from '../../circuit/gateCatalog';
import { featureName } from '../../circuit/names';
import type { ResolvedAngle, ResolvedCircuit, ResolvedOp } from '../resolve';
import type { ExportResult, ExportSource } from '../types';
import { decomposeControlled, type BaseGate, type PrimGate } from './decompose';
import { measureLines, measuredQubits, primLine, type Commented } from './common';
import { angleText, qasm3Identifiers } from './format';

const NAMES: Record<GateName, string> = {
  H: 'h', X: 'x', Y: 'y', Z: 'z', S: 's', SDG: 'sdg', T: 't', TDG: 'tdg', SX: 'sx',
  RX: 'rx', RY: 'ry', RZ: 'rz', P: 'p', U3: 'U', CNOT: 'cx', CZ: 'cz', SWAP: 'swap',
  ISWAP: 'iswap', CRX: 'crx', CRY: 'cry', CRZ: 'crz', CP: 'cp', RXX: 'rxx', RYY: 'ryy',
  RZZ: 'rzz', TOFFOLI: 'ccx',
}; // prettier-ignore

/** Gates stdgates.inc lacks, defined at the top from stdgates gates when used. */
const DEFINED: Partial<Record<GateName, BaseGate>> = {
  ISWAP: 'ISWAP', RXX: 'RXX', RYY: 'RYY', RZZ: 'RZZ',
}; // prettier-ignore

/** stdgates.inc spelling of the gates the definitions are built from. */
const PRIM_NAMES: Partial<Record<PrimGate, string>> = { u1: 'p', cu1: 'cp' };

/** The first of `base`, `base_`, `base__`, … that no global name uses. */
function local(base: string, globals: ReadonlySet<string>): string {
  let name = base;
  while (globals.has(name)) name += '_';
  return name;
}

function definition(gate: GateName, globals: ReadonlySet<string>): string {
  const base = DEFINED[gate]!;
  const angles = base === 'ISWAP' ? [] : [local('theta', globals)];
  const qubits = [local('a', globals), local('b', globals)];
  const body = decomposeControlled(base, 0, angles.length).map((p) => `  ${primLine(p, angles, qubits, PRIM_NAMES)}`); // prettier-ignore
  const params = angles.length > 0 ? `(${angles.join(', ')})` : '';
  return [`gate ${NAMES[gate]}${params} ${qubits.join(', ')} {`, ...body, '}'].join('\n');
}

/** "ctrl(2) @ negctrl @ ": one modifier per run of equal control states, in control order. */
function modifiers(states: readonly (0 | 1)[]): string {
  let out = '';
  for (let i = 0; i < states.length;) {
    let j = i;
    while (j < states.length && states[j] === states[i]) j++;
    const word = states[i] === 1 ? 'ctrl' : 'negctrl';
    out += `${word}${j - i > 1 ? `(${j - i})` : ''} @ `;
    i = j;
  }
  return out;
}

export function exportQasm3Text(src: ExportSource, r: ResolvedCircuit, c: Commented): ExportResult {
  const notes = [...c.notes];
  const inputs = Array.from({ length: r.features }, (_, k) => featureName(k));
  const ids = qasm3Identifiers(
    r.params.map((p) => p.name),
    new Set(inputs),
  );
  for (const [name, id] of ids) {
    if (name !== id) notes.push(`The parameter ${name} is named ${id}: OpenQASM 3 reserves the name or cannot spell it.`); // prettier-ignore
  }
  const globals = new Set([...inputs, ...ids.values()]);
  const angle = (a: ResolvedAngle): string => {
    if (a.kind === 'const') return angleText(a.value);
    if (a.kind === 'param') return ids.get(a.name)!;
    return `${ids.get(a.weight)!} * ${inputs[a.feature]!} + ${ids.get(a.bias)!}`;
  };
  const defs = new Map<GateName, string>();
  const opLine = (op: ResolvedOp): string => {
    if (DEFINED[op.gate] && !defs.has(op.gate)) defs.set(op.gate, definition(op.gate, globals));
    const args = op.angles.length > 0 ? `(${op.angles.map(angle).join(', ')})` : '';
    const wires = [...op.controls, ...op.targets].map((q) => `q[${q}]`).join(', ');
    return `${modifiers(op.controlStates)}${NAMES[op.gate]}${args} ${wires};`;
  };
  const body: string[] = [];
  r.ops.forEach((op, i) => body.push(...c.noiseBefore[i]!, opLine(op)));
  body.push(...c.noiseBefore[r.ops.length]!);
  const measured = measuredQubits(src, r.qubits);
  const measure = measureLines(
    src,
    r.qubits,
    'c = measure q;',
    (q, j) => `c[${j}] = measure q[${q}];`,
  );
  const lines = [
    'OPENQASM 3.0;',
    'include "stdgates.inc";',
    ...c.header,
    ...c.readout,
    ...defs.values(),
    ...inputs.map((x) => `input float[64] ${x};`),
    ...r.params.map((p) => `float[64] ${ids.get(p.name)!} = ${angleText(p.value, 0)};`),
    `qubit[${r.qubits}] q;`,
    ...(measured.length > 0 ? [`bit[${measured.length}] c;`] : []),
    ...body,
    ...measure,
  ];
  return { text: `${lines.join('\n')}\n`, notes };
}
