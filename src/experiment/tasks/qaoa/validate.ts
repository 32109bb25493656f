// Checks of an optimisation experiment's own sections, field by field, for validateExperiment.

import { Invalid, own, type Checker, type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { parseQuboText } from './quboText';
import { parseReturnsCsv } from './returnsCsv';
import {
  GRAPH_CHOICES,
  INIT_CHOICES,
  MIXER_CHOICES,
  PROBLEM_KIND_CHOICES,
  QAOA_HIDEABLE,
  TRAFFIC_CHOICES,
  type DrawnGraph,
  type QaoaExperiment,
  type QaoaProblem,
  type QaoaSettings,
  type SolverSettings,
} from './types';
import { choiceValues } from '../../lists';

export const QAOA_LIMITS = {
  nodes: [2, 20],
  drawnNodes: [0, 20],
  weight: [-100, 100],
  seed: [0, 1e9],
  probability: [0.05, 1],
  assets: [2, 16],
  risk: [0, 10],
  penalty: [0.001, 1e6],
  returnsChars: [0, 200000],
  customChars: [0, 20000],
  /** Qubits of a custom model. */
  customQubits: [1, 20],
  depth: [1, 10],
  samples: [1, 100000],
  sweeps: [1, 100000],
  restarts: [1, 100],
} as const;

function checkDrawn(c: Checker, v: unknown): DrawnGraph {
  const o = c.obj(v, 'problem.drawn', 'drawn graph');
  const nodes = c.list(o, 'nodes', 'problem.drawn.nodes', 'drawn graph nodes', QAOA_LIMITS.drawnNodes[1]); // prettier-ignore
  const pos = nodes.map((p, i) => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((x) => Number.isInteger(x) && x >= 0 && x <= 100)) // prettier-ignore
      throw new Invalid('problem.drawn.nodes', `Problem → node ${i} of the drawn graph must be a position [x, y] of whole numbers from 0 to 100.`); // prettier-ignore
    return [p[0], p[1]] as [number, number];
  });
  const edges = c.list(o, 'edges', 'problem.drawn.edges', 'drawn graph edges', 190);
  const seen = new Set<number>();
  const out = edges.map((e, k) => {
    const ok =
      Array.isArray(e) &&
      e.length === 3 &&
      Number.isInteger(e[0]) &&
      Number.isInteger(e[1]) &&
      e[0] >= 0 &&
      e[0] < e[1] &&
      e[1] < pos.length &&
      typeof e[2] === 'number' &&
      Number.isFinite(e[2]) &&
      e[2] !== 0 &&
      Math.abs(e[2]) <= QAOA_LIMITS.weight[1];
    if (!ok)
      throw new Invalid('problem.drawn.edges', `Problem → edge ${k} of the drawn graph must be [i, j, weight] with nodes i < j of the graph and a non-zero weight from −100 to 100.`); // prettier-ignore
    const key = e[0] * 32 + e[1];
    if (seen.has(key))
      throw new Invalid('problem.drawn.edges', `Problem → the drawn graph has the edge ${e[0]}–${e[1]} twice.`); // prettier-ignore
    seen.add(key);
    return [e[0], e[1], e[2] + 0] as [number, number, number];
  });
  return { nodes: pos, edges: out };
}

function checkPenalty(c: Checker, o: Obj): 'auto' | number {
  if (own(o, 'penalty') === 'auto') return 'auto';
  return c.num(o, 'penalty', 'problem.penalty', 'penalty weight ("auto" or a number)', QAOA_LIMITS.penalty, false); // prettier-ignore
}

function checkProblem(c: Checker, v: unknown): QaoaProblem {
  const o = c.obj(v, 'problem', 'Problem');
  const kind = c.pick(o, 'kind', 'problem.kind', 'problem', choiceValues(PROBLEM_KIND_CHOICES));
  if (kind === 'maxcut') {
    const graph = c.pick(o, 'graph', 'problem.graph', 'graph', choiceValues(GRAPH_CHOICES));
    const p: QaoaProblem = {
      kind,
      graph,
      nodes: c.num(o, 'nodes', 'problem.nodes', 'nodes', QAOA_LIMITS.nodes, true),
      seed: c.num(o, 'seed', 'problem.seed', 'seed', QAOA_LIMITS.seed, true),
      weighted: c.bool(o, 'weighted', 'problem.weighted', 'weighted'),
      probability: c.num(o, 'probability', 'problem.probability', 'edge probability', QAOA_LIMITS.probability, false), // prettier-ignore
    };
    // A drawing stays while a preset is shown, so that going back to it finds it again.
    if (graph === 'drawn' || own(o, 'drawn') !== undefined) p.drawn = checkDrawn(c, own(o, 'drawn')); // prettier-ignore
    return p;
  }
  if (kind === 'portfolio') {
    const assets = c.num(o, 'assets', 'problem.assets', 'assets', QAOA_LIMITS.assets, true);
    const budget = c.num(o, 'budget', 'problem.budget', 'budget (assets to choose)', [1, assets - 1], true); // prettier-ignore
    const returns = own(o, 'returns');
    if (typeof returns !== 'string' || returns.length > QAOA_LIMITS.returnsChars[1])
      c.bad('problem.returns', 'returns', `CSV text of at most ${QAOA_LIMITS.returnsChars[1]} characters`, returns); // prettier-ignore
    if (returns !== '') {
      const parsed = parseReturnsCsv(returns);
      if (!parsed.ok) throw new Invalid('problem.returns', `Problem → returns: ${parsed.message}`);
      if (parsed.names.length !== assets)
        throw new Invalid('problem.assets', `Problem → the returns have ${parsed.names.length} assets, but assets is ${assets}.`); // prettier-ignore
    }
    return {
      kind,
      assets,
      budget,
      risk: c.num(o, 'risk', 'problem.risk', 'risk aversion q', QAOA_LIMITS.risk, false),
      seed: c.num(o, 'seed', 'problem.seed', 'seed', QAOA_LIMITS.seed, true),
      returns,
      penalty: checkPenalty(c, o),
    };
  }
  if (kind === 'traffic') {
    const preset = c.pick(
      o,
      'preset',
      'problem.preset',
      'road network',
      choiceValues(TRAFFIC_CHOICES),
    );
    return { kind, preset, penalty: checkPenalty(c, o) };
  }
  const text = own(o, 'text');
  if (typeof text !== 'string' || text.length > QAOA_LIMITS.customChars[1])
    c.bad('problem.text', 'model', `text of at most ${QAOA_LIMITS.customChars[1]} characters`, text); // prettier-ignore
  const parsed = parseQuboText(text, QAOA_LIMITS.customQubits[1]);
  if (!parsed.ok) throw new Invalid('problem.text', `Problem → model: ${parsed.message}`);
  return { kind, text };
}

function checkQaoa(c: Checker, v: unknown, problem: QaoaProblem): QaoaSettings {
  const o = c.obj(v, 'qaoa', 'QAOA');
  const mixer = c.pick(o, 'mixer', 'qaoa.mixer', 'mixer', choiceValues(MIXER_CHOICES));
  if (mixer === 'xy' && problem.kind !== 'portfolio')
    throw new Invalid('qaoa.mixer', 'QAOA → the XY mixer keeps a budget: it is for portfolios. Pick the X mixer.'); // prettier-ignore
  return {
    depth: c.num(o, 'depth', 'qaoa.depth', 'depth p', QAOA_LIMITS.depth, true),
    mixer,
    init: c.pick(o, 'init', 'qaoa.init', 'starting angles', choiceValues(INIT_CHOICES)),
    growth: c.bool(o, 'growth', 'qaoa.growth', 'layer by layer'),
    samples: c.num(o, 'samples', 'qaoa.samples', 'shots of the final measurement', QAOA_LIMITS.samples, true), // prettier-ignore
  };
}

function checkSolvers(c: Checker, v: unknown): SolverSettings {
  const o = c.obj(v, 'solvers', 'Classical solvers');
  return {
    sweeps: c.num(o, 'sweeps', 'solvers.sweeps', 'annealing sweeps', QAOA_LIMITS.sweeps, true),
    restarts: c.num(o, 'restarts', 'solvers.restarts', 'restarts', QAOA_LIMITS.restarts, true),
  };
}

/** Every section of an optimisation experiment but version, task and weights. */
export function checkQaoaExperiment(
  c: Checker,
  o: Obj,
): Omit<QaoaExperiment, 'version' | 'task' | 'weights'> {
  // prettier-ignore
  const problem = checkProblem(c, own(o, 'problem'));
  return {
    problem,
    qaoa: checkQaoa(c, own(o, 'qaoa'), problem),
    training: checkTrainingCore(c, c.obj(own(o, 'training'), 'training', 'Training'), 'iterations'),
    solvers: checkSolvers(c, own(o, 'solvers')),
    view: checkViewCore(c, c.obj(own(o, 'view'), 'view', 'View'), QAOA_HIDEABLE),
  };
}
