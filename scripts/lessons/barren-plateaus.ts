// Lesson 9, "Barren plateaus": the variance of one gradient component of random circuits against
// the number of qubits (McClean et al. 2018), on a log scale with its exponential fit, and how a
// local cost on a shallow circuit keeps the gradient (Cerezo et al. 2021). Sweeps kept small
// enough to run in a classroom in seconds.
import { plateauSchema } from '../../src/experiment/tasks/plateau';
import type { PlateauExperiment, PlateauSettings } from '../../src/experiment/types';
import { solveFor } from './source';
import type { LessonSource } from './source';

const MCCLEAN = 'https://www.nature.com/articles/s41467-018-07090-4';
const CEREZO = 'https://www.nature.com/articles/s41467-021-21728-w';

/** The task's sweep over 2, 4, 6, 8 qubits with 100 circuits a point, with changes. */
function sweep(change: Partial<PlateauSettings> = {}): PlateauExperiment {
  const e = plateauSchema.defaults();
  const plateau = {
    ...e.plateau,
    minQubits: 2,
    maxQubits: 8,
    qubitStep: 2,
    circuits: 100,
    ...change,
  };
  const points = Math.floor((plateau.maxQubits - plateau.minQubits) / plateau.qubitStep) + 1;
  return { ...e, plateau, training: { ...e.training, epochs: points } };
}

export const barrenPlateaus: LessonSource = {
  name: 'barren-plateaus',
  title: 'Barren plateaus',
  summary:
    'Why large random circuits are hard to train: the gradient vanishes exponentially with the number of qubits, and what a local cost on a shallow circuit changes.',
  steps: [
    {
      title: 'Training needs a slope',
      experiment: sweep(),
      highlight: 'model',
      text: `A variational circuit trains by following the gradient of its cost downhill. Here are the circuits of [McClean et al. (2018)](${MCCLEAN}): every qubit starts with RY(π/4), then each of 50 layers turns every qubit by a random RX, RY or RZ and links neighbours with CZ gates. The **Random circuits** panel draws one of them.

For each number of qubits the task draws 100 such circuits with random angles and computes the derivative of the cost along the first angle, exactly. Its average is zero; its **variance** says how steep the landscape typically is.`,
    },
    {
      title: 'The plateau',
      experiment: sweep(),
      highlight: 'results',
      text: `Press **Play**: one qubit count a step, from 2 to 8. The chart plots the variance of the gradient against the number of qubits on a **log scale**, so an exponential decay is a straight line; the fit $\\mathrm{Var} \\propto b^{-n}$ gives the factor $b$.

With this **global** cost ($Z$ on every qubit, multiplied) the variance halves with about every added qubit: $b \\approx 2$. At 50 qubits the typical slope would be around $2^{-25} \\approx 3 \\times 10^{-8}$: a landscape flat as a plateau.`,
      question: {
        ask: 'Why does a tiny gradient make training hopeless on real hardware, and not only slow?',
        answer:
          'A quantum computer estimates the cost from shots, and $N$ shots give it only to about $1/\\sqrt{N}$. To see a slope of size $2^{-n/2}$ above that noise takes about $2^n$ shots per gradient: exponentially many, so the optimiser just wanders on noise.',
      },
    },
    {
      title: 'A local cost, a shallow circuit',
      experiment: sweep(),
      highlight: 'plateau',
      text: `[Cerezo et al. (2021)](${CEREZO}) showed that the plateau depends on the cost and the depth. A **global** cost compares all qubits at once; a **local** one, such as $Z_0 Z_1$, looks at a few. With only a few layers, a local cost keeps gradients that fall at most polynomially with $n$.

In the **Plateau** panel, choose a local cost and only a couple of layers, then press **Play** again. The earlier curve stays on the chart, faint, to compare.`,
      try: {
        task: 'Find a cost and a depth for which the variance falls by less than 1.2 times per added qubit, over at least three qubit counts.',
        conditions: [
          { metric: 'base', atMost: 1.2 },
          { metric: 'points', atLeast: 3 },
        ],
        done: '**Done!** The gradient no longer vanishes exponentially: this circuit stays trainable as it grows.',
        solve: solveFor('plateau', (e) => ({
          ...e,
          plateau: { ...e.plateau, cost: 'pair', layers: 2 },
        })),
      },
    },
    {
      title: 'Depth brings the plateau back',
      experiment: sweep({ cost: 'pair', layers: 4, scaling: 'perQubit' }),
      highlight: 'results',
      text: `A local cost is not enough on its own. Here the cost is $Z_0 Z_1$, but the circuit has $4n$ layers: it grows deeper as it grows wider. Press **Play** and compare with the shallow curve.

Deep random circuits spread any local information over all the qubits, and the gradient fades again. Trainable circuits for many qubits are shallow, structured by the problem, and start from well-chosen angles rather than random ones.`,
      question: {
        ask: 'The classifier of lesson 3 trains well. Why does it not hit a barren plateau?',
        answer:
          'It is tiny: one qubit, a few layers. Barren plateaus are a problem of many qubits and deep, unstructured circuits. On one qubit the landscape is far from flat; the challenge is to keep that as models grow.',
      },
    },
  ],
};
