// The hyper-parameters a cell of a benchmark run fits with: the study's best for its model, data
// set and difficulty when the run asks for them and the study published them (studyHyper.ts),
// else the model's own settings (its ticked settings, or a separable partner's defaults).

import { runModels, type BenchmarkCell } from './cells';
import { studyBestHyper } from './studyHyper';
import type { BenchmarkExperiment } from './types';

export interface CellHyper {
  hyper: Record<string, number>;
  /** Whether they are the study's best settings for the cell. */
  fromStudy: boolean;
}

export function cellHyper(
  e: Pick<BenchmarkExperiment, 'sweep' | 'models' | 'compareSeparable' | 'studyHyper'>,
  cell: Pick<BenchmarkCell, 'model' | 'difficulty'>,
): CellHyper {
  if (e.studyHyper) {
    const best = studyBestHyper(cell.model, e.sweep.dataset, cell.difficulty);
    if (best) return { hyper: best.hyper, fromStudy: true };
  }
  const own = runModels(e).find((m) => m.id === cell.model);
  if (!own) throw new Error(`The run has no model "${cell.model}".`);
  return { hyper: own.hyper, fromStudy: false };
}
