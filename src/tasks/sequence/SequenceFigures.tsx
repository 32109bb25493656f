// The sequence task's figures: each model's test error (mean squared error on the series scaled
// to [−1, 1] by its training part) beside the naive forecast's, with train errors and sizes; under
// noise the noisy quantum model's and its ideal twin's.
import type { SequenceInfo, SequenceReport } from '../../../workers/protocol';
import { CLASSICAL, IDEAL, QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';
import { PairTable } from './PairTable';

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
  const ideal = last?.forecast.ideal;
  const noisy = ideal !== undefined;
  const classical = CLASSICAL_NAMES[info.classicalKind];
  const width = info.classicalKind === 'transformer' ? 'wide' : 'hidden';
  const kind = info.quantumKind === 'qlstm' ? 'QLSTM' : 'QRNN';
  // Under noise the QRNN is a density matrix of its history and data registers.
  const size = noisy ? `${info.qubits} qubits as a density matrix` : `${info.qubits} qubits`;
  const quantumRows = [
    {
      name: `${noisy ? 'Quantum, noisy' : 'Quantum'} (${kind}, ${size})`,
      params: info.quantumParams,
      train: fmt(q?.trainLoss),
      test: fmt(q?.testLoss),
    },
    ...(noisy
      ? [
          {
            name: `Quantum, ideal (${kind})`,
            params: info.quantumParams,
            train: fmt(ideal.trainLoss),
            test: fmt(ideal.testLoss),
          },
        ]
      : []),
  ];
  return (
    <div className="sequence-figures">
      <div className="scoreboard">
        <Figure
          name={noisy ? 'Quantum test error (noisy)' : 'Quantum test error'}
          value={fmt(q?.testLoss)}
          color={QUANTUM}
        />
        {noisy && (
          <Figure name="Ideal quantum test error" value={fmt(ideal.testLoss)} color={IDEAL} />
        )}
        <Figure name="Classical test error" value={fmt(c?.testLoss)} color={CLASSICAL} />
        <Figure name="Persistence error" value={fmt(info.persistence.test)} />
      </div>
      <PairTable
        figure="error"
        rows={[
          ...quantumRows,
          {
            name: `Classical (${classical}, ${info.classicalHidden} ${width})`,
            params: info.classicalParams,
            train: fmt(c?.trainLoss),
            test: fmt(c?.testLoss),
          },
          {
            name: 'Persistence (repeat the last value)',
            params: 0,
            train: fmt(info.persistence.train),
            test: fmt(info.persistence.test),
          },
        ]}
      />
      <p className="hint">
        Errors are mean squared errors on “{info.seriesName}” scaled to [−1, 1] by its training part
        ({info.trainCount} training windows, {info.targetIndex.length - info.trainCount} test
        windows after them). A model that beats persistence has learnt more than “tomorrow is like
        today”.
      </p>
    </div>
  );
}
