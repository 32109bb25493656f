// Entry point of the circuit sandbox page (bell.html): a Bell pair simulated in the lab worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BellApp } from './app/BellApp';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('bell.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <BellApp />
  </StrictMode>,
);
