// The classical solvers QAOA is compared with: brute force over the cost vector, simulated
// annealing (Metropolis single-bit flips, geometric cooling) and greedy steepest descent from
// random starts. The last two work on the Ising's couplings, never on the cost vector.

import type { Rng } from '../../../src/experiment/rng';
import { energyOf } from './ising';
import type { Ising } from './model';

/** Brute force: the best and worst bitstrings over all of them. */
export interface BruteForceResult {
  bits: number;
  energy: number;
  worst: number;
  worstBits: number;
  /** Bitstrings within 1e-9·(1 + |E_min|) of the minimum. */
  optimalCount: number;
  ms: number;
}

/** A heuristic's best bitstring, its energy, time, and its settings in words. */
export interface HeuristicResult {
  bits: number;
  energy: number;
  ms: number;
  settings: string;
}

/** The minimum and maximum of a cost vector (ties: the lowest index), and how many are optimal. */
export function bruteForce(costs: Float64Array): BruteForceResult {
  const t0 = performance.now();
  let bits = 0;
  let worstBits = 0;
  let energy = Infinity;
  let worst = -Infinity;
  for (let x = 0; x < costs.length; x++) {
    const e = costs[x]!;
    if (e < energy) {
      energy = e;
      bits = x;
    }
    if (e > worst) {
      worst = e;
      worstBits = x;
    }
  }
  const limit = energy + 1e-9 * (1 + Math.abs(energy));
  let optimalCount = 0;
  for (let x = 0; x < costs.length; x++) if (costs[x]! <= limit) optimalCount++;
  return { bits, energy, worst, worstBits, optimalCount, ms: performance.now() - t0 };
}

/** Neighbour lists in compressed rows: the couplings of qubit i are at start[i] … start[i+1]. */
interface Adjacency {
  start: Int32Array;
  other: Int32Array;
  weight: Float64Array;
}

function adjacency(ising: Ising): Adjacency {
  const { n, couplings } = ising;
  const start = new Int32Array(n + 1);
  for (const { i, j } of couplings) {
    start[i + 1]!++;
    start[j + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(2 * couplings.length);
  const weight = new Float64Array(2 * couplings.length);
  for (const { i, j, w } of couplings) {
    other[fill[i]!] = j;
    weight[fill[i]!++] = w;
    other[fill[j]!] = i;
    weight[fill[j]!++] = w;
  }
  return { start, other, weight };
}

/**
 * A spin state and its local fields f_i = h_i + Σ_j J_ij z_j; flipping spin i changes E by
 * −2 z_i f_i and each neighbour's field by −2 J_ij z_i (old z_i).
 */
class Spins {
  readonly z: Float64Array;
  readonly field: Float64Array;
  bits = 0;
  constructor(
    private readonly ising: Ising,
    private readonly adj: Adjacency,
  ) {
    this.z = new Float64Array(ising.n);
    this.field = new Float64Array(ising.n);
  }
  /** A uniformly random state. */
  randomise(rng: Rng): void {
    const { n } = this.ising;
    this.bits = 0;
    for (let i = 0; i < n; i++) {
      const one = rng.next() < 0.5;
      this.z[i] = one ? -1 : 1;
      if (one) this.bits |= 1 << i;
    }
    const { start, other, weight } = this.adj;
    for (let i = 0; i < n; i++) {
      let f = this.ising.h[i]!;
      for (let k = start[i]!; k < start[i + 1]!; k++) f += weight[k]! * this.z[other[k]!]!;
      this.field[i] = f;
    }
  }
  delta(i: number): number {
    return -2 * this.z[i]! * this.field[i]!;
  }
  flip(i: number): void {
    const { start, other, weight } = this.adj;
    const zi = this.z[i]!;
    for (let k = start[i]!; k < start[i + 1]!; k++) this.field[other[k]!]! -= 2 * weight[k]! * zi;
    this.z[i] = -zi;
    this.bits ^= 1 << i;
  }
}

/**
 * The temperatures of annealing from the energy scale (the rule of D-Wave's `neal`): start where
 * the largest single-flip change, 2(|h_i| + Σ_j |J_ij|), is accepted with probability 1/2, end
 * where the smallest non-zero coefficient's change, 2·min|coefficient|, is accepted with 1/100.
 */
export function annealingTemperatures(ising: Ising): { hot: number; cold: number } {
  const reach = Array.from(ising.h, Math.abs);
  let least = Infinity;
  for (const v of ising.h) if (v !== 0) least = Math.min(least, Math.abs(v));
  for (const { i, j, w } of ising.couplings) {
    reach[i]! += Math.abs(w);
    reach[j]! += Math.abs(w);
    least = Math.min(least, Math.abs(w));
  }
  const most = Math.max(0, ...reach);
  if (!(most > 0)) return { hot: 1, cold: 1 };
  const hot = (2 * most) / Math.LN2;
  const cold = Math.min(hot, (2 * least) / Math.log(100));
  return { hot, cold };
}

/** Fisher–Yates shuffle in place. */
function shuffle(a: Int32Array, rng: Rng): void {
  for (let k = a.length - 1; k > 0; k--) {
    const r = rng.int(k + 1);
    const t = a[k]!;
    a[k] = a[r]!;
    a[r] = t;
  }
}

/**
 * Simulated annealing: each run starts from a random state and makes `sweeps` sweeps (a Metropolis
 * flip tried once on every qubit, in a fresh random order each sweep: in a fixed order, moves that
 * cost nothing would carry domain walls round a ring together instead of letting them meet) while the temperature falls geometrically from hot to cold;
 * the best state seen in any run is returned, its energy recomputed exactly.
 */
export function simulatedAnnealing(
  ising: Ising,
  opts: { sweeps: number; restarts: number; rng: Rng },
): HeuristicResult {
  const t0 = performance.now();
  const { rng } = opts;
  const sweeps = Math.max(1, Math.floor(opts.sweeps));
  const restarts = Math.max(1, Math.floor(opts.restarts));
  const { hot, cold } = annealingTemperatures(ising);
  const ratio = sweeps > 1 ? (cold / hot) ** (1 / (sweeps - 1)) : 1;
  const spins = new Spins(ising, adjacency(ising));
  const order = Int32Array.from({ length: ising.n }, (_, i) => i);
  let bestBits = 0;
  let best = Infinity;
  for (let run = 0; run < restarts; run++) {
    spins.randomise(rng);
    let e = energyOf(ising, spins.bits);
    let runBest = e;
    let runBits = spins.bits;
    let T = hot;
    for (let s = 0; s < sweeps; s++, T *= ratio) {
      shuffle(order, rng);
      for (let k = 0; k < ising.n; k++) {
        const i = order[k]!;
        const d = spins.delta(i);
        if (d <= 0 || rng.next() < Math.exp(-d / T)) {
          spins.flip(i);
          e += d;
          if (e < runBest) {
            runBest = e;
            runBits = spins.bits;
          }
        }
      }
    }
    const exact = energyOf(ising, runBits);
    if (exact < best) {
      best = exact;
      bestBits = runBits;
    }
  }
  const settings =
    `${count(sweeps, 'sweep')}, temperature ${short(hot)} → ${short(cold)} (geometric), ` +
    `best of ${count(restarts, 'run')}`;
  return { bits: bestBits, energy: best, ms: performance.now() - t0, settings };
}

/**
 * Greedy local search: from each random start, flip the qubit that lowers the energy most until
 * no single flip lowers it (a local minimum); the best over the starts is returned.
 */
export function greedyLocalSearch(
  ising: Ising,
  opts: { restarts: number; rng: Rng },
): HeuristicResult {
  const t0 = performance.now();
  const restarts = Math.max(1, Math.floor(opts.restarts));
  const spins = new Spins(ising, adjacency(ising));
  // Changes smaller than this are rounding, not descent (and would let the search cycle).
  const tiny =
    1e-12 *
    Math.max(1, ...Array.from(ising.h, Math.abs), ...ising.couplings.map((c) => Math.abs(c.w)));
  let bestBits = 0;
  let best = Infinity;
  for (let run = 0; run < restarts; run++) {
    spins.randomise(opts.rng);
    for (;;) {
      let pick = -1;
      let drop = -tiny;
      for (let i = 0; i < ising.n; i++) {
        const d = spins.delta(i);
        if (d < drop) {
          drop = d;
          pick = i;
        }
      }
      if (pick < 0) break;
      spins.flip(pick);
    }
    const e = energyOf(ising, spins.bits);
    if (e < best) {
      best = e;
      bestBits = spins.bits;
    }
  }
  const settings = `steepest single-bit descent to a local minimum, best of ${count(restarts, 'random start')}`;
  return { bits: bestBits, energy: best, ms: performance.now() - t0, settings };
}

function count(k: number, noun: string): string {
  return `${k.toLocaleString('en-US')} ${noun}${k === 1 ? '' : 's'}`;
}

/** Two significant figures, without trailing zeros or exponent for everyday sizes. */
function short(v: number): string {
  return String(Number(v.toPrecision(2)));
}
