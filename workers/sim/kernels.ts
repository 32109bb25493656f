// Gate kernels: in-place updates of an interleaved statevector (re, im per amplitude).
// Hot loops: no allocation, matrix entries hoisted into locals, control tests on indices only.
//
// Every kernel takes `cmask`/`cval`: the gate acts on basis indices b with (b & cmask) === cval,
// which is how any number of controls, on |1⟩ or on |0⟩, are applied. A kernel runs over the
// whole array it is given: one state of n qubits, or a batch of them back to back (batch.ts),
// where the same gate acts on every state (the index bits above n are the state's number).

import { simdKernels } from './simd';
import { writeMatrix4 } from './simd2';

/** Inserts a 0 bit at position q of k (k's bits at q and above move up by one). */
function insert0(k: number, q: number): number {
  const low = (1 << q) - 1;
  return ((k & ~low) << 1) | (k & low);
}

/**
 * One-qubit dense 2×2 gate m (8 numbers at m[o]) on qubit q. Loops run over blocks of 2^(q+1)
 * amplitudes with the pair partner `s2` numbers ahead, which V8 compiles to tight code. The
 * uncontrolled case has loops without the control test (3× faster in cache), and a real matrix
 * (RY, H) takes a path with half the multiplications.
 */
export function dense1(a: Float64Array, q: number, m: Float64Array, o: number, cmask: number, cval: number): void {
  const m00r = m[o]!, m00i = m[o + 1]!, m01r = m[o + 2]!, m01i = m[o + 3]!;
  const m10r = m[o + 4]!, m10i = m[o + 5]!, m11r = m[o + 6]!, m11i = m[o + 7]!;
  const len = a.length;
  const s2 = 2 << q;
  const real = m00i === 0 && m01i === 0 && m10i === 0 && m11i === 0;
  const k = simdKernels(a);
  if (k) {
    const ao = a.byteOffset;
    const f = cmask === 0 ? k.free : k;
    if (real) f.real(ao, a.byteLength, q, cmask, cval, m00r, m01r, m10r, m11r);
    else f.complex(ao, a.byteLength, q, cmask, cval, m00r, m00i, m01r, m01i, m10r, m10i, m11r, m11i);
    return;
  }
  if (cmask === 0 && real) {
    for (let base = 0; base < len; base += 2 * s2) {
      const end = base + s2;
      for (let p = base; p < end; p += 2) {
        const r = p + s2;
        const ar = a[p]!, ai = a[p + 1]!, br = a[r]!, bi = a[r + 1]!;
        a[p] = m00r * ar + m01r * br;
        a[p + 1] = m00r * ai + m01r * bi;
        a[r] = m10r * ar + m11r * br;
        a[r + 1] = m10r * ai + m11r * bi;
      }
    }
  } else if (cmask === 0) {
    for (let base = 0; base < len; base += 2 * s2) {
      const end = base + s2;
      for (let p = base; p < end; p += 2) {
        const r = p + s2;
        const ar = a[p]!, ai = a[p + 1]!, br = a[r]!, bi = a[r + 1]!;
        a[p] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
        a[p + 1] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
        a[r] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
        a[r + 1] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
      }
    }
  } else {
    for (let base = 0; base < len; base += 2 * s2) {
      const end = base + s2;
      for (let p = base; p < end; p += 2) {
        if (((p >> 1) & cmask) !== cval) continue;
        const r = p + s2;
        const ar = a[p]!, ai = a[p + 1]!, br = a[r]!, bi = a[r + 1]!;
        a[p] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
        a[p + 1] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
        a[r] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
        a[r + 1] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
      }
    }
  }
} // prettier-ignore

/** One-qubit diagonal gate diag(m00, m11) on qubit q; skips the |0⟩ half when m00 = 1. */
export function diag1(a: Float64Array, q: number, m: Float64Array, o: number, cmask: number, cval: number): void {
  const d0r = m[o]!, d0i = m[o + 1]!, d1r = m[o + 6]!, d1i = m[o + 7]!;
  const k = simdKernels(a);
  if (k) return (cmask === 0 ? k.free : k).diagonal(a.byteOffset, a.byteLength, q, cmask, cval, d0r, d0i, 0, 0, 0, 0, d1r, d1i);
  const len = a.length;
  const s2 = 2 << q;
  if (d0r === 1 && d0i === 0) {
    for (let base = s2; base < len; base += 2 * s2) {
      const end = base + s2;
      for (let r = base; r < end; r += 2) {
        if (((r >> 1) & cmask) !== cval) continue;
        const br = a[r]!, bi = a[r + 1]!;
        a[r] = d1r * br - d1i * bi;
        a[r + 1] = d1r * bi + d1i * br;
      }
    }
    return;
  }
  for (let base = 0; base < len; base += 2 * s2) {
    const end = base + s2;
    for (let p = base; p < end; p += 2) {
      if (((p >> 1) & cmask) !== cval) continue;
      const r = p + s2;
      const ar = a[p]!, ai = a[p + 1]!, br = a[r]!, bi = a[r + 1]!;
      a[p] = d0r * ar - d0i * ai;
      a[p + 1] = d0r * ai + d0i * ar;
      a[r] = d1r * br - d1i * bi;
      a[r + 1] = d1r * bi + d1i * br;
    }
  }
} // prettier-ignore

/** Pauli X on qubit q: swaps the amplitude pairs (CNOT and Toffoli are this with controls). */
export function x1(a: Float64Array, q: number, cmask: number, cval: number): void {
  const k = simdKernels(a);
  if (k) {
    // A control on |1⟩ (CNOT, Toffoli): visit only the half where it holds.
    const c = cmask & cval & -(cmask & cval);
    if (c === 0) return k.x(a.byteOffset, a.byteLength, q, cmask, cval);
    const q1 = 31 - Math.clz32(c);
    const rest = cmask & ~c;
    return (rest === 0 ? k.free : k).cx(a.byteOffset, a.byteLength, q, q1, rest, cval & ~c);
  }
  const len = a.length;
  const s2 = 2 << q;
  for (let base = 0; base < len; base += 2 * s2) {
    const end = base + s2;
    for (let p = base; p < end; p += 2) {
      if (((p >> 1) & cmask) !== cval) continue;
      const r = p + s2;
      const ar = a[p]!, ai = a[p + 1]!;
      a[p] = a[r]!;
      a[p + 1] = a[r + 1]!;
      a[r] = ar;
      a[r + 1] = ai;
    }
  }
} // prettier-ignore

/** Two-qubit dense 4×4 gate (32 numbers at m[o]); local index bit(q0) + 2·bit(q1). */
export function dense2(a: Float64Array, q0: number, q1: number, m: Float64Array, o: number, cmask: number, cval: number): void {
  const k = simdKernels(a);
  if (k) {
    writeMatrix4(k.matrix, m, o);
    return k.dense2(a.byteOffset, a.byteLength, q0, q1, cmask, cval);
  }
  const quarter = a.length >> 3;
  const lo = Math.min(q0, q1);
  const hi = Math.max(q0, q1);
  const s0 = 1 << q0;
  const s1 = 1 << q1;
  for (let k = 0; k < quarter; k++) {
    const b = insert0(insert0(k, lo), hi);
    if ((b & cmask) !== cval) continue;
    const p0 = b << 1, p1 = (b | s0) << 1, p2 = (b | s1) << 1, p3 = (b | s0 | s1) << 1;
    const v0r = a[p0]!, v0i = a[p0 + 1]!, v1r = a[p1]!, v1i = a[p1 + 1]!;
    const v2r = a[p2]!, v2i = a[p2 + 1]!, v3r = a[p3]!, v3i = a[p3 + 1]!;
    for (let r = 0; r < 4; r++) {
      const e = o + 8 * r;
      const re = m[e]! * v0r - m[e + 1]! * v0i + m[e + 2]! * v1r - m[e + 3]! * v1i +
        m[e + 4]! * v2r - m[e + 5]! * v2i + m[e + 6]! * v3r - m[e + 7]! * v3i;
      const im = m[e]! * v0i + m[e + 1]! * v0r + m[e + 2]! * v1i + m[e + 3]! * v1r +
        m[e + 4]! * v2i + m[e + 5]! * v2r + m[e + 6]! * v3i + m[e + 7]! * v3r;
      const p = r === 0 ? p0 : r === 1 ? p1 : r === 2 ? p2 : p3;
      a[p] = re;
      a[p + 1] = im;
    }
  }
} // prettier-ignore

/** Two-qubit diagonal gate: entries (l, l) of the 4×4 matrix. */
export function diag2(a: Float64Array, q0: number, q1: number, m: Float64Array, o: number, cmask: number, cval: number): void {
  const k = simdKernels(a);
  if (k) {
    writeMatrix4(k.matrix, m, o);
    return k.diag2(a.byteOffset, a.byteLength, q0, q1, cmask, cval);
  }
  const size = a.length >> 1;
  const d0r = m[o]!, d0i = m[o + 1]!, d1r = m[o + 10]!, d1i = m[o + 11]!;
  const d2r = m[o + 20]!, d2i = m[o + 21]!, d3r = m[o + 30]!, d3i = m[o + 31]!;
  for (let b = 0; b < size; b++) {
    if ((b & cmask) !== cval) continue;
    const l = ((b >> q0) & 1) | (((b >> q1) & 1) << 1);
    const dr = l === 0 ? d0r : l === 1 ? d1r : l === 2 ? d2r : d3r;
    const di = l === 0 ? d0i : l === 1 ? d1i : l === 2 ? d2i : d3i;
    const p = b << 1;
    const xr = a[p]!, xi = a[p + 1]!;
    a[p] = dr * xr - di * xi;
    a[p + 1] = dr * xi + di * xr;
  }
} // prettier-ignore

/**
 * Multiplies amplitude b by table entry b mod T (T = the table's length in complex numbers, a
 * power of two): a diagonal on the low log₂T qubits, or its conjugate with `conj` (fuse.ts).
 */
export function phaseTable(a: Float64Array, table: Float64Array, conj: boolean): void {
  const mask = (table.length >> 1) - 1;
  const len = a.length;
  let real = true;
  for (let e = 1; e < table.length; e += 2) if (table[e] !== 0) real = false;
  if (real) {
    // Signs and real factors (a ring of CZ): half the multiplications, the same either way.
    for (let p = 0, b = 0; p < len; p += 2, b++) {
      const d = table[(b & mask) << 1]!;
      a[p] = d * a[p]!;
      a[p + 1] = d * a[p + 1]!;
    }
    return;
  }
  const sign = conj ? -1 : 1;
  for (let p = 0, b = 0; p < len; p += 2, b++) {
    const e = (b & mask) << 1;
    const dr = table[e]!, di = sign * table[e + 1]!;
    const xr = a[p]!, xi = a[p + 1]!;
    a[p] = dr * xr - di * xi;
    a[p + 1] = dr * xi + di * xr;
  }
} // prettier-ignore

/** SWAP of qubits q0 and q1. */
export function swap2(a: Float64Array, q0: number, q1: number, cmask: number, cval: number): void {
  const quarter = a.length >> 3;
  const lo = Math.min(q0, q1);
  const hi = Math.max(q0, q1);
  const s0 = 1 << q0;
  const s1 = 1 << q1;
  for (let k = 0; k < quarter; k++) {
    const b = insert0(insert0(k, lo), hi);
    if ((b & cmask) !== cval) continue;
    const p = (b | s0) << 1;
    const r = (b | s1) << 1;
    const xr = a[p]!, xi = a[p + 1]!;
    a[p] = a[r]!;
    a[p + 1] = a[r + 1]!;
    a[r] = xr;
    a[r + 1] = xi;
  }
} // prettier-ignore

/**
 * One adjoint-differentiation step for a one-qubit-based gate U with derivative matrices D_j:
 * phi ← U†·phi, then z_j += Re⟨lam|D_j|phi⟩, then lam ← U†·lam. One pass. Only the real part:
 * it is all the gradient needs, and for real U† and D (RY) the SIMD path then does half the sums.
 * `u` holds U† (already conjugate-transposed).
 */
export function adjointStep1(
  phi: Float64Array, lam: Float64Array, q: number,
  u: Float64Array, uo: number, d: Float64Array, dOff: number, count: number,
  cmask: number, cval: number, z: Float64Array,
): void {
  const len = phi.length;
  const s2 = 2 << q;
  const u00r = u[uo]!, u00i = u[uo + 1]!, u01r = u[uo + 2]!, u01i = u[uo + 3]!;
  const u10r = u[uo + 4]!, u10i = u[uo + 5]!, u11r = u[uo + 6]!, u11i = u[uo + 7]!;
  const real = u00i === 0 && u01i === 0 && u10i === 0 && u11i === 0;
  // Sums G_rc = Σ_b conj(lam_r(b))·phi'_c(b) over the pairs, contracted with each D once at the
  // end: ⟨lam|D|phi'⟩ = Σ_{r,c} D_rc·G_rc. Independent of the number of angles.
  let g00r = 0, g00i = 0, g01r = 0, g01i = 0, g10r = 0, g10i = 0, g11r = 0, g11i = 0;
  const k = simdKernels(phi);
  if (k && lam.buffer === phi.buffer) {
    const o = phi.byteOffset, dl = lam.byteOffset - o;
    let realD = true;
    let diagD = true;
    for (let e = dOff; e < dOff + 8 * count; e += 8) {
      if (d[e + 1] !== 0 || d[e + 3] !== 0 || d[e + 5] !== 0 || d[e + 7] !== 0) realD = false;
      if (d[e + 2] !== 0 || d[e + 3] !== 0 || d[e + 4] !== 0 || d[e + 5] !== 0) diagD = false;
    }
    const diagU = u01r === 0 && u01i === 0 && u10r === 0 && u10i === 0;
    const g = k.scratch;
    if (real && realD) {
      // Re(D_rc·G_rc) = D_rc·Re G_rc: the imaginary sums are not needed.
      (cmask === 0 ? k.free : k).adjointReal(o, phi.byteLength, q, cmask, cval, dl, u00r, u01r, u10r, u11r);
      g00r = g[0]!; g01r = g[2]!; g10r = g[4]!; g11r = g[6]!;
    } else if (diagU && diagD) {
      // Diagonal D: only G00 and G11 enter the contraction.
      (cmask === 0 ? k.free : k).adjointDiagonal(o, phi.byteLength, q, cmask, cval, dl, u00r, u00i, 0, 0, 0, 0, u11r, u11i);
      g00r = g[0]!; g00i = g[1]!; g11r = g[6]!; g11i = g[7]!;
    } else {
      (cmask === 0 ? k.free : k).adjoint(o, phi.byteLength, q, cmask, cval, dl, u00r, u00i, u01r, u01i, u10r, u10i, u11r, u11i);
      g00r = g[0]!; g00i = g[1]!; g01r = g[2]!; g01i = g[3]!;
      g10r = g[4]!; g10i = g[5]!; g11r = g[6]!; g11i = g[7]!;
    }
  } else for (let base = 0; base < len; base += 2 * s2) {
    const end = base + s2;
    for (let p = base; p < end; p += 2) {
      if (((p >> 1) & cmask) !== cval) continue;
      const r = p + s2;
      let ar = phi[p]!, ai = phi[p + 1]!, br = phi[r]!, bi = phi[r + 1]!;
      let xr: number, xi: number, yr: number, yi: number;
      if (real) {
        xr = u00r * ar + u01r * br;
        xi = u00r * ai + u01r * bi;
        yr = u10r * ar + u11r * br;
        yi = u10r * ai + u11r * bi;
      } else {
        xr = u00r * ar - u00i * ai + u01r * br - u01i * bi;
        xi = u00r * ai + u00i * ar + u01r * bi + u01i * br;
        yr = u10r * ar - u10i * ai + u11r * br - u11i * bi;
        yi = u10r * ai + u10i * ar + u11r * bi + u11i * br;
      }
      phi[p] = xr; phi[p + 1] = xi; phi[r] = yr; phi[r + 1] = yi;
      ar = lam[p]!; ai = lam[p + 1]!; br = lam[r]!; bi = lam[r + 1]!;
      g00r += ar * xr + ai * xi; g00i += ar * xi - ai * xr;
      g01r += ar * yr + ai * yi; g01i += ar * yi - ai * yr;
      g10r += br * xr + bi * xi; g10i += br * xi - bi * xr;
      g11r += br * yr + bi * yi; g11i += br * yi - bi * yr;
      if (real) {
        lam[p] = u00r * ar + u01r * br;
        lam[p + 1] = u00r * ai + u01r * bi;
        lam[r] = u10r * ar + u11r * br;
        lam[r + 1] = u10r * ai + u11r * bi;
      } else {
        lam[p] = u00r * ar - u00i * ai + u01r * br - u01i * bi;
        lam[p + 1] = u00r * ai + u00i * ar + u01r * bi + u01i * br;
        lam[r] = u10r * ar - u10i * ai + u11r * br - u11i * bi;
        lam[r + 1] = u10r * ai + u10i * ar + u11r * bi + u11i * br;
      }
    }
  }
  for (let j = 0; j < count; j++) {
    const e = dOff + 8 * j;
    z[j] = z[j]! + d[e]! * g00r - d[e + 1]! * g00i + d[e + 2]! * g01r - d[e + 3]! * g01i +
      d[e + 4]! * g10r - d[e + 5]! * g10i + d[e + 6]! * g11r - d[e + 7]! * g11i;
  }
} // prettier-ignore

/**
 * z_j = Re Σ_rc D_j,rc·G_rc for the `count` 2×2 matrices D_j at d[dOff + 8j] and the sums G
 * (g00 re, im, g01, g10, g11) at g[gOff]: what adjointStep1 adds, from sums a batched kernel wrote.
 */
export function contractSums(d: Float64Array, dOff: number, count: number, g: Float64Array, gOff: number, z: Float64Array): void {
  const g00r = g[gOff]!, g00i = g[gOff + 1]!, g01r = g[gOff + 2]!, g01i = g[gOff + 3]!;
  const g10r = g[gOff + 4]!, g10i = g[gOff + 5]!, g11r = g[gOff + 6]!, g11i = g[gOff + 7]!;
  for (let j = 0; j < count; j++) {
    const e = dOff + 8 * j;
    z[j] = d[e]! * g00r - d[e + 1]! * g00i + d[e + 2]! * g01r - d[e + 3]! * g01i +
      d[e + 4]! * g10r - d[e + 5]! * g10i + d[e + 6]! * g11r - d[e + 7]! * g11i;
  }
} // prettier-ignore
