// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac) — except inside a text field, where
// the browser's own undo of typing applies.
import { useEffect } from 'react';
import { useLab } from '../store/store';
import { inTextField } from './keyTarget';

export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) useLab.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useLab.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
