// The sequence task's figures: each model's test error (mean squared error on the series scaled
// to [−1, 1] by its training part) beside the naive forecast's, with train errors and sizes.
import type { SequenceInfo, SequenceReport } from '../../../workers/protocol';
import { CLASSICAL, QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';

interface Props {
  info: SequenceInfo;
  last: SequenceReport | null;
}

const CLASSICAL_NAMES = { rnn: 'Simple RNN', lstm: 'LSTM', transformer: 'Transformer' } as const;

const fmt = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '—' : v < 0.001 ? v.toExponential(2) : v.toFixed(4);

export function SequenceFigures({ info, last }: Props) {
  const q = last?.forecast.quantum;
  const c = last?.forecast.classical;
  const classical = CLASSICAL_NAMES[info.classicalKind];
  const width = info.classicalKind === 'transformer' ? 'wide' : 'hidden';
  return (
    <div className="sequence-figures">
      <div className="scoreboard">
        <Figure name="Quantum test error" value={fmt(q?.testLoss)} color={QUANTUM} />
        <Figure name="Classical test error" value={fmt(c?.testLoss)} color={CLASSICAL} />
        <Figure name="Persistence error" value={fmt(info.persistence.test)} />
      </div>
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Parameters</th>
            <th scope="col">Train error</th>
            <th scope="col">Test error</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              Quantum ({info.quantumKind === 'qlstm' ? 'QLSTM' : 'QRNN'}, {info.qubits} qubits)
            </th>
            <td>{info.quantumParams}</td>
            <td>{fmt(q?.trainLoss)}</td>
            <td>{fmt(q?.testLoss)}</td>
          </tr>
          <tr>
            <th scope="row">
              Classical ({classical}, {info.classicalHidden} {width})
            </th>
            <td>{info.classicalParams}</td>
            <td>{fmt(c?.trainLoss)}</td>
            <td>{fmt(c?.testLoss)}</td>
          </tr>
          <tr>
            <th scope="row">Persistence (repeat the last value)</th>
            <td>0</td>
            <td>{fmt(info.persistence.train)}</td>
            <td>{fmt(info.persistence.test)}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        Errors are mean squared errors on “{info.seriesName}” scaled to [−1, 1] by its training part
        ({info.trainCount} training windows, {info.targetIndex.length - info.trainCount} test
        windows after them). A model that beats persistence has learnt more than “tomorrow is like
        today”.
      </p>
    </div>
  );
}
