// A seeded generator of random valid experiments covering every field, for round-trip and fuzz tests.

import type { Rng } from '../../../workers/sim/rng';
import { DATASETS } from '../../../workers/ml/data/info';
import { LIMITS } from '../../../src/experiment/limits';
import { BASELINE_ENGINES, HIDEABLE } from '../../../src/experiment/types';
import type {
  ClassifyExperiment,
  Experiment,
  ModelSettings,
  VqeExperiment,
} from '../../../src/experiment/types';
import { GRADIENTS, OPTIMIZERS, SPEEDS } from '../../../src/experiment/lists';
import { ansatzCircuit } from '../../../src/experiment/tasks/vqe/ansatz';
import {
  heisenbergChainText,
  isingChainText,
} from '../../../src/experiment/tasks/vqe/hamiltonianPresets';
import { VQE_HIDEABLE } from '../../../src/experiment/tasks/vqe/types';
import { VQE_LIMITS } from '../../../src/experiment/tasks/vqe/validate';

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)]!;
}

function int(rng: Rng, [lo, hi]: readonly [number, number]): number {
  return lo + rng.int(hi - lo + 1);
}

/** A number in the range, often a round value as a person would type it. */
function real(rng: Rng, [lo, hi]: readonly [number, number]): number {
  const r = rng.next();
  if (r < 0.2) return lo;
  if (r < 0.3) return hi;
  const x = lo + rng.next() * (hi - lo);
  return r < 0.6 ? Math.min(hi, Math.max(lo, Number(x.toPrecision(2)))) : x;
}

function floats(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => Math.fround(rng.normal() * 3) + 0);
}

export function randomExperiment(rng: Rng): ClassifyExperiment {
  const info = pick(rng, DATASETS);
  const nCustom = rng.next() < 0.5 ? 0 : rng.int(rng.next() < 0.1 ? 300 : 20);
  const custom = Array.from({ length: nCustom }, () => ({
    x1: rng.next() < 0.1 ? -1 : rng.next() * 2 - 1,
    x2: rng.next() < 0.1 ? 1 : Math.round((rng.next() * 2 - 1) * 100) / 100 + 0,
    label: rng.int(info.classes),
  }));
  const needed = Math.ceil(Math.log2(info.classes));
  const readout = rng.next() < 0.5 ? 'fidelity' : 'cross-entropy';
  const model: ModelSettings = {
    kind: 'reuploading',
    qubits: readout === 'fidelity' ? int(rng, LIMITS.qubits) : int(rng, [needed, LIMITS.qubits[1]]),
    layers: int(rng, LIMITS.layers),
    entangler: pick(rng, ['cz', 'cnot', 'none'] as const),
    readout,
  };
  const hidden = HIDEABLE.filter(() => rng.next() < 0.3);
  const e: ClassifyExperiment = {
    version: 4,
    task: 'classify',
    data: {
      set: info.name,
      points: int(rng, LIMITS.points),
      noise: real(rng, LIMITS.noise),
      trainRatio: real(rng, LIMITS.trainRatio),
      seed: int(rng, LIMITS.seed),
      custom,
    },
    model,
    training: {
      optimizer: pick(rng, ['adam', 'sgd'] as const),
      learningRate: real(rng, LIMITS.learningRate),
      batchSize: int(rng, LIMITS.batchSize),
      epochs: int(rng, LIMITS.epochs),
      l2: real(rng, LIMITS.l2),
      gradient: pick(rng, ['adjoint', 'shift'] as const),
      shots: rng.next() < 0.5 ? 0 : int(rng, LIMITS.shots),
      seed: int(rng, LIMITS.seed),
    },
    baseline: {
      kind: 'mlp',
      size:
        rng.next() < 0.5
          ? 'match'
          : {
              hidden: Array.from({ length: int(rng, LIMITS.hiddenLayers) }, () =>
                int(rng, LIMITS.hiddenWidth),
              ),
            },
      activation: pick(rng, ['tanh', 'relu', 'sigmoid'] as const),
      engine: pick(rng, BASELINE_ENGINES),
    },
    view: {
      showTest: rng.next() < 0.5,
      discretize: rng.next() < 0.5,
      hidden,
      speed: pick(rng, SPEEDS),
      locked: rng.next() < 0.3,
    },
  };
  if (rng.next() < 0.3)
    e.weights = { quantum: floats(rng, rng.int(200)), classical: floats(rng, rng.int(500)) };
  return e;
}

/** A random valid molecule-energy experiment: every molecule, form, ansatz and setting. */
export function randomVqeExperiment(rng: Rng): VqeExperiment {
  const molecule = pick(rng, ['h2', 'heh+', 'custom'] as const);
  const form = molecule === 'h2' ? pick(rng, ['jw4', 'parity2'] as const) : 'jw4';
  const n = 2 + rng.int(5);
  const hamiltonian =
    molecule !== 'custom'
      ? pick(rng, ['', '0.5 Z0 Z1 + 0.3 X0'])
      : pick(rng, [
          isingChainText(n, 1, real(rng, [0, 2])),
          heisenbergChainText(n),
          '-1.5 + 0.25 Y0',
        ]);
  const problem = { molecule, bondLength: real(rng, VQE_LIMITS.bondLength), form, hamiltonian };
  const start = molecule === 'custom' ? 'zero' : pick(rng, ['hf', 'zero'] as const);
  const kind = pick(rng, molecule === 'h2' ? (['hea', 'givens', 'circuit'] as const) : (['hea', 'circuit'] as const)); // prettier-ignore
  const hea = { kind: 'hea' as const, layers: int(rng, VQE_LIMITS.layers), start };
  const ansatz =
    kind === 'givens'
      ? { kind }
      : kind === 'hea'
        ? hea
        : { kind, circuit: ansatzCircuit(hea, problem) };
  const from = real(rng, [0.3, 2.9]);
  const e: VqeExperiment = {
    version: 4,
    task: 'vqe',
    problem,
    ansatz,
    training: {
      optimizer: pick(rng, OPTIMIZERS),
      learningRate: real(rng, LIMITS.learningRate),
      epochs: int(rng, LIMITS.epochs),
      gradient: pick(rng, GRADIENTS),
      shots: int(rng, LIMITS.shots),
      seed: int(rng, LIMITS.seed),
    },
    scan: {
      from,
      to: Math.min(3, from + 0.05 + rng.next() * 2),
      points: int(rng, VQE_LIMITS.scanPoints),
    },
    view: {
      hidden: VQE_HIDEABLE.filter(() => rng.next() < 0.3),
      speed: pick(rng, SPEEDS),
      locked: rng.next() < 0.3,
    },
  };
  if (rng.next() < 0.2) e.weights = { quantum: floats(rng, rng.int(40)), classical: [] };
  return e;
}

/** A random valid experiment of any task. */
export function randomAnyExperiment(rng: Rng): Experiment {
  return rng.next() < 0.5 ? randomExperiment(rng) : randomVqeExperiment(rng);
}
