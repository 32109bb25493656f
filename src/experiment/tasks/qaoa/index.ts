// The optimisation task's schema entry: QAOA on graph cuts, portfolios, traffic and custom
// QUBO/Ising models, against brute force, simulated annealing and greedy search.

import type { TaskSchema } from '../taskSchema';
import { qaoaSize } from './size';
import { QAOA_HIDEABLE_CHOICES } from './types';
import { checkQaoaExperiment } from './validate';

export const qaoaSchema: TaskSchema<'qaoa'> = {
  name: 'qaoa',
  label: 'Optimisation (QAOA)',
  defaults: () => ({
    version: 4,
    task: 'qaoa',
    problem: { kind: 'maxcut', graph: 'regular3', nodes: 10, seed: 1, weighted: false, probability: 0.5 }, // prettier-ignore
    qaoa: { depth: 2, mixer: 'x', init: 'ramp', growth: false, samples: 1000 },
    training: { optimizer: 'adam', learningRate: 0.05, epochs: 100, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    solvers: { sweeps: 1000, restarts: 10 },
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'iteration', many: 'iterations' },
  noise: true,
  sections: { problem: 'Problem', qaoa: 'QAOA', solvers: 'Classical solvers' },
  check: (c, o) => checkQaoaExperiment(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: {
    problem: 'pb',
    graph: 'gh',
    nodes: 'no',
    weighted: 'wd',
    probability: 'pr',
    drawn: 'dw',
    edges: 'ed',
    assets: 'as',
    budget: 'bu',
    risk: 'rk',
    returns: 'rt',
    penalty: 'pn',
    preset: 'ps',
    text: 'tx',
    qaoa: 'qa',
    depth: 'dp',
    mixer: 'mx',
    init: 'it',
    growth: 'gw',
    samples: 'sm',
    solvers: 'sv',
    sweeps: 'sw',
    restarts: 'rs',
  },
  migrations: {},
  hideable: QAOA_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.problem, e.qaoa, e.training, e.solvers, e.noise],
  circuit: () => null,
  withCircuit: (e) => e,
  size: qaoaSize,
  incomplete: (e) => {
    const p = e.problem;
    if (p.kind !== 'maxcut' || p.graph !== 'drawn' || !p.drawn) return null;
    if (p.drawn.nodes.length < 2)
      return 'Draw at least two nodes (click in the graph editor), then join them with an edge.';
    if (p.drawn.edges.length === 0)
      return 'Join two nodes with an edge (drag from one to the other): a graph without edges has nothing to cut.'; // prettier-ignore
    return null;
  },
};
