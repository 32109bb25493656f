// The lab's API, which the worker's entry (lab.worker.ts) exposes with comlink. The UI imports only
// its type (`import type { LabApi }` from lab.worker.ts) and talks to it through
// src/worker/labClient.ts.
import { transfer } from 'comlink';
import type { Experiment, Weights } from '../src/experiment/types';
import { checkCircuit } from './circuitInput';
import { probabilities, runCircuit } from './sim';
import type { Circuit } from './sim';
import { inspectCircuit, type InspectNoise, type StateView } from './inspect';
import { pictureBuffers, type EventMessage, type LoadInfo, type TrainEvent } from './protocol';
import { createTrainer } from './trainer';

/** Receives the training stream on the page (src/worker/labClient.ts calls it). */
export type TrainListener = (event: TrainEvent) => void;

/** Load calls so far: each event is tagged with the load it belongs to. */
let loads = 0;
let epochsPerSecond = 30;

/**
 * Sends an event to the page on the worker's own channel, one way (a comlink-proxied listener cost
 * a call and its answer per event on both threads), handing typed-array buffers over.
 */
function emit(event: TrainEvent): void {
  const buffers = event.type === 'picture' ? pictureBuffers(event.picture) : [];
  const message: EventMessage = { trainEvent: event, load: loads };
  (globalThis as unknown as Worker).postMessage(message, buffers);
}

const trainer = createTrainer(emit, () => epochsPerSecond);

export const api = {
  /** Runs `circuit` on |0…0⟩; probabilities[i] is that of basis state i (qubit 0 = bit 0). */
  async simulate(circuit: Circuit): Promise<{ probabilities: Float64Array }> {
    const p = probabilities(runCircuit(checkCircuit(circuit)));
    // Hand the buffer over instead of copying it: 2^24 doubles are 128 MiB.
    return transfer({ probabilities: p }, [p.buffer]);
  },
  /** Answers once the worker has loaded; for start-up checks. */
  async ping(): Promise<'pong'> {
    return 'pong';
  },
  /** Builds data and both models for an experiment; its events are tagged with this load. */
  async load(experiment: Experiment): Promise<LoadInfo> {
    loads++;
    return trainer.load(experiment);
  },
  async play(): Promise<void> {
    trainer.play();
  },
  /** Plays on past the experiment's last step, until paused. */
  async keepTraining(): Promise<void> {
    trainer.keepTraining();
  },
  async pause(): Promise<void> {
    trainer.pause();
  },
  async step(): Promise<void> {
    trainer.step();
  },
  async reset(): Promise<void> {
    trainer.reset();
  },
  /** Epochs per second while playing; Infinity = as fast as possible. */
  async setSpeed(rate: number): Promise<void> {
    if (!(rate > 0))
      throw new Error(`The speed must be a positive number of epochs per second; got ${rate}.`);
    epochsPerSecond = rate;
  },
  /**
   * The state of `circuit` at input x for the editor's live view, with the trained parameters
   * when it is the session's circuit, else the parameters a new session would start from. With
   * `noise` (the editor's channels, the experiment's settings) it is the density simulator's.
   */
  async inspect(
    circuit: Circuit,
    x: number[],
    seed: number,
    noise?: InspectNoise,
  ): Promise<StateView> {
    const view = inspectCircuit(checkCircuit(circuit), trainer.paramsFor(circuit, seed), x, noise);
    const buffers: Transferable[] = [
      view.probabilities.buffer,
      view.bloch.buffer,
      view.angles.buffer,
      view.params.buffer,
    ];
    if (view.amplitudes) buffers.push(view.amplitudes.buffer);
    return transfer(view, buffers);
  },
  async weights(): Promise<Weights | null> {
    return trainer.weights();
  },
  async setWeights(w: Weights): Promise<void> {
    trainer.setWeights(w);
  },
  /** Runs a longer job of the session (the molecule task's "scan"); progress comes as events. */
  async act(name: string, arg: unknown): Promise<void> {
    await trainer.act(name, arg);
  },
};

export type LabApi = typeof api;
