// A next-token session: the text cut into contexts (split in order), the quantum sequence model and
// the classical one trained on the same contexts with the same optimiser, batches and epochs; per
// epoch both models' cross-entropies (perplexity = exp), and text each writes from one prompt.

import type { TextExperiment } from '../../../src/experiment/types';
import { textNetParamCount, textSizeForParams } from '../../../src/experiment/tasks/text/netSize';
import type { TextInfo, TextReport, TextSamples } from '../../protocol';
import { createRng } from '../../sim';
import { createOptimizer } from '../optim';
import { createPairClock } from '../pairClock';
import {
  chainCrossEntropy,
  entropyRate,
  markovAlphabet,
  randomMarkovChain,
  sampleMarkov,
  type MarkovChain,
} from './markov';
import type { NextTokenModel } from './nextToken';
import { createQlstmText } from './qlstmText';
import { createQrnnText } from './qrnnText';
import { createQuixer } from './quixer';
import { detokenise, sampleTokens } from './sample';
import { textNetFactory } from './textEngine';
import type { TextNet } from './textTfjs';
import { CORPUS, crossEntropy, makeContexts, tokeniseText, unigramPerplexity } from './tokens';

/** Tokens each model writes per sample. */
export const SAMPLE_TOKENS = 60;
/** Characters of the text shown as its preview. */
const PREVIEW = 120;

export interface TextSession {
  readonly info: TextInfo;
  readonly epoch: number;
  readonly quantum: NextTokenModel;
  readonly classical: TextNet;
  measure(): TextReport;
  step(): TextReport;
  /** Text both models write from the first test context (seeded by the training seed). */
  samples(): TextSamples;
  dispose(): void;
}

/** The experiment's tokens and vocabulary, what to call the text, and the chain it came from. */
export function textOf(
  e: TextExperiment,
  corpus: string | null,
): { tokens: Int32Array; vocab: string[]; name: string; chain: MarkovChain | null } {
  const d = e.data;
  if (d.source === 'corpus') {
    if (corpus === null) throw new Error(`The corpus (${CORPUS.title}) is not loaded.`);
    const read = tokeniseText(corpus);
    const tokens = read.tokens.subarray(0, Math.min(d.length, read.tokens.length));
    return { tokens, vocab: read.vocab, name: `${CORPUS.title} (${CORPUS.author})`, chain: null };
  }
  const chain = randomMarkovChain(d.symbols, d.order, d.seed);
  return {
    tokens: sampleMarkov(chain, d.length, d.seed + 1),
    vocab: markovAlphabet(d.symbols),
    name: `Markov chain: ${d.symbols} symbols, order ${d.order}`,
    chain,
  };
}

function createQuantum(
  e: TextExperiment,
  vocab: number,
  rng: ReturnType<typeof createRng>,
): NextTokenModel {
  const m = e.model;
  const context = e.data.context;
  if (m.kind === 'qrnn')
    return createQrnnText({ vocab, context, historyQubits: m.historyQubits, dataQubits: m.dataQubits, layers: m.layers }, rng); // prettier-ignore
  if (m.kind === 'qlstm')
    return createQlstmText({ vocab, context, qubits: m.qubits, hidden: m.hidden, layers: m.layers }, rng); // prettier-ignore
  const { qubits, layers, degree, embed, hidden } = m;
  return createQuixer({ vocab, context, qubits, layers, degree, embed, hidden }, rng);
}

/** Qubits a device would add to the Quixer's system register: the LCU index and the QSVT ancilla. */
export const quixerAncillas = (context: number): number => Math.ceil(Math.log2(context)) + 1;

export function createTextSession(e: TextExperiment, corpus: string | null): TextSession {
  const t = e.training;
  if (t.gradient !== 'adjoint')
    throw new Error(
      'The quantum text models train with exact (adjoint) gradients; parameter shift is not built for them yet. Choose "Exact (adjoint)" under Quantum gradients.',
    );
  const { tokens, vocab, name, chain } = textOf(e, corpus);
  const V = vocab.length;
  const c = makeContexts(tokens, e.data.context, e.data.trainRatio);
  const quantum = createQuantum(e, V, createRng(t.seed));
  const qRng = createRng(t.seed + 0x7f4a7c15);
  const optSpec = { name: t.optimizer, learningRate: t.learningRate, l2: t.l2 };
  const qOpt = createOptimizer(optSpec, quantum.numParams);
  const b = e.baseline;
  const hidden = b.size === 'match' ? textSizeForParams(b.kind, quantum.numParams, V, c.context) : b.size.hidden; // prettier-ignore
  const cRng = createRng(t.seed + 0x9e3779b9);
  const classical = textNetFactory()({ kind: b.kind, size: hidden, vocab: V, context: c.context }, optSpec, cRng); // prettier-ignore
  const n = c.count;
  const trainIn = c.inputs.subarray(0, c.trainCount * c.context);
  const trainTargets = c.targets.subarray(0, c.trainCount);
  const testIn = c.inputs.subarray(c.trainCount * c.context);
  const clock = createPairClock();

  const metrics = (probs: Float64Array, ms: number) => ({
    trainLoss: crossEntropy(probs, V, c.targets, 0, c.trainCount),
    testLoss: crossEntropy(probs, V, c.targets, c.trainCount, n),
    ms,
  });
  const measure = (): TextReport => ({
    epoch: clock.epoch,
    text: {
      quantum: metrics(quantum.probabilities(c.inputs, n), clock.quantumMs),
      classical: metrics(classical.probabilities(c.inputs, n), clock.classicalMs),
      success: quantum.successProbability
        ? quantum.successProbability(testIn, n - c.trainCount)
        : null,
    },
  });

  const prompt = c.inputs.slice(c.trainCount * c.context, (c.trainCount + 1) * c.context);
  let sampled: TextSamples | null = null;
  const write = (probsOf: (ctx: Int32Array) => Float64Array): string =>
    detokenise(sampleTokens(probsOf, prompt, SAMPLE_TOKENS, t.seed), vocab);

  const info: TextInfo = {
    task: 'text',
    quantumKind: e.model.kind,
    circuit: quantum.circuit,
    qubits: quantum.qubits,
    ancillas: e.model.kind === 'quixer' ? quixerAncillas(c.context) : 0,
    quantumParams: quantum.numParams,
    classicalParams: textNetParamCount(b.kind, hidden, V, c.context),
    classicalKind: b.kind,
    classicalHidden: hidden,
    sourceName: name,
    vocab,
    tokens: tokens.length,
    context: c.context,
    trainCount: c.trainCount,
    count: n,
    preview: detokenise(tokens.subarray(0, PREVIEW), vocab),
    floor: chain ? Math.exp(entropyRate(chain)) : null,
    chain: chain && {
      train: Math.exp(chainCrossEntropy(chain, c.inputs, c.targets, c.context, 0, c.trainCount)),
      test: Math.exp(chainCrossEntropy(chain, c.inputs, c.targets, c.context, c.trainCount, n)),
    },
    unigram: unigramPerplexity(c, V, 'test'),
  };

  return {
    info,
    get epoch() {
      return clock.epoch;
    },
    quantum,
    classical,
    measure,
    step() {
      clock.step(
        () => quantum.trainEpoch(trainIn, trainTargets, c.trainCount, t.batchSize, qOpt, qRng),
        () => classical.trainEpoch(trainIn, trainTargets, c.trainCount, t.batchSize, cRng),
      );
      return measure();
    },
    samples() {
      if (sampled?.epoch !== clock.epoch)
        sampled = {
          epoch: clock.epoch,
          prompt: detokenise(prompt, vocab),
          quantum: write((ctx) => quantum.probabilities(ctx, 1)),
          classical: write((ctx) => classical.probabilities(ctx, 1)),
        };
      return sampled;
    },
    dispose: () => classical.dispose(),
  };
}
