// Noisy QAOA and VQE iterations as the worker runs them: the default MaxCut (10 nodes, depth 2) and
// the default H₂ under the "Today's superconducting chip" preset, each session step with its
// report, and the share of the time the zero-noise extrapolation takes, paced as the page runs it
// (noisyTwin.ts) and at every report. `npx tsx bench/noisyQaoa.ts` runs it alone.

import { performance } from 'node:perf_hooks';
import { NOISE_PRESETS, type NoiseSettings } from '../src/experiment/noise';
import { TASK_SCHEMAS } from '../src/experiment/tasks/registry';
import type { QaoaExperiment, VqeExperiment } from '../src/experiment/types';
import { createZnePacer, type ZnePacer } from '../workers/tasks/noisyTwin';
import { createQaoaSession } from '../workers/tasks/qaoa/runner';
import type { TaskSession } from '../workers/tasks/taskRunner';
import { createVqeSession } from '../workers/tasks/vqe/runner';

const CHIP: NoiseSettings = NOISE_PRESETS.find((p) => p.name === 'chip')!.settings;

export interface PacedRun {
  /** Mean milliseconds per session step, report included. */
  iterationMs: number;
  /** Extrapolation's share of the steps' time. */
  zneShare: number;
  /** Reports with the extrapolation among the steps. */
  mitigated: number;
  steps: number;
  /** Milliseconds of one extrapolation (the last one run). */
  zneMs: number;
}

/** `steps` session steps after the load (whose report extrapolates, outside the steps). */
function run(make: (pacer: ZnePacer) => TaskSession, pacer: ZnePacer, steps: number): PacedRun {
  const s = make(pacer);
  const before = pacer.count;
  let mitigated = 0;
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) if ('mitigated' in s.step()) mitigated++;
  const ms = performance.now() - t0;
  s.dispose();
  return {
    iterationMs: ms / steps,
    zneShare: pacer.spentMs / ms,
    mitigated,
    steps,
    zneMs: pacer.spentMs / Math.max(1, pacer.count - before),
  };
}

export interface NoisyTaskBench {
  /** Extrapolation paced (the worker's default). */
  paced: PacedRun;
  /** Extrapolation at every report. */
  every: PacedRun;
}

/**
 * The default noisy QAOA: `paced` iterations with the worker's pacing, then `every` iterations
 * with the extrapolation at each (a 10-qubit step takes seconds; the pacing needs a few to settle).
 */
export function noisyQaoaBench(paced = 12, every = 3): NoisyTaskBench {
  const e: QaoaExperiment = { ...TASK_SCHEMAS.qaoa.defaults(), noise: CHIP };
  // More iterations than the bench runs, so that none of them is the last (which extrapolates).
  e.training.epochs = 1000;
  const make = (p: ZnePacer): TaskSession => createQaoaSession(e, undefined, p);
  return { paced: run(make, createZnePacer(), paced), every: run(make, createZnePacer(1), every) };
}

/** The default noisy VQE (H₂, 2 qubits), and 2 hardware-efficient layers on 4 qubits. */
export function noisyVqeBench(steps = 400): { h2: NoisyTaskBench; hea4: NoisyTaskBench } {
  const d = TASK_SCHEMAS.vqe.defaults();
  const h2: VqeExperiment = { ...d, noise: CHIP, training: { ...d.training, epochs: 100_000 } };
  const hea4: VqeExperiment = { ...h2, problem: { ...d.problem, form: 'jw4' }, ansatz: { kind: 'hea', layers: 2, start: 'hf' } }; // prettier-ignore
  const both = (e: VqeExperiment, n: number): NoisyTaskBench => {
    const make = (p: ZnePacer): TaskSession => createVqeSession(e, undefined, p);
    return { paced: run(make, createZnePacer(), n), every: run(make, createZnePacer(1), n) };
  };
  return { h2: both(h2, steps), hea4: both(hea4, steps / 10) };
}

if (process.argv[1]?.endsWith('noisyQaoa.ts')) {
  console.log(JSON.stringify({ qaoa: noisyQaoaBench(), vqe: noisyVqeBench() }));
}
