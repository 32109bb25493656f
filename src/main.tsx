// Entry point: starts the lab worker, then loads the page and hands the worker to it. The worker
// starts before the page's bundle has even arrived, so it loads (and fetches TensorFlow.js) while
// the bundle downloads and runs; the bundle (mountLab.tsx) is preloaded from index.html
// (vite.config.ts), so importing it here costs no extra round trip. This module imports nothing
// else but the few lines that register the service worker once the page has settled (bundled
// into this chunk): the browser runs it as soon as it arrives.
import { registerServiceWorker } from './app/registerServiceWorker';

const worker = new Worker(new URL('../workers/lab.worker.ts', import.meta.url), { type: 'module' });
void import('./mountLab').then(({ mountLab }) => mountLab(worker));
registerServiceWorker();
