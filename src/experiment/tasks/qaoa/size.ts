// How big an optimisation experiment's circuit is, from its settings alone: a qubit per node,
// asset or (car, route), and per layer one ZZ rotation per coupling, one Z rotation per field and
// one mixer gate per qubit.

import { presetGraph } from './graphs';
import { parseQuboText } from './quboText';
import { TRAFFIC_NETWORKS } from './trafficPresets';
import type { QaoaExperiment, QaoaProblem } from './types';

/** Qubits and two-qubit terms of the problem's cost (0 qubits when its text does not parse). */
export function problemShape(p: QaoaProblem): { qubits: number; couplings: number } {
  switch (p.kind) {
    case 'maxcut': {
      try {
        const g = presetGraph(p);
        return { qubits: g.positions.length, couplings: g.edges.length };
      } catch {
        return { qubits: p.graph === 'drawn' ? (p.drawn?.nodes.length ?? 0) : p.nodes, couplings: 0 }; // prettier-ignore
      }
    }
    case 'portfolio':
      return { qubits: p.assets, couplings: (p.assets * (p.assets - 1)) / 2 };
    case 'traffic': {
      const net = TRAFFIC_NETWORKS[p.preset];
      const qubits = net.cars.reduce((s, c) => s + c.routes.length, 0);
      return { qubits, couplings: (qubits * (qubits - 1)) / 2 };
    }
    case 'custom': {
      const q = parseQuboText(p.text);
      return q.ok ? { qubits: q.n, couplings: q.quadratic.length } : { qubits: 0, couplings: 0 };
    }
  }
}

export function qaoaSize(e: QaoaExperiment): { qubits: number; gates: number } {
  const { qubits, couplings } = problemShape(e.problem);
  return { qubits, gates: qubits + e.qaoa.depth * (couplings + 2 * qubits) };
}
