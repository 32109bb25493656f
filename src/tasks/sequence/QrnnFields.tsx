// The QRNN's settings: history and data registers and layers per step, with what they make: the
// circuit unrolled over the window (a fresh data register per step) and its parameter count.
import { SEQUENCE_LIMITS, qrnnQubitCount } from '../../experiment/tasks/sequence/validate';
import type { QrnnModel } from '../../experiment/types';
import type { SequenceInfo } from '../../../workers/protocol';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';
import { useLab } from '../../store/store';
import { withModel } from './sequenceEdits';

interface Props {
  model: QrnnModel;
  window: number;
  info: SequenceInfo | null;
}

export function QrnnFields({ model, window, info }: Props) {
  const editTask = useLab((s) => s.editTask);
  const set = (patch: Partial<QrnnModel>): void =>
    editTask('sequence', (e) => withModel(e, { ...model, ...patch }));
  const L = SEQUENCE_LIMITS;
  const qubits = qrnnQubitCount(model, window);
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
        Each of the window’s {window} values is read on a fresh data register ({model.dataQubits}{' '}
        {model.dataQubits === 1 ? 'qubit' : 'qubits'}) next to the history register (
        {model.historyQubits}), then the data register is measured and reset; the history carries
        on. Simulated exactly by deferring the measurements: {qubits} qubits
        {info ? `, ${info.quantumParams} trained parameters (the same at every step)` : ''}. The
        forecast is 2·p(1) − 1 of the last step’s first data qubit.
      </p>
      {model.layers === 1 && (
        <p className="hint">
          With one layer per step the forecast depends on the last value only: the RZZ ring comes
          after the rotations, and it commutes with Z on the qubit that is read. Two layers let the
          history in.
        </p>
      )}
      {info && (
        <div className="sequence-circuit">
          <FittedCircuit circuit={info.circuit} label={`QRNN unrolled over ${window} steps`} />
        </div>
      )}
    </>
  );
}
