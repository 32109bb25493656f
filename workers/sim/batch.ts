// Batched simulation: one circuit run on many inputs at once. The states lie back to back in one
// array, so a step whose matrix is the same for every input (fixed or trainable gates) is one
// kernel call over the whole batch, and a step that reads the input (an encoding) is one call
// too, with each state's matrix written beside the states (batchInput.ts). It runs the fused
// program (fuse.ts; the input's wires split into phase layers and real rotations,
// inputPhasePlan.ts), and its adjoint gradient still differentiates every angle of the original
// circuit: a fused run's derivative in each angle is a 2×2 (the gates after it · ∂gate · the
// gates before it), contracted with the same one-pass sums as a single gate's. A run starts
// from |0…0⟩ (its first one-qubit steps made as product states) or from given states (runFrom:
// the rest of a circuit after a prefix whose states the caller keeps), the backward pass alike.

import { ANGLE_PARAM, buildMatrix, compile } from './compile';
import { SimError } from './errors';
import {
  STEP_DIAG,
  STEP_OP,
  STEP_PHASE,
  STEP_WIRE,
  dagger2,
  planSteps,
  unfusedSteps,
  type Step,
} from './fuse';
import { adjointOp, createAdjointScratch } from './gradient';
import { adjointStep1, contractSums, dense1, phaseTable } from './kernels';
import { applyOp } from './run';
import { batchMemory, blockGroups } from './batchLayout';
import { createInputSteps } from './batchInput';
import { copy8, createWireSteps } from './batchWireSteps';
import { gatherInputPhases } from './inputPhasePlan';
import { createPhaseLayer, gatherPhases } from './phaseLayer';
import { simdKernels } from './simd';
import { writeBatchMatrix } from './simd1';
import { writeRealPair } from './simd2';
import { refuseChannels, type PureCircuit } from './simulator';
import { checkQubitCount, type StateVector } from './state';
import {
  BLOCK_QUBITS,
  checkRun,
  checkStart,
  isStateList,
  type BatchOptions,
  type BatchSimulator,
} from './batchApi';

export {
  BLOCK_QUBITS,
  batchCapacity,
  type BatchOptions,
  type BatchSimulator,
  type BatchStart,
} from './batchApi';

export function createBatchSimulator(
  circuit: PureCircuit,
  capacity: number,
  options: BatchOptions = {},
): BatchSimulator {
  refuseChannels(circuit);
  const p = compile(circuit);
  const n = p.n;
  checkQubitCount(n);
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new SimError('capacity', `A batch holds at least one input; got ${capacity}.`);
  const steps =
    options.fuse === false ? unfusedSteps(p) : gatherInputPhases(p, gatherPhases(p, planSteps(p)));
  const stateLen = 2 << n;
  const mostAngles = Math.max(1, ...steps.map((s) => s.angles.length));
  const memory = batchMemory(steps, n, capacity, options.simd !== false);
  const { phiAll, lamAll, mats, sums, tables, tableAt } = memory;
  const kern = simdKernels(phiAll);
  const lamOffset = lamAll.byteOffset - phiAll.byteOffset;
  const derivs = new Float64Array(8 * mostAngles * capacity);
  const view = (a: Float64Array, s: number): StateVector => ({
    n,
    amp: a.subarray(s * stateLen, (s + 1) * stateLen),
  });
  const phis = Array.from({ length: capacity }, (_, s) => view(phiAll, s));
  const lams = Array.from({ length: capacity }, (_, s) => view(lamAll, s));
  const theta = new Float64Array(p.numParams);
  const nf = Math.max(1, p.numFeatures);
  const inputs = new Float64Array(capacity * nf);
  const ws = createAdjointScratch();
  let count = 0;
  let phiRange = phiAll.subarray(0, 0);
  let lamRange = lamAll.subarray(0, 0);
  let fresh = false;

  const deriv = new Float64Array(8 * mostAngles);
  const z = new Float64Array(Math.max(3, mostAngles));
  // The wire steps' matrices: products, kept per input, derivatives (batchWireSteps.ts).
  const wm = createWireSteps(p, steps, capacity);
  const { prefix, one, stepMat, kept, keptAt, keptStride } = wm;
  const { keep, restore, derivatives: wireDerivatives } = wm;

  /** Sets the angles of the step's ops for input s (θ and, for feature angles, its x). */
  const bindAngles = (st: Step, s: number): void => {
    const angles = st.angles;
    for (let t = 0; t < angles.length; t++) {
      const k = angles[t]!;
      if (p.aKind[k] === ANGLE_PARAM) p.angles[k] = theta[p.aIndex[k]!]!;
      else
        p.angles[k] = theta[p.aWeight[k]!]! * inputs[s * nf + p.aIndex[k]!]! + theta[p.aBias[k]!]!;
    }
  };
  const stepIndex = new Map(steps.map((st, k) => [st, k]));
  const layerKernels = kern && { kern, tables: memory.layerTables, sums: memory.layerSums };
  const layers = steps.map((st) =>
    st.kind === STEP_PHASE && !st.perInput ? createPhaseLayer(p, st, n, layerKernels) : null,
  );
  /** Builds the step's op matrices from the bound angles and, for a wire, its prefix products. */
  const buildStep = (st: Step): void => {
    if (st.kind === STEP_PHASE) return layers[stepIndex.get(st)!]!.build();
    if (st.kind !== STEP_WIRE) return buildMatrix(p, st.ops[0]!);
    wm.build(st);
  };
  /** Input s's matrices of a per-input wire step (its other ops built once for the run). */
  const buildInput = (st: Step, s: number): void => {
    bindAngles(st, s);
    wm.rebuildInput(st);
  };
  const storeWire = (st: Step): void => wm.store(st, stepIndex.get(st)!);

  /** Applies a built step (or its inverse) to amplitudes a. */
  const apply = (st: Step, a: Float64Array, inverse: boolean, shared: boolean): void => {
    if (st.kind === STEP_OP) return applyOp(p, st.ops[0]!, a, inverse);
    if (st.kind === STEP_PHASE) return layers[stepIndex.get(st)!]!.apply(a, inverse);
    if (st.kind === STEP_DIAG) {
      const at = tableAt[stepIndex.get(st)!]!;
      if (kern && at >= 0 && a.byteLength % (8 * st.table!.length) === 0)
        return kern.phaseReal(a.byteOffset, a.byteLength, tables.byteOffset + 16 * at, 8 * st.table!.length); // prettier-ignore
      return phaseTable(a, st.table!, inverse);
    }
    if (shared) return dense1(a, st.q, stepMat, 16 * stepIndex.get(st)! + (inverse ? 8 : 0), 0, 0);
    const m = st.ops.length;
    if (inverse) dagger2(prefix, 8 * m, one, 0);
    else copy8(prefix, 8 * m, one, 0);
    dense1(a, st.q, one, 0, 0, 0);
  };

  /** The backward step of a built wire step on (φ, λ): z[t] = Re⟨λ|A_t|φ'⟩, φ, λ ← U†φ, U†λ. */
  const wireBackward = (st: Step, pa: Float64Array, la: Float64Array): void => {
    const t = wireDerivatives(st, deriv, 0);
    z.fill(0);
    adjointStep1(pa, la, st.q, one, 8, deriv, 0, t, 0, 0, z);
  };

  /** Adds the gradient 2·zs of the step's variable angles for input s (chain rule). */
  const accumulate = (st: Step, s: number, zs: Float64Array, grad: Float64Array): void => {
    const angles = st.angles;
    for (let t = 0; t < angles.length; t++) {
      const k = angles[t]!;
      const g = 2 * zs[t]!;
      if (p.aKind[k] === ANGLE_PARAM) add(grad, p.aIndex[k]!, g);
      else {
        add(grad, p.aWeight[k]!, g * inputs[s * nf + p.aIndex[k]!]!);
        add(grad, p.aBias[k]!, g);
      }
    }
  };
  // Steps that read no input go backward gate by gate (on one state the real and diagonal adjoint
  // steps of RY and RZ cost less together than the complex one of their product), their sums
  // collected per angle in zAcc, so that a group can run block by block.
  const zAcc = new Float64Array(p.angles.length);
  const prepareBack = (st: Step): void => {
    if (!st.varies) return;
    bindAngles(st, 0);
    for (const i of st.ops) buildMatrix(p, i);
    if (st.kind === STEP_PHASE) layers[stepIndex.get(st)!]!.build();
  };
  const sharedBack = (st: Step, pa: Float64Array, la: Float64Array): void => {
    if (!st.varies) {
      apply(st, pa, true, true);
      apply(st, la, true, true);
      return;
    }
    if (st.kind === STEP_PHASE) return layers[stepIndex.get(st)!]!.backward(pa, la);
    for (let j = st.ops.length - 1; j >= 0; j--) {
      const i = st.ops[j]!;
      const c = adjointOp(p, i, pa, la, ws);
      for (let a = 0; a < c; a++) add(zAcc, p.aStart[i]! + a, ws.z[a]!);
    }
  };
  const sharedGrad = (st: Step, grad: Float64Array): void => {
    if (st.kind === STEP_PHASE && st.varies) layers[stepIndex.get(st)!]!.finish(zAcc);
    for (const k of st.angles) {
      if (p.aKind[k] === ANGLE_PARAM) add(grad, p.aIndex[k]!, 2 * zAcc[k]!);
      zAcc[k] = 0;
    }
  };
  /** The backward step of a built step on (φ, λ), leaving its angles' sums in z. */
  const backStep = (st: Step, pa: Float64Array, la: Float64Array): void => {
    if (st.kind === STEP_WIRE) return wireBackward(st, pa, la);
    const i = st.ops[0]!;
    const c = adjointOp(p, i, pa, la, ws);
    // adjointOp gives every angle of the op; z keeps the variable ones, as st.angles lists them.
    let t = 0;
    for (let j = 0; j < c; j++) if (st.angles[t] === p.aStart[i]! + j) z[t++] = ws.z[j]!;
  };

  /** A step that reads no input, made ready to apply (bound and built). */
  const prepareShared = (st: Step): void => {
    if (!st.varies) return;
    bindAngles(st, 0);
    buildStep(st);
    if (st.kind === STEP_WIRE) storeWire(st);
  };

  // Steps that read the input in rotations or phases, one call for the batch (batchInput.ts).
  const input = createInputSteps(
    { p, n, capacity, bind: bindAngles, theta, inputs, nf, tables: memory.phaseTables,
      sums: memory.phaseSums, kern, mats, gsums: sums, vecs: memory.vecs, phis, lams, kept, keptAt,
      keptStride, accumulate, ringAt: (st) => tables.byteOffset + 16 * tableAt[stepIndex.get(st)!]! }, // prettier-ignore
    steps,
  );

  /** A built step's real 2×2 on one qubit: where it is (p.mat for an op, stepMat for a wire), or −1. */
  const realAt = (st: Step, k: number): number => {
    const i = st.ops[0]!;
    const op = st.kind === STEP_OP && p.gates[i]!.kernel === 'dense1' && p.cmask[i] === 0 && p.q1[i]! < 0; // prettier-ignore
    if (!op && st.kind !== STEP_WIRE) return -1;
    const m = op ? p.mat : stepMat;
    const o = op ? p.mOff[i]! : 16 * k;
    for (let e = 1; e < 8; e += 2) if (m[o + e] !== 0) return -1;
    return o;
  };
  /**
   * Steps k and k + 1 (built), when both are real 2×2s on two qubits that read no input and the
   * second starts no block group, in one pass of the pair kernel: on large states a pass is a trip
   * through memory, and this halves them. False (nothing applied) otherwise.
   */
  const pairShared = (k: number, c: number): boolean => {
    const a = steps[k]!;
    const b = steps[k + 1];
    if (!kern || !b || b.perInput || blockEnd[k + 1]! > k + 2 || a.q === b.q) return false;
    const oa = realAt(a, k);
    if (oa < 0) return false;
    prepareShared(b);
    const ob = realAt(b, k + 1);
    if (ob < 0) return false;
    const ma = a.kind === STEP_OP ? p.mat : stepMat;
    const mb = b.kind === STEP_OP ? p.mat : stepMat;
    for (let s = 0; s < c; s++) writeRealPair(mats, s, ma, oa, mb, ob);
    kern.realPair(phiRange.byteOffset, phiRange.byteLength, a.q, b.q, 8 * stateLen, mats.byteOffset); // prettier-ignore
    return true;
  };

  const blockQubits = options.blockQubits ?? BLOCK_QUBITS;
  const { blockEnd, blockStart } = blockGroups(steps, n, options.block === false ? n : blockQubits);

  /** Takes θ and the inputs' features, and sizes the batch's φ and λ to c states. */
  const load = (
    params: ArrayLike<number>,
    xs: ArrayLike<number>,
    c: number,
    stride: number,
  ): void => {
    for (let k = 0; k < p.numParams; k++) theta[k] = params[k]!;
    for (let s = 0; s < c; s++)
      for (let f = 0; f < p.numFeatures; f++) inputs[s * nf + f] = xs[s * stride + f]!;
    if (c !== count) {
      count = c;
      phiRange = phiAll.subarray(0, c * stateLen);
      lamRange = lamAll.subarray(0, c * stateLen);
    }
  };
  /** Runs every step from step `from` on the states of inputs 0 … c − 1 as φ holds them. */
  const forward = (c: number, keeping: boolean, from = 0): void => {
    for (let k = from; k < steps.length; k++) {
      const st = steps[k]!;
      const end = blockEnd[k]!;
      if (end > k + 1) {
        // A group of steps on low qubits, applied block by block.
        for (let j = k; j < end; j++) prepareShared(steps[j]!);
        const size = 2 << blockQubits;
        for (let o = 0; o < phiRange.length; o += size) {
          const block = phiRange.subarray(o, o + size);
          for (let j = k; j < end; j++) apply(steps[j]!, block, false, true);
        }
        k = end - 1;
      } else if (!st.perInput) {
        prepareShared(st);
        if (pairShared(k, c)) k++;
        else apply(st, phiRange, false, true);
      } else if (input.has(k)) k += input.forward(k, phiRange, c, keeping) - 1;
      else if (kern && st.kind === STEP_WIRE) {
        // Every input's product into the matrix area, then one call for the batch.
        const m = 8 * st.ops.length;
        bindAngles(st, 0);
        buildStep(st);
        for (let s = 0; s < c; s++) {
          buildInput(st, s);
          if (keeping) keep(st, k, s);
          writeBatchMatrix(mats, s, prefix, m);
        }
        kern.complexBatch(phiRange.byteOffset, phiRange.byteLength, st.q, 0, 0, 8 * stateLen, mats.byteOffset); // prettier-ignore
      } else
        for (let s = 0; s < c; s++) {
          bindAngles(st, s);
          buildStep(st);
          if (keeping && st.kind === STEP_WIRE) keep(st, k, s);
          apply(st, phis[s]!.amp, false, false);
        }
    }
    fresh = keeping;
  };

  return {
    program: p,
    steps,
    n,
    capacity,
    numParams: p.numParams,
    numFeatures: p.numFeatures,
    run(params, xs, c, stride = p.numFeatures, keeping = true) {
      checkRun(p, capacity, params, xs, c, stride);
      load(params, xs, c, stride);
      // Leading one-qubit steps that read the input make product states directly.
      const from = input.productStart(phiRange, c, keeping);
      if (!from) {
        phiRange.fill(0);
        for (let s = 0; s < c; s++) phiRange[s * stateLen] = 1;
      }
      forward(c, keeping, from);
    },
    runFrom(params, xs, c, start, stride = p.numFeatures, keeping = true) {
      checkRun(p, capacity, params, xs, c, stride);
      checkStart(start, c, n);
      load(params, xs, c, stride);
      if (!isStateList(start)) phiRange.set(start);
      else for (let s = 0; s < c; s++) phis[s]!.amp.set(start[s]!);
      forward(c, keeping);
    },
    state: (s) => phis[s]!,
    seed: (s) => lams[s]!,
    backward(grad) {
      if (!fresh) throw new SimError('backward', 'backward() needs a run() first, once per run.');
      if (grad.length < p.numParams)
        throw new SimError('grad', `The gradient array has ${grad.length} entries; the circuit has ${p.numParams} parameters.`); // prettier-ignore
      fresh = false;
      for (let k = steps.length - 1; k >= 0; k--) {
        const st = steps[k]!;
        const first = blockStart[k]!;
        if (first < k) {
          // A group of steps on low qubits, backward block by block; their sums add up.
          for (let j = first; j <= k; j++) prepareBack(steps[j]!);
          const size = 2 << blockQubits;
          for (let o = 0; o < phiRange.length; o += size) {
            const pb = phiRange.subarray(o, o + size);
            const lb = lamRange.subarray(o, o + size);
            for (let j = k; j >= first; j--) sharedBack(steps[j]!, pb, lb);
          }
          for (let j = first; j <= k; j++) sharedGrad(steps[j]!, grad);
          k = first;
        } else if (!st.perInput) {
          prepareBack(st);
          sharedBack(st, phiRange, lamRange);
          sharedGrad(st, grad);
        } else if (input.has(k)) input.backward(k, phiRange, lamRange, count, grad);
        else if (kern && st.kind === STEP_WIRE) {
          // Every input's U† and derivatives, one call for the batch's sums, then contractions.
          const stride = 8 * mostAngles;
          let t = 0;
          for (let s = 0; s < count; s++) {
            bindAngles(st, s);
            restore(st, k, s);
            t = wireDerivatives(st, derivs, s * stride);
            writeBatchMatrix(mats, s, one, 8);
          }
          kern.adjointBatch(phiRange.byteOffset, phiRange.byteLength, st.q, 0, 0, 8 * stateLen, mats.byteOffset, lamOffset, sums.byteOffset); // prettier-ignore
          for (let s = 0; s < count; s++) {
            contractSums(derivs, s * stride, t, sums, 8 * s, z);
            accumulate(st, s, z, grad);
          }
        } else
          for (let s = 0; s < count; s++) {
            bindAngles(st, s);
            if (st.kind === STEP_WIRE) restore(st, k, s);
            else buildStep(st);
            backStep(st, phis[s]!.amp, lams[s]!.amp);
            accumulate(st, s, z, grad);
          }
      }
    },
  };
}

const add = (a: Float64Array, i: number, v: number): void => {
  a[i] = a[i]! + v;
};
