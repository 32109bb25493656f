// Checks of a circuit sandbox's own sections, field by field, for validateExperiment.

import type { Checker } from '../../checker';
import { Invalid, own, type Obj } from '../../checker';
import { gateLabel } from '../../circuit/occupancy';
import { featureName } from '../../circuit/names';
import type { EditorCircuit } from '../../circuit/types';
import { validateEditorCircuit } from '../../circuit/validate';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { copyCircuit } from '../../copyCircuit';
import { choiceValues } from '../../lists';
import { CIRCUIT_HIDEABLE_CHOICES, type CircuitExperiment, type MeasureSettings } from './types';

export const SANDBOX_LIMITS = {
  /** Shots of a whole run (the statevector sampler's MAX_SHOTS is far above). */
  shots: [1, 1_000_000],
  /** Rounds the shots are split over (training.epochs): one a step of Play. */
  rounds: [1, 1000],
} as const;

/** The sandbox has no data points: an angle bound to an input feature has nothing to read. */
function checkNoFeatures(c: EditorCircuit): void {
  c.gates.forEach((g, i) => {
    const j = (g.params ?? []).findIndex((b) => b.kind === 'feature');
    if (j < 0) return;
    const b = g.params![j]!;
    const x = b.kind === 'feature' ? featureName(b.feature) : '';
    throw new Invalid(
      `model.circuit.gates[${i}].params[${j}]`,
      `Circuit → gate ${i + 1} (${gateLabel(g)}) reads the input feature ${x}, but the sandbox has no data points: bind its angle to a constant or a trainable parameter.`,
    );
  });
}

function checkModel(c: Checker, v: unknown): { circuit: EditorCircuit } {
  const o = c.obj(v, 'model', 'Circuit');
  const circuit = own(o, 'circuit');
  const bad = validateEditorCircuit(circuit, 'model.circuit');
  if (bad) throw new Invalid(bad.field, bad.message);
  const copy = copyCircuit(circuit as EditorCircuit);
  checkNoFeatures(copy);
  return { circuit: copy };
}

function checkMeasure(c: Checker, v: unknown): MeasureSettings {
  const o = c.obj(v, 'measure', 'Measure');
  return { shots: c.num(o, 'shots', 'measure.shots', 'shots', SANDBOX_LIMITS.shots, true) };
}

/** Every section of a circuit sandbox but version, task, noise and weights. */
export function checkSandbox(
  c: Checker,
  o: Obj,
): Omit<CircuitExperiment, 'version' | 'task' | 'noise' | 'weights'> {
  const model = checkModel(c, own(o, 'model'));
  const measure = checkMeasure(c, own(o, 'measure'));
  const training = checkTrainingCore(c, c.obj(own(o, 'training'), 'training', 'Training'), 'rounds'); // prettier-ignore
  const [lo, hi] = SANDBOX_LIMITS.rounds;
  if (training.epochs < lo || training.epochs > hi)
    c.bad('training.epochs', 'rounds', `a whole number from ${lo} to ${hi}`, training.epochs);
  const view = checkViewCore(c, c.obj(own(o, 'view'), 'view', 'View'), choiceValues(CIRCUIT_HIDEABLE_CHOICES)); // prettier-ignore
  return { model, measure, training, view };
}
