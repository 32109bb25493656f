// The optimisation task's own panels, one chunk loaded when the task is first opened (index.ts).
export { QaoaProblemPanel } from './ProblemPanel';
export { QaoaPanel } from './QaoaPanel';
export { QaoaResults } from './QaoaResults';
