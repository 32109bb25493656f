// Gradients of ⟨M⟩: the adjoint method, the exact parameter-shift rule and central finite
// differences agree on random circuits with shared parameters, features, controls on |0⟩ and
// two-qubit rotations, for random Pauli-sum observables with a diagonal part.
import { describe, expect, it } from 'vitest';
import { createRng, createSimulator } from '../../../workers/sim';
import type { Circuit, GateInfo, GateName, Observable, Simulator } from '../../../workers/sim';
import { createWorkspace, shiftTerms } from '../../../workers/sim/gradient';
import { SIMD_MIN_QUBITS, simdKernels } from '../../../workers/sim/simd';
import { denseTerms, observableMatrix, refRun, sandwich } from './reference';
import { randomCircuit, randomObservable, randomStateCircuit, randomVector } from './random';

/** Parameterised gates the generator mixes in with fixed ones, weighted towards the tricky ones. */
const GATES: GateName[] = [
  'U3', 'U3', 'CRX', 'CRY', 'CRZ', 'CP', 'RXX', 'RYY', 'RZZ', 'RX', 'RY', 'RZ', 'P',
  'H', 'CNOT', 'SX', 'ISWAP', 'TOFFOLI', 'SWAP',
]; // prettier-ignore

/** Central differences of sim.expectation in every parameter. */
function finiteDifferences(
  sim: Simulator,
  obs: Observable,
  params: number[],
  x: number[],
  h = 1e-5,
): number[] {
  const compiled = sim.observable(obs);
  return params.map((_, k) => {
    const up = params.slice();
    const down = params.slice();
    up[k]! += h;
    down[k]! -= h;
    return (sim.expectation(compiled, up, x) - sim.expectation(compiled, down, x)) / (2 * h);
  });
}

interface Case {
  circuit: Circuit;
  obs: Observable;
  params: number[];
  x: number[];
}

function randomCase(seed: number, n: number): Case {
  const rng = createRng(seed);
  // Few parameters for many gates, so most are shared by several gates.
  const numParams = 2 + rng.int(4);
  const numFeatures = 2;
  const circuit = randomCircuit(rng, n, 6 + 3 * n, {
    gates: GATES,
    numParams,
    numFeatures,
    maxControls: 2,
  });
  // A layer of U3s first, so that every control sees both |0⟩ and |1⟩ amplitude.
  circuit.ops.unshift(...randomStateCircuit(rng, n, 1).ops);
  return {
    circuit,
    obs: randomObservable(rng, n),
    params: randomVector(rng, numParams, Math.PI),
    x: randomVector(rng, numFeatures),
  };
}

const CASES: [number, number][] = [];
for (let n = 1; n <= 5; n++) for (let k = 0; k < 4; k++) CASES.push([n, 100 * n + k]);

describe('adjoint = parameter shift = finite differences', () => {
  it.each(CASES)('%i qubits, seed %i', (n, seed) => {
    const { circuit, obs, params, x } = randomCase(seed, n);
    const sim = createSimulator(circuit);
    const compiled = sim.observable(obs);
    const p = params.length;

    const adjoint = new Float64Array(p);
    const vAdj = sim.gradient(compiled, params, x, adjoint);
    const shift = new Float64Array(p);
    const vShift = sim.gradient(compiled, params, x, shift, { kind: 'shift' });
    const fd = finiteDifferences(sim, obs, params, x);

    // ⟨M⟩ from the reference: ⟨ψ|M|ψ⟩ with dense matrices.
    const psi = refRun(circuit, params, x);
    const [exact, imag] = sandwich(psi, observableMatrix(n, denseTerms(obs, n), obs.diagonal), psi);
    // 1e-12: M is Hermitian; the imaginary part is pure rounding of ~2^n terms.
    expect(Math.abs(imag)).toBeLessThan(1e-12);
    // 1e-10: the circuit has ≤ 21 gates; same error budget as the amplitudes.
    expect(Math.abs(vAdj - exact)).toBeLessThan(1e-10);
    expect(Math.abs(vShift - exact)).toBeLessThan(1e-10);

    // Not a vacuous comparison: some parameter really moves ⟨M⟩.
    expect(Math.max(...fd.map(Math.abs))).toBeGreaterThan(1e-3);
    for (let k = 0; k < p; k++) {
      // 1e-7: finite differences carry h²/6·f''' ≈ 1e-9 truncation and 1e-16/h ≈ 1e-11 rounding;
      // adjoint and shift are exact up to ~1e-13.
      expect(Math.abs(adjoint[k]! - fd[k]!)).toBeLessThan(1e-7);
      expect(Math.abs(shift[k]! - fd[k]!)).toBeLessThan(1e-7);
      expect(Math.abs(adjoint[k]! - shift[k]!)).toBeLessThan(1e-7);
    }
  });
});

describe('adjoint = parameter shift = finite differences, on SIMD-backed states', () => {
  it.each([
    [SIMD_MIN_QUBITS, 1001],
    [SIMD_MIN_QUBITS + 1, 1002],
  ])('%i qubits, seed %i', (n, seed) => {
    const { circuit, obs, params, x } = randomCase(seed, n);
    expect(simdKernels(createWorkspace(n).phi.amp)).toBeDefined();
    const sim = createSimulator(circuit);
    const compiled = sim.observable(obs);
    const adjoint = new Float64Array(params.length);
    const shift = new Float64Array(params.length);
    sim.gradient(compiled, params, x, adjoint);
    sim.gradient(compiled, params, x, shift, { kind: 'shift' });
    const fd = finiteDifferences(sim, obs, params, x);
    expect(Math.max(...fd.map(Math.abs))).toBeGreaterThan(1e-4);
    for (let k = 0; k < params.length; k++) {
      // 1e-7 as above: finite-difference truncation and rounding; adjoint and shift are exact.
      expect(Math.abs(adjoint[k]! - fd[k]!)).toBeLessThan(1e-7);
      expect(Math.abs(adjoint[k]! - shift[k]!)).toBeLessThan(1e-9);
    }
  });
});

describe('two-qubit rotations', () => {
  it.each([5, SIMD_MIN_QUBITS + 1])(
    'give the same adjoint gradient by their Pauli generator as by the dense 4×4 bracket (%i qubits)',
    (n) => {
      const rng = createRng(4242 + n);
      const circuit = randomCircuit(rng, n, 30, {
        gates: ['RXX', 'RYY', 'RZZ', 'U3', 'CNOT'],
        numParams: 4,
        numFeatures: 0,
        maxControls: 1,
      });
      circuit.ops.unshift(...randomStateCircuit(rng, n, 1).ops);
      const obs = randomObservable(rng, n);
      const params = randomVector(rng, 4, Math.PI);
      const byPauli = new Float64Array(4);
      const sim = createSimulator(circuit);
      sim.gradient(sim.observable(obs), params, [], byPauli);
      // The same circuit with the generators hidden: the adjoint falls back to the dense bracket.
      const dense = createSimulator(circuit);
      const gates = dense.program.gates as GateInfo[];
      let hidden = 0;
      gates.forEach((g, i) => {
        if (g.pauli) {
          gates[i] = { ...g, pauli: null };
          hidden++;
        }
      });
      expect(hidden).toBeGreaterThan(5);
      const byMatrix = new Float64Array(4);
      dense.gradient(dense.observable(obs), params, [], byMatrix);
      expect(Math.max(...byPauli.map(Math.abs))).toBeGreaterThan(1e-3);
      // 1e-12: both are exact; they differ in rounding only.
      for (let k = 0; k < 4; k++) expect(Math.abs(byPauli[k]! - byMatrix[k]!)).toBeLessThan(1e-12);
    },
  );
});

describe('the random cases', () => {
  it('cover shared parameters, features, U3, CR*, CP, RXX/RYY/RZZ and controls on |0⟩', () => {
    const seen = new Set<string>();
    for (const [n, seed] of CASES) {
      const uses = new Map<number, number>();
      for (const op of randomCase(seed, n).circuit.ops) {
        seen.add(op.gate);
        if (op.controlStates?.includes(0)) seen.add('control on |0⟩');
        for (const b of op.params ?? []) {
          if (b.kind === 'feature') seen.add('feature');
          if (b.kind === 'param') uses.set(b.index, (uses.get(b.index) ?? 0) + 1);
        }
      }
      if ([...uses.values()].some((u) => u > 1)) seen.add('shared');
    }
    const wanted = [
      'U3',
      'CRX',
      'CRY',
      'CRZ',
      'CP',
      'RXX',
      'RYY',
      'RZZ',
      'feature',
      'shared',
      'control on |0⟩',
    ];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  });
});

describe('gradient contract', () => {
  const { circuit, obs, params, x } = randomCase(4242, 3);
  const sim = createSimulator(circuit);
  const compiled = sim.observable(obs);

  it('adds into grad instead of overwriting it (both methods)', () => {
    for (const method of [{ kind: 'adjoint' } as const, { kind: 'shift' } as const]) {
      const fresh = new Float64Array(params.length);
      sim.gradient(compiled, params, x, fresh, method);
      const start = randomVector(createRng(1), params.length, 5);
      const acc = new Float64Array(start);
      sim.gradient(compiled, params, x, acc, method);
      sim.gradient(compiled, params, x, acc, method);
      for (let k = 0; k < params.length; k++) {
        // 1e-12: two additions of O(1) numbers onto O(5) ones.
        expect(Math.abs(acc[k]! - (start[k]! + 2 * fresh[k]!))).toBeLessThan(1e-12);
      }
    }
  });

  it('leaves the program bound as it found it: expectation after gradient is unchanged', () => {
    const before = sim.expectation(compiled, params, x);
    sim.gradient(compiled, params, x, new Float64Array(params.length), { kind: 'shift' });
    const after = sim.expectation(compiled, params, x);
    // 0: the same arithmetic on the same inputs must give the same bits.
    expect(after).toBe(before);
  });

  it('is zero for parameters the circuit does not use', () => {
    const c: Circuit = {
      qubits: 1,
      ops: [{ gate: 'RY', targets: [0], params: [{ kind: 'param', index: 1 }] }],
    };
    const s = createSimulator(c);
    const g = new Float64Array(3);
    s.gradient(s.observable({ terms: [{ coeff: 1, label: 'Z' }] }), [9, 0.3, 9], [], g);
    // d⟨Z⟩/dθ of RY(θ)|0⟩ is −sin θ; 1e-14: one sin evaluation and a few products.
    expect(Math.abs(g[1]! + Math.sin(0.3))).toBeLessThan(1e-14);
    expect(g[0]).toBe(0);
    expect(g[2]).toBe(0);
  });

  it('feature bindings get x·∂ for the weight and ∂ for the bias', () => {
    const c: Circuit = {
      qubits: 1,
      ops: [
        { gate: 'RX', targets: [0], params: [{ kind: 'feature', feature: 0, weight: 0, bias: 1 }] },
      ],
    };
    const s = createSimulator(c);
    const g = new Float64Array(2);
    const w = 0.7;
    const b = -0.2;
    const xv = 1.5;
    s.gradient(s.observable({ terms: [{ coeff: 1, label: 'Z' }] }), [w, b], [xv], g);
    const d = -Math.sin(w * xv + b); // ⟨Z⟩ = cos θ
    // 1e-14: a few products of O(1) numbers.
    expect(Math.abs(g[0]! - xv * d)).toBeLessThan(1e-14);
    expect(Math.abs(g[1]! - d)).toBeLessThan(1e-14);
  });
});

describe('shift rules', () => {
  it('uses two terms for plain rotations and four for controlled rotations, but two for CP', () => {
    const sim = createSimulator({
      qubits: 2,
      ops: [
        { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 0 }] },
        { gate: 'CRX', targets: [0, 1], params: [{ kind: 'param', index: 0 }] },
        { gate: 'CP', targets: [0, 1], params: [{ kind: 'param', index: 0 }] },
        {
          gate: 'RY',
          targets: [1],
          controls: [0],
          controlStates: [0],
          params: [{ kind: 'param', index: 0 }],
        },
      ],
    });
    const lengths = [0, 1, 2, 3].map((i) => shiftTerms(sim.program, i, 0).length);
    expect(lengths).toEqual([2, 4, 2, 4]);
    // The four-term rule differentiates both frequencies ½ and 1 exactly:
    // f(θ) = cos(θ/2) and cos(θ) at θ = 0.4.
    for (const freq of [0.5, 1]) {
      const f = (t: number) => Math.cos(freq * t);
      const g = shiftTerms(sim.program, 1, 0).reduce((s, [a, c]) => s + c * f(0.4 + a), 0);
      // 1e-14: four terms of O(1).
      expect(Math.abs(g + freq * Math.sin(freq * 0.4))).toBeLessThan(1e-14);
    }
  });
});
