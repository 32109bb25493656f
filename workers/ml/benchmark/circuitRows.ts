// Rows of a data set run through a circuit on the batched simulator, a batch at a time: the loop
// the benchmark's circuit models share, forward (evaluation) and with the adjoint gradient
// (training). A model says how a row becomes the circuit's inputs and what it reads from a state.
// A circuit that opens with a frozen prefix (an embedding) keeps each row's state after it
// (prefixRows.ts).

import { batchCapacity } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';
import type { Circuit } from '../../sim';
import { prefixRows } from './prefixRows';

/** Rows per batched run. */
const BATCH = 256;

export interface CircuitRows {
  /** Runs rows 0 … rows − 1 of x; `each(r, amp)` reads row r's final state. */
  forward(
    theta: Float64Array,
    x: Float64Array,
    rows: number,
    each: (r: number, amp: Float64Array) => void,
  ): void;
  /**
   * Runs rows idx[·] of x; `each(r, amp, lam)` returns row r's loss and writes λ (the loss's
   * derivative in the state: ∂L/∂⟨M⟩·M|ψ⟩) into lam; adds ∂L/∂θ to grad (with a frozen prefix,
   * not in the frozen parameters: their entries stay as they are). Returns the summed loss.
   */
  loss(
    theta: Float64Array,
    x: Float64Array,
    idx: Int32Array,
    grad: Float64Array,
    each: (r: number, amp: Float64Array, lam: Float64Array) => number,
  ): number;
}

export interface CircuitRowsOptions {
  /**
   * The circuit's first `prefix` ops read only the row and `frozen` parameters (never trained):
   * each row's state after them is computed once and kept, runs start from it (prefixRows.ts).
   */
  prefix?: number;
  /** The parameters training never moves (the model's `frozen`). */
  frozen?: readonly number[];
}

/**
 * The loop for `circuit`, whose input s reads `width` numbers that `load(x, r, out, o)` writes
 * from row r of x into out[o …].
 */
export function circuitRows(
  circuit: Circuit,
  width: number,
  load: (x: Float64Array, r: number, out: Float64Array, o: number) => void,
  options: CircuitRowsOptions = {},
): CircuitRows {
  if (options.prefix)
    return prefixRows(circuit, width, load, { prefix: options.prefix, frozen: options.frozen ?? [] }); // prettier-ignore
  const sim = createBatchSimulator(circuit, batchCapacity(circuit.qubits, BATCH));
  const cap = sim.capacity;
  const xs = new Float64Array(cap * width);
  const chunk = (x: Float64Array, row: (s: number) => number, c: number): void => {
    for (let s = 0; s < c; s++) load(x, row(s), xs, s * width);
  };
  return {
    forward(theta, x, rows, each) {
      for (let start = 0; start < rows; start += cap) {
        const c = Math.min(cap, rows - start);
        chunk(x, (s) => start + s, c);
        sim.run(theta, xs, c, width, false);
        for (let s = 0; s < c; s++) each(start + s, sim.state(s).amp);
      }
    },
    loss(theta, x, idx, grad, each) {
      let total = 0;
      for (let start = 0; start < idx.length; start += cap) {
        const c = Math.min(cap, idx.length - start);
        chunk(x, (s) => idx[start + s]!, c);
        sim.run(theta, xs, c, width, true);
        for (let s = 0; s < c; s++) total += each(idx[start + s]!, sim.state(s).amp, sim.seed(s).amp); // prettier-ignore
        sim.backward(grad);
      }
      return total;
    },
  };
}
