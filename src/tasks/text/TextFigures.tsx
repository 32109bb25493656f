// The text task's figures: each model's test perplexity beside the best any model can reach (the
// chain's entropy) and the unigram reference, with train perplexities, sizes and Quixer's
// post-selection success probability.
import type { TextInfo, TextReport } from '../../../workers/protocol';
import { CLASSICAL, QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';
import { PairTable } from '../sequence/PairTable';

interface Props {
  info: TextInfo;
  last: TextReport | null;
}

const ppl = (loss: number | undefined): string =>
  loss === undefined || !Number.isFinite(loss) ? '—' : Math.exp(loss).toFixed(3);
const fmt = (v: number | null | undefined): string =>
  v === undefined || v === null || !Number.isFinite(v) ? '—' : v.toFixed(3);

const QUANTUM_NAMES = { quixer: 'Quixer', qlstm: 'QLSTM', qrnn: 'QRNN' } as const;
const CLASSICAL_NAMES = { rnn: 'Simple RNN', lstm: 'LSTM', transformer: 'Transformer' } as const;

export function TextFigures({ info, last }: Props) {
  const q = last?.text.quantum;
  const c = last?.text.classical;
  const success = last?.text.success ?? null;
  const width = info.classicalKind === 'transformer' ? 'wide' : 'hidden';
  return (
    <div className="sequence-figures">
      <div className="scoreboard">
        <Figure name="Quantum test perplexity" value={ppl(q?.testLoss)} color={QUANTUM} />
        <Figure name="Classical test perplexity" value={ppl(c?.testLoss)} color={CLASSICAL} />
        {info.floor !== null && <Figure name="Perplexity floor" value={fmt(info.floor)} />}
        {info.quantumKind === 'quixer' && (
          <Figure name="Success probability" value={fmt(success)} />
        )}
      </div>
      <PairTable
        figure="perplexity"
        rows={[
          {
            name: `Quantum (${QUANTUM_NAMES[info.quantumKind]}, ${info.qubits} qubits)`,
            params: info.quantumParams,
            train: ppl(q?.trainLoss),
            test: ppl(q?.testLoss),
          },
          {
            name: `Classical (${CLASSICAL_NAMES[info.classicalKind]}, ${info.classicalHidden} ${width})`,
            params: info.classicalParams,
            train: ppl(c?.trainLoss),
            test: ppl(c?.testLoss),
          },
          ...(info.chain
            ? [
                {
                  name: 'The chain itself (its true probabilities)',
                  params: '—',
                  train: fmt(info.chain.train),
                  test: fmt(info.chain.test),
                },
              ]
            : []),
          {
            name: 'Token frequencies (ignore the context)',
            params: info.vocab.length - 1,
            train: '—',
            test: fmt(info.unigram),
          },
        ]}
      />
      <p className="hint">
        Perplexity is e to the mean cross-entropy of the next token: the number of equally likely
        tokens the model is as unsure as ({info.vocab.length} for a model that knows nothing).{' '}
        {info.floor !== null
          ? 'The floor is e to the chain’s entropy rate: no model beats it on average over endless text. A short stretch can be easier or harder than average: the row “The chain itself” scores the chain’s own probabilities on these very tokens, the best any model can expect here. '
          : ''}
        {info.trainCount} training contexts of {info.context} tokens, {info.count - info.trainCount}{' '}
        test contexts after them.
      </p>
    </div>
  );
}
