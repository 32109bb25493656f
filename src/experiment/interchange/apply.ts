// Where an imported circuit goes: into the current task's circuit (the classifier's editor model,
// the VQE ansatz, the sandbox) or into the Circuit sandbox, as an experiment checked like a link,
// so a circuit the task cannot run is refused with the reason and nothing changes.

import { compileEditorCircuit } from '../circuit/compile';
import { formatAngle } from '../circuit/angle';
import type { AngleBinding, EditorCircuit } from '../circuit/types';
import { schemaFor, schemaOf } from '../tasks/registry';
import type { Experiment, Weights } from '../types';
import { validateExperiment } from '../validate';
import type { ImportedCircuit } from './types';

export type ImportTarget = 'here' | 'sandbox';

/** The task trains an editor circuit it is given (a preset model switched to the editor's). */
function takesCircuit(e: Experiment, c: EditorCircuit): boolean {
  const schema = schemaFor(e);
  return schema.circuit(schema.withCircuit(e as never, c) as never) === c;
}

/** Where `c` can go from this experiment, first the default. */
export function importTargets(
  e: Experiment,
  c: EditorCircuit,
): { value: ImportTarget; label: string }[] {
  const sandbox = { value: 'sandbox' as const, label: schemaOf('circuit').label };
  if (e.task === 'circuit' || !takesCircuit(e, c)) return [sandbox];
  const schema = schemaFor(e);
  // Into the circuit being edited first; a preset model is only switched when the user picks it.
  if (schema.circuit(e)) return [{ value: 'here', label: `${schema.label}: its circuit` }, sandbox];
  return [sandbox, { value: 'here', label: `${schema.label}: the model, built in the editor` }];
}

export interface ImportPlan {
  experiment: Experiment;
  /** Starting values to load into the session (tasks whose weights are the circuit's alone). */
  weights: Weights | null;
  /** What happened to the values, for the user. */
  notes: string[];
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; reason: string };

/** Every parameter with a value becomes that constant (the sandbox does not train). */
function fixValues(c: EditorCircuit, values: ReadonlyMap<string, number>): EditorCircuit {
  const fix = (b: AngleBinding): AngleBinding => {
    if (b.kind !== 'param') return b;
    const v = values.get(b.name);
    if (v === undefined) return b;
    const shown = formatAngle(v);
    const expr = shown.includes('π') ? shown.replace('π', 'pi') : String(v);
    return { kind: 'const', expr: expr.length <= 64 ? expr : v.toPrecision(15), value: v };
  };
  return {
    ...c,
    gates: c.gates.map((g) => (g.params ? { ...g, params: g.params.map(fix) } : { ...g })),
  };
}

/** The values in the compiled order, when there is one for every parameter. */
function startingValues(c: EditorCircuit, values: ReadonlyMap<string, number>): number[] | null {
  const names = compileEditorCircuit(c).paramNames;
  const out = names.map((n) => values.get(n.split('#')[0]!));
  return out.every((v) => v !== undefined) ? (out as number[]) : null;
}

/**
 * The experiment that opens `imported` at `target`, checked as a link would be. The sandbox gets
 * the file's parameter values as constants; VQE starts from them; other tasks draw their own.
 */
export function planImport(
  e: Experiment,
  imported: ImportedCircuit,
  target: ImportTarget,
): ImportPlanResult {
  const notes: string[] = [];
  const hasValues = imported.values.size > 0;
  let next: Experiment;
  let weights: Weights | null = null;
  if (target === 'sandbox') {
    const base = e.task === 'circuit' ? e : schemaOf('circuit').defaults();
    const circuit = fixValues(imported.circuit, imported.values);
    if (hasValues)
      notes.push('The parameters with a value in the file are constants here: the sandbox does not train.'); // prettier-ignore
    next = schemaOf('circuit').withCircuit(base, circuit);
  } else {
    const schema = schemaFor(e);
    if (!takesCircuit(e, imported.circuit))
      return { ok: false, reason: `The ${schema.label} task trains no circuit of the editor.` };
    next = schema.withCircuit(e as never, imported.circuit) as Experiment;
    if (hasValues) {
      const start = e.task === 'vqe' ? startingValues(imported.circuit, imported.values) : null;
      if (start) {
        weights = { quantum: start, classical: [] };
        notes.push('Training starts from the parameter values in the file.');
      } else {
        notes.push(`Training starts from values drawn from the seed (${e.training.seed}), not from the file's.`); // prettier-ignore
      }
    }
  }
  const { weights: _dropped, ...bare } = next;
  const checked = validateExperiment(bare, 'file');
  if (!checked.ok) {
    const where = target === 'sandbox' ? schemaOf('circuit').label : schemaFor(e).label;
    return { ok: false, reason: `It cannot open in ${where}: ${checked.error.message}` };
  }
  return { ok: true, plan: { experiment: checked.value, weights, notes } };
}
