// The barren-plateau task's own panels, one chunk loaded when the task is first opened (index.ts).
export { PlateauCircuit } from './PlateauCircuit';
export { PlateauPanel } from './PlateauPanel';
export { PlateauResults } from './PlateauResults';
