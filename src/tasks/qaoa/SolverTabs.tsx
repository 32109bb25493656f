// Tabs over the solution picture, one per solver (QAOA, brute force, annealing, greedy), so that
// what each found can be compared on the problem itself.
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ProblemPicture, Solution } from '../../../workers/protocol';
import { SolutionPicture } from './SolutionPicture';
import './qaoa.css';

export interface SolverSolution {
  /** Stable key ("qaoa", "brute", "annealing", "greedy"). */
  key: string;
  /** The tab's text ("Brute force"). */
  label: string;
  solution: Solution | null;
}

interface Props {
  picture: ProblemPicture;
  solutions: SolverSolution[];
  /** Qubits of a custom problem (its picture does not say). */
  qubits?: number;
}

export function SolverTabs({ picture, solutions, qubits }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // The tab picked before, while it exists; else the first.
  const current = solutions.find((s) => s.key === chosen) ?? solutions[0];
  if (!current) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = solutions.indexOf(current);
    const n = solutions.length;
    const moves: Record<string, number> = {
      ArrowRight: k + 1,
      ArrowLeft: k - 1,
      Home: 0,
      End: n - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = solutions[(to + n) % n];
    if (!next) return;
    setChosen(next.key);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-key="${next.key}"]`)?.focus();
  };

  const tabId = (key: string) => `${id}-tab-${key}`;
  return (
    <div className="qaoa-tabs">
      <div
        ref={listRef}
        role="tablist"
        aria-label="Solution found by"
        className="qaoa-tablist"
        onKeyDown={onKeyDown}
      >
        {solutions.map((s) => {
          const on = s.key === current.key;
          return (
            <button
              key={s.key}
              type="button"
              role="tab"
              id={tabId(s.key)}
              data-key={s.key}
              aria-selected={on}
              aria-controls={`${id}-panel`}
              tabIndex={on ? 0 : -1}
              className="qaoa-tab"
              onClick={() => setChosen(s.key)}
            >
              {s.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={tabId(current.key)}
        className="qaoa-tabpanel"
      >
        <SolutionPicture
          picture={picture}
          solution={current.solution}
          label={`Solution found by ${lowerFirst(current.label)}`}
          qubits={qubits}
        />
      </div>
    </div>
  );
}

/** "Brute force" → "brute force" inside a sentence; "QAOA (best sampled)" stays as it is. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
