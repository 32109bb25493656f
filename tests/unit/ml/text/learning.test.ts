// The text task's learning checks (issue 13), seeded: on an order-1 chain over 4 symbols, the
// LSTM comes within 5% of the perplexity floor, and the quantum models beat the unigram
// perplexity (token frequencies, whatever came before) clearly.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../workers/ml/optim';
import { entropyRate, randomMarkovChain, sampleMarkov } from '../../../../workers/ml/text/markov';
import type { NextTokenModel } from '../../../../workers/ml/text/nextToken';
import { createQlstmText } from '../../../../workers/ml/text/qlstmText';
import { createQrnnText } from '../../../../workers/ml/text/qrnnText';
import { createQuixer } from '../../../../workers/ml/text/quixer';
import { loadTextEngine, type TextNetFactory } from '../../../../workers/ml/text/textEngine';
import { crossEntropy, makeContexts, unigramPerplexity } from '../../../../workers/ml/text/tokens';
import { createRng } from '../../../../workers/sim';

// A chain with structure to learn (Dirichlet(1) rows): its floor is about 2.83, the unigram 3.43.
const chain = randomMarkovChain(4, 1, 1, 1);
const floor = Math.exp(entropyRate(chain));
const c = makeContexts(sampleMarkov(chain, 1000, 2), 3, 0.8);
const train = {
  inputs: c.inputs.subarray(0, c.trainCount * 3),
  targets: c.targets.subarray(0, c.trainCount),
};
const unigram = unigramPerplexity(c, 4, 'test');
const testPerplexity = (probs: Float64Array): number =>
  Math.exp(crossEntropy(probs, 4, c.targets, c.trainCount, c.count));
const adam = { name: 'adam', learningRate: 0.05, l2: 0 } as const;

let factory: TextNetFactory;
beforeAll(async () => {
  factory = await loadTextEngine();
});

function trainQuantum(m: NextTokenModel, epochs: number): number {
  const opt = createOptimizer(adam, m.numParams);
  const rng = createRng(3);
  for (let e = 0; e < epochs; e++) m.trainEpoch(train.inputs, train.targets, c.trainCount, 32, opt, rng); // prettier-ignore
  return testPerplexity(m.probabilities(c.inputs, c.count));
}

describe('learning next tokens of a 4-symbol chain', () => {
  it('has a floor well under the unigram perplexity: the context matters', () => {
    expect(floor).toBeLessThan(unigram * 0.9);
  });

  it('the LSTM comes within 5% of the floor', () => {
    const lstm = factory({ kind: 'lstm', size: 6, vocab: 4, context: 3 }, adam, createRng(1));
    try {
      const rng = createRng(2);
      for (let e = 0; e < 10; e++) lstm.trainEpoch(train.inputs, train.targets, c.trainCount, 32, rng); // prettier-ignore
      expect(testPerplexity(lstm.probabilities(c.inputs, c.count))).toBeLessThan(floor * 1.05);
    } finally {
      lstm.dispose();
    }
  });

  it('Quixer beats the unigram perplexity clearly', () => {
    const spec = { vocab: 4, context: 3, qubits: 4, layers: 2, degree: 2, embed: 4, hidden: 8 };
    expect(trainQuantum(createQuixer(spec, createRng(1)), 15)).toBeLessThan(unigram * 0.9);
  });

  it('the QRNN beats the unigram perplexity clearly', () => {
    const spec = { vocab: 4, context: 3, historyQubits: 2, dataQubits: 1, layers: 2 };
    expect(trainQuantum(createQrnnText(spec, createRng(1)), 10)).toBeLessThan(unigram * 0.9);
  });

  it('the QLSTM beats the unigram perplexity clearly', () => {
    const spec = { vocab: 4, context: 3, qubits: 2, hidden: 2, layers: 1 };
    expect(trainQuantum(createQlstmText(spec, createRng(1)), 10)).toBeLessThan(unigram * 0.9);
  });
});
