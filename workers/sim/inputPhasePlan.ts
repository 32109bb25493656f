// Per-input phase layers, the plan: wire runs that read the input, like the re-uploading layer
// RZ(w·x₀ + b)·RY(w·x₁ + b)·RZ(θ), are split into their diagonal head and tail and a real middle.
// The diagonal parts of a layer's wires, the tails of the layer before and the constant diagonal
// steps between (a ring of CZ) all commute, so the tails wait for the next layer's heads and go
// with them into one step, one diagonal per input (inputPhase.ts). A layer of w wires then costs
// w real 2×2 passes (about half a complex one each) and one phase pass, not w complex passes.
// A wire whose middle is not real, like RY(w·x + b)·RZ(θ)·RY(θ), is split input by input instead:
// any one-qubit unitary is A·R·G with A, G diagonal and R a real rotation, so its A and G go
// with the phase layers around it and the wire step applies R (batchInput.ts).

import type { Program } from './compile';
import { inputWire } from './batchWire';
import { phaseSizes } from './inputPhase';
import { STEP_DIAG, STEP_PHASE, STEP_WIRE, isFeatureOp, variableAngles } from './fuse';
import type { Step, WirePhase } from './fuse';

/**
 * Diagonal gates a layer takes: uncontrolled, one qubit, with ∂d/d the same at every angle (i/2
 * times ∓1 for RZ, i on |1⟩ for P), so that inputPhase.ts differentiates them from two sums.
 */
export const PHASE_GATES: ReadonlySet<string> = new Set(['RZ', 'P', 'Z', 'S', 'SDG', 'T', 'TDG']);
/** Gates whose runs stay real: the middles worth the split. */
const REAL_GATES: ReadonlySet<string> = new Set(['RY', 'H', 'X']);
/** A layer is worth its pass when it takes the phases off at least this many wires. */
const MIN_WIRES = 3;

const isPhaseOp = (p: Program, i: number): boolean =>
  p.cmask[i] === 0 && p.q1[i]! < 0 && PHASE_GATES.has(p.gates[i]!.name);

/** A step that is diagonal in the computational basis (commutes with every phase). */
function isDiagonal(p: Program, st: Step): boolean {
  if (st.kind === STEP_DIAG || st.kind === STEP_PHASE) return true;
  return st.ops.every((i) => p.gates[i]!.kernel === 'diag1' || p.gates[i]!.kernel === 'diag2');
}

/**
 * A per-input wire run's split: [h, t] when its ops [0, h) are a diagonal head, [t, m) a diagonal
 * tail and the middle is real; 'euler' when instead its product U can be split input by input
 * (batchWire.ts reads its input: U = A·R·G, inputPhase.ts); null for any other step.
 */
function splitRun(p: Program, st: Step): [number, number] | 'euler' | null {
  if (st.kind !== STEP_WIRE || !st.perInput) return null;
  const ops = st.ops;
  let h = 0;
  while (h < ops.length && isPhaseOp(p, ops[h]!)) h++;
  let t = ops.length;
  while (t > h && isPhaseOp(p, ops[t - 1]!)) t--;
  let real = h > 0 || t < ops.length;
  for (let j = h; j < t; j++) if (!REAL_GATES.has(p.gates[ops[j]!]!.name)) real = false;
  if (real) return [h, t];
  return inputWire(p, st) ? 'euler' : null;
}

/**
 * A phase layer of the ops and split wires' factors (reading no input: a shared layer), with a
 * constant real diagonal step gathered into it (its ops among the layer's, its table the
 * layer's) when it reads the input.
 */
function layer(p: Program, ops: number[], wires: WirePhase[], ring: Step | null): Step[] {
  const perInput = wires.length > 0 || ops.some((i) => isFeatureOp(p, i));
  const own = perInput && ring ? [...ops, ...ring.ops] : ops;
  const st: Step = {
    kind: STEP_PHASE,
    ops: own,
    q: ops.length ? p.q0[ops[0]!]! : wires[0]!.wire.q,
    perInput,
    varies: wires.length > 0 || ops.some((i) => p.varies[i] === 1),
    table: perInput && ring ? ring.table : null,
    angles: variableAngles(p, ops),
    mask: qubitsOf(p, ops) | wires.reduce((m, w) => m | (1 << w.wire.q), 0) | (ring?.mask ?? 0),
    ...(wires.length ? { wirePhases: wires } : {}),
  };
  return perInput || !ring ? [st] : [st, ring];
}

/**
 * A constant diagonal step whose phases are real (±1: a ring of CZ), which a layer can take: its
 * table at least as long as the layer's low table (the kernel walks it a chunk at a time).
 */
const realDiagonal = (p: Program, st: Step): boolean =>
  st.kind === STEP_DIAG &&
  !!st.table &&
  st.table.length >= 2 << phaseSizes(p.n).low &&
  st.table.every((v, e) => e % 2 === 0 || v === 0);

const qubitsOf = (p: Program, ops: readonly number[]): number =>
  ops.reduce((m, i) => m | (1 << p.q0[i]!), 0);

/** A wire run's real middle: its ops [h, t). */
function part(p: Program, st: Step, ops: number[]): Step {
  return {
    ...st,
    kind: STEP_WIRE,
    ops,
    q: p.q0[ops[0]!]!,
    perInput: ops.some((i) => isFeatureOp(p, i)),
    varies: ops.some((i) => p.varies[i] === 1),
    table: null,
    angles: variableAngles(p, ops),
    mask: qubitsOf(p, ops),
  };
}

/**
 * The steps with per-input phase layers: from each splittable run on, the later splittable runs
 * on qubits that no step passed over touches are moved up to it (they commute with those steps);
 * the phases waiting (tails of earlier layers) and the heads go into one STEP_PHASE step, then
 * the middles follow, and the tails wait until a step that is not diagonal touches their qubits.
 * The steps apply the same unitary, in an order the reference does not have.
 */
export function gatherInputPhases(p: Program, steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  const moved = new Uint8Array(steps.length);
  const all = 2 ** p.n - 1;
  let waiting: number[] = [];
  let waitingWires: WirePhase[] = [];
  let ring: Step | null = null;
  let waitMask = 0;
  const flush = (): void => {
    if (waiting.length || waitingWires.length) out.push(...layer(p, waiting, waitingWires, ring));
    else if (ring) out.push(ring);
    waiting = [];
    waitingWires = [];
    ring = null;
    waitMask = 0;
  };
  for (let k = 0; k < steps.length; k++) {
    if (moved[k]) continue;
    const st = steps[k]!;
    const taken = [k];
    if (splitRun(p, st)) {
      let layerMask = st.mask;
      let passed = 0;
      for (let j = k + 1; j < steps.length && (passed | layerMask) !== all; j++) {
        if (moved[j]) continue;
        const sj = steps[j]!;
        if (splitRun(p, sj) && !(passed & sj.mask) && !(layerMask & sj.mask)) {
          taken.push(j);
          layerMask |= sj.mask;
        } else passed |= sj.mask;
      }
    }
    if (taken.length < MIN_WIRES) {
      // A ring between two layers waits with the tails and goes into the next layer.
      if (!ring && (waiting.length || waitingWires.length) && realDiagonal(p, st)) {
        ring = st;
        waitMask |= st.mask;
        continue;
      }
      if (waitMask & st.mask && !isDiagonal(p, st)) flush();
      out.push(st);
      continue;
    }
    const middles: Step[] = [];
    const tails: number[] = [];
    const tailWires: WirePhase[] = [];
    for (const j of taken) {
      const sj = steps[j]!;
      const split = splitRun(p, sj)!;
      if (split === 'euler') {
        const wire: Step = { ...sj, euler: true };
        waitingWires.push({ wire, tail: false });
        middles.push(wire);
        tailWires.push({ wire, tail: true });
      } else {
        const [h, t] = split;
        waiting.push(...sj.ops.slice(0, h));
        if (t > h) middles.push(part(p, sj, sj.ops.slice(h, t)));
        tails.push(...sj.ops.slice(t));
      }
      moved[j] = 1;
    }
    flush();
    out.push(...middles);
    waiting = tails;
    waitingWires = tailWires;
    waitMask = qubitsOf(p, tails) | tailWires.reduce((m, w) => m | (1 << w.wire.q), 0);
  }
  flush();
  return out;
}
