// The study's best hyper-parameters as our table holds them: on our grids, true to the study's
// files (XanaduAI/qml-benchmarks, paper/results/…), and absent where the study has no file.

import { describe, expect, it } from 'vitest';
import type { HyperParam } from '../../../../src/experiment/tasks/benchmark/models';
import { BENCHMARK_MODELS } from '../../../../src/experiment/tasks/benchmark/models';
import {
  hasStudyHyper,
  studyBestHyper,
  studyEntries,
  studyHyperFile,
  toGrid,
} from '../../../../src/experiment/tasks/benchmark/studyHyper';
import { BENCHMARK_DATASET_DEFS } from '../../../../src/experiment/tasks/benchmark/datasets';

const param = (model: string, name: string): HyperParam => {
  const p = BENCHMARK_MODELS.find((m) => m.id === model)?.hyper.find((h) => h.name === name);
  if (!p) throw new Error(`no hyper-parameter ${model}.${name}`);
  return p;
};

describe('the study’s best hyper-parameters', () => {
  it('gives every entry a value on our grid for each of the model’s hyper-parameters', () => {
    const entries = studyEntries();
    expect(entries.length).toBe(289);
    for (const e of entries) {
      const def = BENCHMARK_MODELS.find((m) => m.id === e.model);
      expect(def, e.model).toBeDefined();
      const names = def!.hyper.map((h) => h.name);
      // The table names only the model's own hyper-parameters, and every one of them.
      expect(Object.keys(e.values).sort(), `${e.model} ${e.dataset} ${e.difficulty}`).toEqual([...names].sort()); // prettier-ignore
      const best = studyBestHyper(e.model, e.dataset, e.difficulty)!;
      for (const h of def!.hyper) {
        const where = `${e.model} ${e.dataset} ${e.difficulty} ${h.name}`;
        expect(h.values as readonly number[], where).toContain(best.hyper[h.name]);
        // Our grids are the study's, so nothing is moved today; a capped grid would show here.
        expect(e.values[h.name], where).toBe(best.hyper[h.name]);
      }
      expect(best.adjusted).toEqual([]);
    }
  });

  it('keeps entries to our data sets’ difficulty values', () => {
    for (const e of studyEntries()) {
      const ds = BENCHMARK_DATASET_DEFS.find((d) => d.id === e.dataset);
      expect(ds?.difficulty.values, `${e.model} ${e.dataset}`).toContain(e.difficulty);
    }
  });

  it('matches the study’s files', () => {
    // SVC_linearly_separable_4d: C 10.0, gamma 0.1
    expect(studyBestHyper('svm', 'linear', 4)).toEqual({ hyper: { C: 10, gamma: 0.1 }, adjusted: [] }); // prettier-ignore
    // MLPClassifier_hidden_manifold-10d-4manifold: alpha 0.01, hidden_layer_sizes (50, 10, 5),
    // learning_rate_init 0.001
    expect(studyBestHyper('mlp', 'manifoldM', 4)?.hyper).toEqual({ hidden: 2, learningRate: 0.001, alpha: 0.01 }); // prettier-ignore
    // DataReuploadingClassifier_two_curves-10d-5degree: learning_rate 0.01, n_layers 10,
    // observable_type half
    expect(studyBestHyper('reuploading', 'curves', 5)?.hyper).toEqual({ learningRate: 0.01, layers: 10, observable: 1 }); // prettier-ignore
    // DataReuploadingClassifier_linearly_separable_2d: learning_rate 0.01, n_layers 15, single
    expect(studyBestHyper('reuploading', 'linear', 2)?.hyper).toEqual({ learningRate: 0.01, layers: 15, observable: 0 }); // prettier-ignore
    // DataReuploadingClassifier_hidden_manifold-6manifold-10d: 0.01, n_layers 5, full
    expect(studyBestHyper('reuploading', 'manifold', 10)?.hyper).toEqual({ learningRate: 0.01, layers: 5, observable: 2 }); // prettier-ignore
    // ProjectedQuantumKernel_hyperplanes-10d-from3d-5n: C 10.0, gamma_factor 1.0, t 0.1,
    // trotter_steps 5
    expect(studyBestHyper('projectedKernel', 'hyperplanes', 5)?.hyper).toEqual({ gammaFactor: 1, C: 10, steps: 5, t: 0.1 }); // prettier-ignore
    // ConvolutionalNeuralNetwork_bars_and_stripes_8_x_8_0.5noise: kernel_shape 2, learning_rate 0.001
    expect(studyBestHyper('cnn', 'bars', 8)?.hyper).toEqual({ kernel: 2, learningRate: 0.001 });
    // IQPVariationalClassifier_two_curves-10d-20degree: learning_rate 0.001, n_layers 10, repeats 10
    expect(studyBestHyper('iqpVariational', 'curves', 20)?.hyper).toEqual({ learningRate: 0.001, repeats: 10, layers: 10 }); // prettier-ignore
    // SeparableKernelClassifier_hidden_manifold-6manifold-12d: C 1.0, encoding_layers 3
    expect(studyBestHyper('separableKernel', 'manifold', 12)?.hyper).toEqual({ layers: 3, C: 1 });
  });

  it('names the file each cell comes from', () => {
    expect(studyHyperFile('svm', 'linear', 4)).toBe(
      'paper/results/linearly_separable/SVC/SVC_linearly_separable_4d_GridSearchCV-best-hyperparams.csv',
    );
    expect(studyHyperFile('dressed', 'curves', 20)).toBe(
      'paper/results/two_curves_diff/DressedQuantumCircuitClassifier/DressedQuantumCircuitClassifier_two_curves-10d-20degree_GridSearchCV-best-hyperparams.csv',
    );
    expect(studyHyperFile('cnn', 'bars', 4)).toBe(
      'paper/results/bars_and_stripes/ConvolutionalNeuralNetwork/ConvolutionalNeuralNetwork_bars_and_stripes_4_x_4_0.5noise_GridSearchCV-best-hyperparams.csv',
    );
    expect(studyHyperFile('dressed', 'curves', 2)).toBeUndefined();
  });

  it('has nothing where the study has no file', () => {
    expect(studyBestHyper('svm', 'custom', 1)).toBeUndefined();
    expect(hasStudyHyper('svm', 'custom')).toBe(false);
    // The study ran no logistic regression.
    expect(studyBestHyper('logistic', 'linear', 4)).toBeUndefined();
    expect(hasStudyHyper('logistic', 'linear')).toBe(false);
    // The study's CNN ran on images only; our other models did not run on bars and stripes.
    expect(studyBestHyper('cnn', 'linear', 4)).toBeUndefined();
    expect(hasStudyHyper('svm', 'bars')).toBe(false);
    expect(hasStudyHyper('cnn', 'bars')).toBe(true);
    // two_curves_diff/DressedQuantumCircuitClassifier has no best file at degree 2 (an unfinished search).
    expect(studyBestHyper('dressed', 'curves', 2)).toBeUndefined();
    expect(studyBestHyper('dressed', 'curves', 5)).toBeDefined();
    // A difficulty outside our sweep, and a model we do not have.
    expect(studyBestHyper('svm', 'linear', 3)).toBeUndefined();
    expect(studyBestHyper('treeTensor', 'linear', 4)).toBeUndefined();
  });

  it('covers every model but logistic on every study data set it ran', () => {
    const studied = ['linear', 'manifold', 'manifoldM', 'curves', 'hyperplanes'];
    for (const m of BENCHMARK_MODELS) {
      for (const ds of studied) {
        expect(hasStudyHyper(m.id, ds), `${m.id} ${ds}`).toBe(
          m.id !== 'logistic' && m.id !== 'cnn',
        );
      }
    }
  });
});

describe('toGrid', () => {
  it('keeps a value on the grid and moves one off it to the nearest in ratio', () => {
    const layers = param('reuploading', 'layers'); // 1, 5, 10, 15
    expect(toGrid(10, layers)).toEqual({ value: 10, moved: false });
    expect(toGrid(20, layers)).toEqual({ value: 15, moved: true });
    expect(toGrid(3, layers)).toEqual({ value: 5, moved: true }); // 5/3 < 3/1
    const gamma = param('svm', 'gamma'); // 0.001, 0.01, 0.1, 1
    expect(toGrid(0.05, gamma)).toEqual({ value: 0.1, moved: true }); // 0.1/0.05 < 0.05/0.01
    expect(toGrid(1000, param('svm', 'C'))).toEqual({ value: 100, moved: true });
  });

  it('falls back to our default for a named choice the grid lacks', () => {
    const hidden = param('mlp', 'hidden');
    expect(toGrid(1, hidden)).toEqual({ value: 1, moved: false });
    expect(toGrid(7, hidden)).toEqual({ value: hidden.default, moved: true });
  });
});
