// The edited circuit's state, computed in the worker after every edit (and as training moves the
// parameters), for the live view; the values of trainable parameters by name. One request at a
// time, always the latest: a slow circuit never queues up a backlog of states nobody will see,
// and the view says when what it shows is not yet the current circuit's. When the experiment is
// noisy (channels in the circuit, or noise settings) the state is the density simulator's.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InspectNoise, StateView } from '../../workers/protocol';
import { compileEditorCircuit } from '../experiment/circuit';
import type { CompiledEditorCircuit, EditorCircuit } from '../experiment/circuit';
import { isNoisyExperiment, type NoiseSettings } from '../experiment/noise';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { lab } from '../worker/labClient';

/** How long a computation may run before the view says it is simulating (no flicker below). */
export const SLOW_MS = 300;

export interface LiveState {
  /** The last state computed; of `view.qubits` qubits, maybe for an earlier circuit or point. */
  view: StateView | null;
  /** Value of each trainable parameter, by compiled name, from the last state computed. */
  params: ReadonlyMap<string, number>;
  error: string | null;
  /** `view` is of the circuit and point asked for now (false while the worker computes). */
  current: boolean;
  /** Not current for longer than SLOW_MS: the view should say it is simulating. */
  slow: boolean;
}

interface Request {
  key: string;
  compiled: CompiledEditorCircuit;
  x: number[];
  seed: number;
  /** Absent when the experiment is not noisy: the statevector's path, as before noise existed. */
  noise: InspectNoise | undefined;
}

export function useLiveState(
  circuit: EditorCircuit,
  x: readonly number[],
  seed: number,
): LiveState {
  const compiled = useMemo(() => compileEditorCircuit(circuit), [circuit]);
  // The experiment's noise settings, on a task that simulates noise (others carry none).
  const settings = useLab((s) =>
    schemaFor(s.experiment).noise ? (s.experiment as { noise?: NoiseSettings }).noise : undefined,
  );
  // The circuit is the experiment's own (schemaFor(e).circuit(e)), so this asks of the experiment.
  const noisy = useLab((s) => isNoisyExperiment(s.experiment, circuit));
  const noise = useMemo<InspectNoise | undefined>(
    () => (noisy ? { channels: compiled.channels, settings: settings ?? null } : undefined),
    [noisy, settings, compiled],
  );
  // Which circuit, noise and point a state is of; a refresh during training keeps the same key.
  const key = useMemo(
    () => JSON.stringify(noise ? [compiled.circuit, x, seed, noise] : [compiled.circuit, x, seed]),
    [compiled, x, seed, noise],
  );
  // Re-read the state when training moves the parameters (every few epochs is enough to watch).
  const epochTick = useLab((s) => Math.floor(s.epoch / 5));
  const status = useLab((s) => s.status);
  const [state, setState] = useState<{
    /** Which circuit and point `view` is of. */
    viewKey: string;
    view: StateView | null;
    params: ReadonlyMap<string, number>;
    error: { key: string; message: string } | null;
  }>({ viewKey: '', view: null, params: new Map(), error: null });
  const busy = useRef(false);
  const wanted = useRef<Request | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    wanted.current = { key, compiled, x: [...x], seed, noise };
    const pump = (): void => {
      const req = wanted.current;
      if (busy.current || !req || !alive.current) return;
      wanted.current = null;
      busy.current = true;
      lab
        .inspect(req.compiled.circuit, req.x, req.seed, req.noise)
        .then(
          (view) => {
            if (!alive.current) return;
            const names = req.compiled.paramNames;
            const params = new Map(names.map((n, i) => [n, view.params[i] ?? NaN]));
            setState({ viewKey: req.key, view, params, error: null });
          },
          (e: unknown) => {
            if (!alive.current || wanted.current) return; // a newer request will answer
            const message = e instanceof Error ? e.message : String(e);
            setState((s) => ({ ...s, error: { key: req.key, message } }));
          },
        )
        .finally(() => {
          busy.current = false;
          pump();
        });
    };
    pump();
  }, [key, compiled, x, seed, noise, epochTick, status]);

  const current = state.viewKey === key;
  const error = state.error?.key === key ? state.error.message : null;
  // Slow: out of date for a while, however often the circuit or point changed meanwhile.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (current) return;
    const t = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(t);
  }, [current]);
  if (current && slow) setSlow(false);

  return {
    view: state.view,
    params: state.params,
    error,
    current,
    slow: slow && !current && error === null,
  };
}
