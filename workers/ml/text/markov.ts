// The text task's synthetic source: a seeded random Markov chain over a small alphabet, whose
// entropy rate is known exactly, so a model's perplexity can be compared with the best possible one.

import { createRng, type Rng } from '../../sim/rng';

/** The alphabet sizes a chain may have. */
export const MARKOV_SYMBOLS = { min: 2, max: 16 } as const;

/** Default Dirichlet concentration: peaked rows (structure to learn), yet no certain next token. */
export const MARKOV_ALPHA = 0.3;

/** A Markov chain over tokens 0 … symbols − 1. */
export interface MarkovChain {
  symbols: number;
  /** How many past tokens the next one depends on. */
  order: 1 | 2;
  /**
   * transition[s·symbols + v] = P(next = v | state s); state s = the previous token (order 1) or
   * prev2·symbols + prev1 (order 2). symbols^order rows, each summing to 1.
   */
  transition: Float64Array;
}

/** Refuses an alphabet size outside 2–16. */
function checkSymbols(symbols: number): void {
  const { min, max } = MARKOV_SYMBOLS;
  if (!Number.isInteger(symbols) || symbols < min || symbols > max)
    throw new Error(`A Markov chain has from ${min} to ${max} symbols, not ${symbols}.`);
}

/** Refuses an order other than 1 or 2. */
function checkOrder(order: number): void {
  if (order !== 1 && order !== 2)
    throw new Error(`A Markov chain's order (past tokens it remembers) is 1 or 2, not ${order}.`);
}

/** The number of states of a chain: symbols^order. */
export function markovStates(chain: MarkovChain): number {
  return chain.symbols ** chain.order;
}

/** Refuses a chain whose table does not fit its alphabet and order, or whose rows are not distributions. */
export function checkChain(chain: MarkovChain): void {
  checkSymbols(chain.symbols);
  checkOrder(chain.order);
  const states = markovStates(chain);
  const { symbols, transition } = chain;
  if (transition.length !== states * symbols)
    throw new Error(
      `A chain of ${symbols} symbols and order ${chain.order} has ${states} × ${symbols} ` +
        `transition probabilities, not ${transition.length}.`,
    );
  for (let s = 0; s < states; s++) {
    let sum = 0;
    for (let v = 0; v < symbols; v++) {
      const p = transition[s * symbols + v]!;
      if (!(p >= 0 && p <= 1))
        throw new Error(`The probability of token ${v} after state ${s} is ${p}, not in [0, 1].`);
      sum += p;
    }
    if (Math.abs(sum - 1) > 1e-9)
      throw new Error(`The next-token probabilities after state ${s} sum to ${sum}, not 1.`);
  }
}

/**
 * A Gamma(shape, 1) deviate by Marsaglia & Tsang (2000); for shape < 1, Gamma(shape + 1)·U^(1/shape).
 */
function gamma(shape: number, rng: Rng): number {
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = rng.next();
    return gamma(shape + 1, rng) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A seeded random chain: each state's next-token distribution is a draw from the symmetric
 * Dirichlet(alpha) (normalised Gamma(alpha) deviates, state by state, token by token). A small
 * alpha (default 0.3) gives peaked rows: structure to learn (a low entropy rate) but no row is
 * certain.
 */
export function randomMarkovChain(
  symbols: number,
  order: 1 | 2,
  seed: number,
  alpha: number = MARKOV_ALPHA,
): MarkovChain {
  checkSymbols(symbols);
  checkOrder(order);
  if (!(Number.isFinite(alpha) && alpha > 0))
    throw new Error(`The Dirichlet concentration alpha must be a number > 0, not ${alpha}.`);
  const rng = createRng(seed);
  const states = symbols ** order;
  const transition = new Float64Array(states * symbols);
  for (let s = 0; s < states; s++) {
    const row = transition.subarray(s * symbols, (s + 1) * symbols);
    let sum = 0;
    // A row of all zeros (every deviate underflowing) is drawn again; it is all but impossible.
    while (!(sum > 0)) {
      sum = 0;
      for (let v = 0; v < symbols; v++) sum += row[v] = gamma(alpha, rng);
    }
    for (let v = 0; v < symbols; v++) row[v] = row[v]! / sum;
  }
  return { symbols, order, transition };
}

/**
 * The state process's transition matrix, states × states: M[s·states + s'] = P(s → s'). For
 * order 2 the state (a, b) moves to (b, v) with probability P(v | a, b).
 */
function stateMatrix(chain: MarkovChain): Float64Array {
  const { symbols, transition } = chain;
  const states = markovStates(chain);
  const m = new Float64Array(states * states);
  for (let s = 0; s < states; s++) {
    // The next state keeps the last token of s (order 2) and appends v.
    const base = chain.order === 1 ? 0 : (s % symbols) * symbols;
    for (let v = 0; v < symbols; v++) m[s * states + base + v] = transition[s * symbols + v]!;
  }
  return m;
}

/**
 * Solves π M = π, Σπ = 1 by Gaussian elimination with partial pivoting on (Mᵀ − I) with its last
 * row replaced by ones; null when the system is singular (a chain with several stationary laws).
 */
function solveStationary(m: Float64Array, n: number): Float64Array | null {
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) a[i * n + j] = m[j * n + i]! - (i === j ? 1 : 0);
  for (let j = 0; j < n; j++) a[(n - 1) * n + j] = 1;
  b[n - 1] = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    if (Math.abs(a[pivot * n + col]!) < 1e-12) return null;
    if (pivot !== col) {
      for (let j = 0; j < n; j++) {
        const t = a[col * n + j]!;
        a[col * n + j] = a[pivot * n + j]!;
        a[pivot * n + j] = t;
      }
      const t = b[col]!;
      b[col] = b[pivot]!;
      b[pivot] = t;
    }
    const p = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / p;
      if (f === 0) continue;
      for (let j = col; j < n; j++) a[r * n + j] = a[r * n + j]! - f * a[col * n + j]!;
      b[r] = b[r]! - f * b[col]!;
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let j = i + 1; j < n; j++) sum -= a[i * n + j]! * x[j]!;
    x[i] = sum / a[i * n + i]!;
  }
  return x;
}

/** One step of the state process, out = π M, read from the transition table (symbols entries a row). */
function stepStates(chain: MarkovChain, pi: Float64Array, out: Float64Array): void {
  const { symbols, order, transition } = chain;
  out.fill(0);
  for (let s = 0; s < pi.length; s++) {
    const w = pi[s]!;
    if (w === 0) continue;
    const base = order === 1 ? 0 : (s % symbols) * symbols;
    for (let v = 0; v < symbols; v++)
      out[base + v] = out[base + v]! + w * transition[s * symbols + v]!;
  }
}

/** Largest |(π M)(s) − π(s)|. */
function residual(chain: MarkovChain, pi: Float64Array): number {
  const next = new Float64Array(pi.length);
  stepStates(chain, pi, next);
  let worst = 0;
  for (let s = 0; s < pi.length; s++) worst = Math.max(worst, Math.abs(next[s]! - pi[s]!));
  return worst;
}

/** Iterations of the lazy chain at most, in the fallback of `stationary`. */
const LAZY_ITERATIONS = 100_000;

/**
 * The stationary distribution π of the chain's state process (over tokens for order 1, over
 * pairs prev2·symbols + prev1 for order 2): π M = π, Σπ = 1, solved directly. When that fails (a
 * chain with several stationary laws, not irreducible, which a random chain almost surely is not;
 * or a residual above 1e-12), π is the limit of the lazy chain (I + M)/2 (aperiodic, the same
 * stationary laws) from the uniform law, iterated until no entry moves by more than 1e-13 (at most
 * 100,000 steps).
 */
export function stationary(chain: MarkovChain): Float64Array {
  checkChain(chain);
  const n = markovStates(chain);
  let pi: Float64Array | null = solveStationary(stateMatrix(chain), n);
  if (pi === null || !pi.every((p) => p > -1e-12) || residual(chain, pi) > 1e-12) {
    pi = new Float64Array(n).fill(1 / n);
    const next = new Float64Array(n);
    for (let it = 0; it < LAZY_ITERATIONS; it++) {
      stepStates(chain, pi, next);
      let moved = 0;
      for (let j = 0; j < n; j++) {
        const lazy = (pi[j]! + next[j]!) / 2;
        moved = Math.max(moved, Math.abs(lazy - pi[j]!));
        pi[j] = lazy;
      }
      if (moved < 1e-13) break;
    }
  }
  // Rounding can leave entries of order −1e−17 where π is 0: clip them and renormalise.
  let sum = 0;
  for (let j = 0; j < n; j++) sum += pi[j] = Math.max(0, pi[j]!);
  for (let j = 0; j < n; j++) pi[j] = pi[j]! / sum;
  return pi;
}

/**
 * The entropy rate in nats per token, Σ_s π(s) H(P(·|s)) with 0·log 0 = 0: the lowest mean
 * cross-entropy any model can reach on the chain's text; exp(entropyRate) is the perplexity floor.
 */
export function entropyRate(chain: MarkovChain): number {
  const pi = stationary(chain);
  const { symbols, transition } = chain;
  let rate = 0;
  for (let s = 0; s < pi.length; s++) {
    let h = 0;
    for (let v = 0; v < symbols; v++) {
      const p = transition[s * symbols + v]!;
      if (p > 0) h -= p * Math.log(p);
    }
    rate += pi[s]! * h;
  }
  return rate;
}

/**
 * An index i in [0, n) drawn with weight w[offset + i] (not necessarily normalised, total > 0),
 * u uniform in [0, 1).
 */
function drawIndex(w: Float64Array, offset: number, n: number, u: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += w[offset + i]!;
  let target = u * total;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[offset + i]!;
    if (wi <= 0) continue;
    last = i;
    target -= wi;
    if (target < 0) return i;
  }
  // Rounding left target ≥ 0 after the last positive weight: that is the one drawn.
  return last;
}

/**
 * `length` tokens of the chain, seeded: the first `order` tokens are a state drawn from the
 * stationary distribution (so the whole sequence is stationary from its start), each later token
 * is drawn from P(· | the `order` tokens before it). A length below the order keeps the first
 * tokens of the state.
 */
export function sampleMarkov(chain: MarkovChain, length: number, seed: number): Int32Array {
  if (!Number.isInteger(length) || length < 1)
    throw new Error(`The number of tokens to draw must be a whole number ≥ 1, not ${length}.`);
  const pi = stationary(chain);
  const { symbols, order, transition } = chain;
  const rng = createRng(seed);
  const out = new Int32Array(length);
  let state = drawIndex(pi, 0, pi.length, rng.next());
  const first = order === 1 ? [state] : [Math.floor(state / symbols), state % symbols];
  for (let t = 0; t < Math.min(order, length); t++) out[t] = first[t]!;
  for (let t = order; t < length; t++) {
    const v = drawIndex(transition, state * symbols, symbols, rng.next());
    out[t] = v;
    state = order === 1 ? v : (state % symbols) * symbols + v;
  }
  return out;
}

/** Display names of the symbols: 'a', 'b', … (symbols from 2 to 16). */
export function markovAlphabet(symbols: number): string[] {
  checkSymbols(symbols);
  return Array.from({ length: symbols }, (_, i) => String.fromCharCode(97 + i));
}

/**
 * The chain's own mean cross-entropy (nats) at the targets of contexts [from, to): what the true
 * probabilities score on these very tokens, the best any model can expect on them (the entropy
 * rate is its average over endless text; a short stretch can score lower or higher).
 * inputs[k·context + t] is context k's token t; the context must hold at least `order` tokens.
 */
export function chainCrossEntropy(
  chain: MarkovChain,
  inputs: Int32Array,
  targets: Int32Array,
  context: number,
  from: number,
  to: number,
): number {
  const { symbols, order, transition } = chain;
  if (context < order)
    throw new Error(`A chain of order ${order} needs contexts of at least ${order} tokens; they have ${context}.`); // prettier-ignore
  if (!(from >= 0 && to > from && to <= targets.length && to * context <= inputs.length))
    throw new Error(`Contexts ${from}–${to} are not a non-empty range of the ${targets.length} given.`); // prettier-ignore
  let sum = 0;
  for (let k = from; k < to; k++) {
    const end = (k + 1) * context;
    const state = order === 1 ? inputs[end - 1]! : inputs[end - 2]! * symbols + inputs[end - 1]!;
    sum -= Math.log(Math.max(1e-300, transition[state * symbols + targets[k]!]!));
  }
  return sum / (to - from);
}
