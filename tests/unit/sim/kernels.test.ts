// Every gate kernel against the reference operator on random states: every qubit position (every
// ordered pair / triple), n = 1…4, forwards and inverse, and with extra controls on |1⟩ and on |0⟩.
import { describe, expect, it } from 'vitest';
import { GATE_NAMES, compile, createRng, runCircuit } from '../../../workers/sim';
import type { Binding, GateName, Operation, Rng } from '../../../workers/sim';
import { dense1, diag1, dense2, diag2, swap2, x1 } from '../../../workers/sim/kernels';
import { applyOp } from '../../../workers/sim/run';
import {
  REF_GATES,
  dagger,
  embed,
  fromAmp,
  localMatrix,
  matVec,
  maxDiff,
  opMatrix,
} from './reference';
import { pickQubits, randomStateCircuit } from './random';

// 1e-12: one gate on a unit vector; each amplitude is a sum of ≤ 4 products of O(1) numbers.
const TOL = 1e-12;

/** All ordered k-tuples of distinct qubits out of n. */
function tuples(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const t of tuples(n, k - 1))
    for (let q = 0; q < n; q++) if (!t.includes(q)) out.push([...t, q]);
  return out;
}

function randomAngles(rng: Rng, k: number): Binding[] {
  return Array.from({ length: k }, () => ({
    kind: 'const',
    value: (rng.next() - 0.5) * 4 * Math.PI,
  }));
}

/** Checks op forwards and inverse on a fresh random n-qubit state; returns the worst error. */
function check(rng: Rng, n: number, op: Operation): number {
  const amp = runCircuit(randomStateCircuit(rng, n)).amp;
  const psi = fromAmp(amp);
  const prog = compile({ qubits: n, ops: [op] });
  const u = opMatrix(n, op);
  const fwd = amp.slice();
  applyOp(prog, 0, fwd, false);
  const inv = amp.slice();
  applyOp(prog, 0, inv, true);
  return Math.max(maxDiff(fwd, matVec(u, psi)), maxDiff(inv, matVec(dagger(u), psi)));
}

describe('applyOp: every gate on every qubit position', () => {
  it.each(GATE_NAMES.map((g) => [g]))('%s for n = 1…4', (gate: GateName) => {
    const rng = createRng(1000 + GATE_NAMES.indexOf(gate));
    const g = REF_GATES[gate];
    const k = g.named + g.base;
    let cases = 0;
    for (let n = k; n <= 4; n++) {
      for (const targets of tuples(n, k)) {
        for (let rep = 0; rep < 2; rep++) {
          const op: Operation = { gate, targets, params: randomAngles(rng, g.angles) };
          expect(check(rng, n, op)).toBeLessThan(TOL);
          cases++;
        }
      }
    }
    expect(cases).toBeGreaterThan(0);
  });
});

describe('applyOp: extra controls on |1⟩ and on |0⟩', () => {
  const patterns: (0 | 1)[][] = [[1], [0], [1, 1], [0, 0], [0, 1], [1, 0]];
  it.each(GATE_NAMES.map((g) => [g]))('%s with 1 and 2 extra controls', (gate: GateName) => {
    const rng = createRng(2000 + GATE_NAMES.indexOf(gate));
    const g = REF_GATES[gate];
    const k = g.named + g.base;
    for (const states of patterns) {
      const n = Math.max(4, k + states.length + 1); // at least one spectator qubit
      for (let rep = 0; rep < 4; rep++) {
        const qs = pickQubits(rng, n, k + states.length);
        const op: Operation = {
          gate,
          targets: qs.slice(0, k),
          controls: qs.slice(k),
          controlStates: states,
          params: randomAngles(rng, g.angles),
        };
        expect(check(rng, n, op)).toBeLessThan(TOL);
      }
    }
  });

  it('controls default to |1⟩ when controlStates is omitted', () => {
    const rng = createRng(7);
    const op: Operation = {
      gate: 'RY',
      targets: [2],
      controls: [0, 1],
      params: randomAngles(rng, 1),
    };
    expect(check(rng, 3, op)).toBeLessThan(TOL);
    // And the reference agrees that this is the Toffoli-like block on |11⟩ of qubits 0, 1.
    const explicit = embed(3, localMatrix('RY', [0.5]), [2], [0, 1], [1, 1]);
    const implicit = opMatrix(3, {
      gate: 'RY',
      targets: [2],
      controls: [0, 1],
      params: [{ kind: 'const', value: 0.5 }],
    });
    expect(Math.max(...explicit.re.map((v, i) => Math.abs(v - implicit.re[i]!)))).toBeLessThan(TOL);
  });

  it('a control on |0⟩ leaves the |1⟩ branch untouched', () => {
    // X on qubit 1 controlled on qubit 0 being |0⟩: |00⟩ → |10⟩, |01⟩ stays (basis index 1).
    const prog = compile({
      qubits: 2,
      ops: [{ gate: 'X', targets: [1], controls: [0], controlStates: [0] }],
    });
    const a = new Float64Array(8);
    a[0] = 1;
    applyOp(prog, 0, a, false);
    expect(Array.from(a)).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
    const b = new Float64Array(8);
    b[2] = 1;
    applyOp(prog, 0, b, false);
    expect(Array.from(b)).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
  });
});

describe('raw kernels', () => {
  // The fast paths (real matrices, m00 = 1, SWAP, X) give the same result as the general ones.
  const rng = createRng(99);
  const n = 4;
  const state = () => runCircuit(randomStateCircuit(rng, n)).amp;

  it('dense1 real and complex paths agree with diag1 and x1 on the matrices they specialise', () => {
    for (let q = 0; q < n; q++) {
      const a = state();
      const b = a.slice();
      const x = new Float64Array([0, 0, 1, 0, 1, 0, 0, 0]);
      dense1(a, q, x, 0, 0, 0);
      x1(b, q, 0, 0);
      expect(maxDiff(a, fromAmp(b))).toBeLessThan(TOL);
      const c = state();
      const d = c.slice();
      const t = new Float64Array([1, 0, 0, 0, 0, 0, Math.SQRT1_2, Math.SQRT1_2]);
      dense1(c, q, t, 0, 1 << ((q + 1) % n), 0);
      diag1(d, q, t, 0, 1 << ((q + 1) % n), 0);
      expect(maxDiff(c, fromAmp(d))).toBeLessThan(TOL);
    }
  });

  it('dense2 with a permutation matrix equals swap2; with a diagonal one equals diag2', () => {
    const swap = new Float64Array(32);
    for (const [r, c] of [
      [0, 0],
      [1, 2],
      [2, 1],
      [3, 3],
    ] as const)
      swap[2 * (4 * r + c)] = 1;
    const dg = new Float64Array(32);
    [0.3, -1.1, 2.0, 0.7].forEach((phi, l) => {
      dg[2 * (4 * l + l)] = Math.cos(phi);
      dg[2 * (4 * l + l) + 1] = Math.sin(phi);
    });
    for (let q0 = 0; q0 < n; q0++)
      for (let q1 = 0; q1 < n; q1++) {
        if (q0 === q1) continue;
        const spare = [0, 1, 2, 3].find((q) => q !== q0 && q !== q1)!;
        const a = state();
        const b = a.slice();
        dense2(a, q0, q1, swap, 0, 1 << spare, 1 << spare);
        swap2(b, q0, q1, 1 << spare, 1 << spare);
        expect(maxDiff(a, fromAmp(b))).toBeLessThan(TOL);
        const c = state();
        const d = c.slice();
        dense2(c, q0, q1, dg, 0, 0, 0);
        diag2(d, q0, q1, dg, 0, 0, 0);
        expect(maxDiff(c, fromAmp(d))).toBeLessThan(TOL);
      }
  });

  it('reads the matrix at an offset', () => {
    const a = state();
    const b = a.slice();
    const m = new Float64Array(16);
    m.set([0, 0, 1, 0, 1, 0, 0, 0], 8);
    dense1(a, 2, m, 8, 0, 0);
    x1(b, 2, 0, 0);
    expect(maxDiff(a, fromAmp(b))).toBeLessThan(TOL);
  });
});
