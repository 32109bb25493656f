// Checks every field of an experiment read from a link or a file, before any work is done, and
// returns a clean copy built field by field (unknown keys dropped) or the first problem in words.

import { DATASETS } from '../../workers/ml/data/info';
import { validateEditorCircuit } from './circuit/validate';
import type { EditorCircuit } from './circuit/types';
import { copyCircuit } from './copyCircuit';
import { LIMITS } from './limits';
import { Checker, Invalid, isObj, own } from './checker';
import type { Obj } from './checker';
import { fail, ok } from './result';
import type { Result } from './result';
import { CURRENT_VERSION } from './migrate';
import { BASELINE_ENGINES, HIDEABLE } from './types';
import type {
  BaselineEngine,
  BaselineSettings,
  CustomPoint,
  DataSettings,
  Experiment,
  Hideable,
  ModelSettings,
  TrainingSettings,
  ViewSettings,
  Weights,
} from './types';

/** Where the experiment came from, for the wording of messages ("the link asks for …"). */
export type ExperimentSource = 'link' | 'file';

/** Largest number of trained parameters per model a link or file may carry. */
export const MAX_WEIGHTS = 100000;

const DATASET_NAMES = DATASETS.map((d) => d.name);

function checkData(c: Checker, v: unknown): DataSettings {
  const o = c.obj(v, 'data', 'Data');
  const set = c.pick(o, 'set', 'data.set', 'data set', DATASET_NAMES);
  const info = DATASETS.find((d) => d.name === set)!;
  const raw = c.list(o, 'custom', 'data.custom', 'your own points', LIMITS.customPoints[1]);
  const custom = raw.map((p, i): CustomPoint => {
    const path = `data.custom[${i}]`;
    const words = `your point ${i + 1}`;
    const q = c.obj(p, path, words);
    return {
      x1: c.num(q, 'x1', `${path}.x1`, `${words}: x1`, [-1, 1], false),
      x2: c.num(q, 'x2', `${path}.x2`, `${words}: x2`, [-1, 1], false),
      label: c.num(
        q,
        'label',
        `${path}.label`,
        `${words}: class (${info.label} has ${info.classes})`,
        [0, info.classes - 1],
        true,
      ),
    };
  });
  return {
    set,
    points: c.num(o, 'points', 'data.points', 'number of points', LIMITS.points, true),
    noise: c.num(o, 'noise', 'data.noise', 'noise', LIMITS.noise, false),
    trainRatio: c.num(
      o,
      'trainRatio',
      'data.trainRatio',
      'training share',
      LIMITS.trainRatio,
      false,
    ),
    seed: c.num(o, 'seed', 'data.seed', 'data seed', LIMITS.seed, true),
    custom,
  };
}

const ENTANGLERS = ['cz', 'cnot', 'none'] as const;
const READOUTS = ['fidelity', 'cross-entropy'] as const;

function checkModel(c: Checker, v: unknown, classes: number, src: string): ModelSettings {
  const o = c.obj(v, 'model', 'Quantum model');
  const kind = c.pick(o, 'kind', 'model.kind', 'kind', ['reuploading', 'circuit'] as const);
  const readout = c.pick(o, 'readout', 'model.readout', 'readout', READOUTS);
  let model: ModelSettings;
  let qubits: number;
  if (kind === 'reuploading') {
    qubits = c.num(o, 'qubits', 'model.qubits', 'qubits', LIMITS.qubits, true);
    const layers = c.num(o, 'layers', 'model.layers', 'layers', LIMITS.layers, true);
    const entangler = c.pick(o, 'entangler', 'model.entangler', 'entangler', ENTANGLERS);
    model = { kind, qubits, layers, entangler, readout };
  } else {
    const circuit = own(o, 'circuit');
    const problem = validateEditorCircuit(circuit, 'model.circuit');
    if (problem) throw new Invalid(problem.field, problem.message);
    model = { kind, circuit: copyCircuit(circuit as EditorCircuit), readout };
    qubits = model.circuit.qubits;
  }
  const needed = Math.max(1, Math.ceil(Math.log2(classes)));
  if (readout === 'cross-entropy' && qubits < needed)
    throw new Invalid(
      'model.readout',
      `Quantum model → the cross-entropy readout needs at least ${needed} qubits for ${classes} ` +
        `classes; ${src} asks for ${qubits}.`,
    );
  return model;
}

function checkTraining(c: Checker, v: unknown): TrainingSettings {
  const o = c.obj(v, 'training', 'Training');
  const p = 'training.';
  return {
    optimizer: c.pick(o, 'optimizer', p + 'optimizer', 'optimizer', ['adam', 'sgd'] as const),
    learningRate: c.num(
      o,
      'learningRate',
      p + 'learningRate',
      'learning rate',
      LIMITS.learningRate,
      false,
    ),
    batchSize: c.num(o, 'batchSize', p + 'batchSize', 'batch size', LIMITS.batchSize, true),
    epochs: c.num(o, 'epochs', p + 'epochs', 'epochs', LIMITS.epochs, true),
    l2: c.num(o, 'l2', p + 'l2', 'L2 penalty', LIMITS.l2, false),
    gradient: c.pick(o, 'gradient', p + 'gradient', 'gradient method', [
      'adjoint',
      'shift',
    ] as const),
    shots: c.num(o, 'shots', p + 'shots', 'shots', LIMITS.shots, true),
    seed: c.num(o, 'seed', p + 'seed', 'training seed', LIMITS.seed, true),
  };
}

function checkBaseline(c: Checker, v: unknown): BaselineSettings {
  const o = c.obj(v, 'baseline', 'Classical model');
  c.pick(o, 'kind', 'baseline.kind', 'kind', ['mlp'] as const);
  const rawSize = own(o, 'size');
  let size: BaselineSettings['size'] = 'match';
  if (rawSize !== 'match') {
    if (!isObj(rawSize))
      c.bad('baseline.size', 'size', '"match" or a list of layer widths', rawSize);
    const [lo, hi] = LIMITS.hiddenLayers;
    const widths = c.list(rawSize, 'hidden', 'baseline.size.hidden', 'hidden layers', hi);
    if (widths.length < lo)
      c.bad(
        'baseline.size.hidden',
        'hidden layers',
        `${lo} to ${hi} layer widths`,
        'an empty list',
      );
    const box = widths as unknown as Obj;
    const hidden = widths.map((_, i) =>
      c.num(
        box,
        String(i),
        `baseline.size.hidden[${i}]`,
        `width of hidden layer ${i + 1}`,
        LIMITS.hiddenWidth,
        true,
      ),
    );
    size = { hidden };
  }
  const activation = c.pick(o, 'activation', 'baseline.activation', 'activation', [
    'tanh',
    'relu',
    'sigmoid',
  ] as const);
  const engine = own(o, 'engine');
  if (!(BASELINE_ENGINES as readonly unknown[]).includes(engine))
    c.bad('baseline.engine', 'engine', '"tfjs" (TensorFlow.js) or "arrays" (typed arrays)', engine);
  return { kind: 'mlp', size, activation, engine: engine as BaselineEngine };
}

function checkView(c: Checker, v: unknown): ViewSettings {
  const o = c.obj(v, 'view', 'View');
  const raw = c.list(o, 'hidden', 'view.hidden', 'hidden panels', 100);
  const hidden: Hideable[] = [];
  raw.forEach((_, i) => {
    const name = c.pick(
      raw as unknown as Obj,
      String(i),
      `view.hidden[${i}]`,
      'hidden panel',
      HIDEABLE,
    );
    if (!hidden.includes(name)) hidden.push(name);
  });
  return {
    showTest: c.bool(o, 'showTest', 'view.showTest', 'show test data'),
    discretize: c.bool(o, 'discretize', 'view.discretize', 'discretize output'),
    hidden,
  };
}

function checkWeights(c: Checker, v: unknown): Weights {
  const o = c.obj(v, 'weights', 'Trained parameters');
  const numbers = (key: 'quantum' | 'classical', words: string): number[] => {
    const list = c.list(o, key, `weights.${key}`, words, MAX_WEIGHTS);
    const out = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      if (typeof w !== 'number' || !Number.isFinite(w))
        c.bad(`weights.${key}[${i}]`, `${words}, entry ${i + 1},`, 'a finite number', w);
      out[i] = w + 0;
    }
    return out;
  };
  return {
    quantum: numbers('quantum', 'quantum model'),
    classical: numbers('classical', 'classical model'),
  };
}

/**
 * Checks every field of `value` against the schema and LIMITS, and returns a clean copy built field
 * by field (unknown keys dropped; never the input object). Never throws.
 */
export function validateExperiment(
  value: unknown,
  source: ExperimentSource = 'link',
): Result<Experiment> {
  const src = source === 'link' ? 'the link' : 'the file';
  const c = new Checker(src);
  try {
    const o = c.obj(value, '', 'The experiment');
    c.num(o, 'version', 'version', 'The schema version', [CURRENT_VERSION, CURRENT_VERSION], true);
    c.pick(o, 'task', 'task', 'The task', ['classify'] as const);
    const data = checkData(c, own(o, 'data'));
    const classes = DATASETS.find((d) => d.name === data.set)!.classes;
    const e: Experiment = {
      version: CURRENT_VERSION,
      task: 'classify',
      data,
      model: checkModel(c, own(o, 'model'), classes, src),
      training: checkTraining(c, own(o, 'training')),
      baseline: checkBaseline(c, own(o, 'baseline')),
      view: checkView(c, own(o, 'view')),
    };
    const weights = own(o, 'weights');
    if (weights !== undefined) e.weights = checkWeights(c, weights);
    return ok(e);
  } catch (err) {
    if (err instanceof Invalid) return fail('invalid', err.field, err.message);
    const detail = err instanceof Error ? err.message : String(err);
    return fail('invalid', '', `The experiment in ${src} could not be checked (${detail}).`);
  }
}
