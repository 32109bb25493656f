// The WebAssembly SIMD kernels against the scalar JavaScript kernels they replace: the same step
// on the same random state, once in a plain Float64Array (JavaScript path) and once in
// WebAssembly memory (SIMD path), for every qubit, real and complex matrices, with controls.
import { describe, expect, it } from 'vitest';
import { createRng, createState, type Rng } from '../../../workers/sim';
import { adjointStep1, dense1, dense2, diag1, diag2, x1 } from '../../../workers/sim/kernels';
import {
  SIMD_MIN_QUBITS,
  allocAmplitudes,
  simdKernels,
  simdModuleBytes,
} from '../../../workers/sim/simd';

// 1e-13: one gate on a unit vector; both paths add the same ≤ 4 products, in another order.
const TOL = 1e-13;

function randomAmplitudes(rng: Rng, n: number): Float64Array {
  const a = new Float64Array(2 ** (n + 1));
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] = rng.normal()) ** 2;
  for (let i = 0; i < a.length; i++) a[i]! /= Math.sqrt(s);
  return a;
}

/** A random 2×2 matrix (not necessarily unitary: the kernels must not rely on it). */
function randomMatrix(rng: Rng, real: boolean): Float64Array {
  return Float64Array.from({ length: 8 }, (_, i) => (real && i % 2 === 1 ? 0 : rng.normal()));
}

function maxDiff(x: Float64Array, y: Float64Array): number {
  let d = 0;
  for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs(x[i]! - y[i]!));
  return d;
}

describe('SIMD kernels', () => {
  it('assemble into a valid WebAssembly module', () => {
    expect(WebAssembly.validate(simdModuleBytes())).toBe(true);
  });

  it('back the states from SIMD_MIN_QUBITS qubits on, and only those', () => {
    expect(simdKernels(createState(SIMD_MIN_QUBITS).amp)).toBeDefined();
    expect(simdKernels(createState(SIMD_MIN_QUBITS - 1).amp)).toBeUndefined();
    expect(simdKernels(new Float64Array(2 ** (SIMD_MIN_QUBITS + 1)))).toBeUndefined();
  });

  const rng = createRng(20260);
  for (const n of [SIMD_MIN_QUBITS, SIMD_MIN_QUBITS + 2]) {
    for (const real of [true, false]) {
      it(`match the JavaScript kernel on ${n} qubits, every target, ${real ? 'real' : 'complex'} matrix, with and without controls`, () => {
        for (let q = 0; q < n; q++) {
          const c1 = (q + 3) % n;
          const c2 = (q + 5) % n;
          const controls: [number, number][] = [
            [0, 0],
            [1 << c1, 1 << c1], // on |1⟩
            [(1 << c1) | (1 << c2), 1 << c2], // c1 on |0⟩, c2 on |1⟩
          ];
          for (const [cmask, cval] of controls) {
            const m = randomMatrix(rng, real);
            const plain = randomAmplitudes(rng, n);
            const [simd] = allocAmplitudes(n) as [Float64Array];
            simd.set(plain);
            dense1(plain, q, m, 0, cmask, cval);
            dense1(simd, q, m, 0, cmask, cval);
            expect(simdKernels(simd)).toBeDefined();
            expect(maxDiff(plain, simd)).toBeLessThan(TOL);
          }
        }
      });
    }
  }

  it('apply diagonal gates like the JavaScript kernel (both of its paths), with controls', () => {
    const n = SIMD_MIN_QUBITS + 1;
    for (let q = 0; q < n; q++) {
      const c = (q + 4) % n;
      for (const [cmask, cval] of [
        [0, 0],
        [1 << c, 1 << c],
      ] as const) {
        for (const unitTop of [false, true]) {
          const m = randomMatrix(rng, false).map((v, i) => (i >= 2 && i <= 5 ? 0 : v));
          if (unitTop) [m[0], m[1]] = [1, 0]; // the JavaScript kernel's P/RZ-like shortcut
          const plain = randomAmplitudes(rng, n);
          const [simd] = allocAmplitudes(n) as [Float64Array];
          simd.set(plain);
          diag1(plain, q, m, 0, cmask, cval);
          diag1(simd, q, m, 0, cmask, cval);
          expect(maxDiff(plain, simd)).toBeLessThan(TOL);
        }
      }
    }
  });

  it.each([
    ['dense', dense2],
    ['diagonal', diag2],
  ] as const)(
    'apply %s two-qubit gates like the JavaScript kernel, every ordered pair, with controls',
    (kind, kernel) => {
      const n = SIMD_MIN_QUBITS + 1;
      for (let q0 = 0; q0 < n; q0++)
        for (let q1 = 0; q1 < n; q1++) {
          if (q0 === q1) continue;
          const c = [0, 1, 2].find((x) => x !== q0 && x !== q1)!;
          const controlled = (q0 + q1) % 2 === 1;
          const [cmask, cval] = controlled ? [1 << c, 1 << c] : [0, 0];
          const m = Float64Array.from({ length: 32 }, (_, i) => {
            const [r, col] = [Math.floor(i / 8), Math.floor(i / 2) % 4];
            return kind === 'diagonal' && r !== col ? 0 : rng.normal();
          });
          const plain = randomAmplitudes(rng, n);
          const [simd] = allocAmplitudes(n) as [Float64Array];
          simd.set(plain);
          kernel(plain, q0, q1, m, 0, cmask, cval);
          kernel(simd, q0, q1, m, 0, cmask, cval);
          // 1e-12: each new amplitude sums up to 8 products of O(1) numbers.
          expect(maxDiff(plain, simd)).toBeLessThan(1e-12);
        }
    },
  );

  it('swap pairs for X like the JavaScript kernel, with controls', () => {
    const n = SIMD_MIN_QUBITS + 1;
    for (let q = 0; q < n; q++) {
      const c = (q + 2) % n;
      for (const [cmask, cval] of [
        [0, 0],
        [1 << c, 1 << c],
        [1 << c, 0],
      ] as const) {
        const plain = randomAmplitudes(rng, n);
        const [simd] = allocAmplitudes(n) as [Float64Array];
        simd.set(plain);
        x1(plain, q, cmask, cval);
        x1(simd, q, cmask, cval);
        expect(maxDiff(plain, simd)).toBe(0);
      }
    }
  });

  it.each([
    ['complex', 'complex'],
    ['real (RY-like: real U† and derivatives)', 'real'],
    ['diagonal (RZ-like: diagonal U† and derivatives)', 'diagonal'],
  ] as const)('take the fused adjoint step like the JavaScript kernel, %s', (_, kind) => {
    const real = kind === 'real';
    /** Zeroes the off-diagonal entries (numbers 2–5 of each 8) for the diagonal case. */
    const shape = (m: Float64Array): Float64Array =>
      kind === 'diagonal' ? m.map((v, i) => (i % 8 >= 2 && i % 8 <= 5 ? 0 : v)) : m;
    const n = SIMD_MIN_QUBITS;
    for (const q of [0, 3, n - 1]) {
      for (const [cmask, cval] of [
        [0, 0],
        [1 << ((q + 1) % n), 0],
      ] as const) {
        const u = shape(randomMatrix(rng, real));
        const d = shape(
          Float64Array.from({ length: 24 }, (_, i) => (real && i % 2 === 1 ? 0 : rng.normal())),
        ); // three derivatives
        const phi = randomAmplitudes(rng, n);
        const lam = randomAmplitudes(rng, n);
        const [sPhi, sLam] = allocAmplitudes(n, 2) as [Float64Array, Float64Array];
        sPhi.set(phi);
        sLam.set(lam);
        const z = new Float64Array(3);
        const sz = new Float64Array(3);
        adjointStep1(phi, lam, q, u, 0, d, 0, 3, cmask, cval, z);
        adjointStep1(sPhi, sLam, q, u, 0, d, 0, 3, cmask, cval, sz);
        expect(maxDiff(phi, sPhi)).toBeLessThan(TOL);
        expect(maxDiff(lam, sLam)).toBeLessThan(TOL);
        // 1e-11: each sum adds 2^n products of unit-vector entries and random O(1) matrices.
        expect(maxDiff(z, sz)).toBeLessThan(1e-11);
        expect(Math.max(...z.map(Math.abs))).toBeGreaterThan(1e-3);
      }
    }
  });

  it('leave the amplitudes that fail the control test untouched', () => {
    const n = SIMD_MIN_QUBITS;
    const before = randomAmplitudes(rng, n);
    const [a] = allocAmplitudes(n) as [Float64Array];
    a.set(before);
    const m = randomMatrix(rng, false);
    dense1(a, 0, m, 0, 1 << 4, 1 << 4);
    for (let b = 0; b < 1 << n; b++) {
      if ((b >> 4) & 1) continue;
      expect(a[2 * b]).toBe(before[2 * b]);
      expect(a[2 * b + 1]).toBe(before[2 * b + 1]);
    }
  });
});
