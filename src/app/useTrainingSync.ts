// Keeps the worker's session in step with the experiment while the page is open (see
// src/worker/sessionSync.ts).
import { useEffect } from 'react';
import { sessionSync } from '../worker/sessionSync';

export function useTrainingSync(): void {
  useEffect(() => sessionSync.start(), []);
}
