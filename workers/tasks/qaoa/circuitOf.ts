// The QAOA circuit as gates: the start (H on every qubit, or the Dicke state for the XY mixer),
// then per layer a Z rotation per field and a ZZ rotation per coupling (the cost layer
// exp(−iγC/s)) and the mixer's gates. The page draws it with the angles filled in; under noise
// the density-matrix simulator runs it with each gate's angle a trainable parameter.

import type { Binding, Circuit, Operation } from '../../sim';
import { dickeOps } from './dicke';
import { ringPairs } from './mixers';
import type { Ising } from './model';

/** Gate g's angle is coef·θ[slot], θ = (γ₁…γ_p, β₁…β_p): what `bind` turns into a binding. */
type Bind = (slot: number, coef: number) => Binding[];

/** The layers' gates (no start); every rotation exp(−i·angle·P/2) with its angle from `bind`. */
function layerOps(ising: Ising, scale: number, mixer: 'x' | 'xy', depth: number, bind: Bind) {
  const n = ising.n;
  const ops: Operation[] = [];
  for (let l = 0; l < depth; l++) {
    const g = l, b = depth + l; // prettier-ignore
    ising.h.forEach((h, q) => {
      if (h !== 0) ops.push({ gate: 'RZ', targets: [q], params: bind(g, (2 * h) / scale) });
    });
    for (const { i, j, w } of ising.couplings)
      ops.push({ gate: 'RZZ', targets: [i, j], params: bind(g, (2 * w) / scale) });
    if (mixer === 'x') {
      for (let q = 0; q < n; q++) ops.push({ gate: 'RX', targets: [q], params: bind(b, 2) });
    } else {
      for (const [i, j] of ringPairs(n)) {
        ops.push({ gate: 'RXX', targets: [i, j], params: bind(b, 1) });
        ops.push({ gate: 'RYY', targets: [i, j], params: bind(b, 1) });
      }
    }
  }
  return ops;
}

/**
 * The circuit at angles θ, for the page to draw. The XY mixer's Dicke start is left out (a device
 * prepares it with a circuit of its own; trainableQaoaCircuit has it).
 */
export function qaoaCircuit(
  ising: Ising,
  scale: number,
  mixer: 'x' | 'xy',
  theta: Float64Array,
  depth: number,
): Circuit {
  const n = ising.n;
  const start: Operation[] = [];
  if (mixer === 'x') for (let q = 0; q < n; q++) start.push({ gate: 'H', targets: [q] });
  const bind: Bind = (slot, coef) => [{ kind: 'const', value: coef * theta[slot]! }];
  return { qubits: n, ops: [...start, ...layerOps(ising, scale, mixer, depth, bind)] };
}

/** The QAOA circuit with a parameter per rotation: parameter g is coefs[g]·θ[slots[g]]. */
export interface TrainableQaoa {
  circuit: Circuit;
  /** Which of θ = (γ₁…γ_p, β₁…β_p) each circuit parameter follows. */
  slots: Int32Array;
  /** Its factor: the circuit's angle over the QAOA angle (2h/s, 2w/s, 2 for RX, 1 for RXX and RYY). */
  coefs: Float64Array;
}

/** The whole circuit of depth p from |0…0⟩, Dicke preparation included, as a device runs it. */
export function trainableQaoaCircuit(
  ising: Ising,
  scale: number,
  mixer: 'x' | 'xy',
  depth: number,
  budget: number | null,
): TrainableQaoa {
  const n = ising.n;
  const slots: number[] = [];
  const coefs: number[] = [];
  const bind: Bind = (slot, coef) => {
    slots.push(slot);
    coefs.push(coef);
    return [{ kind: 'param', index: slots.length - 1 }];
  };
  const start: Operation[] =
    mixer === 'x'
      ? Array.from({ length: n }, (_, q) => ({ gate: 'H' as const, targets: [q] }))
      : dickeOps(n, budget ?? 0);
  const ops = [...start, ...layerOps(ising, scale, mixer, depth, bind)];
  return { circuit: { qubits: n, ops }, slots: Int32Array.from(slots), coefs: Float64Array.from(coefs) }; // prettier-ignore
}

/** The circuit's parameters at QAOA angles θ, into `out` (length: the circuit's parameters). */
export function circuitParams(q: TrainableQaoa, theta: ArrayLike<number>, out: Float64Array): Float64Array {
  for (let g = 0; g < out.length; g++) out[g] = q.coefs[g]! * theta[q.slots[g]!]!;
  return out;
} // prettier-ignore
