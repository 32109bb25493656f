// circuitRows for a circuit that opens with a frozen prefix (ops that read only the row and
// parameters training never moves, e.g. a data embedding): each row's state after the prefix is
// computed once and kept, and every run starts from it, forward and adjoint only through the rest.

import { bindProgram, compile, type Circuit, type Program } from '../../sim';
import { batchCapacity } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';
import { ANGLE_FEATURE, ANGLE_PARAM, accumulateParamGradient } from '../../sim/compile';
import { STEP_DIAG, STEP_WIRE, mul2, planSteps } from '../../sim/fuse';
import { adjointOp, createAdjointScratch } from '../../sim/gradient';
import { dense1, phaseTable } from '../../sim/kernels';
import { applyOp } from '../../sim/run';
import { allocArrays } from '../../sim/simd';
import type { CircuitRows } from './circuitRows';

/**
 * Most amplitudes the kept prefix states hold together: 2^21 complex numbers, 32 MiB. That is 512
 * rows at d = 12 (the study's 300 train rows take 19 MiB), 2,048 at d = 10; rows past it get their
 * prefix recomputed in every run (exact, only slower).
 */
export const MAX_KEPT_AMPLITUDES = 1 << 21;

/**
 * Rows per batched run: a training step's 32 in one. Fewer than circuitRows' 256, as two batches
 * of states are held (the prefix's simulator, φ and λ of the rest): 16 MiB in all at d = 12.
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
 * The rest of the circuit on a batch of states back to back (`a`, a multiple of 2^n amplitudes),
 * after bindProgram: forward, and the adjoint sweep adding 2·Re⟨λ|∂U|φ⟩ summed over the batch to
 * each angle's entry of angleGrad. It applies the simulator's fusion plan (fuse.ts) with its
 * kernels, as the batched simulator does for steps that read no input: a wire's gates as one 2×2
 * forward, a run of constant diagonal gates (a CZ ring) as one phase table both ways. The batched
 * simulator itself cannot take them: it starts every input from |0…0⟩.
 */
function restOfCircuit(p: Program) {
  const steps = planSteps(p);
  const product = new Float64Array(8);
  const ws = createAdjointScratch();
  return {
    forward(a: Float64Array): void {
      for (const st of steps) {
        if (st.kind === STEP_WIRE) {
          // M_m…M_1 of the wire's ops.
          product.set(p.mat.subarray(p.mOff[st.ops[0]!]!, p.mOff[st.ops[0]!]! + 8));
          for (let j = 1; j < st.ops.length; j++) mul2(p.mat, p.mOff[st.ops[j]!]!, product, 0, product, 0); // prettier-ignore
          dense1(a, st.q, product, 0, 0, 0);
        } else if (st.kind === STEP_DIAG) phaseTable(a, st.table!, false);
        else for (const i of st.ops) applyOp(p, i, a, false);
      }
    },
    backward(pa: Float64Array, la: Float64Array, angleGrad: Float64Array): void {
      for (let k = steps.length - 1; k >= 0; k--) {
        const st = steps[k]!;
        if (st.kind === STEP_DIAG) {
          // Constant gates: undone on φ and λ, nothing to differentiate.
          phaseTable(pa, st.table!, true);
          phaseTable(la, st.table!, true);
          continue;
        }
        for (let j = st.ops.length - 1; j >= 0; j--) {
          const i = st.ops[j]!;
          const count = adjointOp(p, i, pa, la, ws);
          for (let t = 0; t < count; t++) add(angleGrad, p.aStart[i]! + t, 2 * ws.z[t]!);
        }
      }
    },
  };
}

/**
 * The loop for `circuit` (input s reads `width` numbers that `load` writes from row r of x), its
 * prefix run on the batched simulator once per row, the rest (restOfCircuit) from the kept
 * states. The loss's gradient leaves the frozen parameters' entries as they are: the prefix is
 * not differentiated. The rest may not read the row.
 */
export function prefixRows(
  circuit: Circuit,
  width: number,
  load: (x: Float64Array, r: number, out: Float64Array, o: number) => void,
  options: PrefixRowsOptions,
): PrefixRows {
  const n = circuit.qubits;
  const head: Circuit = { qubits: n, ops: circuit.ops.slice(0, options.prefix) };
  const rest = compile({ qubits: n, ops: circuit.ops.slice(options.prefix) });
  const headParams = [...paramsRead(compile(head))].sort((a, b) => a - b);
  const trained = headParams.filter((i) => !options.frozen.includes(i));
  if (trained.length > 0)
    throw new Error(`The circuit's prefix reads parameters ${trained.join(', ')}, which are not frozen.`); // prettier-ignore
  if (rest.numFeatures > 0)
    throw new Error('Only the prefix of the circuit may read the row; its rest reads features.');

  const cap = batchCapacity(n, BATCH);
  const stateLen = 2 << n;
  const sim = createBatchSimulator(head, cap);
  // φ and λ of a batch, in the SIMD kernels' memory: the adjoint step reads both.
  const [phiAll, lamAll] = allocArrays([cap * stateLen, cap * stateLen], true) as [Float64Array, Float64Array]; // prettier-ignore
  const phis = Array.from({ length: cap }, (_, s) => phiAll.subarray(s * stateLen, (s + 1) * stateLen)); // prettier-ignore
  const lams = Array.from({ length: cap }, (_, s) => lamAll.subarray(s * stateLen, (s + 1) * stateLen)); // prettier-ignore
  const xs = new Float64Array(cap * width);
  const pending = new Int32Array(cap);
  const from = new Int32Array(cap);
  const pendingXs = new Float64Array(cap * width);
  const angleGrad = new Float64Array(rest.angles.length);
  const run = restOfCircuit(rest);

  const keepRows = Math.floor((options.maxKeptAmplitudes ?? MAX_KEPT_AMPLITUDES) / (1 << n));
  const kept: (Kept | undefined)[] = [];
  // The frozen parameters' values the kept states were computed with.
  const keptWith = new Float64Array(headParams.length);
  let prefixRuns = 0;

  const sameInputs = (k: Kept, s: number): boolean => {
    for (let f = 0; f < width; f++) if (k.inputs[f] !== xs[s * width + f]) return false;
    return true;
  };

  /** Fills φ of inputs 0 … c − 1 (row row(s)) with their prefix states; `keep` keeps new ones. */
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
      if (k && sameInputs(k, s)) phis[s]!.set(k.amp);
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
    for (let s = 0; s < c; s++) if (from[s]! >= 0) phis[s]!.set(sim.state(from[s]!).amp);
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
      bindProgram(rest, theta);
      for (let first = 0; first < rows; first += cap) {
        const c = Math.min(cap, rows - first);
        // Evaluation reads kept states but keeps none: test rows would take the train rows' places.
        start(theta, x, (s) => first + s, c, false);
        run.forward(phiAll.subarray(0, c * stateLen));
        for (let s = 0; s < c; s++) each(first + s, phis[s]!);
      }
    },
    loss(theta, x, idx, grad, each) {
      bindProgram(rest, theta);
      angleGrad.fill(0);
      let total = 0;
      for (let first = 0; first < idx.length; first += cap) {
        const c = Math.min(cap, idx.length - first);
        start(theta, x, (s) => idx[first + s]!, c, true);
        const pa = phiAll.subarray(0, c * stateLen);
        run.forward(pa);
        for (let s = 0; s < c; s++) total += each(idx[first + s]!, phis[s]!, lams[s]!);
        run.backward(pa, lamAll.subarray(0, c * stateLen), angleGrad);
      }
      accumulateParamGradient(rest, angleGrad, NONE, grad);
      return total;
    },
  };
}

const add = (a: Float64Array, i: number, v: number): void => {
  a[i] = a[i]! + v;
};
