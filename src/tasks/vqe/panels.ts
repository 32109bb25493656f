// The molecule task's own panels, one chunk loaded when the task is first opened (index.ts).
export { AnsatzPanel } from './AnsatzPanel';
export { ProblemPanel } from './ProblemPanel';
export { VqeResults } from './VqeResults';
