// Every edit the circuit editor can make, as pure functions old circuit → EditResult (the store
// records them in undo history). Gate edits and grid edits live in their own files.

export type { EditResult } from './types';
export { occupied } from './occupancy';
export {
  addControl,
  copyGate,
  deleteGate,
  moveGate,
  placeGate,
  removeControl,
  setBinding,
  setChannelP,
  setTargets,
  toggleControlState,
} from './gateOps';
export { endToStretch, moveEnd, stretchEnds } from './stretch';
export {
  addColumn,
  addQubit,
  deleteColumn,
  insertColumn,
  removeBlock,
  removeQubit,
  repeatColumns,
  setBlockShared,
  setQubits,
  setRepeatCount,
} from './gridOps';
