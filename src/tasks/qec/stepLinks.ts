// Each step of the code as a circuit sandbox experiment: the code's circuit from its start up to
// and including the step (so the sandbox shows the state there), with the noise step's channels
// placed as editor channels, and the link that opens it.
import type { QecInfo } from '../../../workers/protocol';
import { fromProgram } from '../../experiment/circuit/fromProgram';
import type { Circuit, CircuitChannel } from '../../experiment/circuit/program';
import { linkHash } from '../../experiment/codec';
import { circuitSchema } from '../../experiment/tasks/circuit';
import type { CircuitExperiment } from '../../experiment/types';

/** The program of steps 0…k: their ops in order, and the channels placed among them. */
export function codeUpTo(
  info: QecInfo,
  k: number,
): { circuit: Circuit; channels: CircuitChannel[] } {
  const steps = info.steps.slice(0, k + 1);
  return {
    circuit: { qubits: info.qubits, ops: steps.flatMap((s) => s.circuit.ops) },
    channels: steps.flatMap((s) => s.placed),
  };
}

/** The sandbox holding the code up to step k (measured with the sandbox's usual settings). */
export function stepExperiment(info: QecInfo, k: number): CircuitExperiment {
  const { circuit, channels } = codeUpTo(info, k);
  return { ...circuitSchema.defaults(), model: { circuit: fromProgram(circuit, channels) } };
}

/** "#e=…" of every step's sandbox, in step order. */
export function stepLinks(info: QecInfo): string[] {
  return info.steps.map((_, k) => linkHash(stepExperiment(info, k)));
}
