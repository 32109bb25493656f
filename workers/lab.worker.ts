// The Web Worker entry. It starts two downloads at once: the lab's own code (lab.ts) and the
// TensorFlow.js chunk (the classical engine of the default experiment and of every new
// classification), so tfjs no longer waits until the lab's code has been fetched, compiled and
// run. The page's first calls may come before the lab's code is there: they are held and handed
// to comlink, in order, once the lab's API is exposed. The UI imports only the types below.
import { expose } from 'comlink';
import { loadMlpEngine } from './ml/baseline/engines';

export type { LabApi, TrainListener } from './lab';

const held: MessageEvent[] = [];
const hold = (e: MessageEvent): void => void held.push(e);
addEventListener('message', hold);

// A failure here is reported by the load that needs the engine (it tries again).
loadMlpEngine('tfjs').catch(() => undefined);

import('./lab').then(
  ({ api }) => {
    removeEventListener('message', hold);
    expose(api);
    for (const e of held.splice(0))
      dispatchEvent(new MessageEvent('message', { data: e.data, ports: [...e.ports] }));
  },
  (err: unknown) => {
    // Uncaught, so the page's Worker gets an error event and its bridge fails the waiting calls.
    setTimeout(() => {
      throw err;
    });
  },
);
