// The density-matrix core without noise: random circuits from the whole catalogue give |ψ⟩⟨ψ| of
// the statevector, inverse gates undo them, readouts equal the statevector's and the dense
// reference's, and the size limit refuses what would not fit.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  bindProgram,
  blochVectors,
  compile,
  compileObservable,
  createRng,
  createSimulator,
  expectation,
  probabilities,
  type Circuit,
  type Rng,
} from '../../../../workers/sim';
import { applyChannel } from '../../../../workers/sim/noise/channels';
import {
  MAX_DENSITY_QUBITS,
  checkDensityQubits,
  copyDensity,
  createDensity,
  densityFromState,
  densityTrace,
  purity,
  resetDensity,
} from '../../../../workers/sim/noise/density';
import {
  densityBloch,
  densityBlochVectors,
  densityExpectation,
  densityProbabilities,
} from '../../../../workers/sim/noise/dmReadout';
import { runDensityProgram, runDensitySteps } from '../../../../workers/sim/noise/dmRun';
import type { DensityStep } from '../../../../workers/sim/noise/types';
import { simdKernels } from '../../../../workers/sim/simd';
import {
  maxAbsDiff,
  randomCircuit,
  randomObservable,
  randomStateCircuit,
  randomVector,
} from '../random';
import { denseTerms, maxDiffMat, observableMatrix, pauliMatrix, type CMat } from '../reference';
import { outer, randomMixed, toDensity } from './helpers';

// 1e-12 throughout: up to 40 gates on at most 2^12 entries, each adding ~1e-16 rounding.
const TOL = 1e-12;

interface Case {
  c: Circuit;
  params: number[];
  x: number[];
}

/** 24 random circuits from the whole catalogue on 1…6 qubits (2n ≥ 10: the SIMD kernels). */
function cases(seed: number): Case[] {
  const rng = createRng(seed);
  return Array.from({ length: 24 }, (_, i) => {
    const n = 1 + (i % 6);
    const c = randomCircuit(rng, n, 8 + 4 * n, { numParams: 5, numFeatures: 2, maxControls: 2 });
    // Half start off |0…0⟩, so that controls on |1⟩ and on |0⟩ both have amplitude to act on.
    if (i % 2) c.ops.unshift(...randomStateCircuit(rng, n, 1).ops);
    return { c, params: randomVector(rng, 5, Math.PI), x: randomVector(rng, 2, 2) };
  });
}

function runDensity({ c, params, x }: Case) {
  const p = compile(c);
  bindProgram(p, params, x);
  const rho = createDensity(c.qubits);
  runDensityProgram(p, rho);
  return { p, rho, s: createSimulator(c).run(params, x) };
}

describe('gates on a density matrix', () => {
  it('give |ψ⟩⟨ψ| of the statevector on 24 random circuits of the whole catalogue', () => {
    for (const k of cases(1400)) {
      const { rho, s } = runDensity(k);
      expect(maxDiffMat(rho.data, outer(s.amp))).toBeLessThan(TOL);
      expect(Math.abs(densityTrace(rho) - 1)).toBeLessThan(TOL);
      expect(Math.abs(purity(rho) - 1)).toBeLessThan(TOL);
    }
  });

  it('are undone by their inverses, from |0…0⟩⟨0…0| and from a random mixed state', () => {
    const rng = createRng(1401);
    for (const k of cases(1402)) {
      const p = compile(k.c);
      bindProgram(p, k.params, k.x);
      const steps: DensityStep[] = [];
      for (let i = 0; i < p.ops; i++) steps.push({ kind: 'gate', op: i, inverse: false });
      for (let i = p.ops - 1; i >= 0; i--) steps.push({ kind: 'gate', op: i, inverse: true });
      const rho = createDensity(p.n);
      runDensitySteps(p, steps, rho);
      const zero = createDensity(p.n);
      expect(maxAbsDiff(rho.data, zero.data)).toBeLessThan(TOL);
      const mixed = randomMixed(rng, p.n);
      const m = toDensity(mixed);
      runDensitySteps(p, steps, m);
      expect(maxDiffMat(m.data, mixed)).toBeLessThan(TOL);
    }
  });

  it('densityFromState is |ψ⟩⟨ψ|', () => {
    for (const k of cases(1403).slice(0, 8)) {
      const s = createSimulator(k.c).run(k.params, k.x);
      expect(maxDiffMat(densityFromState(s).data, outer(s.amp))).toBeLessThan(1e-15);
    }
  });
});

/** Tr(Mρ) of a dense M against a dense ρ. */
function denseTrace(m: CMat, rho: CMat): number {
  let t = 0;
  for (let i = 0; i < m.d; i++)
    for (let j = 0; j < m.d; j++)
      t += m.re[i * m.d + j]! * rho.re[j * m.d + i]! - m.im[i * m.d + j]! * rho.im[j * m.d + i]!;
  return t;
}

function pauliOn(n: number, q: number, letter: string): string {
  return 'I'.repeat(n - 1 - q) + letter + 'I'.repeat(q);
}

describe('readouts', () => {
  it('equal the statevector readouts: probabilities, Pauli sums with a diagonal, Bloch vectors', () => {
    const rng = createRng(1404);
    for (const k of cases(1405)) {
      const { rho, s } = runDensity(k);
      const n = k.c.qubits;
      expect(maxAbsDiff(densityProbabilities(rho), probabilities(s))).toBeLessThan(TOL);
      for (let rep = 0; rep < 3; rep++) {
        const obs = compileObservable(randomObservable(rng, n, 5, rep !== 0), n);
        expect(Math.abs(densityExpectation(rho, obs) - expectation(s, obs))).toBeLessThan(TOL);
      }
      expect(maxAbsDiff(densityBlochVectors(rho), blochVectors(s))).toBeLessThan(TOL);
    }
  });

  it('equal Tr(Mρ) of the dense reference on random mixed states', () => {
    const rng: Rng = createRng(1406);
    for (let n = 1; n <= 5; n++) {
      const mixed = randomMixed(rng, n);
      const rho = toDensity(mixed);
      const probs = densityProbabilities(rho, new Float64Array(1 << n));
      for (let b = 0; b < 1 << n; b++)
        expect(Math.abs(probs[b]! - mixed.re[b * mixed.d + b]!)).toBeLessThan(TOL);
      const spec = randomObservable(rng, n, 6, true);
      const m = observableMatrix(n, denseTerms(spec, n), spec.diagonal);
      const got = densityExpectation(rho, compileObservable(spec, n));
      expect(Math.abs(got - denseTrace(m, mixed))).toBeLessThan(TOL);
      const v = new Float64Array(4);
      for (let q = 0; q < n; q++) {
        densityBloch(rho, q, v, 1);
        ['X', 'Y', 'Z'].forEach((letter, i) => {
          const want = denseTrace(pauliMatrix(pauliOn(n, q, letter), n), mixed);
          expect(Math.abs(v[1 + i]! - want)).toBeLessThan(TOL);
        });
      }
      expect(Math.abs(densityTrace(rho) - 1)).toBeLessThan(TOL);
      expect(purity(rho)).toBeLessThan(1 - 1e-3); // rank 3: mixed
    }
  });

  it('purity is 1/2^n for the maximally mixed state', () => {
    const rng = createRng(1407);
    for (let n = 1; n <= 5; n++) {
      const rho = toDensity(randomMixed(rng, n));
      // Depolarizing with p = 3/4 on every qubit sends any state to I/2^n.
      for (let q = 0; q < n; q++) applyChannel(rho, { name: 'depolarizing', qubits: [q], p: 0.75 });
      expect(Math.abs(purity(rho) - 2 ** -n)).toBeLessThan(TOL);
      expect(Math.abs(densityTrace(rho) - 1)).toBeLessThan(TOL);
    }
  });

  it('refuse an observable of another size and a missing qubit', () => {
    const rho = createDensity(2);
    const obs = compileObservable({ terms: [{ coeff: 1, label: 'ZZZ' }] }, 3);
    expect(() => densityExpectation(rho, obs)).toThrow(
      /for 3 qubits, but the density matrix has 2/,
    );
    expect(() => densityBloch(rho, 2, new Float64Array(3))).toThrow(SimError);
  });
});

describe('allocation and the size limit', () => {
  it('creates |0…0⟩⟨0…0|, in WebAssembly memory from 5 qubits on; resets and copies', () => {
    const small = createDensity(3);
    expect(small.data.length).toBe(2 * 4 ** 3);
    expect(small.data[0]).toBe(1);
    expect(small.data.reduce((a, b) => a + Math.abs(b), 0)).toBe(1);
    expect(simdKernels(createDensity(5).data)).toBeDefined();
    const rng = createRng(1408);
    const src = toDensity(randomMixed(rng, 3));
    copyDensity(small, src);
    expect(maxAbsDiff(small.data, src.data)).toBe(0);
    resetDensity(small);
    expect(maxAbsDiff(small.data, createDensity(3).data)).toBe(0);
    expect(() => copyDensity(small, createDensity(2))).toThrow(SimError);
  });

  it('refuses 13 qubits with the memory it would need and accepts 12 without allocating', () => {
    expect(MAX_DENSITY_QUBITS).toBe(12);
    const refuse = (n: number): SimError => {
      try {
        checkDensityQubits(n);
      } catch (e) {
        return e as SimError;
      }
      throw new Error(`${n} qubits were accepted`);
    };
    const e = refuse(13);
    expect(e).toBeInstanceOf(SimError);
    expect(e.field).toBe('qubits');
    expect(e.message).toBe(
      '13 qubits would need 1 GiB of memory as a density matrix; noisy simulation is limited ' +
        'to 12 qubits (256 MiB). Turn noise off to simulate up to 24 qubits.',
    );
    expect(refuse(14).message).toMatch(/^14 qubits would need 4 GiB/);
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(refuse(bad).message).toMatch(/whole number from 1 to 12/);
    }
    expect(() => checkDensityQubits(12)).not.toThrow();
    expect(() => checkDensityQubits(1)).not.toThrow();
    expect(() => createDensity(13)).toThrow(SimError);
  });
});
