// The QLSTM's settings: qubits per gate circuit, hidden size and layers, with what they make: one
// gate's circuit (all four have its shape) and the parameter count.
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';
import type { QlstmModel } from '../../experiment/types';
import type { SequenceInfo } from '../../../workers/protocol';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';
import { useLab } from '../../store/store';
import { withModel } from './sequenceEdits';

interface Props {
  model: QlstmModel;
  window: number;
  info: SequenceInfo | null;
}

export function QlstmFields({ model, window, info }: Props) {
  const editTask = useLab((s) => s.editTask);
  const set = (patch: Partial<QlstmModel>): void =>
    editTask('sequence', (e) => withModel(e, { ...model, ...patch }));
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
        the window’s {window} steps, [x, h] goes through a trained linear map into {model.qubits}{' '}
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
