// Compiles a Circuit into a flat program of typed arrays: validated once, then bound to new
// parameters and inputs and run many times without allocation.

import type { Binding, Circuit } from './circuit';
import { SimError } from './errors';
import { GATES, isGateName, targetCount, type GateInfo, type KernelKind } from './gates';
import { checkQubitCount } from './state';

export const KIND: Readonly<Record<KernelKind, number>> = {
  dense1: 0,
  diag1: 1,
  x1: 2,
  dense2: 3,
  diag2: 4,
  swap2: 5,
};

/** How each angle is computed from parameters θ and inputs x. */
export const ANGLE_CONST = 0;
export const ANGLE_PARAM = 1;
export const ANGLE_FEATURE = 2;

export interface Program {
  readonly n: number;
  readonly ops: number;
  readonly gates: readonly GateInfo[];
  /** Kernel code per op (KIND). */
  readonly kind: Uint8Array;
  /** Base-gate target qubits (q1 = −1 for one-qubit gates). */
  readonly q0: Int32Array;
  readonly q1: Int32Array;
  /** The op acts where (b & cmask) === cval. */
  readonly cmask: Int32Array;
  readonly cval: Int32Array;
  /** Offset of the op's matrix in `mat` and of its adjoint in `adj`. */
  readonly mOff: Int32Array;
  readonly mat: Float64Array;
  readonly adj: Float64Array;
  /** The op's angles are angles[aStart[op] … aStart[op] + aCount[op]). */
  readonly aStart: Int32Array;
  readonly aCount: Uint8Array;
  /** True when the op's matrix depends on θ or x (rebuilt on bind). */
  readonly varies: Uint8Array;
  /** Per angle: ANGLE_* code, and its constant / param index / feature index, weight, bias indices. */
  readonly aKind: Uint8Array;
  readonly aValue: Float64Array;
  readonly aIndex: Int32Array;
  readonly aWeight: Int32Array;
  readonly aBias: Int32Array;
  /** Current value of every angle (radians) after the last bind. */
  readonly angles: Float64Array;
  /** Number of trainable parameters the circuit refers to (max index + 1). */
  readonly numParams: number;
  /** Number of input features it refers to (max feature index + 1). */
  readonly numFeatures: number;
}

function bad(field: string, message: string): never {
  throw new SimError(field, message);
}

function checkIndex(v: unknown, field: string, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1_000_000) {
    bad(field, `${what} must be a whole number from 0 to 1000000; got ${String(v)}.`);
  }
  return v;
}

/** Validates and lowers a circuit; throws SimError naming the operation and what is wrong. */
export function compile(circuit: Circuit): Program {
  if (typeof circuit !== 'object' || circuit === null) bad('circuit', 'The circuit is missing.');
  checkQubitCount(circuit.qubits);
  const n = circuit.qubits;
  if (!Array.isArray(circuit.ops)) bad('ops', 'The circuit has no list of operations.');
  const ops = circuit.ops.length;
  const gates: GateInfo[] = [];
  const kind = new Uint8Array(ops);
  const q0 = new Int32Array(ops);
  const q1 = new Int32Array(ops);
  const cmask = new Int32Array(ops);
  const cval = new Int32Array(ops);
  const mOff = new Int32Array(ops);
  const aStart = new Int32Array(ops);
  const aCount = new Uint8Array(ops);
  const varies = new Uint8Array(ops);
  const bindings: Binding[] = [];
  let matLen = 0;
  let numParams = 0;
  let numFeatures = 0;

  circuit.ops.forEach((op, i) => {
    const f = `ops[${i}]`;
    if (typeof op !== 'object' || op === null) bad(f, `Operation ${i + 1} is missing.`);
    if (!isGateName(op.gate))
      bad(
        `${f}.gate`,
        `Operation ${i + 1}: "${String(op.gate)}" is not a gate this simulator knows.`,
      );
    const g = GATES[op.gate];
    const name = `Operation ${i + 1} (${g.symbol})`;
    const targets = op.targets;
    if (!Array.isArray(targets) || targets.length !== targetCount(g)) {
      bad(`${f}.targets`, `${name} needs ${targetCount(g)} qubit${targetCount(g) > 1 ? 's' : ''}.`);
    }
    const controls = op.controls ?? [];
    const states = op.controlStates ?? controls.map(() => 1 as const);
    if (!Array.isArray(controls) || !Array.isArray(states) || states.length !== controls.length) {
      bad(`${f}.controlStates`, `${name}: give one control state (0 or 1) per control.`);
    }
    const used = new Set<number>();
    for (const q of [...targets, ...controls]) {
      if (typeof q !== 'number' || !Number.isInteger(q) || q < 0 || q >= n) {
        bad(
          `${f}.targets`,
          `${name} uses qubit ${String(q)}, but the circuit has qubits 0 to ${n - 1}.`,
        );
      }
      if (used.has(q))
        bad(`${f}.targets`, `${name} uses qubit ${q} twice (a control cannot also be a target).`);
      used.add(q);
    }
    let mask = 0;
    let val = 0;
    targets.slice(0, g.namedControls).forEach((q) => {
      mask |= 1 << q;
      val |= 1 << q;
    });
    controls.forEach((q, k) => {
      const s = states[k];
      if (s !== 0 && s !== 1) bad(`${f}.controlStates`, `${name}: a control state must be 0 or 1.`);
      mask |= 1 << q;
      if (s === 1) val |= 1 << q;
    });
    const params = op.params ?? [];
    if (!Array.isArray(params) || params.length !== g.angles) {
      bad(
        `${f}.params`,
        `${name} takes ${g.angles} angle${g.angles === 1 ? '' : 's'}; got ${Array.isArray(params) ? params.length : 'none'}.`,
      );
    }
    gates.push(g);
    kind[i] = KIND[g.kernel];
    q0[i] = targets[g.namedControls]!;
    q1[i] = g.baseQubits === 2 ? targets[g.namedControls + 1]! : -1;
    cmask[i] = mask;
    cval[i] = val;
    mOff[i] = matLen;
    matLen += g.baseQubits === 1 ? 8 : 32;
    aStart[i] = bindings.length;
    aCount[i] = g.angles;
    params.forEach((b, k) => {
      const bf = `${f}.params[${k}]`;
      if (typeof b !== 'object' || b === null) bad(bf, `${name}: angle ${k + 1} has no binding.`);
      if (b.kind === 'const') {
        if (typeof b.value !== 'number' || !Number.isFinite(b.value))
          bad(bf, `${name}: the angle must be a finite number; got ${String(b.value)}.`);
      } else if (b.kind === 'param') {
        numParams = Math.max(
          numParams,
          checkIndex(b.index, bf, `${name}: the parameter index`) + 1,
        );
        varies[i] = 1;
      } else if (b.kind === 'feature') {
        numFeatures = Math.max(
          numFeatures,
          checkIndex(b.feature, bf, `${name}: the feature index`) + 1,
        );
        numParams = Math.max(
          numParams,
          checkIndex(b.weight, bf, `${name}: the weight index`) + 1,
          checkIndex(b.bias, bf, `${name}: the bias index`) + 1,
        );
        varies[i] = 1;
      } else {
        bad(bf, `${name}: angle ${k + 1} must be a constant, a parameter or a feature.`);
      }
      bindings.push(b);
    });
  });

  const na = bindings.length;
  const prog: Program = {
    n, ops, gates, kind, q0, q1, cmask, cval, mOff,
    mat: new Float64Array(matLen),
    adj: new Float64Array(matLen),
    aStart, aCount, varies,
    aKind: new Uint8Array(na),
    aValue: new Float64Array(na),
    aIndex: new Int32Array(na),
    aWeight: new Int32Array(na),
    aBias: new Int32Array(na),
    angles: new Float64Array(na),
    numParams, numFeatures,
  }; // prettier-ignore
  bindings.forEach((b, k) => {
    if (b.kind === 'const') {
      prog.aKind[k] = ANGLE_CONST;
      prog.aValue[k] = b.value;
      prog.angles[k] = b.value;
    } else if (b.kind === 'param') {
      prog.aKind[k] = ANGLE_PARAM;
      prog.aIndex[k] = b.index;
    } else {
      prog.aKind[k] = ANGLE_FEATURE;
      prog.aIndex[k] = b.feature;
      prog.aWeight[k] = b.weight;
      prog.aBias[k] = b.bias;
    }
  });
  for (let i = 0; i < ops; i++) buildMatrix(prog, i);
  return prog;
}

const opAngles = new Float64Array(3);

/**
 * Recomputes op i's matrix from the current angles, and its adjoint unless `adjoint` is false
 * (a fused run needs only the matrix: batch.ts).
 */
export function buildMatrix(p: Program, i: number, adjoint = true): void {
  const g = p.gates[i]!;
  const o = p.mOff[i]!;
  const start = p.aStart[i]!;
  for (let j = 0; j < p.aCount[i]!; j++) opAngles[j] = p.angles[start + j]!;
  g.matrix(opAngles, p.mat, o);
  if (!adjoint) return;
  const d = g.baseQubits === 1 ? 2 : 4;
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      p.adj[o + 2 * (d * r + c)] = p.mat[o + 2 * (d * c + r)]!;
      p.adj[o + 2 * (d * r + c) + 1] = -p.mat[o + 2 * (d * c + r) + 1]!;
    }
}

/** Sets every angle from θ and x and rebuilds the matrices that changed. No allocation. */
export function bindProgram(
  p: Program,
  params: ArrayLike<number> = [],
  x: ArrayLike<number> = [],
): void {
  if (params.length < p.numParams) {
    throw new SimError(
      'params',
      `The circuit uses ${p.numParams} trainable parameters; ${params.length} were given.`,
    );
  }
  if (x.length < p.numFeatures) {
    throw new SimError(
      'x',
      `The circuit reads ${p.numFeatures} input features; the data point has ${x.length}.`,
    );
  }
  for (let k = 0; k < p.angles.length; k++) {
    const kind = p.aKind[k];
    if (kind === ANGLE_PARAM) p.angles[k] = params[p.aIndex[k]!]!;
    else if (kind === ANGLE_FEATURE)
      p.angles[k] = params[p.aWeight[k]!]! * x[p.aIndex[k]!]! + params[p.aBias[k]!]!;
  }
  for (let i = 0; i < p.ops; i++) if (p.varies[i]) buildMatrix(p, i);
}

/**
 * Chain rule from angle gradients to parameter gradients: adds ∂L/∂θ to `out` given ∂L/∂angle.
 * A feature angle w·x + b contributes x·g to w and g to b.
 */
export function accumulateParamGradient(
  p: Program,
  angleGrad: ArrayLike<number>,
  x: ArrayLike<number>,
  out: Float64Array,
  scale = 1,
): void {
  for (let k = 0; k < p.angles.length; k++) {
    const kind = p.aKind[k];
    const g = scale * angleGrad[k]!;
    if (kind === ANGLE_PARAM) out[p.aIndex[k]!] = out[p.aIndex[k]!]! + g;
    else if (kind === ANGLE_FEATURE) {
      out[p.aWeight[k]!] = out[p.aWeight[k]!]! + g * x[p.aIndex[k]!]!;
      out[p.aBias[k]!] = out[p.aBias[k]!]! + g;
    }
  }
}
