// The text task's own panels, one chunk loaded when the task is first opened (index.ts).
export { TextModelPanel } from './TextModelPanel';
export { TextPanel } from './TextPanel';
export { TextResults } from './TextResults';
