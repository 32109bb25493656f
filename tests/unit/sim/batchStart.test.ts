// The batched simulator run from given states (runFrom): on random circuits split into a prefix
// and a rest, the rest run from the prefix's states equals the single-state simulator on the whole
// circuit, its adjoint gradient equals the whole circuit's restricted to the rest's parameters
// and finite differences, and start states that do not fit are refused with a message.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  createRng,
  createSimulator,
  expectation,
  type Binding,
  type Circuit,
} from '../../../workers/sim';
import { createBatchSimulator, type BatchOptions } from '../../../workers/sim/batch';
import { applyObservable, compileObservable } from '../../../workers/sim/observables';
import {
  maxAbsDiff,
  randomCircuit,
  randomObservable,
  randomStateCircuit,
  randomVector,
  FUSION_TEST_GATES as GATES,
} from './random';

/** Features per input (xs holds them input by input; a circuit may read fewer: stride given). */
const FEATURES = 2;

/** The circuit with every parameter index (angles, feature weights and biases) moved up by `by`. */
function shiftParams(c: Circuit, by: number): Circuit {
  const shift = (b: Binding): Binding => {
    if (b.kind === 'param') return { ...b, index: b.index + by };
    if (b.kind === 'feature') return { ...b, weight: b.weight + by, bias: b.bias + by };
    return b;
  };
  return { qubits: c.qubits, ops: c.ops.map((op) => (op.params ? { ...op, params: op.params.map(shift) } : op)) }; // prettier-ignore
}

/**
 * A random circuit as prefix + rest, both reading features and parameters, the prefix parameters
 * 0 … kp − 1 and the rest kp … kp + kr − 1 (disjoint, so the rest's gradient is the whole
 * circuit's restricted to them); count inputs and their states after the prefix.
 */
function startCase(seed: number, n: number) {
  const rng = createRng(seed);
  const kp = 2 + rng.int(3);
  const kr = 3 + rng.int(4);
  const options = { gates: GATES, numFeatures: FEATURES, maxControls: 1 };
  const prefix = randomStateCircuit(rng, n, 1);
  prefix.ops.push(...randomCircuit(rng, n, 3 + 2 * n, { ...options, numParams: kp }).ops);
  const rest = shiftParams(randomCircuit(rng, n, 10 + 5 * n, { ...options, numParams: kr }), kp);
  const count = 1 + rng.int(5);
  const params = randomVector(rng, kp + kr, Math.PI);
  const xs = randomVector(rng, count * FEATURES);
  const head = createSimulator(prefix);
  const starts = Array.from({ length: count }, (_, s) =>
    head.run(params, xs.slice(FEATURES * s, FEATURES * (s + 1))).amp.slice(),
  );
  return {
    n,
    kp,
    prefix,
    rest,
    whole: { qubits: n, ops: [...prefix.ops, ...rest.ops] } as Circuit,
    count,
    params,
    xs,
    starts,
    flat: concat(starts),
    obs: randomObservable(rng, n),
    weights: randomVector(rng, count),
  };
}

function concat(states: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(states.reduce((a, s) => a + s.length, 0));
  states.reduce((o, s) => (out.set(s, o), o + s.length), 0);
  return out;
}

type Case = ReturnType<typeof startCase>;

/** Seeds λ_s = w_s·M|ψ_s⟩ (the loss Σ_s w_s⟨M⟩_s) for the batch's last run. */
function seedLoss(batch: ReturnType<typeof createBatchSimulator>, c: Case): void {
  const obs = compileObservable(c.obs, c.n);
  for (let s = 0; s < c.count; s++) {
    applyObservable(batch.state(s), obs, batch.seed(s));
    const l = batch.seed(s).amp;
    for (let i = 0; i < l.length; i++) l[i] = l[i]! * c.weights[s]!;
  }
}

const CASES: [number, number][] = [];
for (let n = 1; n <= 5; n++) for (let k = 0; k < 3; k++) CASES.push([n, 500 + 10 * n + k]);

/** Fused or not, SIMD or JavaScript kernels, blocks of 2 low qubits (groups on 3 or more). */
const VARIANTS: [string, BatchOptions][] = [
  ['fused', {}],
  ['unfused', { fuse: false }],
  ['JavaScript kernels', { simd: false }],
  ['blocks of 2 qubits', { blockQubits: 2 }],
];

describe('batched simulation from given states', () => {
  it.each(CASES)('%i qubits, seed %i: states equal the whole circuit on the single-state simulator (1e-12), gradients its gradient in the rest’s parameters (1e-11)', (n, seed) => {
    const c = startCase(seed, n);
    const whole = createSimulator(c.whole);
    const obs = whole.observable(c.obs);
    const want: Float64Array[] = [];
    const wantGrad = new Float64Array(c.params.length);
    for (let s = 0; s < c.count; s++) {
      const x = c.xs.slice(FEATURES * s, FEATURES * (s + 1));
      want.push(whole.run(c.params, x).amp.slice());
      const g = new Float64Array(c.params.length);
      whole.gradient(obs, c.params, x, g);
      for (let k = 0; k < g.length; k++) wantGrad[k] = wantGrad[k]! + c.weights[s]! * g[k]!;
    }
    for (const [name, options] of VARIANTS)
      for (const [form, start] of [['flat', c.flat], ['list', c.starts]] as const) {
        const batch = createBatchSimulator(c.rest, 6, options);
        batch.runFrom(c.params, c.xs, c.count, start, FEATURES);
        for (let s = 0; s < c.count; s++)
          expect(maxAbsDiff(batch.state(s).amp, want[s]!), `${name}, ${form}, state ${s}`).toBeLessThan(1e-12);
        seedLoss(batch, c);
        const grad = new Float64Array(c.params.length);
        batch.backward(grad);
        // The rest's parameters get the whole circuit's gradient; the prefix's get nothing.
        expect(maxAbsDiff(grad.subarray(c.kp), wantGrad.subarray(c.kp)), `${name}, ${form}`).toBeLessThan(1e-11);
        expect([...grad.subarray(0, c.kp)]).toEqual(new Array(c.kp).fill(0));
      }
  }); // prettier-ignore

  it('gradient equals central differences of Σ w_s⟨M⟩_s from the same start states (1e-8)', () => {
    const c = startCase(4242, 4);
    const batch = createBatchSimulator(c.rest, 8);
    const obs = compileObservable(c.obs, 4);
    const loss = (theta: number[]): number => {
      batch.runFrom(theta, c.xs, c.count, c.starts, FEATURES);
      let total = 0;
      for (let s = 0; s < c.count; s++) total += c.weights[s]! * expectation(batch.state(s), obs);
      return total;
    };
    loss(c.params);
    seedLoss(batch, c);
    const grad = new Float64Array(c.params.length);
    batch.backward(grad);
    const h = 1e-5;
    for (let k = c.kp; k < c.params.length; k++) {
      const up = c.params.slice();
      const down = c.params.slice();
      up[k]! += h;
      down[k]! -= h;
      expect(Math.abs(grad[k]! - (loss(up) - loss(down)) / (2 * h)), `θ${k}`).toBeLessThan(1e-8);
    }
    expect(Math.max(...grad.subarray(c.kp).map(Math.abs))).toBeGreaterThan(1e-3);
  });

  it('reads a list’s first count states, the same state twice alike; run() starts from |0…0⟩ again after', () => {
    const c = startCase(77, 3);
    const whole = createSimulator(c.whole);
    const x0 = c.xs.slice(0, FEATURES);
    const batch = createBatchSimulator(c.rest, 4);
    // Inputs 0 and 1 both start in input 0's prefix state; the list holds one more than is read.
    const xs = [...x0, ...x0, ...x0];
    batch.runFrom(c.params, xs, 2, [c.starts[0]!, c.starts[0]!, new Float64Array(1)], FEATURES);
    const want = whole.run(c.params, x0).amp;
    expect(maxAbsDiff(batch.state(0).amp, want)).toBeLessThan(1e-12);
    expect(maxAbsDiff(batch.state(1).amp, want)).toBeLessThan(1e-12);
    batch.run(c.params, xs, 2, FEATURES);
    const fromZero = createSimulator(c.rest).run(c.params, x0).amp;
    expect(maxAbsDiff(batch.state(1).amp, fromZero)).toBeLessThan(1e-12);
  });

  it('refuses start states that do not fit, before overwriting the last run', () => {
    const c = startCase(91, 2);
    const batch = createBatchSimulator(c.rest, 4);
    batch.runFrom(c.params, c.xs, c.count, c.starts, FEATURES);
    const before = batch.state(0).amp.slice();
    const refusal = (start: Float64Array | Float64Array[]): SimError => {
      try {
        batch.runFrom(c.params, c.xs, c.count, start, FEATURES);
      } catch (e) {
        expect(e).toBeInstanceOf(SimError);
        expect((e as SimError).field).toBe('start');
        return e as SimError;
      }
      throw new Error('runFrom took start states that do not fit');
    };
    const len = 8 * c.count;
    expect(refusal(c.flat.subarray(8)).message).toBe(
      `${c.count} start states of 2 qubits take ${c.count} × 8 = ${len} numbers (re, im per amplitude); ${len - 8} were given.`,
    );
    // States of 3 qubits for a 2-qubit circuit: twice the numbers.
    expect(refusal(new Float64Array(2 * len)).message).toMatch(
      /take .* numbers .*; \d+ were given/,
    );
    expect(refusal(c.starts.slice(0, c.count - 1)).message).toBe(
      `A run of ${c.count} inputs needs ${c.count} start states; ${c.count - 1} were given.`,
    );
    const short = [...c.starts];
    short[c.count - 1] = new Float64Array(4);
    expect(refusal(short).message).toBe(
      `Start state ${c.count - 1} has 4 numbers; a state of 2 qubits has 8 (re, im per amplitude).`,
    );
    expect(maxAbsDiff(batch.state(0).amp, before)).toBe(0);
    // The refused runs left the last one's states and backward as they were.
    seedLoss(batch, c);
    expect(() => batch.backward(new Float64Array(c.params.length))).not.toThrow();
  });
});
