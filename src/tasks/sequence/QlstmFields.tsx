// The QLSTM's settings: qubits per gate circuit, hidden size and layers, with what they make: one
// gate's circuit (all four have its shape) and the parameter count. Shared by the series and the
// text task: the QLSTM reads a value per step there, a token here.
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';
import type { QlstmModel } from '../../experiment/types';
import type { Circuit } from '../../../workers/sim';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';

interface Props {
  model: Omit<QlstmModel, 'kind'>;
  /** Steps the recurrence takes (the window or the context). */
  steps: number;
  /** What it reads per step: 'x' (a value) or 'the token' (one-hot). */
  input: string;
  /** The session's circuit and parameter count, once loaded. */
  info: { circuit: Circuit; quantumParams: number } | null;
  set(patch: Partial<Omit<QlstmModel, 'kind'>>): void;
}

export function QlstmFields({ model, steps, input, info, set }: Props) {
  const L = SEQUENCE_LIMITS;
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Qubits per gate"
          integer
          value={model.qubits}
          min={L.qlstmQubits[0]}
          max={L.qlstmQubits[1]}
          onCommit={(qubits) => set({ qubits })}
        />
        <NumberField
          label="Hidden size"
          integer
          value={model.hidden}
          min={L.qlstmHidden[0]}
          max={L.qlstmHidden[1]}
          onCommit={(hidden) => set({ hidden })}
        />
        <NumberField
          label="Layers per gate"
          integer
          value={model.layers}
          min={L.layers[0]}
          max={L.layers[1]}
          onCommit={(layers) => set({ layers })}
        />
      </div>
      <p className="hint">
        An LSTM whose forget, input, candidate and output gates are variational circuits: at each of
        the {steps} steps, [{input}, h] goes through a trained linear map into {model.qubits}{' '}
        {model.qubits === 1 ? 'angle' : 'angles'} (encoded as RY(arctan z)·RZ(arctan z²) after H),
        the circuit’s ⟨Z⟩ values through another into the gate. Cell and hidden state (
        {model.hidden} each) are classical, as in Chen, Yoo and Fang (2020)
        {info ? `; ${info.quantumParams} trained parameters in all` : ''}.
      </p>
      {info && (
        <div className="sequence-circuit">
          <FittedCircuit
            circuit={info.circuit}
            label="One QLSTM gate circuit (all four have this shape)"
          />
        </div>
      )}
    </>
  );
}
