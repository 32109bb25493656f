// The editor circuit as OpenQASM 2.0 (qelib1.inc gates, every angle a number) and OpenQASM 3
// (stdgates.inc, trainable parameters as variables with their values, features as inputs).
// Deterministic text: no date, gate definitions in order of first use.

import { GATE_SPECS, type GateName } from '../../circuit/gateCatalog';
import { pointText, resolveSource, type ResolvedOp } from '../resolve';
import type { ExportResult, ExportSource } from '../types';
import { baseGate, decomposeControlled, type BaseGate } from './decompose';
import { angleText, asciiText } from './format';
import { commentary, measureLines, measuredQubits, primLine } from './common';
import { exportQasm3Text } from './export3';

/** qelib1.inc names of the gates without controls; ISWAP and RYY get definitions. */
const PLAIN: Record<BaseGate, string> = {
  H: 'h', X: 'x', Y: 'y', Z: 'z', S: 's', SDG: 'sdg', T: 't', TDG: 'tdg', SX: 'sx',
  RX: 'rx', RY: 'ry', RZ: 'rz', P: 'u1', U3: 'u3', SWAP: 'swap', RXX: 'rxx', RZZ: 'rzz',
  ISWAP: 'iswap', RYY: 'ryy',
}; // prettier-ignore
const DEFINED_PLAIN = new Set<BaseGate>(['ISWAP', 'RYY']);

/** qelib1.inc names with one control; the phase gates become cu1 with their angle. */
const ONE_CONTROL: Partial<Record<BaseGate, string>> = {
  X: 'cx', Y: 'cy', Z: 'cz', H: 'ch', RX: 'crx', RY: 'cry', RZ: 'crz', P: 'cu1', U3: 'cu3',
  SWAP: 'cswap', S: 'cu1', SDG: 'cu1', T: 'cu1', TDG: 'cu1',
}; // prettier-ignore
const PHASE_ANGLE: Partial<Record<BaseGate, number>> = {
  S: Math.PI / 2, SDG: -Math.PI / 2, T: Math.PI / 4, TDG: -Math.PI / 4,
}; // prettier-ignore

/** Names of a definition's parameters, by the base gate's angles. */
function paramNames(base: BaseGate): string[] {
  const n = GATE_SPECS[base].angles;
  return n === 3 ? ['theta', 'phi', 'lambda'] : n === 1 ? [base === 'P' ? 'lambda' : 'theta'] : [];
}

/** Qubit arguments of a definition: controls c0…, then t (one target) or a, b (two). */
function qubitArgs(base: BaseGate, k: number): string[] {
  const targets = GATE_SPECS[base].baseQubits === 2 ? ['a', 'b'] : ['t'];
  return [...Array.from({ length: k }, (_, i) => `c${i}`), ...targets];
}

/** `gate name(params) args { … }` for `base` with `k` controls on |1⟩. */
function definition(name: string, base: BaseGate, k: number): string {
  const angles = paramNames(base);
  const qubits = qubitArgs(base, k);
  const body = decomposeControlled(base, k, angles.length).map((p) => `  ${primLine(p, angles, qubits)}`); // prettier-ignore
  const params = angles.length > 0 ? `(${angles.join(', ')})` : '';
  return [`gate ${name}${params} ${qubits.join(', ')} {`, ...body, '}'].join('\n');
}

function qasm2Op(op: ResolvedOp, defs: Map<string, string>): string[] {
  const named = GATE_SPECS[op.gate as GateName].namedControls;
  const base = baseGate(op.gate);
  const controls = [...op.targets.slice(0, named), ...op.controls];
  const states = [...op.targets.slice(0, named).map(() => 1), ...op.controlStates];
  const targets = op.targets.slice(named);
  const k = controls.length;
  let angles = op.angles.map((a) => a.value);
  let name: string;
  if (k === 0) name = PLAIN[base];
  else if (k === 1 && ONE_CONTROL[base]) name = ONE_CONTROL[base];
  else if (k === 2 && base === 'X') name = 'ccx';
  else name = `c${k}_${base.toLowerCase()}`;
  if (k === 1 && PHASE_ANGLE[base] !== undefined) angles = [PHASE_ANGLE[base]];
  const needsDef = (k === 0 && DEFINED_PLAIN.has(base)) || name.startsWith(`c${k}_`);
  if (needsDef && !defs.has(name)) defs.set(name, definition(name, base, k));
  const flips = controls.filter((_, i) => states[i] === 0).map((q) => `x q[${q}];`);
  const args = angles.length > 0 ? `(${angles.map((v) => angleText(v)).join(', ')})` : '';
  const wires = [...controls, ...targets].map((q) => `q[${q}]`).join(', ');
  return [...flips, `${name}${args} ${wires};`, ...flips];
}

/** OpenQASM 2.0: qelib1.inc gates, trainable parameters at their values, features at the point. */
export function exportQasm2(src: ExportSource): ExportResult {
  const r = resolveSource(src);
  const c = commentary(src, r, 'OpenQASM 2');
  const notes = [...c.notes];
  const comments = [...c.header];
  if (r.params.length > 0) {
    comments.push('// trainable parameters written as their current values');
    notes.push(`OpenQASM 2 has no parameters: the ${r.params.length} trainable ones are written as their current values.`); // prettier-ignore
  }
  if (r.ops.some((op) => op.angles.some((a) => a.kind === 'feature'))) {
    comments.push(`// feature angles evaluated at ${pointText(r)}`);
    notes.push(`OpenQASM 2 has no inputs: the feature angles are evaluated at ${pointText(r)}.`);
  }
  const defs = new Map<string, string>();
  const body: string[] = [];
  r.ops.forEach((op, i) => {
    body.push(...c.noiseBefore[i]!, ...qasm2Op(op, defs));
  });
  body.push(...c.noiseBefore[r.ops.length]!);
  const measured = measuredQubits(src, r.qubits);
  const measure = measureLines(
    src,
    r.qubits,
    'measure q -> c;',
    (q, j) => `measure q[${q}] -> c[${j}];`,
  );
  const lines = [
    'OPENQASM 2.0;',
    'include "qelib1.inc";',
    ...comments.map(asciiText),
    ...c.readout.map(asciiText),
    ...defs.values(),
    `qreg q[${r.qubits}];`,
    ...(measured.length > 0 ? [`creg c[${measured.length}];`] : []),
    ...body.map(asciiText),
    ...measure,
  ];
  return { text: `${lines.join('\n')}\n`, notes };
}

/** OpenQASM 3: stdgates.inc, `float[64]` parameters with their values, `input` features. */
export function exportQasm3(src: ExportSource): ExportResult {
  const r = resolveSource(src);
  return exportQasm3Text(src, r, commentary(src, r, 'OpenQASM 3'));
}
