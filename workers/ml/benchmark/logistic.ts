// L2-regularised logistic regression, the benchmark's linear baseline, as scikit-learn's
// LogisticRegression(C): minimises Σ log(1 + exp(−y_i·(w·x_i + b))) + ‖w‖²/(2C) (intercept not
// penalised) by Newton's method with a backtracking line search, which is deterministic.

/** A fitted logistic regression: P(y = +1 | x) = σ(w·x + b). */
export interface LogisticModel {
  /** Weight per feature. */
  w: Float64Array;
  /** Intercept. */
  b: number;
  /** Objective at (w, b): the log-loss summed over rows plus ‖w‖²/(2C). */
  loss: number;
  /** Newton steps taken. */
  iterations: number;
  /** True when the gradient's largest component fell to tol·max(1, n). */
  converged: boolean;
}

/** Fit settings. */
export interface LogisticOptions {
  /** Inverse regularisation strength (penalty ‖w‖²/(2C)), finite and > 0. */
  C: number;
  /** Stopping tolerance on the gradient, relative to the number of rows; 1e-10 by default. */
  tol?: number;
  /** Most Newton steps; 100 by default. */
  maxIter?: number;
}

/** log(1 + exp(t)) without overflow. */
function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/** σ(t) = 1 / (1 + exp(−t)) without overflow. */
function sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

function checkInput(x: Float64Array, y: Int8Array, d: number, opts: LogisticOptions): void {
  if (!Number.isFinite(opts.C) || opts.C <= 0)
    throw new Error(`Logistic regression: C must be a finite number above 0, got ${opts.C}.`);
  if (!Number.isInteger(d) || d < 1)
    throw new Error(`Logistic regression: the number of features must be ≥ 1, got ${d}.`);
  if (x.length !== y.length * d)
    throw new Error(
      `Logistic regression: the features hold ${x.length} numbers, not rows × features = ${y.length} × ${d}.`,
    );
  for (let t = 0; t < x.length; t++)
    if (!Number.isFinite(x[t]!))
      throw new Error(
        `Logistic regression: feature ${t % d} of row ${Math.floor(t / d)} is ${x[t]}, not a finite number.`,
      );
  let pos = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1 && y[i] !== -1)
      throw new Error(`Logistic regression: labels must be −1 or +1, label ${i} is ${y[i]}.`);
    if (y[i] === 1) pos++;
  }
  if (pos === 0 || pos === y.length)
    throw new Error('Logistic regression: the train set needs points of both classes (+1 and −1).');
}

/** Objective at θ = (w_0 … w_{d−1}, b). */
function objective(x: Float64Array, y: Int8Array, d: number, C: number, theta: Float64Array) {
  let loss = 0;
  for (let f = 0; f < d; f++) loss += (theta[f]! * theta[f]!) / (2 * C);
  for (let i = 0; i < y.length; i++) {
    let z = theta[d]!;
    for (let f = 0; f < d; f++) z += theta[f]! * x[i * d + f]!;
    loss += softplus(-y[i]! * z);
  }
  return loss;
}

/** Solves H·s = g in place (s returned in g) for symmetric positive-definite H of size m; false if not PD. */
function choleskySolve(H: Float64Array, g: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let s = H[j * m + j]!;
    for (let k = 0; k < j; k++) s -= H[j * m + k]! ** 2;
    if (!(s > 0)) return false;
    const l = Math.sqrt(s);
    H[j * m + j] = l;
    for (let i = j + 1; i < m; i++) {
      let v = H[i * m + j]!;
      for (let k = 0; k < j; k++) v -= H[i * m + k]! * H[j * m + k]!;
      H[i * m + j] = v / l;
    }
  }
  for (let i = 0; i < m; i++) {
    let v = g[i]!;
    for (let k = 0; k < i; k++) v -= H[i * m + k]! * g[k]!;
    g[i] = v / H[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let v = g[i]!;
    for (let k = i + 1; k < m; k++) v -= H[k * m + i]! * g[k]!;
    g[i] = v / H[i * m + i]!;
  }
  return true;
}

/**
 * Fits w, b on n rows of d features (x row-major, n = y.length) with labels ±1. Newton's method
 * over the d + 1 unknowns costs O(n·d²) a step, fine for the benchmark's d ≤ 64. Throws an Error
 * with a plain message on mismatched sizes, non-finite features, bad labels, one class or C ≤ 0.
 */
export function fitLogistic(
  x: Float64Array,
  y: Int8Array,
  d: number,
  opts: LogisticOptions,
): LogisticModel {
  checkInput(x, y, d, opts);
  const n = y.length;
  const { C } = opts;
  const tol = (opts.tol ?? 1e-10) * Math.max(1, n);
  const maxIter = opts.maxIter ?? 100;
  const m = d + 1;
  const theta = new Float64Array(m);
  const grad = new Float64Array(m);
  const H = new Float64Array(m * m);
  const trial = new Float64Array(m);
  let loss = objective(x, y, d, C, theta);
  let iterations = 0;
  let converged = false;

  for (;;) {
    grad.fill(0);
    H.fill(0);
    for (let f = 0; f < d; f++) {
      grad[f] = theta[f]! / C;
      H[f * m + f] = 1 / C;
    }
    for (let i = 0; i < n; i++) {
      const row = i * d;
      let z = theta[d]!;
      for (let f = 0; f < d; f++) z += theta[f]! * x[row + f]!;
      const p = sigmoid(z);
      // ∂/∂z log(1 + exp(−y·z)) = p − [y = +1]; ∂² = p·(1 − p).
      const r = p - (y[i] === 1 ? 1 : 0);
      const h = p * (1 - p);
      for (let a = 0; a < m; a++) {
        const xa = a < d ? x[row + a]! : 1;
        grad[a] = grad[a]! + r * xa;
        for (let c = 0; c <= a; c++)
          H[a * m + c] = H[a * m + c]! + h * xa * (c < d ? x[row + c]! : 1);
      }
    }
    let gMax = 0;
    for (const g of grad) gMax = Math.max(gMax, Math.abs(g));
    if (gMax <= tol) {
      converged = true;
      break;
    }
    if (iterations >= maxIter) break;
    iterations++;

    // Newton direction −H⁻¹g; if rounding makes H lose definiteness, add a growing ridge.
    const step = Float64Array.from(grad);
    const lower = Float64Array.from(H);
    for (let ridge = 0, tries = 0; !choleskySolve(lower, step, m); tries++) {
      if (tries > 30) return { w: theta.slice(0, d), b: theta[d]!, loss, iterations, converged };
      ridge = ridge === 0 ? 1e-12 * (1 + H[m * m - 1]!) : ridge * 10;
      lower.set(H);
      step.set(grad);
      for (let a = 0; a < m; a++) lower[a * m + a] = lower[a * m + a]! + ridge;
    }
    let slope = 0;
    for (let a = 0; a < m; a++) slope -= grad[a]! * step[a]!;
    // Armijo backtracking: halve the step until the objective drops enough.
    let t = 1;
    let accepted = false;
    for (let k = 0; k < 60 && !accepted; k++, t /= 2) {
      for (let a = 0; a < m; a++) trial[a] = theta[a]! - t * step[a]!;
      const next = objective(x, y, d, C, trial);
      if (next <= loss + 1e-4 * t * slope) {
        theta.set(trial);
        loss = next;
        accepted = true;
      }
    }
    if (!accepted) break; // no decrease left in floating point: as good as this precision allows
  }
  return { w: theta.slice(0, d), b: theta[d]!, loss, iterations, converged };
}

/** Decision values w·x + b for each row of x (row-major, the model's number of features). */
export function logisticDecision(model: LogisticModel, x: Float64Array): Float64Array {
  const d = model.w.length;
  if (x.length % d !== 0)
    throw new Error(
      `Logistic regression: ${x.length} numbers are not whole rows of ${d} features each.`,
    );
  const out = new Float64Array(x.length / d);
  for (let i = 0; i < out.length; i++) {
    let z = model.b;
    for (let f = 0; f < d; f++) z += model.w[f]! * x[i * d + f]!;
    out[i] = z;
  }
  return out;
}

/** Predicted labels: +1 where w·x + b > 0, else −1 (scikit-learn's rule). */
export function logisticPredict(model: LogisticModel, x: Float64Array): Int8Array {
  return Int8Array.from(logisticDecision(model, x), (z) => (z > 0 ? 1 : -1));
}
