// The edited circuit's state, computed in the worker after every edit (and as training moves the
// parameters), for the live view; the values of trainable parameters by name.
import { useEffect, useMemo, useState } from 'react';
import type { StateView } from '../../workers/inspect';
import { compileEditorCircuit } from '../experiment/circuit';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';
import { lab } from '../worker/labClient';

export interface LiveState {
  view: StateView | null;
  /** Current value of each trainable parameter, by name. */
  params: ReadonlyMap<string, number>;
  error: string | null;
}

export function useLiveState(
  circuit: EditorCircuit,
  x: readonly number[],
  seed: number,
): LiveState {
  const compiled = useMemo(() => compileEditorCircuit(circuit), [circuit]);
  // Re-read the state when training moves the parameters (every few epochs is enough to watch).
  const epochTick = useLab((s) => Math.floor(s.epoch / 5));
  const status = useLab((s) => s.status);
  const [state, setState] = useState<LiveState>({ view: null, params: new Map(), error: null });
  useEffect(() => {
    let current = true;
    lab.inspect(compiled.circuit, [...x], seed).then(
      (view) => {
        if (!current) return;
        const params = new Map(compiled.paramNames.map((n, i) => [n, view.params[i] ?? NaN]));
        setState({ view, params, error: null });
      },
      (e: unknown) =>
        current && setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      current = false;
    };
  }, [compiled, x, seed, epochTick, status]);
  return state;
}
