// The study's best hyper-parameters (Bowles, Ahmed & Schuld, "Better than classical?", arXiv
// 2403.07059) per model, data set and difficulty, so a benchmark cell can run with its tuned settings.
// Source: the GitHub repository XanaduAI/qml-benchmarks, files
// paper/results/<family>/<ModelClass>/<ModelClass>_<data file>_GridSearchCV-best-hyperparams.csv
// (one GridSearchCV winner per file; STUDY_DATA names the folder and file of each of our data sets).

import { benchmarkModel, type HyperParam } from './models';

/** The study's class for each of our models. 'logistic' has none: the study ran no logistic regression. */
export const STUDY_CLASS: Readonly<Record<string, string>> = {
  svm: 'SVC',
  mlp: 'MLPClassifier',
  cnn: 'ConvolutionalNeuralNetwork',
  iqpKernel: 'IQPKernelClassifier',
  projectedKernel: 'ProjectedQuantumKernel',
  separableKernel: 'SeparableKernelClassifier',
  reuploading: 'DataReuploadingClassifier',
  separableVariational: 'SeparableVariationalClassifier',
  iqpVariational: 'IQPVariationalClassifier',
  dressed: 'DressedQuantumCircuitClassifier',
};

interface StudyData {
  /** The study's results folder for this data set (its "family"). */
  folder: string;
  /** The study's data file name at a difficulty value. */
  file(difficulty: number): string;
  /** The difficulty values the table's columns give, in order: our sweep's (the study ran more). */
  columns: readonly number[];
}

/**
 * Our data sets as the study's files. 'custom' is the user's data: the study has nothing for it.
 * two_curves_diff also holds two_manifold-10d-… copies; they are byte-identical to the
 * two_curves-10d-… files used here (the names the study's plotting scripts read).
 */
const STUDY_DATA: Readonly<Record<string, StudyData>> = {
  linear: {
    folder: 'linearly_separable',
    file: (d) => `linearly_separable_${d}d`,
    columns: [2, 4, 6, 8, 10, 12],
  },
  manifold: {
    folder: 'hidden_manifold',
    file: (d) => `hidden_manifold-6manifold-${d}d`,
    columns: [2, 4, 6, 8, 10, 12],
  },
  manifoldM: {
    folder: 'hidden_manifold_diff',
    file: (m) => `hidden_manifold-10d-${m}manifold`,
    columns: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20],
  },
  curves: {
    folder: 'two_curves_diff',
    file: (D) => `two_curves-10d-${D}degree`,
    columns: [2, 5, 10, 15, 20],
  },
  hyperplanes: {
    folder: 'hyperplanes_diff',
    file: (k) => `hyperplanes-10d-from3d-${k}n`,
    columns: [2, 5, 10, 15, 20],
  },
  bars: {
    folder: 'bars_and_stripes',
    file: (s) => `bars_and_stripes_${s}_x_${s}_0.5noise`,
    columns: [4, 8],
  },
};

/*
 * One line per data set and hyper-parameter: OUR name, then the study's best value at each
 * difficulty of STUDY_DATA[dataset].columns (linear, manifold: d = 2 4 6 8 10 12; manifoldM:
 * m = 2 4 … 20; curves: D = 2 5 10 15 20; hyperplanes: k = 2 5 10 15 20; bars: s = 4 8), '-' where
 * the study has no file. Names map from the study's as follows:
 *   C, gamma, alpha, repeats, t: same name; learningRate ← learning_rate (learning_rate_init for
 *   the MLP); layers ← n_layers or encoding_layers; steps ← trotter_steps; gammaFactor ←
 *   gamma_factor; kernel ← kernel_shape;
 *   hidden ← hidden_layer_sizes as our choice index: 0 = (100,), 1 = (10, 10, 10, 10), 2 = (50, 10, 5);
 *   observable ← observable_type as our choice index: 0 = single, 1 = half, 2 = full.
 * Left out, as we do not expose them: batch_size (32 throughout) and max_vmap (speed only).
 * Every hyper-parameter we expose was searched by the study; one it did not search would keep our
 * default (studyBestHyper). Our grids equal the study's, so today no value needs moving onto them.
 * The one '-': the study's search for the dressed circuit on two curves at D = 2 left no best file.
 */
const TABLE: Readonly<Record<string, string>> = {
  svm: `
    linear      C            100    10     100    100    100    100
    linear      gamma        0.1    0.1    0.01   0.01   0.001  0.01
    manifold    C            100    10     10     100    100    10
    manifold    gamma        0.1    1      0.1    0.001  0.01   0.1
    manifoldM   C            100    100    100    10     10     100    10     1      100    100
    manifoldM   gamma        0.1    0.1    0.1    0.1    0.01   0.01   0.01   0.01   0.01   0.01
    curves      C            0.1    100    100    100    100
    curves      gamma        0.1    0.01   0.1    0.1    1
    hyperplanes C            10     10     100    10     100
    hyperplanes gamma        0.1    0.1    1      0.1    1
  `,
  mlp: `
    linear      hidden       0      0      1      0      0      0
    linear      learningRate 0.001  0.001  0.1    0.01   0.01   0.001
    linear      alpha        0.01   0.01   0.01   0.01   0.01   0.01
    manifold    hidden       1      0      0      1      1      0
    manifold    learningRate 0.1    0.1    0.1    0.1    0.001  0.001
    manifold    alpha        0.01   0.0001 0.0001 0.01   0.001  0.0001
    manifoldM   hidden       2      2      0      2      0      0      1      1      1      1
    manifoldM   learningRate 0.01   0.001  0.001  0.001  0.1    0.01   0.001  0.01   0.1    0.1
    manifoldM   alpha        0.01   0.01   0.0001 0.01   0.001  0.001  0.001  0.01   0.01   0.01
    curves      hidden       0      0      0      0      2
    curves      learningRate 0.001  0.001  0.01   0.001  0.01
    curves      alpha        0.01   0.01   0.01   0.01   0.0001
    hyperplanes hidden       0      1      2      1      2
    hyperplanes learningRate 0.001  0.001  0.001  0.01   0.01
    hyperplanes alpha        0.01   0.001  0.01   0.001  0.01
  `,
  cnn: `
    bars        kernel       3      2
    bars        learningRate 0.001  0.001
  `,
  iqpKernel: `
    linear      repeats      1      1      1      1      1      1
    linear      C            100    10     1      10     10     10
    manifold    repeats      1      1      5      1      1      1
    manifold    C            1      1      1      1      1      1
    manifoldM   repeats      1      1      1      1      1      1      1      1      1      10
    manifoldM   C            1      10     1      1      1      10     10     1      10     10
    curves      repeats      1      1      1      1      5
    curves      C            0.1    10     100    100    100
    hyperplanes repeats      1      1      5      1      5
    hyperplanes C            1      1      100    1      1
  `,
  projectedKernel: `
    linear      gammaFactor  1      10     10     1      1      1
    linear      C            100    10     100    100    100    100
    linear      steps        1      1      3      3      1      3
    linear      t            0.1    0.01   0.01   0.01   0.01   0.01
    manifold    gammaFactor  0.1    10     0.1    1      1      10
    manifold    C            100    10     10     10     100    10
    manifold    steps        3      1      3      3      3      3
    manifold    t            0.1    0.01   0.1    0.01   0.01   0.01
    manifoldM   gammaFactor  1      10     10     1      10     1      0.1    0.1    1      1
    manifoldM   C            10     100    100    100    10     100    100    100    10     100
    manifoldM   steps        1      3      1      5      1      3      1      1      3      1
    manifoldM   t            0.01   0.01   0.01   0.01   0.01   0.01   0.01   0.01   0.01   0.01
    curves      gammaFactor  0.1    10     1      1      1
    curves      C            0.1    100    100    100    100
    curves      steps        3      1      5      3      3
    curves      t            0.1    0.01   0.1    0.1    0.1
    hyperplanes gammaFactor  1      1      1      0.1    10
    hyperplanes C            10     10     10     100    10
    hyperplanes steps        1      5      3      1      5
    hyperplanes t            0.1    0.1    0.1    0.1    0.1
  `,
  separableKernel: `
    linear      layers       1      1      1      1      1      1
    linear      C            100    1      1      10     1      10
    manifold    layers       3      3      3      3      1      3
    manifold    C            0.1    1      10     1      10     1
    manifoldM   layers       1      3      1      3      1      3      1      1      1      1
    manifoldM   C            10     10     100    1      100    1      1      10     0.1    1
    curves      layers       1      1      3      3      5
    curves      C            0.1    10     100    100    100
    hyperplanes layers       1      1      5      5      10
    hyperplanes C            100    100    1      1      1
  `,
  reuploading: `
    linear      learningRate 0.01   0.01   0.01   0.01   0.01   0.01
    linear      layers       15     10     5      5      5      1
    linear      observable   0      2      2      2      2      2
    manifold    learningRate 0.001  0.1    0.01   0.01   0.01   0.01
    manifold    layers       1      1      10     10     5      5
    manifold    observable   0      0      2      2      2      2
    manifoldM   learningRate 0.01   0.01   0.01   0.01   0.01   0.01   0.1    0.01   0.01   0.01
    manifoldM   layers       10     10     5      5      1      5      1      1      5      1
    manifoldM   observable   0      2      2      2      2      2      2      1      2      0
    curves      learningRate 0.001  0.01   0.01   0.001  0.01
    curves      layers       5      10     15     15     15
    curves      observable   0      1      0      0      2
    hyperplanes learningRate 0.01   0.01   0.01   0.01   0.01
    hyperplanes layers       15     15     15     5      10
    hyperplanes observable   2      2      0      0      2
  `,
  separableVariational: `
    linear      learningRate 0.001  0.1    0.001  0.01   0.1    0.01
    linear      layers       1      1      1      1      1      1
    manifold    learningRate 0.001  0.001  0.001  0.001  0.01   0.01
    manifold    layers       5      10     1      10     1      1
    manifoldM   learningRate 0.001  0.01   0.1    0.001  0.01   0.01   0.01   0.01   0.01   0.01
    manifoldM   layers       1      1      5      10     1      10     1      1      5      1
    curves      learningRate 0.01   0.01   0.01   0.01   0.01
    curves      layers       1      10     5      10     10
    hyperplanes learningRate 0.01   0.1    0.01   0.001  0.1
    hyperplanes layers       10     10     5      5      10
  `,
  iqpVariational: `
    linear      learningRate 0.01   0.001  0.01   0.01   0.01   0.01
    linear      repeats      1      1      1      1      1      1
    linear      layers       10     5      5      5      5      5
    manifold    learningRate 0.1    0.01   0.001  0.01   0.001  0.01
    manifold    repeats      1      1      1      1      1      1
    manifold    layers       1      10     10     10     10     15
    manifoldM   learningRate 0.001  0.001  0.01   0.001  0.01   0.01   0.01   0.1    0.1    0.001
    manifoldM   repeats      1      1      1      1      1      1      1      1      1      1
    manifoldM   layers       15     15     10     15     10     5      10     5      10     15
    curves      learningRate 0.001  0.01   0.001  0.001  0.001
    curves      repeats      1      5      10     10     10
    curves      layers       10     10     15     10     10
    hyperplanes learningRate 0.001  0.001  0.1    0.001  0.01
    hyperplanes repeats      5      1      1      5      10
    hyperplanes layers       15     15     15     15     15
  `,
  dressed: `
    linear      learningRate 0.001  0.001  0.001  0.001  0.001  0.001
    linear      layers       1      1      1      1      1      1
    manifold    learningRate 0.01   0.001  0.01   0.1    0.01   0.001
    manifold    layers       10     10     5      5      15     10
    manifoldM   learningRate 0.01   0.01   0.01   0.001  0.001  0.001  0.001  0.001  0.001  0.001
    manifoldM   layers       1      10     10     10     10     1      10     10     5      5
    curves      learningRate -      0.01   0.01   0.001  0.01
    curves      layers       -      5      10     15     10
    hyperplanes learningRate 0.001  0.01   0.001  0.001  0.001
    hyperplanes layers       1      10     15     1      5
  `,
};

/** The study's best settings for one cell, in our names and on our grids. */
export interface StudyHyper {
  /** Our value of every hyper-parameter of the model, each one of its grid's values. */
  hyper: Record<string, number>;
  /** Names whose study value is not on our grid, moved to the nearest grid value (see toGrid). */
  adjusted: string[];
}

/** One cell of the table: the study's values as written above, before they meet our grids. */
export interface StudyEntry {
  model: string;
  dataset: string;
  difficulty: number;
  values: Readonly<Record<string, number>>;
}

const key = (model: string, dataset: string, difficulty: number): string =>
  `${model}/${dataset}/${difficulty}`;

let parsed: Map<string, StudyEntry> | undefined;

/** The table read into entries, once. A malformed line is our mistake, so it throws (tests read it). */
function entries(): Map<string, StudyEntry> {
  if (parsed) return parsed;
  const out = new Map<string, StudyEntry>();
  for (const [model, text] of Object.entries(TABLE)) {
    for (const line of text.split('\n')) {
      const [dataset, name, ...cells] = line.trim().split(/\s+/);
      if (!dataset || !name) continue;
      const columns = STUDY_DATA[dataset]?.columns;
      if (!columns || cells.length !== columns.length) {
        throw new Error(
          `studyHyper: ${model} "${line.trim()}" does not match ${dataset}'s columns`,
        );
      }
      cells.forEach((cell, i) => {
        if (cell === '-') return;
        const value = Number(cell);
        if (!Number.isFinite(value)) throw new Error(`studyHyper: ${model} ${dataset} "${cell}"`);
        const difficulty = columns[i]!;
        const k = key(model, dataset, difficulty);
        const values = { ...out.get(k)?.values, [name]: value };
        out.set(k, { model, dataset, difficulty, values });
      });
    }
  }
  parsed = out;
  return out;
}

/** Every cell the study has best settings for, with its values as the table writes them. */
export function studyEntries(): StudyEntry[] {
  return [...entries().values()];
}

/**
 * A study value on our grid: itself if there, else the nearest grid value (in ratio, since the
 * grids are log-spaced: 0.001, 0.01, 0.1), or our default for a named choice, where "nearest"
 * means nothing.
 */
export function toGrid(value: number, param: HyperParam): { value: number; moved: boolean } {
  if (param.values.includes(value)) return { value, moved: false };
  if (param.names) return { value: param.default, moved: true };
  const distance = (g: number): number =>
    g > 0 && value > 0 ? Math.abs(Math.log(g / value)) : Math.abs(g - value);
  const nearest = param.values.reduce((best, g) => (distance(g) < distance(best) ? g : best));
  return { value: nearest, moved: true };
}

/**
 * The study's best hyper-parameters for our model on our data set at a difficulty value, on our
 * grids, or undefined where the study has no file (the user's data, logistic regression, a
 * difficulty it did not run).
 */
export function studyBestHyper(
  model: string,
  dataset: string,
  difficulty: number,
): StudyHyper | undefined {
  const def = benchmarkModel(model);
  const entry = entries().get(key(model, dataset, difficulty));
  if (!def || !entry) return undefined;
  const hyper: Record<string, number> = {};
  const adjusted: string[] = [];
  for (const param of def.hyper) {
    const study = entry.values[param.name];
    if (study === undefined) {
      hyper[param.name] = param.default; // not searched by the study: ours stands
      continue;
    }
    const { value, moved } = toGrid(study, param);
    hyper[param.name] = value;
    if (moved) adjusted.push(param.name);
  }
  return { hyper, adjusted };
}

/** Whether the study has best settings for this model on this data set at any difficulty. */
export function hasStudyHyper(model: string, dataset: string): boolean {
  return studyEntries().some((e) => e.model === model && e.dataset === dataset);
}

/** The study's file a cell's settings come from (path inside XanaduAI/qml-benchmarks), if any. */
export function studyHyperFile(
  model: string,
  dataset: string,
  difficulty: number,
): string | undefined {
  const data = STUDY_DATA[dataset];
  const cls = STUDY_CLASS[model];
  if (!data || !cls || !entries().has(key(model, dataset, difficulty))) return undefined;
  return `paper/results/${data.folder}/${cls}/${cls}_${data.file(difficulty)}_GridSearchCV-best-hyperparams.csv`;
}
