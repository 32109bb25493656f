// Checks of a text experiment's own sections, field by field, for validateExperiment.

import type { Checker } from '../../checker';
import { own, type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { checkQrnn } from '../sequence/validate';
import { LIMITS } from '../../limits';
import { TEXT_SIZE_MAX } from './netSize';
import {
  CONTEXT_LIMITS,
  TEXT_BASELINE_CHOICES,
  TEXT_HIDEABLE_CHOICES,
  TEXT_MODEL_CHOICES,
  TEXT_SOURCE_CHOICES,
  type TextBaseline,
  type TextExperiment,
  type TextModel,
  type TextSettings,
} from './types';
import { choiceValues } from '../../lists';

export const TEXT_LIMITS = {
  symbols: [4, 16],
  order: [1, 2],
  length: [100, 20_000],
  context: [CONTEXT_LIMITS.min, CONTEXT_LIMITS.max],
  trainRatio: [0.3, 0.9],
  quixerQubits: [2, 6],
  quixerLayers: [1, 4],
  degree: [1, 4],
  embed: [1, 16],
  headHidden: [1, 32],
  qlstmQubits: [1, 6],
  qlstmHidden: [1, 8],
  qlstmLayers: [1, 4],
  /** The classical model's hidden units (the Transformer's width). */
  hidden: [1, TEXT_SIZE_MAX],
} as const;

function checkData(c: Checker, v: unknown): TextSettings {
  const o = c.obj(v, 'data', 'Text');
  const L = TEXT_LIMITS;
  return {
    source: c.pick(o, 'source', 'data.source', 'text', choiceValues(TEXT_SOURCE_CHOICES)),
    symbols: c.num(o, 'symbols', 'data.symbols', 'symbols', L.symbols, true),
    order: c.num(o, 'order', 'data.order', 'order', L.order, true) as 1 | 2,
    length: c.num(o, 'length', 'data.length', 'length', L.length, true),
    context: c.num(o, 'context', 'data.context', 'context', L.context, true),
    trainRatio: c.num(o, 'trainRatio', 'data.trainRatio', 'training share', L.trainRatio, false),
    seed: c.num(o, 'seed', 'data.seed', 'text seed', LIMITS.seed, true),
  };
}

function checkModel(c: Checker, v: unknown, context: number): TextModel {
  const o = c.obj(v, 'model', 'Quantum model');
  const L = TEXT_LIMITS;
  const kind = c.pick(o, 'kind', 'model.kind', 'model', choiceValues(TEXT_MODEL_CHOICES));
  if (kind === 'qrnn') return checkQrnn(c, o, context, 'context');
  if (kind === 'qlstm')
    return {
      kind,
      qubits: c.num(o, 'qubits', 'model.qubits', 'qubits per gate', L.qlstmQubits, true),
      hidden: c.num(o, 'hidden', 'model.hidden', 'hidden size', L.qlstmHidden, true),
      layers: c.num(o, 'layers', 'model.layers', 'layers', L.qlstmLayers, true),
    };
  return {
    kind,
    qubits: c.num(o, 'qubits', 'model.qubits', 'qubits', L.quixerQubits, true),
    layers: c.num(o, 'layers', 'model.layers', 'layers', L.quixerLayers, true),
    degree: c.num(o, 'degree', 'model.degree', 'polynomial degree', L.degree, true),
    embed: c.num(o, 'embed', 'model.embed', 'embedding width', L.embed, true),
    hidden: c.num(o, 'hidden', 'model.hidden', 'head hidden units', L.headHidden, true),
  };
}

function checkBaseline(c: Checker, v: unknown): TextBaseline {
  const o = c.obj(v, 'baseline', 'Classical model');
  const kind = c.pick(o, 'kind', 'baseline.kind', 'classical model', choiceValues(TEXT_BASELINE_CHOICES)); // prettier-ignore
  const size = own(o, 'size');
  if (size === 'match') return { kind, size };
  const s = c.obj(size, 'baseline.size', 'classical model size');
  return {
    kind,
    size: { hidden: c.num(s, 'hidden', 'baseline.size.hidden', 'hidden units', TEXT_LIMITS.hidden, true) }, // prettier-ignore
  };
}

/** Every section of a text experiment but version, task and weights. */
export function checkText(
  c: Checker,
  o: Obj,
): Omit<TextExperiment, 'version' | 'task' | 'weights'> {
  const t = c.obj(own(o, 'training'), 'training', 'Training');
  const view = c.obj(own(o, 'view'), 'view', 'View');
  const data = checkData(c, own(o, 'data'));
  return {
    data,
    model: checkModel(c, own(o, 'model'), data.context),
    training: {
      ...checkTrainingCore(c, t),
      batchSize: c.num(t, 'batchSize', 'training.batchSize', 'batch size', LIMITS.batchSize, true),
      l2: c.num(t, 'l2', 'training.l2', 'L2 penalty', LIMITS.l2, false),
    },
    baseline: checkBaseline(c, own(o, 'baseline')),
    view: checkViewCore(c, view, choiceValues(TEXT_HIDEABLE_CHOICES)),
  };
}
