// Circuits and export sources for the Python exporters' tests: every gate once, every gate with
// extra controls and anti-controls, noise channels, a repeated block, and the four readouts.
import { CHANNEL_NAMES } from '../../../src/experiment/circuit/channelCatalog';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { GATE_NAMES, GATE_SPECS, targetCount } from '../../../src/experiment/circuit/gateCatalog';
import type {
  AngleBinding,
  EditorCircuit,
  PlacedGate,
} from '../../../src/experiment/circuit/types';
import { validateEditorCircuit } from '../../../src/experiment/circuit/validate';
import type { ExportReadout, ExportSource } from '../../../src/experiment/interchange/types';

/** Angle j of gate i: a constant, a trainable parameter (Unicode name) or a feature binding. */
function binding(i: number, j: number): AngleBinding {
  switch ((i + j) % 3) {
    case 0:
      return { kind: 'const', expr: String(0.25 * (j + 1)), value: 0.25 * (j + 1) };
    case 1:
      return { kind: 'param', name: `θ${i}_${j}` };
    default:
      return { kind: 'feature', feature: (i + j) % 2, weight: `w${i}_${j}`, bias: `b${i}_${j}` };
  }
}

function checked(c: EditorCircuit): EditorCircuit {
  const problem = validateEditorCircuit(c);
  if (problem) throw new Error(`Bad fixture: ${problem.field}: ${problem.message}`);
  return c;
}

/**
 * Every gate of the catalogue once, one per column on 5 qubits, without extra controls unless
 * `controlled`: then each has one or two extra controls, on |1⟩ and on |0⟩ in turn.
 */
export function gateSetCircuit(controlled: boolean): EditorCircuit {
  const n = 5;
  const gates: PlacedGate[] = GATE_NAMES.map((name, i) => {
    const spec = GATE_SPECS[name];
    const targets = Array.from({ length: targetCount(spec) }, (_, j) => (i + 2 * j) % n);
    const free = [0, 1, 2, 3, 4].filter((q) => !targets.includes(q));
    const g: PlacedGate = { id: `g${i + 1}`, gate: name, column: i, targets };
    if (spec.angles > 0) g.params = Array.from({ length: spec.angles }, (_, j) => binding(i, j));
    if (controlled) {
      g.controls = free.slice(0, 1 + (i % 2));
      g.controlStates = g.controls.map((_, j) => ((i + j) % 2) as 0 | 1);
    }
    return g;
  });
  // One parameter shared by two gates, as the editor allows.
  gates.push({ id: 'g99', gate: 'RY', column: GATE_NAMES.length, targets: [1], params: [{ kind: 'param', name: 'θ10_0' }] }); // prettier-ignore
  return checked({ qubits: n, columns: GATE_NAMES.length + 1, gates, blocks: [] });
}

/** The gate set with a noise channel of every kind and its first columns repeated twice. */
export function noisyCircuit(): EditorCircuit {
  const base = gateSetCircuit(true);
  const start = base.columns;
  const channels: PlacedGate[] = CHANNEL_NAMES.map((name, i) => ({
    id: `c${i + 1}`,
    gate: name,
    column: start + i,
    targets: name === 'depolarizing2' ? [0, 1] : [i % base.qubits],
    ...(name === 'reset' ? {} : { p: 0.05 * (i + 1) }),
  }));
  return checked({
    ...base,
    columns: start + channels.length,
    gates: [...base.gates, ...channels],
    blocks: [{ start: 9, end: 12, count: 2, shared: false }],
  });
}

/** H, CNOT and RY(θ1) on two qubits: the small case whose whole text the tests know. */
export function smallCircuit(): EditorCircuit {
  return checked({
    qubits: 2,
    columns: 3,
    gates: [
      { id: 'g1', gate: 'H', column: 0, targets: [0] },
      { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
      { id: 'g3', gate: 'RY', column: 2, targets: [1], params: [{ kind: 'param', name: 'θ1' }] },
    ],
    blocks: [],
  });
}

/** Values for every compiled parameter, spread over (−π, π). */
export function valuesFor(c: EditorCircuit): Map<string, number> {
  const names = compileEditorCircuit(c).paramNames;
  return new Map(names.map((name, i) => [name, Math.sin(1.3 * i + 0.4) * 3]));
}

export const READOUTS: readonly { name: string; readout: ExportReadout | null }[] = [
  {
    name: 'observable',
    readout: {
      kind: 'observable',
      label: 'energy',
      terms: [
        { coeff: 0.5, ops: { 0: 'Z', 1: 'Z' } },
        { coeff: -1.25, ops: { 4: 'Y', 2: 'X' } },
        { coeff: 0.75, ops: { 3: 'X', 1: 'Y', 0: 'Z' } },
        { coeff: 0.3, ops: {} },
      ],
    },
  },
  { name: 'bloch', readout: { kind: 'bloch', qubit: 2 } },
  { name: 'probabilities', readout: { kind: 'probabilities', qubits: [3, 0, 1] } },
  { name: 'null (every qubit)', readout: null },
];

export function sourceOf(circuit: EditorCircuit, readout: ExportReadout | null): ExportSource {
  return {
    circuit,
    values: valuesFor(circuit),
    point: [0.3, -0.7],
    readout,
    title: 'Test circuit',
  };
}
