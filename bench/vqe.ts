// The molecule task's speed: building a molecule's problem (integrals, Hartree–Fock, qubit
// Hamiltonian, exact energy), one VQE iteration, and a whole bond-length scan, best of a few runs.

import { performance } from 'node:perf_hooks';
import { TASK_SCHEMAS } from '../src/experiment/tasks/registry';
import type { VqeExperiment } from '../src/experiment/types';
import { buildProblem } from '../workers/tasks/vqe/problem';
import { vqeRunner } from '../workers/tasks/vqe/runner';

function experiment(form: 'jw4' | 'parity2', ansatz: VqeExperiment['ansatz']): VqeExperiment {
  const e = TASK_SCHEMAS.vqe.defaults();
  return { ...e, problem: { ...e.problem, form }, ansatz };
}

const best = (runs: number, f: () => void): number => {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
};

/** Milliseconds to build H₂'s 4-qubit problem at one bond length (with its exact energy). */
export function problemMs(): number {
  const e = experiment('jw4', { kind: 'givens' });
  return best(20, () => buildProblem(e.problem, 1.1));
}

/** Iterations per second of the default H₂ run (2 qubits) and of 2 hardware-efficient layers on 4. */
export function iterationsPerSecond(): { h2Parity: number; h2Hea4: number } {
  const rate = (e: VqeExperiment): number => {
    const s = vqeRunner.create(e);
    const steps = 500;
    const ms = best(3, () => {
      for (let i = 0; i < steps; i++) s.step();
    });
    return (1000 * steps) / ms;
  };
  return {
    h2Parity: rate(experiment('parity2', { kind: 'givens' })),
    h2Hea4: rate(experiment('jw4', { kind: 'hea', layers: 2, start: 'hf' })),
  };
}

/** Seconds for the default scan (28 bond lengths, 0.3–3 Å) with the chemistry ansatz on 4 qubits. */
export async function scanSeconds(): Promise<number> {
  const s = vqeRunner.create(experiment('jw4', { kind: 'givens' }));
  const t0 = performance.now();
  await s.actions!['scan']!(null, () => undefined);
  return (performance.now() - t0) / 1000;
}
