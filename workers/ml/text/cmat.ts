// Small dense complex linear algebra for Quixer (quixer.ts): D × D matrices stored column by
// column, each column a statevector of D amplitudes interleaved (re, im), so that column c of M
// starts at 2·D·c and the simulator's kernels act on all columns at once (a batch of states).
// Vectors are interleaved Float64Arrays of length 2·D; nothing here allocates.

/** Writes the D × D identity (column-major, interleaved) at out[o…o + 2D²). */
export function setIdentity(out: Float64Array, o: number, D: number): void {
  out.fill(0, o, o + 2 * D * D);
  for (let c = 0; c < D; c++) out[o + 2 * (D * c + c)] = 1;
}

/** out[oo…oo + len) += (ar + i·ai)·src[so…so + len): len numbers, len/2 complex entries. */
export function addScaled(
  out: Float64Array,
  oo: number,
  src: Float64Array,
  so: number,
  ar: number,
  ai: number,
  len: number,
): void {
  for (let p = 0; p < len; p += 2) {
    const xr = src[so + p]!;
    const xi = src[so + p + 1]!;
    out[oo + p] = out[oo + p]! + ar * xr - ai * xi;
    out[oo + p + 1] = out[oo + p + 1]! + ar * xi + ai * xr;
  }
}

/**
 * ⟨x, y⟩ = Σ conj(x_p)·y_p over len numbers (x from xo, y from yo), written to out[0] (re) and
 * out[1] (im).
 */
export function dotc(
  x: Float64Array,
  xo: number,
  y: Float64Array,
  yo: number,
  len: number,
  out: Float64Array,
): void {
  let re = 0;
  let im = 0;
  for (let p = 0; p < len; p += 2) {
    const xr = x[xo + p]!;
    const xi = x[xo + p + 1]!;
    const yr = y[yo + p]!;
    const yi = y[yo + p + 1]!;
    re += xr * yr + xi * yi;
    im += xr * yi - xi * yr;
  }
  out[0] = re;
  out[1] = im;
}

/** y = M·x for the D × D matrix M (column-major): y = Σ_c x_c·M[:, c]. y must not be x. */
export function matVec(M: Float64Array, D: number, x: Float64Array, y: Float64Array): void {
  y.fill(0, 0, 2 * D);
  for (let c = 0; c < D; c++) {
    const xr = x[2 * c]!;
    const xi = x[2 * c + 1]!;
    if (xr === 0 && xi === 0) continue;
    const o = 2 * D * c;
    for (let r = 0; r < 2 * D; r += 2) {
      const mr = M[o + r]!;
      const mi = M[o + r + 1]!;
      y[r] = y[r]! + mr * xr - mi * xi;
      y[r + 1] = y[r + 1]! + mr * xi + mi * xr;
    }
  }
}

/** y = M†·x: y_c = ⟨M[:, c], x⟩. y must not be x. */
export function matAdjVec(M: Float64Array, D: number, x: Float64Array, y: Float64Array): void {
  for (let c = 0; c < D; c++) {
    const o = 2 * D * c;
    let re = 0;
    let im = 0;
    for (let r = 0; r < 2 * D; r += 2) {
      const mr = M[o + r]!;
      const mi = M[o + r + 1]!;
      const xr = x[r]!;
      const xi = x[r + 1]!;
      re += mr * xr + mi * xi;
      im += mr * xi - mi * xr;
    }
    y[2 * c] = re;
    y[2 * c + 1] = im;
  }
}

/** G += u·v† for vectors u, v of D entries: G[r, c] += u_r·conj(v_c). */
export function addOuter(G: Float64Array, D: number, u: Float64Array, v: Float64Array): void {
  for (let c = 0; c < D; c++) {
    const vr = v[2 * c]!;
    const vi = -v[2 * c + 1]!;
    if (vr === 0 && vi === 0) continue;
    const o = 2 * D * c;
    for (let r = 0; r < 2 * D; r += 2) {
      const ur = u[r]!;
      const ui = u[r + 1]!;
      G[o + r] = G[o + r]! + ur * vr - ui * vi;
      G[o + r + 1] = G[o + r + 1]! + ur * vi + ui * vr;
    }
  }
}

/**
 * b = β/‖β‖₁ for T complex numbers β (interleaved at beta[bo…]), into out (2T numbers); b = 0
 * when β = 0.
 */
export function normalizeL1(beta: Float64Array, bo: number, T: number, out: Float64Array): void {
  let s = 0;
  for (let j = 0; j < T; j++) s += Math.hypot(beta[bo + 2 * j]!, beta[bo + 2 * j + 1]!);
  for (let j = 0; j < 2 * T; j++) out[j] = s > 0 ? beta[bo + j]! / s : 0;
}

/**
 * The gradient through b = β/s, s = Σ_k |β_k|, adding to grad[go…]:
 * g_β_j = g_b_j/s − (Σ_k Re(conj(g_b_k)·β_k)/s²)·β_j/|β_j|, the second term 0 where β_j = 0 (the
 * subgradient of |β_j| there). With β = 0 there is no b to differentiate: g_b is passed on as if
 * ‖β‖₁ were 1.
 */
export function normalizeL1Backward(
  beta: Float64Array,
  bo: number,
  T: number,
  gb: Float64Array,
  grad: Float64Array,
  go: number,
): void {
  let s = 0;
  let R = 0;
  for (let j = 0; j < T; j++) {
    const br = beta[bo + 2 * j]!;
    const bi = beta[bo + 2 * j + 1]!;
    s += Math.hypot(br, bi);
    R += gb[2 * j]! * br + gb[2 * j + 1]! * bi;
  }
  const inv = s > 0 ? 1 / s : 1;
  for (let j = 0; j < T; j++) {
    const br = beta[bo + 2 * j]!;
    const bi = beta[bo + 2 * j + 1]!;
    const m = Math.hypot(br, bi);
    const k = s > 0 && m > 0 ? R / (s * s * m) : 0;
    grad[go + 2 * j] = grad[go + 2 * j]! + gb[2 * j]! * inv - k * br;
    grad[go + 2 * j + 1] = grad[go + 2 * j + 1]! + gb[2 * j + 1]! * inv - k * bi;
  }
}
