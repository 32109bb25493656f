// The page's task registry: task name → its panels. The page renders whatever the open
// experiment's task lists here; adding a task is one line.
import type { TaskName } from '../experiment/types';
import { benchmarkUi } from './benchmark';
import { circuitUi } from './circuit';
import { classifyUi } from './classify';
import { qaoaUi } from './qaoa';
import { plateauUi } from './plateau';
import { qecUi } from './qec';
import { matmulUi } from './matmul';
import { sequenceUi } from './sequence';
import { textUi } from './text';
import type { TaskUi } from './taskUi';
import { vqeUi } from './vqe';

export const TASK_UIS: { readonly [T in TaskName]: TaskUi } = {
  classify: classifyUi,
  vqe: vqeUi,
  qaoa: qaoaUi,
  benchmark: benchmarkUi,
  sequence: sequenceUi,
  text: textUi,
  qec: qecUi,
  matmul: matmulUi,
  circuit: circuitUi,
  plateau: plateauUi,
};
