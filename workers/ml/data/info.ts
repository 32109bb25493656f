// The data-set table lives in the schema (src/experiment/tasks/classify/datasets.ts); the
// generators read it from there.
export {
  DATASETS,
  DATASET_NAMES,
  type DatasetInfo,
} from '../../../src/experiment/tasks/classify/datasets';
