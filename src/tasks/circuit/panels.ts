// The circuit sandbox's own panels, one chunk loaded when the task is first opened (index.ts).
export { MeasurePanel } from './MeasurePanel';
export { RunPanel } from './RunPanel';
export { SandboxResults } from './SandboxResults';
