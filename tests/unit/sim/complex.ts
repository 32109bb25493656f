// Complex dense linear algebra for the test reference: matrices and vectors with real and
// imaginary parts apart, products, Kronecker products, a series exponential, comparisons.

/** A complex d×d matrix, row-major, real and imaginary parts apart. */
export interface CMat {
  d: number;
  re: Float64Array;
  im: Float64Array;
}

/** A complex vector, real and imaginary parts apart. */
export interface CVec {
  re: Float64Array;
  im: Float64Array;
}

export function zeros(d: number): CMat {
  return { d, re: new Float64Array(d * d), im: new Float64Array(d * d) };
}

export function identity(d: number): CMat {
  const m = zeros(d);
  for (let i = 0; i < d; i++) m.re[i * d + i] = 1;
  return m;
}

/** A matrix from rows of entries, each a real number or [re, im]. */
export function fromRows(rows: readonly (readonly (number | readonly [number, number])[])[]): CMat {
  const d = rows.length;
  const m = zeros(d);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      m.re[r * d + c] = typeof v === 'number' ? v : v[0];
      m.im[r * d + c] = typeof v === 'number' ? 0 : v[1];
    }),
  );
  return m;
}

export function diag(entries: readonly (readonly [number, number])[]): CMat {
  const m = zeros(entries.length);
  entries.forEach(([re, im], i) => {
    m.re[i * m.d + i] = re;
    m.im[i * m.d + i] = im;
  });
  return m;
}

/** e^{iφ} as [re, im]. */
export function cis(phi: number): [number, number] {
  return [Math.cos(phi), Math.sin(phi)];
}

export function matMul(a: CMat, b: CMat): CMat {
  const d = a.d;
  const m = zeros(d);
  for (let r = 0; r < d; r++)
    for (let k = 0; k < d; k++) {
      const ar = a.re[r * d + k]!;
      const ai = a.im[r * d + k]!;
      if (ar === 0 && ai === 0) continue;
      for (let c = 0; c < d; c++) {
        const br = b.re[k * d + c]!;
        const bi = b.im[k * d + c]!;
        m.re[r * d + c] = m.re[r * d + c]! + ar * br - ai * bi;
        m.im[r * d + c] = m.im[r * d + c]! + ar * bi + ai * br;
      }
    }
  return m;
}

/** Conjugate transpose. */
export function dagger(a: CMat): CMat {
  const d = a.d;
  const m = zeros(d);
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      m.re[c * d + r] = a.re[r * d + c]!;
      m.im[c * d + r] = -a.im[r * d + c]!;
    }
  return m;
}

/** s·a + t·b for real s, t. */
export function combine(s: number, a: CMat, t: number, b: CMat): CMat {
  const m = zeros(a.d);
  for (let i = 0; i < a.re.length; i++) {
    m.re[i] = s * a.re[i]! + t * b.re[i]!;
    m.im[i] = s * a.im[i]! + t * b.im[i]!;
  }
  return m;
}

/** Kronecker product a ⊗ b: b acts on the low bits of the index, a on the high bits. */
export function kron(a: CMat, b: CMat): CMat {
  const d = a.d * b.d;
  const m = zeros(d);
  for (let r1 = 0; r1 < a.d; r1++)
    for (let c1 = 0; c1 < a.d; c1++)
      for (let r0 = 0; r0 < b.d; r0++)
        for (let c0 = 0; c0 < b.d; c0++) {
          const ar = a.re[r1 * a.d + c1]!;
          const ai = a.im[r1 * a.d + c1]!;
          const br = b.re[r0 * b.d + c0]!;
          const bi = b.im[r0 * b.d + c0]!;
          const e = (r1 * b.d + r0) * d + (c1 * b.d + c0);
          m.re[e] = ar * br - ai * bi;
          m.im[e] = ar * bi + ai * br;
        }
  return m;
}

/** exp(a) by scaling and squaring of a Taylor series: independent of any closed form. */
export function expm(a: CMat): CMat {
  let normA = 0;
  for (let i = 0; i < a.re.length; i++) normA += Math.hypot(a.re[i]!, a.im[i]!);
  const s = Math.max(0, Math.ceil(Math.log2(normA + 1e-300)) + 2);
  const scaled = combine(2 ** -s, a, 0, a);
  let sum = identity(a.d);
  let term = identity(a.d);
  for (let k = 1; k <= 24; k++) {
    term = combine(1 / k, matMul(term, scaled), 0, term);
    sum = combine(1, sum, 1, term);
  }
  for (let i = 0; i < s; i++) sum = matMul(sum, sum);
  return sum;
}

/** exp(−iθG/2) for a Hermitian generator G (the definition of RX, RY, RZ, RXX, RYY, RZZ). */
export function rotation(g: CMat, theta: number): CMat {
  // −iθ/2·(Gr + iGi) = θ/2·Gi − iθ/2·Gr
  const a = zeros(g.d);
  for (let i = 0; i < g.re.length; i++) {
    a.re[i] = (theta / 2) * g.im[i]!;
    a.im[i] = (-theta / 2) * g.re[i]!;
  }
  return expm(a);
}

export function matVec(m: CMat, v: CVec): CVec {
  const d = m.d;
  const out: CVec = { re: new Float64Array(d), im: new Float64Array(d) };
  for (let r = 0; r < d; r++) {
    let sr = 0;
    let si = 0;
    for (let c = 0; c < d; c++) {
      const mr = m.re[r * d + c]!;
      const mi = m.im[r * d + c]!;
      if (mr === 0 && mi === 0) continue;
      sr += mr * v.re[c]! - mi * v.im[c]!;
      si += mr * v.im[c]! + mi * v.re[c]!;
    }
    out.re[r] = sr;
    out.im[r] = si;
  }
  return out;
}

/** A vector from the simulator's interleaved (re, im) amplitudes. */
export function fromAmp(amp: Float64Array): CVec {
  const d = amp.length / 2;
  const v: CVec = { re: new Float64Array(d), im: new Float64Array(d) };
  for (let b = 0; b < d; b++) {
    v.re[b] = amp[2 * b]!;
    v.im[b] = amp[2 * b + 1]!;
  }
  return v;
}

/** Largest |a_b − v_b| between interleaved amplitudes and a reference vector. */
export function maxDiff(amp: Float64Array, v: CVec): number {
  let m = 0;
  for (let b = 0; b < v.re.length; b++) {
    m = Math.max(m, Math.hypot(amp[2 * b]! - v.re[b]!, amp[2 * b + 1]! - v.im[b]!));
  }
  return m;
}

/** Largest entry-wise distance between an interleaved matrix and a reference one. */
export function maxDiffMat(m: Float64Array, ref: CMat): number {
  let worst = 0;
  for (let i = 0; i < ref.re.length; i++) {
    worst = Math.max(worst, Math.hypot(m[2 * i]! - ref.re[i]!, m[2 * i + 1]! - ref.im[i]!));
  }
  return worst;
}

/** Largest entry-wise distance between two reference matrices. */
export function maxDiffC(a: CMat, b: CMat): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) {
    worst = Math.max(worst, Math.hypot(a.re[i]! - b.re[i]!, a.im[i]! - b.im[i]!));
  }
  return worst;
}

/** ⟨u|M|v⟩ as [re, im]. */
export function sandwich(u: CVec, m: CMat, v: CVec): [number, number] {
  const w = matVec(m, v);
  let re = 0;
  let im = 0;
  for (let b = 0; b < u.re.length; b++) {
    re += u.re[b]! * w.re[b]! + u.im[b]! * w.im[b]!;
    im += u.re[b]! * w.im[b]! - u.im[b]! * w.re[b]!;
  }
  return [re, im];
}
