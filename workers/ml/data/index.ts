// Public face of the data-set module: built-in 2-D classification sets, splitting and appending.

export type { Dataset, DatasetName, DatasetSpec } from './types';
export type { DatasetInfo } from './catalog';
export { DATASETS, MAX_POINTS, generateDataset, validateSpec } from './catalog';
export { splitDataset, concatDatasets } from './split';
export { featuresOf } from './types';
