// The benchmark task's own panels, one chunk loaded when the task is first opened (index.ts).
export { BenchmarkDataPanel } from './BenchmarkDataPanel';
export { BenchmarkResults } from './BenchmarkResults';
export { ModelsPanel } from './ModelsPanel';
export { SweepPanel } from './SweepPanel';
