// A two-dimensional picture of a data set of d features: its rows projected on the two
// principal axes of the (centred) train rows, found by power iteration with deflation.

export interface Projection {
  /** x, y per row. */
  points: Float32Array;
  /** Share of the total variance the two axes hold (1 when d ≤ 2). */
  explained: number;
}

/** The leading eigenvector of the symmetric d × d matrix c (row-major), and its eigenvalue. */
function leading(c: Float64Array, d: number): { v: Float64Array; value: number } {
  let v = Float64Array.from({ length: d }, (_, i) => 1 / Math.sqrt(d) + 1e-3 * i);
  let value = 0;
  for (let it = 0; it < 500; it++) {
    const w = new Float64Array(d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) w[i]! += c[i * d + j]! * v[j]!;
    const norm = Math.hypot(...w);
    if (norm === 0) return { v, value: 0 };
    for (let i = 0; i < d; i++) w[i]! /= norm;
    const change = w.reduce((s, x, i) => s + Math.abs(x - v[i]!), 0);
    v = w;
    value = norm;
    if (change < 1e-12) break;
  }
  return { v, value };
}

/** The mean of the fitted rows and the two principal axes through it (unit vectors of d). */
export interface PrincipalAxes {
  mean: Float64Array;
  first: Float64Array;
  second: Float64Array;
  /** Share of the total variance the two axes hold (1 when d ≤ 2). */
  explained: number;
}

/**
 * The principal axes of the first `fitRows` rows of `all` (rows × d). With one feature the second
 * axis is 0; with two, the features themselves.
 */
export function principalAxes(all: Float64Array, d: number, fitRows: number): PrincipalAxes {
  const mean = new Float64Array(d);
  for (let r = 0; r < fitRows; r++)
    for (let f = 0; f < d; f++) mean[f]! += all[r * d + f]! / fitRows;
  if (d <= 2) {
    const unit = (k: number): Float64Array =>
      Float64Array.from({ length: d }, (_, f) => +(f === k));
    return { mean, first: unit(0), second: unit(1), explained: 1 };
  }
  const cov = new Float64Array(d * d);
  for (let r = 0; r < fitRows; r++)
    for (let i = 0; i < d; i++) {
      const xi = all[r * d + i]! - mean[i]!;
      for (let j = 0; j < d; j++) cov[i * d + j]! += (xi * (all[r * d + j]! - mean[j]!)) / fitRows;
    }
  let total = 0;
  for (let i = 0; i < d; i++) total += cov[i * d + i]!;
  const first = leading(cov, d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) cov[i * d + j]! -= first.value * first.v[i]! * first.v[j]!;
  const second = leading(cov, d);
  const explained = total > 0 ? (first.value + second.value) / total : 1;
  return { mean, first: first.v, second: second.v, explained };
}

/** Rows of `all` (rows × d) projected on the principal axes of the first `fitRows` rows. */
export function principalProjection(all: Float64Array, d: number, fitRows: number): Projection {
  const { mean, first, second, explained } = principalAxes(all, d, fitRows);
  const rows = all.length / d;
  const points = new Float32Array(2 * rows);
  for (let r = 0; r < rows; r++)
    for (let f = 0; f < d; f++) {
      const x = all[r * d + f]! - mean[f]!;
      points[2 * r]! += x * first[f]!;
      points[2 * r + 1]! += x * second[f]!;
    }
  return { points, explained };
}
