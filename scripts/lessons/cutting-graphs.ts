// Lesson 6, "Cutting graphs": QAOA MaxCut on a ring of 10 nodes, where the best depth-p QAOA cuts
// (2p + 1)/(2p + 2) of the edges (Farhi, Goldstone & Gutmann 2014), against brute force, simulated
// annealing and greedy search; then a random 3-regular graph. The tries' reach is checked in
// tests/unit/lessons/tries.test.ts.
import { qaoaSchema } from '../../src/experiment/tasks/qaoa';
import type { QaoaExperiment } from '../../src/experiment/types';
import { solveFor } from './source';
import type { LessonSource } from './source';

/** QAOA at `depth` on the 10-node ring, with the task's default training. */
function ring(depth: number): QaoaExperiment {
  const e = qaoaSchema.defaults();
  return {
    ...e,
    problem: { kind: 'maxcut', graph: 'ring', nodes: 10, seed: 1, weighted: false, probability: 0.5 }, // prettier-ignore
    qaoa: { ...e.qaoa, depth },
  };
}

/** The task's default, a random 3-regular graph of 10 nodes, at depth 1. */
function regular(): QaoaExperiment {
  const e = qaoaSchema.defaults();
  return { ...e, qaoa: { ...e.qaoa, depth: 1 } };
}

const deeper = (depth: number) => solveFor('qaoa', (e) => ({ ...e, qaoa: { ...e.qaoa, depth } }));

export const cuttingGraphs: LessonSource = {
  name: 'cutting-graphs',
  title: 'Cutting graphs',
  summary:
    'Cut a ring in two with QAOA: how more layers raise the approximation ratio, and how classical solvers compare.',
  steps: [
    {
      title: 'The MaxCut problem',
      experiment: ring(1),
      highlight: 'problem',
      text: `Colour each node of a graph black or white. An edge is **cut** when its two ends get different colours. **MaxCut** asks for the colouring that cuts the most edges: easy to state, and for large graphs in general very hard to solve.

This graph, in the **Problem** panel, is a ring of 10 nodes. Alternate the colours all the way round and all 10 edges are cut: the **Optimum** figure in **Results** says 10. Easy for you, but QAOA does not know it. **The answers, drawn** shows each solver's colouring.`,
    },
    {
      title: 'QAOA, layer by layer',
      experiment: ring(1),
      highlight: 'model',
      text: `QAOA, the *quantum approximate optimisation algorithm*, gives each node a qubit and starts from all colourings at once. Each of its p layers gives every colouring a phase in proportion to its cut, with an angle γ, then turns every qubit by an angle β. Training tunes the angles to raise the **Expected cut**.

Press **Play**. The **Approximation ratio** is the expected cut divided by the optimum. At depth 1 it stops at 0.750: on a ring, one layer cannot do better. Then raise **Depth p** in the **QAOA** panel.`,
      try: {
        task: 'Add a layer and train again: reach an approximation ratio of at least 0.83.',
        conditions: [
          { metric: 'depth', atLeast: 2 },
          { metric: 'ratio', atLeast: 0.83 },
        ],
        done: '**Yes!** Depth 2 reaches 5/6 ≈ 0.833.',
        solve: deeper(2),
      },
    },
    {
      title: 'Deeper is better',
      experiment: ring(2),
      highlight: 'results',
      text: `On a ring, the best depth-p QAOA cuts exactly $(2p+1)/(2p+2)$ of the edges on average, as long as the ring has more than $2p+1$ nodes (Farhi, Goldstone and Gutmann, 2014): 3/4 at p = 1, 5/6 at p = 2. Each layer lets every qubit feel one more neighbour on each side.

Predict the ratio at depth 3, then set **Depth p** to 3 and press **Play**. Watch the **Probability of an optimal solution** too: the chance that a single measurement gives a perfect cut.`,
      try: {
        task: 'Check your prediction: reach an approximation ratio of at least 0.87.',
        conditions: [{ metric: 'ratio', atLeast: 0.87 }],
        done: '**7/8 = 0.875**, as the formula predicts.',
        solve: deeper(3),
      },
      question: {
        ask: 'The ring has 10 nodes. What happens at depth 5?',
        answer:
          'Then $2p+1 = 11$ is more than the ring has, and the formula no longer holds: each qubit feels the whole ring, and QAOA can cut all 10 edges, ratio 1. Try it: at depth 5 a measurement gives the perfect cut almost every time.',
      },
    },
    {
      title: 'Classical solvers',
      experiment: ring(3),
      highlight: 'results',
      text: `QAOA is not alone in **Results**. **Brute force** tries all 1024 colourings. **Simulated annealing** flips colours at random, accepting bad flips less and less often as it "cools". **Greedy search** keeps making the flip that helps most. Compare their figures and times with QAOA's, and click their tabs under **The answers, drawn**.

On a ring of 10 they all find the perfect cut in milliseconds. That is the honest picture today: QAOA is a way to study quantum optimisation, not yet a way to beat good classical solvers.`,
      question: {
        ask: 'Why is brute force out of the question for a graph of 100 nodes?',
        answer:
          'It would have to check $2^{100} \\approx 10^{30}$ colourings: at a billion a second, far longer than the age of the Universe. Annealing and greedy search scale much better but promise no best answer, and that gap is where quantum optimisation hopes to help some day.',
      },
    },
    {
      title: 'A random graph',
      experiment: regular(),
      highlight: 'problem',
      text: `Rings are special. This is a random **3-regular** graph: 10 nodes, each joined to exactly three others, 15 edges. For such graphs, Farhi and his co-authors proved that depth-1 QAOA, with its best angles, always reaches an approximation ratio of at least 0.6924.

Press **Play** and compare with that guarantee. Then change the graph's **Seed** for another random graph, or raise **Depth p**, and see how the ratio and the probability of an optimal solution move.`,
      question: {
        ask: 'Depth 1 reaches a ratio of about 0.82 here. Does each measurement then cut about 0.82 × 12 ≈ 10 edges?',
        answer:
          'No: the ratio is about the *average* cut over many measurements. Single shots scatter around it, and a few give the best cut of 12: see **Best sampled** and **Measured bitstrings**. That is why QAOA measures many times and keeps the best answer it saw.',
      },
    },
  ],
};
