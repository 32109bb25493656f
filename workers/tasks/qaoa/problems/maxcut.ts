// MaxCut as an Ising energy: split a graph's nodes in two (bit q says which side node q is on) so
// that the edges across weigh as much as possible; E = −cut.

import { presetGraph } from '../../../../src/experiment/tasks/qaoa/graphs';
import type { MaxCutProblem } from '../../../../src/experiment/tasks/qaoa/types';
import { mergeCouplings } from '../ising';
import type { Problem } from '../model';

/**
 * The MaxCut problem of a preset or drawn graph. An edge (i, j, w) is cut when x_i ≠ x_j, i.e.
 * contributes w(1 − z_i z_j)/2 to the cut, so E = −cut = Σ_edges w(z_i z_j − 1)/2: offset −Σw/2
 * and J_ij = w/2 (parallel edges merged). A graph without edges gives E = 0 everywhere.
 */
export function buildMaxCut(p: MaxCutProblem): Problem {
  const { positions, edges } = presetGraph(p);
  const n = positions.length;
  const total = edges.reduce((s, [, , w]) => s + w, 0);
  const ising = {
    n,
    offset: -total / 2,
    h: new Float64Array(n),
    couplings: mergeCouplings(edges.map(([i, j, w]) => ({ i, j, w: w / 2 }))),
  };
  const cut = (bits: number): number => {
    let c = 0;
    for (const [i, j, w] of edges) if (((bits >>> i) ^ (bits >>> j)) & 1) c += w;
    return c;
  };
  return {
    ising,
    objective: 'cut',
    plain: cut,
    plainName: 'Cut',
    feasible: () => true,
    penalty: null,
    budget: null,
    picture: { kind: 'graph', positions, edges },
  };
}
