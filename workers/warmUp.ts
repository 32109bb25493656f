// Warm-up of the training code while the page waits for Play. The first second of training used
// to be the roughest on a slow machine: the JavaScript engine compiles the hot functions (the
// simulator, the gradients, the optimiser) in the background as they become hot, and on two
// cores that compilation took a whole core away from the page just after Play (main-thread tasks
// of 70–100 ms under 4× CPU throttling, none over 45 ms once warm). So once a session is loaded,
// a throwaway session of the same experiment trains a little, in short slices that any call
// (Play, a new load, the live view) overtakes, and is dropped. Nothing of it reaches the page or
// the real session: its own models, data and random numbers, built from the same experiment.

import type { TaskSession } from './tasks/taskRunner';

/** Worker time a warm-up takes at most, in milliseconds. */
export const WARM_MS = 1500;
/**
 * How long after the load a warm-up waits: the page draws the loaded experiment (Play enabled)
 * and the worker its first pictures without competing with it.
 */
export const WARM_DELAY_MS = 300;
/** Longest run of throwaway steps between two yields to the event loop, in milliseconds. */
const SLICE_MS = 8;

export interface WarmUp {
  /**
   * Warms up on a throwaway session from `create`, once per `key` (the same code paths need no
   * second warm-up), while `idle()` holds; resolves with the steps taken (0 when skipped).
   */
  run(key: string, create: () => TaskSession, idle: () => boolean): Promise<number>;
}

const now = (): number => performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createWarmUp(budgetMs = WARM_MS, delayMs = WARM_DELAY_MS): WarmUp {
  const warmed = new Set<string>();
  return {
    async run(key, create, idle) {
      if (warmed.has(key)) return 0;
      // Calls that came with the load (Play pressed at once) go first.
      await sleep(delayMs);
      if (!idle()) return 0;
      warmed.add(key);
      let session: TaskSession | null = null;
      let steps = 0;
      try {
        const t0 = now();
        session = create();
        let spent = now() - t0;
        while (spent < budgetMs) {
          await sleep(0);
          if (!idle()) break;
          const slice = now();
          do {
            session.step();
            steps++;
          } while (now() - slice < SLICE_MS);
          spent += now() - slice;
        }
      } catch {
        // A warm-up is only ever a head start: whatever fails here fails again, with its message,
        // in the real session.
      } finally {
        session?.dispose();
      }
      return steps;
    },
  };
}
