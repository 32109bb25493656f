// circuitRows for a circuit that opens with a frozen prefix (ops that read only the row and
// parameters training never moves, e.g. a data embedding): each row's state after the prefix is
// computed once and kept, and every run starts from it (the batched simulator's runFrom), forward
// and adjoint only through the rest.

import { compile, type Circuit, type Program } from '../../sim';
import { batchCapacity } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';
import { ANGLE_FEATURE, ANGLE_PARAM } from '../../sim/compile';
import type { CircuitRows } from './circuitRows';

/**
 * Most amplitudes the kept prefix states hold together: 2^21 complex numbers, 32 MiB. That is 512
 * rows at d = 12 (the study's 300 train rows take 19 MiB), 2,048 at d = 10; rows past it get their
 * prefix recomputed in every run (exact, only slower).
 */
export const MAX_KEPT_AMPLITUDES = 1 << 21;

/**
 * Rows per batched run: a training step's 32 in one. Fewer than circuitRows' 256, as two batched
 * simulators hold states (the prefix's, and the rest's φ and λ): 16 MiB in all at d = 12.
 */
const BATCH = 64;

const NONE = new Float64Array(0);

/** A row's kept prefix state and the inputs it was computed from (to tell a changed row). */
interface Kept {
  inputs: Float64Array;
  amp: Float64Array;
}

export interface PrefixRowsOptions {
  /** The circuit's first `prefix` ops form the prefix. */
  prefix: number;
  /** Parameters training never moves; the only ones the prefix may read. */
  frozen: readonly number[];
  /** Cap on the kept states' amplitudes (MAX_KEPT_AMPLITUDES; smaller in tests). */
  maxKeptAmplitudes?: number;
}

/** CircuitRows with the prefix's states kept; `prefixRuns` counts rows whose prefix was run. */
export type PrefixRows = CircuitRows & { readonly prefixRuns: number };

/** The parameters program p reads (params, and the weights and biases of its feature angles). */
function paramsRead(p: Program): Set<number> {
  const read = new Set<number>();
  for (let k = 0; k < p.angles.length; k++) {
    if (p.aKind[k] === ANGLE_PARAM) read.add(p.aIndex[k]!);
    if (p.aKind[k] === ANGLE_FEATURE) read.add(p.aWeight[k]!).add(p.aBias[k]!);
  }
  return read;
}

/**
 * The loop for `circuit` (input s reads `width` numbers that `load` writes from row r of x), its
 * prefix run on a batched simulator once per row, the rest on another from the kept states. The
 * loss's gradient leaves the frozen parameters' entries as they are: the prefix is not
 * differentiated. The rest may not read the row.
 */
export function prefixRows(
  circuit: Circuit,
  width: number,
  load: (x: Float64Array, r: number, out: Float64Array, o: number) => void,
  options: PrefixRowsOptions,
): PrefixRows {
  const n = circuit.qubits;
  const head: Circuit = { qubits: n, ops: circuit.ops.slice(0, options.prefix) };
  const headParams = [...paramsRead(compile(head))].sort((a, b) => a - b);
  const trained = headParams.filter((i) => !options.frozen.includes(i));
  if (trained.length > 0)
    throw new Error(`The circuit's prefix reads parameters ${trained.join(', ')}, which are not frozen.`); // prettier-ignore
  const cap = batchCapacity(n, BATCH);
  const rest = createBatchSimulator({ qubits: n, ops: circuit.ops.slice(options.prefix) }, cap);
  if (rest.numFeatures > 0)
    throw new Error('Only the prefix of the circuit may read the row; its rest reads features.');
  const sim = createBatchSimulator(head, cap);
  // Input s's state after the prefix: a kept state, or one of the prefix simulator's.
  const starts: Float64Array[] = Array.from({ length: cap }, () => NONE);
  const xs = new Float64Array(cap * width);
  const pending = new Int32Array(cap);
  const from = new Int32Array(cap);
  const pendingXs = new Float64Array(cap * width);

  const keepRows = Math.floor((options.maxKeptAmplitudes ?? MAX_KEPT_AMPLITUDES) / (1 << n));
  const kept: (Kept | undefined)[] = [];
  // The frozen parameters' values the kept states were computed with.
  const keptWith = new Float64Array(headParams.length);
  let prefixRuns = 0;

  const sameInputs = (k: Kept, s: number): boolean => {
    for (let f = 0; f < width; f++) if (k.inputs[f] !== xs[s * width + f]) return false;
    return true;
  };

  /** Points starts[s] at input s's (row row(s)'s) prefix state; `keep` keeps new ones. */
  const start = (
    theta: Float64Array,
    x: Float64Array,
    row: (s: number) => number,
    c: number,
    keep: boolean,
  ): void => {
    if (headParams.some((i, j) => !Object.is(theta[i], keptWith[j]))) {
      kept.length = 0;
      headParams.forEach((i, j) => (keptWith[j] = theta[i]!));
    }
    // Rows not kept, each once (a batch drawn with replacement may hold a row twice): pending[j]
    // is the j-th row to run, from[s] which of them input s takes (−1: read from kept).
    let missing = 0;
    for (let s = 0; s < c; s++) {
      const r = row(s);
      load(x, r, xs, s * width);
      const k = kept[r];
      from[s] = -1;
      if (k && sameInputs(k, s)) starts[s] = k.amp;
      else {
        let j = 0;
        while (j < missing && pending[j] !== r) j++;
        if (j === missing) {
          pending[missing++] = r;
          pendingXs.set(xs.subarray(s * width, (s + 1) * width), j * width);
        }
        from[s] = j;
      }
    }
    if (missing === 0) return;
    sim.run(theta, pendingXs, missing, width, false);
    prefixRuns += missing;
    for (let s = 0; s < c; s++) if (from[s]! >= 0) starts[s] = sim.state(from[s]!).amp;
    for (let j = 0; j < missing && keep; j++) {
      const r = pending[j]!;
      if (r < keepRows)
        kept[r] = { inputs: pendingXs.slice(j * width, (j + 1) * width), amp: sim.state(j).amp.slice() }; // prettier-ignore
    }
  };

  return {
    get prefixRuns() {
      return prefixRuns;
    },
    forward(theta, x, rows, each) {
      for (let first = 0; first < rows; first += cap) {
        const c = Math.min(cap, rows - first);
        // Evaluation reads kept states but keeps none: test rows would take the train rows' places.
        start(theta, x, (s) => first + s, c, false);
        rest.runFrom(theta, NONE, c, starts, 0, false);
        for (let s = 0; s < c; s++) each(first + s, rest.state(s).amp);
      }
    },
    loss(theta, x, idx, grad, each) {
      let total = 0;
      for (let first = 0; first < idx.length; first += cap) {
        const c = Math.min(cap, idx.length - first);
        start(theta, x, (s) => idx[first + s]!, c, true);
        rest.runFrom(theta, NONE, c, starts, 0, true);
        for (let s = 0; s < c; s++) total += each(idx[first + s]!, rest.state(s).amp, rest.seed(s).amp); // prettier-ignore
        rest.backward(grad);
      }
      return total;
    },
  };
}
