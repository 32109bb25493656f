// The circuit sandbox's worker session: the circuit's exact outcome distribution once, then one
// round of seeded shots a step, so the counts approach the probabilities as Play runs.

import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { ExperimentOf } from '../../../src/experiment/types';
import { initParams } from '../../ml/quantumClassifier';
import type { CircuitInfo, CircuitReport, Picture } from '../../protocol';
import { noiseModelOf } from '../../sim/noise/noiseModel';
import { createRng } from '../../sim/rng';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { ZERO, createShotTally, outcomeDistribution, roundShots, shownStates } from './shots';

type CircuitExperiment = ExperimentOf<'circuit'>;

function createCircuitSession(e: CircuitExperiment): TaskSession {
  const { circuit, channels, paramNames } = compileEditorCircuit(e.model.circuit);
  const noise = noiseModelOf(e.noise);
  const seed = e.training.seed;
  // The values the editor's live view starts trainable angles from (trainer.paramsFor).
  const params = initParams(circuit, paramNames.length, createRng(seed));
  const { probabilities, simulator } = outcomeDistribution(circuit, channels, noise, params);
  const states = shownStates(probabilities);
  const exact = states.map((i) => probabilities[i]!);
  const left = 1 - exact.reduce((a, b) => a + b, 0);
  const rest = left > ZERO ? left : 0;
  const total = e.measure.shots;
  const rounds = e.training.epochs;
  const info: CircuitInfo = {
    task: 'circuit',
    qubits: circuit.qubits,
    simulator,
    channels: channels.length,
    noisy: noise !== null,
    readout: noise !== null && (noise.readout.p01 > 0 || noise.readout.p10 > 0),
    shots: total,
    rounds,
    states,
    exact,
    rest,
  };
  // The shots' own stream, so a link reproduces the counts.
  const tally = createShotTally(probabilities, states, createRng(seed));
  let done = 0;
  const report = (): CircuitReport => ({ epoch: done, measured: { shots: tally.shots } });
  return {
    info,
    get epoch() {
      return done;
    },
    measure: report,
    step() {
      if (done >= rounds) return report();
      tally.draw(roundShots(total, rounds, done));
      done++;
      return report();
    },
    pictures(): Picture[] {
      const counts = { epoch: done, shots: tally.shots, counts: Array.from(tally.counts), other: tally.other }; // prettier-ignore
      return [{ kind: 'shotCounts', counts }];
    },
    weights: () => ({ quantum: [], classical: [] }),
    setWeights(w) {
      if (w.quantum.length > 0 || w.classical.length > 0)
        throw new Error('The circuit sandbox keeps no trained parameters.');
    },
    circuit,
    params: () => params,
    dispose() {},
  };
}

export const circuitRunner: TaskRunner<'circuit'> = {
  prepare: () => Promise.resolve(),
  create: createCircuitSession,
};
