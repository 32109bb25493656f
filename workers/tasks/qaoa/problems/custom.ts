// A problem the student writes: a QUBO matrix, QUBO terms or Ising terms (quboText.ts), minimised
// as it stands, with no constraints.

import { parseQuboText } from '../../../../src/experiment/tasks/qaoa/quboText';
import type { CustomProblem } from '../../../../src/experiment/tasks/qaoa/types';
import { energyOf, isingFromQubo, isingFromZTerms } from '../ising';
import type { Ising, Problem } from '../model';

/** The custom problem: its energy is the cost itself (a QUBO's value xᵀQx + c equals E). */
export function buildCustom(p: CustomProblem): Problem {
  const parsed = parseQuboText(p.text);
  if (!parsed.ok) throw new Error(parsed.message);
  const { n, offset, linear, quadratic } = parsed;
  const ising: Ising =
    parsed.form === 'ising'
      ? isingFromZTerms(n, offset, linear, quadratic)
      : isingFromQubo(n, offset, linear, quadratic);
  return {
    ising,
    objective: 'cost',
    plain: (bits) => energyOf(ising, bits),
    plainName: 'Cost',
    feasible: () => true,
    penalty: null,
    budget: null,
    picture: { kind: 'custom' },
  };
}
