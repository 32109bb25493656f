// Entry point: mounts the React app.
// First: the lab worker starts loading while the modules below are evaluated.
import './worker/startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUp } from './app/startup';
import { sessionSync } from './worker/sessionSync';
import './app/app.css';
import './app/lab.css';
import './editor/editor.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

startUp(window.location);
// The worker starts preparing the experiment (loading TensorFlow.js if it needs it) while the page
// renders for the first time, not after.
sessionSync.start();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
