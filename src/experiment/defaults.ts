// The experiment a first visit opens: the data re-uploading classifier on the circle set. Each
// task's own starting experiment is its registry entry's defaults().

import type { ClassifyExperiment } from './types';
import { classifySchema } from './tasks/classify';

export function defaultExperiment(): ClassifyExperiment {
  return classifySchema.defaults();
}
