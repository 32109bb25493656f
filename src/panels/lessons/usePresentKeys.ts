// Keys while a lesson is presented: → / PageDown / Space the next step, ← / PageUp the previous
// (a presentation clicker sends PageUp and PageDown), Home / End the first and last, Escape stops
// presenting. A key meant for what has the focus (a field, the circuit editor) is left to it.
import { useEffect } from 'react';
import { keyBelongsToTarget } from '../../app/keyTarget';
import { useLab } from '../../store/store';

/** The step a key leads to from step k of n, or null when the key is not a step key. */
export function stepForKey(key: string, k: number, n: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(k + 1, n - 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(k - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}

export function usePresentKeys(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (keyBelongsToTarget(e.target)) return;
      const { lesson, goToStep, setPresenting } = useLab.getState();
      if (!lesson) return;
      if (e.key === 'Escape') {
        setPresenting(false);
        return;
      }
      // Space on a button presses it; only elsewhere does it step.
      if (e.key === ' ' && (e.target as HTMLElement | null)?.closest?.('button, a, summary'))
        return;
      const next = stepForKey(e.key, lesson.step, lesson.experiments.length);
      if (next === null) return;
      e.preventDefault();
      goToStep(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
}
