// What every exporter starts from: the editor circuit compiled (blocks written out), each angle
// resolved to a constant, a named trainable parameter with its value, or a feature binding with
// its weight and bias; names made identifiers of the target languages; channels listed apart.

import { CHANNEL_SPECS, type ChannelName } from '../circuit/channelCatalog';
import { compileEditorCircuit } from '../circuit/compile';
import type { GateName } from '../circuit/gateCatalog';
import type { Binding } from '../circuit/program';
import { featureName } from '../circuit/names';
import type { ExportSource } from './types';

/** An angle as a text format can write it. */
export type ResolvedAngle =
  | { kind: 'const'; value: number }
  /** `name` is an identifier (see `params`); value is its current value. */
  | { kind: 'param'; name: string; value: number }
  /**
   * weight · x[feature] + bias; `value` is the angle at the export's point (formats without
   * inputs write it).
   */
  | {
      kind: 'feature';
      feature: number;
      weight: string;
      bias: string;
      weightValue: number;
      biasValue: number;
      value: number;
    };

export interface ResolvedOp {
  gate: GateName;
  /** As Operation.targets: named controls first (CNOT = [control, target]). */
  targets: number[];
  controls: number[];
  /** One per control: 1 on |1⟩, 0 on |0⟩. */
  controlStates: (0 | 1)[];
  angles: ResolvedAngle[];
}

export interface ResolvedChannel {
  name: ChannelName;
  qubits: number[];
  p: number;
  /** Index of the op it follows (−1: before the first). */
  after: number;
  /** "bit flip (p = 0.1) on qubit 0", for notes and comments. */
  description: string;
}

export interface ResolvedCircuit {
  qubits: number;
  ops: ResolvedOp[];
  /** Every trainable parameter as an identifier with its value, in order of first use. */
  params: { name: string; value: number }[];
  /** Input features read (1 + the highest index bound; 0 when none). */
  features: number;
  /** The export's point, padded with zeros to `features`. */
  point: number[];
  channels: ResolvedChannel[];
}

/**
 * An identifier for a compiled name: the name itself when it is one ("θ1", "w2"), the repetition
 * "θ1#2" as "θ1_r2", with a numbered suffix when that is taken.
 */
function identifierNamer(names: readonly string[]): (compiled: string) => string {
  const taken = new Set(names.filter((n) => !n.includes('#')));
  const out = new Map<string, string>();
  return (compiled) => {
    let id = out.get(compiled);
    if (id !== undefined) return id;
    if (!compiled.includes('#')) id = compiled;
    else {
      const [base, rep] = compiled.split('#') as [string, string];
      id = `${base}_r${rep}`;
      for (let k = 2; taken.has(id); k++) id = `${base}_r${rep}_${k}`;
      taken.add(id);
    }
    out.set(compiled, id);
    return id;
  };
}

/** Throws a RangeError naming the parameter when `values` lacks one the circuit uses. */
export function resolveSource(src: ExportSource): ResolvedCircuit {
  const compiled = compileEditorCircuit(src.circuit);
  const idOf = identifierNamer(compiled.paramNames);
  const value = (index: number): number => {
    const name = compiled.paramNames[index]!;
    const v = src.values.get(name);
    if (v === undefined || !Number.isFinite(v))
      throw new RangeError(`The parameter ${name} has no value to export.`);
    return v;
  };
  const point = Array.from({ length: compiled.numFeatures }, (_, k) => src.point[k] ?? 0);
  const angle = (b: Binding): ResolvedAngle => {
    switch (b.kind) {
      case 'const':
        return { kind: 'const', value: b.value };
      case 'param':
        return { kind: 'param', name: idOf(compiled.paramNames[b.index]!), value: value(b.index) };
      case 'feature': {
        const weightValue = value(b.weight);
        const biasValue = value(b.bias);
        return {
          kind: 'feature',
          feature: b.feature,
          weight: idOf(compiled.paramNames[b.weight]!),
          bias: idOf(compiled.paramNames[b.bias]!),
          weightValue,
          biasValue,
          value: weightValue * point[b.feature]! + biasValue,
        };
      }
    }
  };
  const ops = compiled.circuit.ops.map((op) => ({
    gate: op.gate,
    targets: [...op.targets],
    controls: [...(op.controls ?? [])],
    controlStates: op.controls ? [...(op.controlStates ?? op.controls.map(() => 1 as const))] : [],
    angles: (op.params ?? []).map(angle),
  }));
  const params = compiled.paramNames.map((n, i) => ({ name: idOf(n), value: value(i) }));
  const channels = compiled.channels.map((ch) => {
    const spec = CHANNEL_SPECS[ch.name];
    const p = spec.pLabel === null ? '' : ` (${spec.pLabel} = ${ch.p})`;
    const wires = ch.qubits.length === 1 ? `qubit ${ch.qubits[0]}` : `qubits ${ch.qubits.join(' and ')}`; // prettier-ignore
    return { ...ch, qubits: [...ch.qubits], description: `${spec.spoken}${p} on ${wires}` };
  });
  return {
    qubits: src.circuit.qubits,
    ops,
    params,
    features: compiled.numFeatures,
    point,
    channels,
  };
}

/** "x0 = 0.5, x1 = -0.25": the point feature bindings were evaluated at, for notes. */
export function pointText(r: ResolvedCircuit): string {
  return r.point.map((v, k) => `${featureName(k)} = ${v}`).join(', ');
}
