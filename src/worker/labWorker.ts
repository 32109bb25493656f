// Creating the lab worker. The page's entry (src/main.tsx) starts one before the page's own code
// has loaded and hands it over here (adoptLabWorker), so the bridge's first call finds it loaded.

let early: Worker | null = null;

/** A new lab worker. */
export function newLabWorker(): Worker {
  return new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), { type: 'module' });
}

/** The worker the bridge will take first (see takeLabWorker): one started early by the entry. */
export function adoptLabWorker(w: Worker): void {
  early?.terminate();
  early = w;
}

/** The worker started early, if it is still unused; else a new one. */
export function takeLabWorker(): Worker {
  const w = early ?? newLabWorker();
  early = null;
  return w;
}
