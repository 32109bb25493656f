// A narrow read of the run slice for the sandbox's panels (as src/store/runOf.ts does for the
// other tasks): its load info, or nothing while another task's session is loaded.
import type { CircuitInfo, LoadInfo } from '../../../workers/protocol';

export const circuitInfo = (i: LoadInfo | null): CircuitInfo | null =>
  i?.task === 'circuit' ? i : null;
