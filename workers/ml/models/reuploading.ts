// The re-uploading classifier's circuit is described once, in the schema
// (src/experiment/tasks/classify/reuploading.ts); the worker trains what it returns.
export {
  REUPLOADING_LIMITS,
  reuploadingCircuit,
  type ReuploadingSpec,
} from '../../../src/experiment/tasks/classify/reuploading';
export type { Entangler } from '../../../src/experiment/lists';
