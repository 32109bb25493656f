// Mounts the React app (loaded by the entry, main.tsx, once it has started the lab worker).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUp } from './app/startup';
import { adoptLabWorker } from './worker/labWorker';
import { sessionSync } from './worker/sessionSync';
import './app/app.css';
import './app/lab.css';
import './editor/editor.css';

/** Mounts the lab page on #root; `worker` is the lab worker the entry has started. */
export function mountLab(worker: Worker): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  adoptLabWorker(worker);
  startUp(window.location);
  // The worker starts preparing the experiment (loading TensorFlow.js if it needs it) while the page
  // renders for the first time, not after.
  sessionSync.start();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
