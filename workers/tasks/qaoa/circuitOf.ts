// The QAOA circuit as gates, for the page to draw: the start (H on every qubit, or the Dicke state
// for the XY mixer, which a device would prepare with its own circuit), then per layer a Z rotation
// per field and a ZZ rotation per coupling (the cost layer exp(−iγC/s)) and the mixer's gates.

import type { Circuit, Operation } from '../../sim';
import { ringPairs } from './mixers';
import type { Ising } from './model';

export function qaoaCircuit(
  ising: Ising,
  scale: number,
  mixer: 'x' | 'xy',
  theta: Float64Array,
  depth: number,
): Circuit {
  // prettier-ignore
  const n = ising.n;
  const ops: Operation[] = [];
  const k = (value: number) => [{ kind: 'const' as const, value }];
  if (mixer === 'x') for (let q = 0; q < n; q++) ops.push({ gate: 'H', targets: [q] });
  for (let l = 0; l < depth; l++) {
    const g = theta[l]!, b = theta[depth + l]!; // prettier-ignore
    ising.h.forEach((h, q) => {
      if (h !== 0) ops.push({ gate: 'RZ', targets: [q], params: k((2 * g * h) / scale) });
    });
    for (const { i, j, w } of ising.couplings)
      ops.push({ gate: 'RZZ', targets: [i, j], params: k((2 * g * w) / scale) });
    if (mixer === 'x') {
      for (let q = 0; q < n; q++) ops.push({ gate: 'RX', targets: [q], params: k(2 * b) });
    } else {
      for (const [i, j] of ringPairs(n)) {
        ops.push({ gate: 'RXX', targets: [i, j], params: k(b) });
        ops.push({ gate: 'RYY', targets: [i, j], params: k(b) });
      }
    }
  }
  return { qubits: n, ops };
}
