// Readouts against the reference: probabilities, marginals, Bloch vectors, reduced density matrices
// (partial trace), ⟨ψ|M|ψ⟩ for Pauli labels in both forms, M·ψ, and the Pauli parser's errors.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  applyObservable,
  blochVectors,
  compileObservable,
  createRng,
  createState,
  expectation,
  marginal,
  parsePauli,
  probabilities,
  reducedDensityMatrix,
  runCircuit,
} from '../../../workers/sim';
import type { Circuit, StateVector } from '../../../workers/sim';
import {
  PAULI_X,
  PAULI_Y,
  PAULI_Z,
  fromAmp,
  matVec,
  maxDiff,
  maxDiffMat,
  observableMatrix,
  partialTrace,
  pauliMatrix,
  sandwich,
  type CVec,
} from './reference';
import { pickQubits, randomDenseLabel, randomStateCircuit, randomVector, toSparse } from './random';

// 1e-12 throughout: readouts are sums of ≤ 2^6 products of amplitudes of modulus ≤ 1.
const TOL = 1e-12;

function randomStates(seed: number, count: number, maxN = 6): { s: StateVector; v: CVec }[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const s = runCircuit(randomStateCircuit(rng, 1 + (i % maxN)));
    return { s, v: fromAmp(s.amp) };
  });
}

const state = (c: Circuit) => runCircuit(c);

describe('probabilities and marginal', () => {
  it('probabilities are |a_b|² and sum to 1', () => {
    for (const { s, v } of randomStates(1, 12)) {
      const p = probabilities(s);
      let sum = 0;
      p.forEach((pb, b) => {
        expect(Math.abs(pb - (v.re[b]! ** 2 + v.im[b]! ** 2))).toBeLessThan(TOL);
        sum += pb;
      });
      expect(Math.abs(sum - 1)).toBeLessThan(TOL);
      const out = new Float64Array(p.length);
      expect(probabilities(s, out)).toBe(out);
    }
  });

  it('X on qubit 0 of two gives basis index 1 (qubit 0 least significant)', () => {
    const p = probabilities(state({ qubits: 2, ops: [{ gate: 'X', targets: [0] }] }));
    expect(Array.from(p)).toEqual([0, 1, 0, 0]);
  });

  it('marginal: bit i of the index is the value of qubits[i]', () => {
    // |q2 q1 q0⟩ = |110⟩: marginal over [0, 2] → q0 = 0, q2 = 1 → index 0b10 = 2.
    const s = state({
      qubits: 3,
      ops: [
        { gate: 'X', targets: [1] },
        { gate: 'X', targets: [2] },
      ],
    });
    expect(Array.from(marginal(s, [0, 2]))).toEqual([0, 0, 1, 0]);
    expect(Array.from(marginal(s, [2, 0]))).toEqual([0, 1, 0, 0]);
    const rng = createRng(5);
    for (const { s: r, v } of randomStates(2, 10)) {
      const qs = pickQubits(rng, r.n, 1 + rng.int(r.n));
      const m = marginal(r, qs);
      const ref = new Float64Array(1 << qs.length);
      for (let b = 0; b < 1 << r.n; b++) {
        const k = qs.reduce((acc, q, i) => acc | (((b >> q) & 1) << i), 0);
        ref[k] = ref[k]! + v.re[b]! ** 2 + v.im[b]! ** 2;
      }
      ref.forEach((pk, k) => expect(Math.abs(m[k]! - pk)).toBeLessThan(TOL));
    }
  });

  it('marginal rejects missing or repeated qubits', () => {
    const s = createState(2);
    expect(() => marginal(s, [2])).toThrow(SimError);
    expect(() => marginal(s, [0, 0])).toThrow(/twice/);
  });
});

describe('blochVectors', () => {
  const expectVec = (v: Float64Array, want: number[]) =>
    want.forEach((w, i) => expect(Math.abs(v[i]! - w)).toBeLessThan(TOL));

  it('|0⟩ → (0,0,1), |1⟩ → (0,0,−1), |+⟩ → (1,0,0), |+i⟩ → (0,1,0)', () => {
    expectVec(blochVectors(createState(1)), [0, 0, 1]);
    expectVec(blochVectors(state({ qubits: 1, ops: [{ gate: 'X', targets: [0] }] })), [0, 0, -1]);
    expectVec(blochVectors(state({ qubits: 1, ops: [{ gate: 'H', targets: [0] }] })), [1, 0, 0]);
    const plusI = state({
      qubits: 1,
      ops: [
        { gate: 'H', targets: [0] },
        { gate: 'S', targets: [0] },
      ],
    });
    expectVec(blochVectors(plusI), [0, 1, 0]);
    // A Bell pair: each qubit alone is maximally mixed.
    const bell = state({
      qubits: 2,
      ops: [
        { gate: 'H', targets: [0] },
        { gate: 'CNOT', targets: [0, 1] },
      ],
    });
    expectVec(blochVectors(bell), [0, 0, 0, 0, 0, 0]);
  });

  it('equals (Tr ρX, Tr ρY, Tr ρZ) of the reference partial trace', () => {
    for (const { s, v } of randomStates(3, 12)) {
      const b = blochVectors(s);
      for (let q = 0; q < s.n; q++) {
        const rho = partialTrace(v, s.n, [q]);
        [PAULI_X, PAULI_Y, PAULI_Z].forEach((p, k) => {
          // Tr(ρP) = Σ_rc ρ_rc P_cr (real for Hermitian ρ, P).
          let tr = 0;
          for (let r = 0; r < 2; r++)
            for (let c = 0; c < 2; c++)
              tr += rho.re[2 * r + c]! * p.re[2 * c + r]! - rho.im[2 * r + c]! * p.im[2 * c + r]!;
          expect(Math.abs(b[3 * q + k]! - tr)).toBeLessThan(TOL);
        });
      }
    }
  });
});

describe('reducedDensityMatrix', () => {
  it('one and two qubits equal the reference partial trace; Hermitian, trace 1, PSD diagonal', () => {
    const rng = createRng(9);
    for (const { s, v } of randomStates(4, 15)) {
      for (const k of s.n >= 2 ? [1, 2] : [1]) {
        const qs = pickQubits(rng, s.n, k);
        const rho = reducedDensityMatrix(s, qs);
        const ref = partialTrace(v, s.n, qs);
        expect(maxDiffMat(rho, ref)).toBeLessThan(TOL);
        const d = 1 << k;
        let trace = 0;
        for (let r = 0; r < d; r++) {
          trace += rho[2 * (d * r + r)]!;
          expect(rho[2 * (d * r + r)]!).toBeGreaterThanOrEqual(-TOL);
          for (let c = 0; c < d; c++) {
            expect(Math.abs(rho[2 * (d * r + c)]! - rho[2 * (d * c + r)]!)).toBeLessThan(TOL);
            expect(Math.abs(rho[2 * (d * r + c) + 1]! + rho[2 * (d * c + r) + 1]!)).toBeLessThan(
              TOL,
            );
          }
        }
        expect(Math.abs(trace - 1)).toBeLessThan(TOL);
      }
    }
  });

  it('orders the local index by the list: ρ of [1, 0] is ρ of [0, 1] with bits swapped', () => {
    const s = runCircuit(randomStateCircuit(createRng(10), 3));
    const a = reducedDensityMatrix(s, [0, 1]);
    const b = reducedDensityMatrix(s, [1, 0]);
    const sw = [0, 2, 1, 3];
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 4; c++) {
        expect(Math.abs(a[2 * (4 * r + c)]! - b[2 * (4 * sw[r]! + sw[c]!)]!)).toBeLessThan(TOL);
      }
  });

  it('rejects zero or three qubits and bad indices', () => {
    const s = createState(3);
    expect(() => reducedDensityMatrix(s, [])).toThrow(SimError);
    expect(() => reducedDensityMatrix(s, [0, 1, 2])).toThrow(/one or two/);
    expect(() => reducedDensityMatrix(s, [3])).toThrow(SimError);
  });
});

describe('expectation and applyObservable', () => {
  it('match ⟨ψ|M|ψ⟩ and M·ψ of the reference, labels dense and sparse, with a diagonal', () => {
    const rng = createRng(11);
    for (const { s, v } of randomStates(5, 18)) {
      const n = s.n;
      const terms = Array.from({ length: 4 }, () => ({
        coeff: rng.next() * 2 - 1,
        label: randomDenseLabel(rng, n),
      }));
      const diagonal = new Float64Array(randomVector(rng, 1 << n));
      const m = observableMatrix(n, terms, diagonal);
      const [want] = sandwich(v, m, v);
      const dense = compileObservable({ terms, diagonal }, n);
      const sparse = compileObservable(
        { terms: terms.map((t) => ({ ...t, label: toSparse(t.label) })), diagonal },
        n,
      );
      expect(Math.abs(expectation(s, dense) - want)).toBeLessThan(TOL);
      expect(Math.abs(expectation(s, sparse) - want)).toBeLessThan(TOL);
      const out = createState(n);
      applyObservable(s, dense, out);
      expect(maxDiff(out.amp, matVec(m, v))).toBeLessThan(TOL);
    }
  });

  it('single Paulis: ⟨Y⟩ of |+i⟩ is 1, ⟨XZ⟩ reads X on qubit 1, Z on qubit 0', () => {
    const plusI = state({
      qubits: 1,
      ops: [
        { gate: 'H', targets: [0] },
        { gate: 'S', targets: [0] },
      ],
    });
    expect(
      Math.abs(expectation(plusI, compileObservable({ terms: [{ coeff: 1, label: 'Y' }] }, 1)) - 1),
    ).toBeLessThan(TOL);
    // |+⟩ on qubit 1, |1⟩ on qubit 0: ⟨X1 Z0⟩ = 1·(−1) = −1, ⟨Z1 X0⟩ = 0.
    const s = state({
      qubits: 2,
      ops: [
        { gate: 'H', targets: [1] },
        { gate: 'X', targets: [0] },
      ],
    });
    const e = (label: string) =>
      expectation(s, compileObservable({ terms: [{ coeff: 1, label }] }, 2));
    expect(Math.abs(e('XZ') + 1)).toBeLessThan(TOL);
    expect(Math.abs(e('X1 Z0') + 1)).toBeLessThan(TOL);
    expect(Math.abs(e('ZX'))).toBeLessThan(TOL);
    expect(Math.abs(e('Z') + 1)).toBeLessThan(TOL); // 'Z' is Z on qubit 0, which is |1⟩
    expect(Math.abs(e('') - 1)).toBeLessThan(TOL); // the empty label is the identity
  });

  it('reference Pauli matrices put the rightmost letter on qubit 0', () => {
    // IX on two qubits = X on qubit 0 flips bit 0: entry (1, 0) is 1.
    expect(pauliMatrix('IX', 2).re[1 * 4 + 0]).toBe(1);
    expect(pauliMatrix('XI', 2).re[2 * 4 + 0]).toBe(1);
  });
});

describe('parsePauli', () => {
  it('parses masks and counts Y', () => {
    expect(parsePauli('XYZ', 3)).toEqual({ x: 0b110, z: 0b011, y: 1 });
    expect(parsePauli('Z2 X0', 3)).toEqual({ x: 0b001, z: 0b100, y: 0 });
    expect(parsePauli(' Y1  Y0 ', 2)).toEqual({ x: 0b11, z: 0b11, y: 2 });
    expect(parsePauli('IZ', 4)).toEqual({ x: 0, z: 1, y: 0 });
  });

  it.each([
    ['XQ', 2, /not a Pauli string/],
    ['XXX', 2, /3 letters/],
    ['X2', 2, /qubit 2/],
    ['X0 Z0', 2, /twice/],
    ['X0Z1', 2, /not a Pauli string/],
    ['x0', 2, /not a Pauli string/],
    ['I0', 2, /not a Pauli string/],
  ] as const)('rejects %s on %i qubits', (label, n, msg) => {
    expect(() => parsePauli(label, n)).toThrow(SimError);
    expect(() => parsePauli(label, n)).toThrow(msg);
  });

  it('compileObservable rejects non-finite coefficients and a diagonal of the wrong length', () => {
    expect(() => compileObservable({ terms: [{ coeff: NaN, label: 'Z' }] }, 1)).toThrow(SimError);
    expect(() => compileObservable({ diagonal: new Float64Array(3) }, 2)).toThrow(/4 are needed/);
  });
});
