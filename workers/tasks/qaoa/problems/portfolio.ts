// Portfolio selection as an Ising energy (Markowitz mean–variance with a budget, as in Qiskit
// Finance and Hadfield et al. 2019): choose exactly B of n assets (bit k: asset k is held) to
// maximise expected return minus q × risk; the budget is a quadratic penalty.

import { createRng } from '../../../../src/experiment/rng';
import {
  MAX_ASSETS,
  MIN_ASSETS,
  meanAndCovariance,
  parseReturnsCsv,
} from '../../../../src/experiment/tasks/qaoa/returnsCsv';
import type { PortfolioProblem } from '../../../../src/experiment/tasks/qaoa/types';
import { isingFromQubo } from '../ising';
import type { Problem } from '../model';

/** Expected returns, their covariance and the assets' names. */
export interface Market {
  names: string[];
  /** Expected return per period of each asset (0.01 = 1 %). */
  mu: number[];
  /** Covariance of the returns per period. */
  cov: number[][];
}

/**
 * The market of a problem: from the user's CSV when `p.returns` is not blank (then the CSV's
 * columns decide the number of assets and `p.assets` is not used), else generated from `p.seed`.
 */
export function portfolioMarket(p: PortfolioProblem): Market {
  if (p.returns.trim() !== '') {
    const parsed = parseReturnsCsv(p.returns);
    if (!parsed.ok) throw new Error(`The returns cannot be used: ${parsed.message}`);
    return { names: parsed.names, ...meanAndCovariance(parsed.rows) };
  }
  if (!Number.isInteger(p.assets) || p.assets < MIN_ASSETS || p.assets > MAX_ASSETS) {
    throw new Error(
      `A portfolio needs ${MIN_ASSETS} to ${MAX_ASSETS} assets; ${p.assets} is not allowed.`,
    );
  }
  return generatedMarket(p.assets, p.seed);
}

/**
 * n correlated assets from a two-factor model r_k = b_k f_1 + g_k f_2 + ε_k: a market factor
 * (volatility 4 % per period, betas 0.5–1.5), a style factor (3 %, loadings ±0.3–1 so that the two
 * halves of the market move against each other) and idiosyncratic noise (2–6 %). Σ is exact:
 * Σ_kl = b_k b_l σ₁² + g_k g_l σ₂² + δ_kl e_k². Means 0.6–1.8 % rise with the market beta, so
 * higher return costs risk.
 */
export function generatedMarket(n: number, seed: number): Market {
  const rng = createRng(seed);
  const s1 = 0.04;
  const s2 = 0.03;
  const b: number[] = [];
  const g: number[] = [];
  const e: number[] = [];
  const mu: number[] = [];
  for (let k = 0; k < n; k++) {
    b.push(0.5 + rng.next());
    g.push((rng.next() < 0.5 ? -1 : 1) * (0.3 + 0.7 * rng.next()));
    e.push(0.02 + 0.04 * rng.next());
    mu.push(0.004 + 0.008 * b[k]! + 0.004 * (rng.next() - 0.5));
  }
  const cov = Array.from({ length: n }, (_, k) =>
    Array.from(
      { length: n },
      (_, l) => b[k]! * b[l]! * s1 * s1 + g[k]! * g[l]! * s2 * s2 + (k === l ? e[k]! * e[k]! : 0),
    ),
  );
  return { names: Array.from({ length: n }, (_, k) => `A${k + 1}`), mu, cov };
}

/**
 * The automatic budget penalty. Changing one asset in or out changes f(x) = −μᵀx + q·xᵀΣx by at
 * most M = max_i (|μ_i| + |q|(|Σ_ii| + 2 Σ_(j≠i) |Σ_ij|)). An infeasible x with Σx − B = d ≠ 0 is
 * |d| such changes from a feasible portfolio y, so f* ≤ f(y) ≤ f(x) + |d|M < f(x) + P d² when
 * P > M: every infeasible bitstring then costs more than the best feasible one. P is 1.1 M
 * rounded up to two significant figures.
 */
export function autoBudgetPenalty(market: Market, q: number): number {
  let m = 0;
  market.mu.forEach((mu, i) => {
    let row = 0;
    market.cov[i]!.forEach((c, j) => (row += (i === j ? 1 : 2) * Math.abs(c)));
    m = Math.max(m, Math.abs(mu) + Math.abs(q) * row);
  });
  return roundUp(1.1 * m);
}

/** Up to two significant figures, rounding away from zero (a positive floor for 0). */
function roundUp(v: number): number {
  if (!(v > 0)) return 1e-9;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Number((Math.ceil(v / unit - 1e-9) * unit).toPrecision(2));
}

function popcount(bits: number): number {
  let c = 0;
  for (let b = bits; b !== 0; b &= b - 1) c++;
  return c;
}

/**
 * E(x) = −μᵀx + q·xᵀΣx + P(Σx − B)² as an Ising. Expanded as a QUBO: x_i gets −μ_i + qΣ_ii +
 * P(1 − 2B), the pair i < j gets 2qΣ_ij + 2P, and the constant is PB².
 */
export function buildPortfolio(p: PortfolioProblem): Problem {
  const market = portfolioMarket(p);
  const { mu, cov, names } = market;
  const n = mu.length;
  const B = p.budget;
  const q = p.risk;
  if (!Number.isInteger(B) || B < 1 || B > n) {
    throw new Error(`The budget must be a whole number of assets from 1 to ${n}; it is ${B}.`);
  }
  if (!Number.isFinite(q)) throw new Error('The risk factor q must be a number.');
  const P = p.penalty === 'auto' ? autoBudgetPenalty(market, q) : p.penalty;
  if (!(Number.isFinite(P) && P >= 0)) {
    throw new Error('The budget penalty must be a number of at least 0, or automatic.');
  }
  const linear = mu.map((m, i) => -m + q * cov[i]![i]! + P * (1 - 2 * B));
  const quadratic: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) quadratic.push({ i, j, w: 2 * q * cov[i]![j]! + 2 * P });
  }
  const plain = (bits: number): number => {
    let ret = 0;
    let risk = 0;
    for (let i = 0; i < n; i++) {
      if (!((bits >>> i) & 1)) continue;
      ret += mu[i]!;
      for (let j = 0; j < n; j++) if ((bits >>> j) & 1) risk += cov[i]![j]!;
    }
    return ret - q * risk;
  };
  return {
    ising: isingFromQubo(n, P * B * B, linear, quadratic),
    objective: 'cost',
    plain,
    plainName: 'Return − q × risk',
    feasible: (bits) => popcount(bits) === B,
    penalty: { weight: P, enforces: `exactly ${B} of ${n} assets` },
    budget: B,
    picture: {
      kind: 'portfolio',
      names,
      mu: [...mu],
      sigma: cov.map((row, i) => Math.sqrt(Math.max(0, row[i]!))),
      budget: B,
      risk: q,
    },
  };
}
