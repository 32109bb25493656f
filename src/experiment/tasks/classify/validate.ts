// Checks of a classification experiment's own sections, field by field, for validateExperiment.

import { Invalid, isObj, own, type Checker, type Obj } from '../../checker';
import { checkViewCore, checkTrainingCore } from '../../commonChecks';
import { LIMITS } from '../../limits';
import { ACTIVATIONS, BASELINE_ENGINES, READOUTS, type BaselineEngine } from '../../lists';
import { DATASETS, DATASET_NAMES } from './datasets';
import { MODEL_KINDS, checkModelKind } from './modelKinds';
import { checkTable, dataFeatures } from './table';
import { HIDEABLE } from './types';
import type {
  BaselineSettings,
  ClassifyExperiment,
  CustomPoint,
  DataSettings,
  ModelSettings,
  TrainingSettings,
  ViewSettings,
} from './types';

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
  const table = own(o, 'table');
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
    ...(table !== undefined ? { table: checkTable(c, table) } : {}),
  };
}

function checkModel(c: Checker, v: unknown, classes: number, src: string): ModelSettings {
  const o = c.obj(v, 'model', 'Quantum model');
  const kind = c.pick(o, 'kind', 'model.kind', 'kind', MODEL_KINDS);
  const readout = c.pick(o, 'readout', 'model.readout', 'readout', READOUTS);
  const model = checkModelKind(c, o, kind, readout);
  const qubits = model.kind === 'reuploading' ? model.qubits : model.circuit.qubits;
  const needed = Math.max(1, Math.ceil(Math.log2(classes)));
  if (readout === 'cross-entropy' && qubits < needed)
    throw new Invalid(
      'model.readout',
      `Quantum model → the cross-entropy readout needs at least ${needed} qubits for ${classes} ` +
        `classes; ${src} asks for ${qubits}.`,
    );
  return model;
}

/** A circuit may read only the features the data points have. */
function checkFeaturesRead(model: ModelSettings, features: number): void {
  if (model.kind !== 'circuit') return;
  let most = -1;
  for (const g of model.circuit.gates)
    for (const b of g.params ?? []) if (b.kind === 'feature') most = Math.max(most, b.feature);
  if (most >= features)
    throw new Invalid(
      'model.circuit',
      `Quantum model → the circuit reads x${most + 1}, but the data points have ${features} features (x1 to x${features}). Bind that angle to another feature, or pick data with more features.`,
    );
}

function checkTraining(c: Checker, v: unknown): TrainingSettings {
  const o = c.obj(v, 'training', 'Training');
  const p = 'training.';
  const core = checkTrainingCore(c, o);
  return {
    optimizer: core.optimizer,
    learningRate: core.learningRate,
    batchSize: c.num(o, 'batchSize', p + 'batchSize', 'batch size', LIMITS.batchSize, true),
    epochs: core.epochs,
    l2: c.num(o, 'l2', p + 'l2', 'L2 penalty', LIMITS.l2, false),
    gradient: core.gradient,
    shots: core.shots,
    seed: core.seed,
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
  const activation = c.pick(o, 'activation', 'baseline.activation', 'activation', ACTIVATIONS);
  const engine = own(o, 'engine');
  if (!(BASELINE_ENGINES as readonly unknown[]).includes(engine))
    c.bad('baseline.engine', 'engine', '"tfjs" (TensorFlow.js) or "arrays" (typed arrays)', engine);
  return { kind: 'mlp', size, activation, engine: engine as BaselineEngine };
}

function checkView(c: Checker, v: unknown): ViewSettings {
  const o = c.obj(v, 'view', 'View');
  return {
    showTest: c.bool(o, 'showTest', 'view.showTest', 'show test data'),
    discretize: c.bool(o, 'discretize', 'view.discretize', 'discretize output'),
    ...checkViewCore(c, o, HIDEABLE),
  };
}

/** Every section of a classification experiment but version, task and weights. */
export function checkClassify(
  c: Checker,
  o: Obj,
  src: string,
): Omit<ClassifyExperiment, 'version' | 'task' | 'weights'> {
  const data = checkData(c, own(o, 'data'));
  const classes = data.table ? 2 : DATASETS.find((d) => d.name === data.set)!.classes;
  const model = checkModel(c, own(o, 'model'), classes, src);
  checkFeaturesRead(model, dataFeatures(data));
  return {
    data,
    model,
    training: checkTraining(c, own(o, 'training')),
    baseline: checkBaseline(c, own(o, 'baseline')),
    view: checkView(c, own(o, 'view')),
  };
}
