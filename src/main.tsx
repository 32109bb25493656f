// Entry point: mounts the React app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUp } from './app/startup';
import './app/app.css';
import './app/lab.css';
import './editor/editor.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

startUp(window.location);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
