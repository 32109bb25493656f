// Edits of a barren-plateau experiment that keep it valid: each number within its limits, the
// range in order, the deepest circuit within the cap, and the run's points equal to the range's
// qubit counts (training.epochs counts them).
import { plateauQubits } from '../../experiment/tasks/plateau/sweep';
import { PLATEAU_LIMITS } from '../../experiment/tasks/plateau/validate';
import type { PlateauExperiment, PlateauSettings } from '../../experiment/types';

const clamp = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.round(Math.min(hi, Math.max(lo, v)));

/** The experiment with `patch` applied to its plateau settings, kept valid. */
export function withPlateau(
  e: PlateauExperiment,
  patch: Partial<PlateauSettings>,
): PlateauExperiment {
  // prettier-ignore
  const L = PLATEAU_LIMITS;
  const s = { ...e.plateau, ...patch };
  s.minQubits = clamp(s.minQubits, L.qubits);
  s.maxQubits = clamp(s.maxQubits, L.qubits);
  // The end just set wins: the other moves to meet it.
  if (s.minQubits > s.maxQubits) {
    if (patch.minQubits !== undefined) s.maxQubits = s.minQubits;
    else s.minQubits = s.maxQubits;
  }
  s.qubitStep = clamp(s.qubitStep, L.qubitStep);
  s.circuits = clamp(s.circuits, L.circuits);
  s.layers = clamp(s.layers, L.layers);
  if (s.scaling === 'perQubit') s.layers = Math.max(1, Math.min(s.layers, Math.floor(L.depth / s.maxQubits))); // prettier-ignore
  return { ...e, plateau: s, training: { ...e.training, epochs: plateauQubits(s).length } };
}

/** The experiment with another seed for its random circuits. */
export function withSeed(e: PlateauExperiment, seed: number): PlateauExperiment {
  return { ...e, training: { ...e.training, seed: Math.round(seed) } };
}
