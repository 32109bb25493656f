// Every optimisation problem built into the one shape QAOA and the solvers use (model.ts).

import type { QaoaProblem } from '../../../../src/experiment/tasks/qaoa/types';
import type { Problem } from '../model';
import { buildCustom } from './custom';
import { buildMaxCut } from './maxcut';
import { buildPortfolio } from './portfolio';
import { buildTraffic } from './traffic';

/** The problem's Ising energy, objective, constraints and picture; throws an Error for a student. */
export function buildProblem(p: QaoaProblem): Problem {
  switch (p.kind) {
    case 'maxcut':
      return buildMaxCut(p);
    case 'portfolio':
      return buildPortfolio(p);
    case 'traffic':
      return buildTraffic(p);
    case 'custom':
      return buildCustom(p);
    default: {
      const unknown: never = p;
      throw new Error(`Unknown problem kind: ${JSON.stringify(unknown)}`);
    }
  }
}
