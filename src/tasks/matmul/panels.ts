// The matrix-multiplication task's own panels, one chunk loaded when the task is first opened (index.ts).
export { MatmulModel } from './MatmulModel';
export { MatmulResults } from './MatmulResults';
export { MatricesPanel } from './MatricesPanel';
export { ShotsPanel } from './ShotsPanel';
