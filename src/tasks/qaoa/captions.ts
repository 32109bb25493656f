// The words under the optimisation pictures: what a solution chooses and what it scores, in the
// sentences the figures print (pure, so that they are tested without a page).
import type { QaoaSamples, Solution } from '../../../workers/protocol';
import { bitOf, bitsLabel, formatValue, scoreWord } from './qaoaFormat';
import { chosenRoutes, routeProblems } from './trafficGeometry';
import type { RoadMap } from './trafficGeometry';

/** A row of the histogram: a measured bitstring. */
export type SampleRow = QaoaSamples['top'][number];

/** The graph's caption: the cut and how many edges it crosses ("Cut 12 (bold edges: 9 of 15)"). */
export function graphCaption(
  edges: readonly [number, number, number][],
  solution: Solution | null,
): string {
  if (!solution) return 'No solution yet';
  const crossing = edges.filter(([i, j]) => bitOf(solution.bits, i) !== bitOf(solution.bits, j));
  const weighted = edges.some((e) => e[2] !== 1) ? ', weights added' : '';
  return `Cut ${formatValue(solution.objective)} (bold edges: ${crossing.length} of ${edges.length}${weighted})`;
}

/** A custom problem's caption: the bitstring as a ket and its cost. */
export function bitsCaption(qubits: number, solution: Solution | null): string {
  if (!solution) return 'No solution yet';
  return `${bitsLabel(solution.bits, qubits)}: cost ${formatValue(solution.objective)} (qubit 0 rightmost)`;
}

/** The portfolio's caption: the chosen assets, their objective, and whether the budget is kept. */
export function portfolioCaption(
  names: readonly string[],
  budget: number,
  risk: number,
  solution: Solution | null,
): string {
  if (!solution) return 'No solution yet';
  const chosen = names.filter((_, i) => bitOf(solution.bits, i) === 1);
  const kept =
    chosen.length === budget
      ? `budget ${budget} of ${names.length} respected`
      : `budget ${budget} of ${names.length} not respected: ${chosen.length} chosen`;
  const list = chosen.length > 0 ? chosen.join(', ') : 'nothing';
  return `Chosen: ${list} — return − q × risk = ${formatValue(solution.objective)} (q = ${formatValue(risk)}); ${kept}`;
}

/** The caption under the map: the congestion, and which cars break the one-route rule. */
export function trafficCaption(map: RoadMap, solution: Solution | null): string {
  if (!solution) return 'No solution yet';
  const problems = routeProblems(map, chosenRoutes(map, solution.bits));
  const head = `Congestion ${formatValue(solution.objective)}`;
  return problems.length === 0 ? head : `${head} — not a valid plan: ${problems.join('; ')}`;
}

/** One row's label: "|0110⟩ · cut 3 · optimal". */
export function rowLabel(r: SampleRow, qubits: number, objective: 'cut' | 'cost'): string {
  const tags = [r.optimal ? 'optimal' : '', r.feasible ? '' : 'infeasible'].filter(Boolean);
  return [
    bitsLabel(r.bits, qubits),
    `${scoreWord(objective)} ${formatValue(r.score)}`,
    ...tags,
  ].join(' · ');
}

/** The caption: "1,024 shots; best sampled: |0110⟩ (cut 4)". */
export function histogramCaption(
  s: QaoaSamples,
  qubits: number,
  objective: 'cut' | 'cost',
): string {
  const best = `${bitsLabel(s.best.bits, qubits)} (${scoreWord(objective)} ${formatValue(s.best.score)})`;
  return `${s.shots.toLocaleString('en-US')} shots; best sampled: ${best}`;
}
