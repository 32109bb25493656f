// The worker side's task registry: task name → how its session is prepared and built. The
// trainer iterates over nothing else; adding a task is one line here.

import type { TaskName } from '../../src/experiment/types';
import { benchmarkRunner } from './benchmark/runner';
import { circuitRunner } from './circuit/runner';
import { classifyRunner } from './classify/runner';
import { qaoaRunner } from './qaoa/runner';
import { sequenceRunner } from './sequence/runner';
import { textRunner } from './text/runner';
import { qecRunner } from './qec/runner';
import { matmulRunner } from './matmul/runner';
import { plateauRunner } from './plateau/runner';
import type { TaskRunner } from './taskRunner';
import { vqeRunner } from './vqe/runner';

export const TASK_RUNNERS: { readonly [T in TaskName]: TaskRunner<T> } = {
  classify: classifyRunner,
  vqe: vqeRunner,
  qaoa: qaoaRunner,
  benchmark: benchmarkRunner,
  sequence: sequenceRunner,
  text: textRunner,
  qec: qecRunner,
  matmul: matmulRunner,
  circuit: circuitRunner,
  plateau: plateauRunner,
};
