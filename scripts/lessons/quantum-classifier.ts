// Lesson 3, "A quantum classifier": the page's default experiment, the data re-uploading
// classifier on the circle data beside an MLP of about its size; one layer against three and six.
// The try's reach (test accuracy 0.9 within the 60 epochs of Play) is checked in
// tests/unit/lessons/tries.test.ts.
import { defaultExperiment } from '../../src/experiment/defaults';
import type { ClassifyExperiment } from '../../src/experiment/types';
import type { LessonSource } from './source';

/** The default classifier with `layers` layers (the MLP's size follows: size "match"). */
function withLayers(layers: number): ClassifyExperiment {
  const e = defaultExperiment();
  if (e.model.kind !== 'reuploading')
    throw new Error('The default model is no longer re-uploading.');
  return { ...e, model: { ...e.model, layers } };
}

export const quantumClassifier: LessonSource = {
  name: 'quantum-classifier',
  title: 'A quantum classifier',
  summary:
    'Train a one-qubit data re-uploading classifier on a circle of points, beside a classical network of the same size, and see what layers add.',
  steps: [
    {
      title: 'Inside or outside?',
      experiment: defaultExperiment(),
      highlight: 'data',
      text: `This is a **classification** task. The **Data** panel makes 200 points in a square, in two classes: inside a circle or outside it. Half of the points train the models. The other half are the **test** set, kept aside to check how well the models do on points they have never seen.

Two models learn side by side from the same training points: a **quantum** classifier and a small classical neural network. The question for today: how can a single qubit learn to draw a circle?`,
    },
    {
      title: 'Data re-uploading',
      experiment: defaultExperiment(),
      highlight: 'model',
      text: `The quantum model is the **data re-uploading classifier** of [Pérez-Salinas et al., Quantum 2020](https://quantum-journal.org/papers/q-2020-02-06-226/). See its circuit in the **Quantum model** panel: one qubit and three layers. In each layer RZ turns the qubit by $w_1 x_1 + b_1$, RY by $w_2 x_2 + b_2$, and a last RZ by a trainable angle; the w and b are trained.

The point is loaded again in every layer: that is the *re-uploading*. At the end the qubit should be near $|0\\rangle$ for one class and $|1\\rangle$ for the other, and the **Readout**, fidelity to class states, says which is closer.`,
    },
    {
      title: 'Train it',
      experiment: defaultExperiment(),
      highlight: 'run',
      text: `Press **Play**. Both models train for 60 epochs; in each epoch they see every training point once, in batches of 8.

In **Results**, the loss falls and the accuracy rises, for the quantum model and for the classical one. The **test accuracy** is the number to trust: the share of test points each model classifies right. The two models are about the same size: 15 trainable parameters in the circuit, 17 in the network.`,
      try: {
        task: 'Train until the quantum model gets 9 test points in 10 right. (If it stops just below, press **Keep training**: the accuracy wobbles from epoch to epoch.)',
        conditions: [{ metric: 'testAccuracy', atLeast: 0.9 }],
        done: '**Done!** Test accuracy 0.9 with just one qubit and 15 numbers.',
      },
    },
    {
      title: 'Decision boundaries',
      experiment: defaultExperiment(),
      highlight: 'results',
      text: `Under the charts in **Results**, the **Decision boundaries** colour every place in the square by the class a model gives it: the quantum model on the left, the classical one on the right, with the data on top. Where the colour changes, the model changes its mind.

Train, then compare the two shapes. The quantum model's output is a sum of sines and cosines of $x_1$ and $x_2$, so its boundary bends smoothly; the network's is built from its tanh units. Both draw a circle with very few numbers.`,
    },
    {
      title: 'One layer is not enough',
      experiment: withLayers(1),
      highlight: 'model',
      text: `This model has a single layer. Press **Play** and look at the quantum decision boundary: straight stripes across the square, and a test accuracy that stays well under 0.8, not much better than guessing.

Why? On $|0\\rangle$ the first RZ only changes a phase, which no measurement of this qubit sees. The outcome depends on the RY angle alone, $w_2 x_2 + b_2$: on $x_2$, never on $x_1$. One layer cannot even see half of the point. (The classical network shrinks with it: its size is matched to the quantum model's.)`,
      question: {
        ask: 'Along which lines does the one-layer model draw its boundary, and why can it not fit a circle?',
        answer:
          'Along horizontal lines: points with the same $x_2$ get the same answer, whatever their $x_1$. The best it can do is a horizontal band, and a band is not a circle.',
      },
    },
    {
      title: 'More layers',
      experiment: withLayers(6),
      highlight: 'model',
      text: `Now the circuit has six layers, and the point is uploaded six times. Each upload lets the circuit mix $x_1$ and $x_2$ with what came before. Mathematically, the output is a sum of sines and cosines of the inputs, and each extra layer adds higher frequencies, so the boundary can bend more.

Press **Play**. The circuit has 30 trainable parameters now, and the network is matched again: two hidden layers of 3 units, 29 parameters. Compare the test accuracies and the boundaries with three layers.`,
      question: {
        ask: 'The two models have almost the same number of parameters. Does that make the comparison fair?',
        answer:
          'It helps, but it is not the whole story. A parameter count says nothing about how long a model takes to train or how well its settings suit it: both share one learning rate, batch size and number of epochs here, which may favour one of them. Lesson 4, *Better than classical?*, shows how careful a fair comparison has to be.',
      },
    },
  ],
};
