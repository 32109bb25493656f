// The QRNN's settings: history and data registers and layers per step, with what they make: the
// circuit unrolled over the window (a fresh data register per step) and its parameter count.
import { SEQUENCE_LIMITS, qrnnQubitCount } from '../../experiment/tasks/sequence/validate';
import type { QrnnModel } from '../../experiment/types';
import type { Circuit } from '../../../workers/sim';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';

interface Props {
  model: Omit<QrnnModel, 'kind'>;
  /** Steps of the recurrence (the window or the context). */
  steps: number;
  /** What each step reads ("value", "token"). */
  input: string;
  /** How the model's answer is read from the last step. */
  readout: string;
  /** The session's circuit and parameter count, once loaded. */
  info: { circuit: Circuit; quantumParams: number } | null;
  /** It runs under noise: as a density matrix of the two registers, the data one reset each step. */
  noisy?: boolean;
  set(patch: Partial<Omit<QrnnModel, 'kind'>>): void;
}

/** The QRNN's settings, shared by the series task (a value per step) and the text task (a token). */
export function QrnnFields({ model, steps, input, readout, info, noisy, set }: Props) {
  const L = SEQUENCE_LIMITS;
  const qubits = qrnnQubitCount({ kind: 'qrnn', ...model }, steps);
  return (
    <>
      <div className="field-row">
        <NumberField
          label="History qubits"
          integer
          value={model.historyQubits}
          min={L.historyQubits[0]}
          max={L.historyQubits[1]}
          onCommit={(historyQubits) => set({ historyQubits })}
        />
        <NumberField
          label="Data qubits"
          integer
          value={model.dataQubits}
          min={L.dataQubits[0]}
          max={L.dataQubits[1]}
          onCommit={(dataQubits) => set({ dataQubits })}
        />
        <NumberField
          label="Layers per step"
          integer
          value={model.layers}
          min={L.layers[0]}
          max={L.layers[1]}
          onCommit={(layers) => set({ layers })}
        />
      </div>
      <p className="hint">
        Each of the {steps} {input}s is read on a fresh data register ({model.dataQubits}{' '}
        {model.dataQubits === 1 ? 'qubit' : 'qubits'}) next to the history register (
        {model.historyQubits}), then the data register is measured and reset; the history carries
        on.{' '}
        {noisy
          ? `Under noise it is simulated as a device runs it, the data register reset after each step: a density matrix of ${model.historyQubits + model.dataQubits} qubits`
          : `Simulated exactly by deferring the measurements: ${qubits} qubits`}
        {info ? `, ${info.quantumParams} trained parameters (the same at every step)` : ''}.{' '}
        {readout}
      </p>
      {model.layers === 1 && (
        <p className="hint">
          With one layer per step the answer depends on the last {input} only: the RZZ ring comes
          after the rotations, and it commutes with Z on the qubit that is read. Two layers let the
          history in.
        </p>
      )}
      {info && (
        <div className="sequence-circuit">
          <FittedCircuit circuit={info.circuit} label={`QRNN unrolled over ${steps} steps`} />
        </div>
      )}
    </>
  );
}
