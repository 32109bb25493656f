// Checks of a barren-plateau experiment's own sections, field by field, for validateExperiment;
// the work is capped (qubits, circuits, layers) so that a link cannot ask for hours.

import type { Checker } from '../../checker';
import { type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { choiceValues } from '../../lists';
import { plateauLayers, plateauQubits } from './sweep';
import {
  PLATEAU_COMPONENT_CHOICES,
  PLATEAU_COST_CHOICES,
  PLATEAU_HIDEABLE_CHOICES,
  PLATEAU_SCALING_CHOICES,
  type PlateauExperiment,
  type PlateauSettings,
} from './types';

export const PLATEAU_LIMITS = {
  qubits: [2, 14],
  qubitStep: [1, 4],
  circuits: [10, 2000],
  layers: [1, 200],
  /** Layers of the deepest circuit of the sweep (layers × n when they scale with n). */
  depth: 200,
} as const;

function checkSettings(c: Checker, v: unknown): PlateauSettings {
  const o = c.obj(v, 'plateau', 'Plateau');
  const L = PLATEAU_LIMITS;
  const s: PlateauSettings = {
    minQubits: c.num(o, 'minQubits', 'plateau.minQubits', 'smallest number of qubits', L.qubits, true), // prettier-ignore
    maxQubits: c.num(o, 'maxQubits', 'plateau.maxQubits', 'largest number of qubits', L.qubits, true), // prettier-ignore
    qubitStep: c.num(o, 'qubitStep', 'plateau.qubitStep', 'qubits between points', L.qubitStep, true), // prettier-ignore
    circuits: c.num(o, 'circuits', 'plateau.circuits', 'circuits per point', L.circuits, true),
    layers: c.num(o, 'layers', 'plateau.layers', 'layers', L.layers, true),
    scaling: c.pick(o, 'scaling', 'plateau.scaling', 'depth', choiceValues(PLATEAU_SCALING_CHOICES)), // prettier-ignore
    cost: c.pick(o, 'cost', 'plateau.cost', 'cost', choiceValues(PLATEAU_COST_CHOICES)),
    component: c.pick(o, 'component', 'plateau.component', 'gradient component', choiceValues(PLATEAU_COMPONENT_CHOICES)), // prettier-ignore
  };
  if (s.maxQubits < s.minQubits)
    c.bad('plateau.maxQubits', 'largest number of qubits', `at least the smallest (${s.minQubits})`, s.maxQubits); // prettier-ignore
  const deepest = plateauLayers(s, s.maxQubits);
  if (deepest > L.depth)
    c.bad('plateau.layers', 'layers', `at most ${L.depth} at ${s.maxQubits} qubits (layers × n = ${deepest})`, s.layers); // prettier-ignore
  return s;
}

export function checkPlateau(
  c: Checker,
  o: Obj,
): Omit<PlateauExperiment, 'version' | 'task' | 'weights'> {
  const plateau = checkSettings(c, o.plateau);
  const t = c.obj(o.training, 'training', 'Training');
  const training = checkTrainingCore(c, t, 'points of the sweep');
  // One step per qubit count: the run's length follows from the range.
  training.epochs = plateauQubits(plateau).length;
  const view = checkViewCore(c, c.obj(o.view, 'view', 'View'), choiceValues(PLATEAU_HIDEABLE_CHOICES)); // prettier-ignore
  return { plateau, training, view };
}
