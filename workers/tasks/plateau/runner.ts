// The barren-plateau worker session: one qubit count of the sweep a step, each drawing the
// experiment's number of random circuits and taking the exact derivative of the cost along one
// parameter in each (plateauCore.ts); its report carries that point's mean and variance.

import type { ExperimentOf } from '../../../src/experiment/types';
import {
  plateauComponent,
  plateauLayers,
  plateauQubits,
} from '../../../src/experiment/tasks/plateau/sweep';
import type {
  Picture,
  PlateauGradients,
  PlateauInfo,
  PlateauPoint,
  PlateauReport,
} from '../../protocol';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { pointRng, randomCircuit, sampleDerivatives, sampleStats } from './plateauCore';

type PlateauExperiment = ExperimentOf<'plateau'>;

/** The point of the sweep at n qubits: the statistics of ∂C/∂θ_k over the random circuits. */
export function plateauPoint(e: PlateauExperiment, n: number): PlateauPoint {
  return plateauSample(e, n).point;
}

/** The point at n qubits and the derivatives it is computed from. */
function plateauSample(
  e: PlateauExperiment,
  n: number,
): { point: PlateauPoint; values: Float64Array } {
  // prettier-ignore
  const s = e.plateau;
  const layers = plateauLayers(s, n);
  const parameter = plateauComponent(s, n, layers);
  const rng = pointRng(e.training.seed, n);
  const values = sampleDerivatives(n, layers, parameter, s.cost, s.circuits, rng);
  return { point: { n, layers, parameter, circuits: s.circuits, ...sampleStats(values) }, values };
}

function createPlateauSession(e: PlateauExperiment): TaskSession {
  const s = e.plateau;
  const qubits = plateauQubits(s);
  // What the live view shows: the first random circuit of the smallest point.
  const n0 = qubits[0]!;
  const sample = randomCircuit(n0, plateauLayers(s, n0), pointRng(e.training.seed, n0));
  const info: PlateauInfo = {
    task: 'plateau',
    qubits,
    layers: qubits.map((n) => plateauLayers(s, n)),
    circuits: s.circuits,
    cost: s.cost,
    component: s.component,
    scaling: s.scaling,
    seed: e.training.seed,
    sample: randomCircuit(n0, Math.min(2, plateauLayers(s, n0)), pointRng(e.training.seed, n0)).circuit, // prettier-ignore
  };
  let done = 0;
  // The latest point's derivatives, until a picture has carried them to the page.
  let latest: PlateauGradients | null = { n: null, values: [] };
  const report = (plateau: PlateauPoint | null): PlateauReport => ({ epoch: done, plateau });
  return {
    info,
    get epoch() {
      return done;
    },
    measure: () => report(null),
    step() {
      if (done >= qubits.length) return report(null);
      const { point, values } = plateauSample(e, qubits[done]!);
      latest = { n: point.n, values: Array.from(values) };
      done++;
      return report(point);
    },
    pictures(): Picture[] {
      const gradients = latest;
      latest = null;
      return gradients ? [{ kind: 'plateauGradients', gradients }] : [];
    },
    weights: () => ({ quantum: [], classical: [] }),
    setWeights(w) {
      if (w.quantum.length > 0 || w.classical.length > 0)
        throw new Error('The barren-plateau task keeps no trained parameters.');
    },
    circuit: sample.circuit,
    params: () => Float64Array.from(sample.params),
    dispose() {},
  };
}

export const plateauRunner: TaskRunner<'plateau'> = {
  prepare: () => Promise.resolve(),
  create: createPlateauSession,
};
