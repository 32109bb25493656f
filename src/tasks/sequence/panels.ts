// The sequence task's own panels, one chunk loaded when the task is first opened (index.ts).
export { SequenceModelPanel } from './SequenceModelPanel';
export { SequenceResults } from './SequenceResults';
export { SeriesPanel } from './SeriesPanel';
