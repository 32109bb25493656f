// What measuring the trained QAOA state gives: the most likely bitstrings with their probability
// and how often a sample of shots drew each, and the best bitstring among the samples.

import { sampleCounts, type Rng } from '../../sim';
import type { QaoaSamples, Solution } from '../../protocol';
import type { Problem } from './model';

/** How many of the most likely bitstrings the histogram shows. */
export const TOP_BITSTRINGS = 16;

/** The indices of the k largest entries of p, largest first (one pass, a small sorted list). */
export function topIndices(p: Float64Array, k: number): number[] {
  const top: number[] = [];
  let floor = -1;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (top.length === k && v <= floor) continue;
    let at = top.length;
    while (at > 0 && p[top[at - 1]!]! < v) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
    floor = p[top[top.length - 1]!]!;
  }
  return top;
}

/** The score shown for cost c: the cut (−E) or the cost (E). */
export const scoreOf = (problem: Problem, cost: number): number =>
  problem.objective === 'cut' ? -cost : cost;

export function solutionOf(problem: Problem, costs: Float64Array, bits: number): Solution {
  return {
    bits,
    score: scoreOf(problem, costs[bits]!),
    objective: problem.plain(bits),
    feasible: problem.feasible(bits),
  };
}

export function measureSamples(
  problem: Problem,
  costs: Float64Array,
  probs: Float64Array,
  optimum: number,
  shots: number,
  rng: Rng,
  epoch: number,
): QaoaSamples {
  const counts = sampleCounts(probs, shots, rng);
  let best = -1;
  for (let k = 0; k < counts.length; k++)
    if (counts[k]! > 0 && (best < 0 || costs[k]! < costs[best]!)) best = k;
  const tol = 1e-9 * (1 + Math.abs(optimum));
  const top = topIndices(probs, TOP_BITSTRINGS).map((bits) => ({
    ...solutionOf(problem, costs, bits),
    probability: probs[bits]!,
    count: counts[bits]!,
    optimal: costs[bits]! <= optimum + tol,
  }));
  return { epoch, shots, top, best: solutionOf(problem, costs, best) };
}
