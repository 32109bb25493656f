// Runs a circuit in the lab worker whenever it changes and reports the result or the error.
import { useEffect, useState } from 'react';
import type { Circuit } from '../../workers/sim';
import { lab } from '../worker/labClient';

export type SimulationState =
  | { status: 'running' }
  | { status: 'done'; probabilities: Float64Array }
  | { status: 'failed'; error: Error };

export function useSimulation(circuit: Circuit): SimulationState {
  const [result, setResult] = useState<{ circuit: Circuit; state: SimulationState } | null>(null);

  useEffect(() => {
    let current = true;
    lab.simulate(circuit).then(
      ({ probabilities }) => {
        if (current) setResult({ circuit, state: { status: 'done', probabilities } });
      },
      (error: unknown) => {
        if (current) {
          const err = error instanceof Error ? error : new Error(String(error));
          setResult({ circuit, state: { status: 'failed', error: err } });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [circuit]);

  // A result for an older circuit is stale: show "running" until the new one arrives.
  return result && result.circuit === circuit ? result.state : { status: 'running' };
}
