// Edits of an optimisation experiment that keep it consistent: a new kind of problem starts from
// that kind's defaults; only portfolios keep the XY mixer; "Draw your own" starts from the graph
// on screen, so a student can edit a preset rather than start from nothing (a drawing, once made,
// stays in the experiment while another preset is shown).
import { presetGraph } from '../../experiment/tasks/qaoa/graphs';
import type {
  DrawnGraph,
  MaxCutProblem,
  ProblemKind,
  QaoaExperiment,
  QaoaProblem,
} from '../../experiment/types';

/** A new problem of each kind. */
export const PROBLEM_DEFAULTS: { [K in ProblemKind]: Extract<QaoaProblem, { kind: K }> } = {
  maxcut: {
    kind: 'maxcut',
    graph: 'regular3',
    nodes: 10,
    seed: 1,
    weighted: false,
    probability: 0.5,
  },
  portfolio: {
    kind: 'portfolio',
    assets: 8,
    budget: 4,
    risk: 0.5,
    seed: 1,
    returns: '',
    penalty: 'auto',
  },
  traffic: { kind: 'traffic', preset: 'crossing3', penalty: 'auto' },
  custom: { kind: 'custom', text: '1 Z0 Z1 + 1 Z1 Z2 + 1 Z0 Z2 - 0.5 Z0' },
};

/** The experiment with `problem`; the XY mixer only stays for a portfolio. */
export function withProblem(e: QaoaExperiment, problem: QaoaProblem): QaoaExperiment {
  const mixer = problem.kind === 'portfolio' ? e.qaoa.mixer : 'x';
  return { ...e, problem, qaoa: { ...e.qaoa, mixer } };
}

/** The experiment with another kind of problem (its defaults), or the same one unchanged. */
export function withProblemKind(e: QaoaExperiment, kind: ProblemKind): QaoaExperiment {
  return kind === e.problem.kind ? e : withProblem(e, PROBLEM_DEFAULTS[kind]);
}

/** The drawing a switch to "Draw your own" starts from: the graph the preset shows now. */
export function drawingFrom(p: MaxCutProblem): DrawnGraph {
  if (p.drawn) return p.drawn;
  try {
    const g = presetGraph(p);
    return {
      nodes: g.positions.map(([x, y]) => [Math.round(x), Math.round(y)]),
      edges: g.edges.map(([i, j, w]) => [i, j, w]),
    };
  } catch {
    return { nodes: [], edges: [] };
  }
}

/** A MaxCut problem with another graph preset; a drawing is kept for when the user comes back. */
export function withGraph(p: MaxCutProblem, graph: MaxCutProblem['graph']): MaxCutProblem {
  return graph === 'drawn' ? { ...p, graph, drawn: drawingFrom(p) } : { ...p, graph };
}
