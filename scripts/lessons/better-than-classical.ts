// Lesson 4, "Better than classical?": the benchmark task (Bowles, Ahmed & Schuld 2024) on its
// linearly separable data: classical models against quantum kernels, then data re-uploading with
// and without entanglement beside an MLP. No metrics here: questions. The numbers the answers
// quote were read from runs of the worker's benchmark session (and the study's, ../shared/DESIGN.md).
import { cellCount } from '../../src/experiment/tasks/benchmark/cells';
import { benchmarkSchema } from '../../src/experiment/tasks/benchmark';
import { benchmarkModel, defaultHyper } from '../../src/experiment/tasks/benchmark/models';
import type { BenchmarkExperiment, BenchmarkModelId } from '../../src/experiment/types';
import type { LessonSource } from './source';

const STUDY = 'https://arxiv.org/abs/2403.07059';

/** The default sweep with other models (in the order of the model list) and the Entanglement switch. */
function withModels(ids: BenchmarkModelId[], compareSeparable: boolean): BenchmarkExperiment {
  const e = benchmarkSchema.defaults();
  const models = ids.map((id) => ({ id, hyper: defaultHyper(benchmarkModel(id)!) }));
  const next = { ...e, models, compareSeparable };
  return { ...next, training: { ...next.training, epochs: cellCount(next) } };
}

export const betterThanClassical: LessonSource = {
  name: 'better-than-classical',
  title: 'Better than classical?',
  summary:
    'Rerun part of a large study: quantum and classical classifiers on data that gets harder, with and without entanglement, and what a fair comparison takes.',
  steps: [
    {
      title: 'The question',
      experiment: benchmarkSchema.defaults(),
      highlight: 'sweep',
      text: `Is a quantum classifier better than a classical one? In 2024 Bowles, Ahmed and Schuld put a dozen popular quantum models against classical ones on many data sets: [Better than classical? The subtle art of benchmarking quantum machine learning models](${STUDY}). This task reruns slices of their study.

The **Benchmark** panel is set to their *linearly separable* data: points in d dimensions, labelled by which side of a flat cut through the space they lie on. The task gets harder as d grows from 2 to 8. Every model is fitted at every d with 3 seeds: 48 cells. Press **Play**.`,
    },
    {
      title: 'Read the results',
      experiment: benchmarkSchema.defaults(),
      highlight: 'results',
      text: `**Results** fills in one cell at a time. The chart plots test accuracy against d for each model; the table gives the mean over the seeds, beside the value the study published.

Four models run here. Two are classical: the SVM and logistic regression. Two are quantum kernels: the **IQP kernel** compares data points through a circuit with entangling gates, and the **separable kernel** through a circuit with no entanglement at all. Which model falls behind as d grows?`,
      question: {
        ask: 'Which model does worst at d = 8, and what kind of model is it?',
        answer:
          'The IQP kernel, the quantum model with entanglement: here its test accuracy drops to about 0.85 at d = 8, while both classical models stay near 1 and the separable kernel, quantum but without entanglement, stays above 0.9. The study saw the same: the IQP kernel at 0.82 for d = 4 and 0.90 for d = 8, the SVM at 1.00.',
      },
    },
    {
      title: 'Take out the entanglement',
      experiment: withModels(['mlp', 'reuploading'], true),
      highlight: 'sweep',
      text: `Does the entanglement help? The **Entanglement** switch in the **Benchmark** panel runs each entangling model beside a copy without entanglement. Here it pairs **data re-uploading** (the model of lesson 3, with entangling CZ gates) with the **separable variational** model, and the **MLP** joins them as the classical reference.

Press **Play**: 36 cells, and the variational models train for a while in each, so give it a minute or so. Then compare the two quantum rows of the table.`,
      question: {
        ask: 'Did removing the entanglement hurt?',
        answer:
          'Hardly, if at all: in this run both quantum models score between about 0.96 and 0.98 at every d, and the MLP scores 1.00. The study found the same on most of its data sets: the separable versions matched or beat their entangled originals, so entanglement was not what made these models work.',
      },
    },
    {
      title: 'What the study concluded',
      experiment: benchmarkSchema.defaults(),
      highlight: 'models',
      text: `The study's verdict: out-of-the-box classical models beat the quantum classifiers on most data sets, and removing the entanglement from a quantum model often cost nothing. The MLP came first on 99 of 133 data sets against the variational models.

Its other lesson is about method. Every model had its settings tuned by a search over a grid before any comparison; **The study’s best settings** in the **Models** panel uses the values it found. Small simulated circuits say little about large quantum computers, but they show how to test a claim fairly.`,
      question: {
        ask: 'A paper reports that its quantum model beats a classical network on one data set. What would you check first?',
        answer:
          'Whether the classical model was tuned as carefully as the quantum one; whether simple classical models, such as an SVM or logistic regression, were tried too; and whether the result holds on other data sets and other seeds. With such checks, the study found classical models ahead on most of its data sets.',
      },
    },
  ],
};
