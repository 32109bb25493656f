// Checks of a sequence experiment's own sections, field by field, for validateExperiment.

import type { Checker } from '../../checker';
import { Invalid, own, type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { LIMITS } from '../../limits';
import { RNN_HIDDEN_MAX } from './rnnSize';
import { SERIES_CSV_MAX_CHARS } from './seriesCsv';
import {
  HORIZON_LIMITS,
  QRNN_MAX_QUBITS,
  SEQUENCE_BASELINE_CHOICES,
  SEQUENCE_HIDEABLE_CHOICES,
  SEQUENCE_MODEL_CHOICES,
  SERIES_CHOICES,
  SERIES_LIMITS,
  WINDOW_LIMITS,
  type QrnnModel,
  type SequenceBaseline,
  type SequenceModel,
  type SequenceExperiment,
  type SeriesSettings,
} from './types';
import { choiceValues } from '../../lists';

export const SEQUENCE_LIMITS = {
  length: [SERIES_LIMITS.minLength, SERIES_LIMITS.maxLength],
  window: [WINDOW_LIMITS.min, WINDOW_LIMITS.max],
  horizon: [HORIZON_LIMITS.min, HORIZON_LIMITS.max],
  noise: [0, 1],
  trainRatio: [0.3, 0.9],
  historyQubits: [1, 6],
  dataQubits: [1, 3],
  layers: [1, 4],
  qlstmQubits: [1, 6],
  qlstmHidden: [1, 8],
  hidden: [1, RNN_HIDDEN_MAX],
  /** The imported file's text (its values are checked when the series is read). */
  csvChars: [0, SERIES_CSV_MAX_CHARS],
  columnChars: [0, 100],
} as const;

/** Qubits of the QRNN's unrolled circuit: the history register and one data register per step. */
export function qrnnQubitCount(model: QrnnModel, window: number): number {
  return model.historyQubits + window * model.dataQubits;
}

function checkData(c: Checker, v: unknown): SeriesSettings {
  const o = c.obj(v, 'data', 'Series');
  const L = SEQUENCE_LIMITS;
  const data: SeriesSettings = {
    series: c.pick(o, 'series', 'data.series', 'series', choiceValues(SERIES_CHOICES)),
    length: c.num(o, 'length', 'data.length', 'length', L.length, true),
    noise: c.num(o, 'noise', 'data.noise', 'noise', L.noise, false),
    window: c.num(o, 'window', 'data.window', 'window', L.window, true),
    horizon: c.num(o, 'horizon', 'data.horizon', 'horizon', L.horizon, true),
    trainRatio: c.num(o, 'trainRatio', 'data.trainRatio', 'training share', L.trainRatio, false),
    seed: c.num(o, 'seed', 'data.seed', 'series seed', LIMITS.seed, true),
  };
  const csv = own(o, 'csv');
  if (csv !== undefined) {
    if (typeof csv !== 'string' || csv.length > L.csvChars[1])
      c.bad('data.csv', 'imported series', `the text of a CSV file of at most ${L.csvChars[1]} characters`, csv); // prettier-ignore
    data.csv = csv;
  }
  const column = own(o, 'column');
  if (column !== undefined) {
    if (typeof column !== 'string' || column.length > L.columnChars[1])
      c.bad('data.column', 'column', `a column name or number of at most ${L.columnChars[1]} characters`, column); // prettier-ignore
    data.column = column;
  }
  return data;
}

function checkModel(c: Checker, v: unknown, window: number): SequenceModel {
  const o = c.obj(v, 'model', 'Quantum model');
  const L = SEQUENCE_LIMITS;
  const kind = c.pick(o, 'kind', 'model.kind', 'model', choiceValues(SEQUENCE_MODEL_CHOICES));
  if (kind === 'qlstm')
    return {
      kind,
      qubits: c.num(o, 'qubits', 'model.qubits', 'qubits per gate', L.qlstmQubits, true),
      hidden: c.num(o, 'hidden', 'model.hidden', 'hidden size', L.qlstmHidden, true),
      layers: c.num(o, 'layers', 'model.layers', 'layers', L.layers, true),
    };
  return checkQrnn(c, o, window, 'window');
}

const STEP_WORDS = { window: 'values', context: 'tokens' } as const;

/**
 * The QRNN's settings (with `kind` already read as 'qrnn'), refused past the qubits that run here:
 * it reads each of the `steps` values of the window (or tokens of the context) on a fresh data
 * register.
 */
export function checkQrnn(
  c: Checker,
  o: Obj,
  steps: number,
  over: 'window' | 'context',
): QrnnModel {
  const L = SEQUENCE_LIMITS;
  const model: QrnnModel = {
    kind: 'qrnn',
    historyQubits: c.num(o, 'historyQubits', 'model.historyQubits', 'history qubits', L.historyQubits, true), // prettier-ignore
    dataQubits: c.num(o, 'dataQubits', 'model.dataQubits', 'data qubits', L.dataQubits, true),
    layers: c.num(o, 'layers', 'model.layers', 'layers', L.layers, true),
  };
  const qubits = qrnnQubitCount(model, steps);
  if (qubits > QRNN_MAX_QUBITS)
    throw new Invalid(
      'model.historyQubits',
      `Quantum model → the QRNN reads each of the ${over}'s ${steps} ${STEP_WORDS[over]} on a fresh data register, so it takes ${model.historyQubits} + ${steps} × ${model.dataQubits} = ${qubits} qubits; at most ${QRNN_MAX_QUBITS} run here. Use a shorter ${over} or fewer qubits.`,
    );
  return model;
}

function checkBaseline(c: Checker, v: unknown): SequenceBaseline {
  const o = c.obj(v, 'baseline', 'Classical model');
  const kind = c.pick(o, 'kind', 'baseline.kind', 'classical model', choiceValues(SEQUENCE_BASELINE_CHOICES)); // prettier-ignore
  const size = own(o, 'size');
  if (size === 'match') return { kind, size };
  const s = c.obj(size, 'baseline.size', 'classical model size');
  return {
    kind,
    size: { hidden: c.num(s, 'hidden', 'baseline.size.hidden', 'hidden units', SEQUENCE_LIMITS.hidden, true) }, // prettier-ignore
  };
}

/** Every section of a sequence experiment but version, task and weights. */
export function checkSequence(
  c: Checker,
  o: Obj,
): Omit<SequenceExperiment, 'version' | 'task' | 'weights'> {
  const data = checkData(c, own(o, 'data'));
  const t = c.obj(own(o, 'training'), 'training', 'Training');
  const view = c.obj(own(o, 'view'), 'view', 'View');
  return {
    data,
    model: checkModel(c, own(o, 'model'), data.window),
    training: {
      ...checkTrainingCore(c, t),
      batchSize: c.num(t, 'batchSize', 'training.batchSize', 'batch size', LIMITS.batchSize, true),
      l2: c.num(t, 'l2', 'training.l2', 'L2 penalty', LIMITS.l2, false),
    },
    baseline: checkBaseline(c, own(o, 'baseline')),
    view: checkViewCore(c, view, choiceValues(SEQUENCE_HIDEABLE_CHOICES)),
  };
}
