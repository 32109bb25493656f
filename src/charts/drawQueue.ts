// The page's charts draw through one queue, each chart's drawing in a task of its own after
// React's commit: a store update (React's render, then every chart it changed, in turn) is then
// several short tasks instead of one long one, and the browser can show a frame between them.
// A chart queued again before its turn keeps its place and draws only its latest data.

export interface DrawQueue {
  /** Queues `draw` under `key` (one per chart), replacing a drawing still queued under it. */
  request(key: object, draw: () => void): void;
  /** Drops the drawing queued under `key`, if any (its chart is gone). */
  cancel(key: object): void;
  /** Runs every queued drawing now, in order. */
  flush(): void;
  /** Drawings queued and not yet run. */
  readonly size: number;
}

/** A queue that runs its drawings one per task, each task started by `post`. */
export function createDrawQueue(post: (run: () => void) => void): DrawQueue {
  const queued = new Map<object, () => void>();
  let posted = false;
  const take = (): (() => void) | null => {
    const first = queued.entries().next();
    if (first.done) return null;
    queued.delete(first.value[0]);
    return first.value[1];
  };
  const next = (): void => {
    posted = false;
    const draw = take();
    if (!draw) return;
    // The next task is posted first, so a drawing that throws does not stall the others.
    if (queued.size > 0) {
      posted = true;
      post(next);
    }
    draw();
  };
  return {
    request(key, draw) {
      queued.set(key, draw);
      if (posted) return;
      posted = true;
      post(next);
    },
    cancel(key) {
      queued.delete(key);
    },
    flush() {
      for (let draw = take(); draw; draw = take()) draw();
    },
    get size() {
      return queued.size;
    },
  };
}

/**
 * A task of its own as soon as the event loop gets to it: a message to ourselves, which (unlike
 * nested timers) is never delayed by the 4 ms clamp.
 */
function postTask(): (run: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (run) => void setTimeout(run, 0);
  const channel = new MessageChannel();
  const runs: (() => void)[] = [];
  channel.port1.onmessage = () => runs.shift()?.();
  return (run) => {
    runs.push(run);
    channel.port2.postMessage(null);
  };
}

/** The page's queue. */
export const drawQueue: DrawQueue = createDrawQueue(postTask());
