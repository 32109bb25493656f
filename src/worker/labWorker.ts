// Creating the lab worker, and starting it early: the page's first module starts it before the
// rest of the page's code runs, so the worker loads (and prepares the experiment) in parallel.

let early: Worker | null = null;

/** A new lab worker. */
export function newLabWorker(): Worker {
  return new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker the bridge will take first (see takeLabWorker). */
export function startLabWorkerEarly(): void {
  early ??= newLabWorker();
}

/** The worker started early, if it is still unused; else a new one. */
export function takeLabWorker(): Worker {
  const w = early ?? newLabWorker();
  early = null;
  return w;
}
