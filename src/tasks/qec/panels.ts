// The error-correction lesson's own panels, one chunk loaded when the task is first opened (index.ts).
export { QecCircuits } from './QecCircuits';
export { QecPanel } from './QecPanel';
export { QecResults } from './QecResults';
