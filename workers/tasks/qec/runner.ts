// The error-correction lesson's worker session: the code's circuits and its exact logical error
// at the chosen p (density-matrix simulation, sim/noise/qec.ts), then one p of the sweep a step.

import type { ExperimentOf } from '../../../src/experiment/types';
import type { Picture, QecInfo, QecPoint, QecReport } from '../../protocol';
import { createDensitySimulator } from '../../sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../sim/noise/noiseModel';
import {
  breakEven,
  logicalErrorRate,
  repetitionCode,
  shorCode,
  shorLogicalErrorRate,
  unencodedErrorRate,
} from '../../sim/noise/qec';
import type { TaskRunner, TaskSession } from '../taskRunner';

type QecExperiment = ExperimentOf<'qec'>;

const CHANNEL_WORDS: Record<QecExperiment['code']['channel'], string> = {
  bitFlip: 'X with probability p',
  phaseFlip: 'Z with probability p',
  depolarizing: 'X, Y or Z, each with probability p/3',
};

/** The sweep's p values: `count` of them, evenly from 0 to pMax. */
export function sweepValues(pMax: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => (pMax * k) / (count - 1));
}

function createQecSession(e: QecExperiment): TaskSession {
  const { kind, channel, p, pMax } = e.code;
  const sweep = sweepValues(pMax, e.training.epochs);
  const point = (q: number): QecPoint => ({
    p: q,
    logical:
      kind === 'shor' ? shorLogicalErrorRate(channel, q) : logicalErrorRate(kind, channel, q),
    unencoded: unencodedErrorRate('bitFlip', channel, q),
  });
  const code = kind === 'shor' ? shorCode(channel, p) : repetitionCode(kind, channel, p);
  const data = [...new Set(code.placed.flatMap((c) => c.qubits))].sort((a, b) => a - b);
  // The Shor code corrects any one error on one qubit; a 3-qubit code, only its own kind.
  const matched = kind === 'shor' || kind === channel;
  const analytic = kind === channel;
  const info: QecInfo = {
    task: 'qec',
    kind,
    channel,
    qubits: code.circuit.qubits,
    steps: code.steps.map((s) => ({
      name: s.name,
      circuit: { qubits: code.circuit.qubits, ops: code.circuit.ops.slice(s.from, s.to) },
      channels:
        s.from === s.to
          ? `On each of qubits ${data.join(', ')}, independently: ${CHANNEL_WORDS[channel]} (p = ${p}).`
          : null,
      placed: s.name === 'Noise' ? code.placed : [],
    })),
    at: point(p),
    sweep,
    breakEven: analytic ? breakEven(kind) : null,
    matched,
    analytic,
  };
  /** Probability of each syndrome the ancillas 3, 4 hold at p (index a3 + 2·a4); none for Shor. */
  const syndromes = (): number[] | null => {
    if (kind === 'shor') return null;
    const probs = createDensitySimulator(code.circuit, IDEAL_NOISE, code.placed).probabilities();
    const out = [0, 0, 0, 0];
    for (let b = 0; b < probs.length; b++) out[(b >> 3) & 3]! += probs[b]!;
    return out;
  };
  let shown = false;
  let done = 0;
  const report = (pt: QecPoint | null): QecReport => ({ epoch: done, point: pt });
  return {
    info,
    get epoch() {
      return done;
    },
    measure: () => report(null),
    step() {
      if (done >= sweep.length) return report(null);
      const pt = point(sweep[done]!);
      done++;
      return report(pt);
    },
    pictures(): Picture[] {
      // Once: the syndromes depend on the settings only.
      const probabilities = shown ? null : syndromes();
      shown = true;
      return probabilities ? [{ kind: 'qecSyndromes', syndromes: { p, probabilities } }] : [];
    },
    weights: () => ({ quantum: [], classical: [] }),
    setWeights(w) {
      if (w.quantum.length > 0 || w.classical.length > 0)
        throw new Error('The error-correction lesson keeps no trained parameters.');
    },
    circuit: code.circuit,
    params: () => new Float64Array(0),
    dispose() {},
  };
}

export const qecRunner: TaskRunner<'qec'> = {
  prepare: () => Promise.resolve(),
  create: createQecSession,
};
