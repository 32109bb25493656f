// "QAOA landscape": ⟨C⟩ of one layer over γ × β, computed in the worker (at once for small
// problems, on request for big ones, row by row), with the optimiser's path while the depth is 1.
// It is always the ideal circuit's, also when the model trains under noise (the page says so).
import type { QaoaInfo, QaoaReport } from '../../../workers/protocol';
import { InfoTip } from '../../panels/InfoTip';
import { useLab } from '../../store/store';
import { LandscapeHeatmap } from './LandscapeHeatmap';

interface Props {
  info: QaoaInfo;
  history: readonly QaoaReport[];
  /** The session trains under noise: the path is the noisy model's, the landscape ideal. */
  noisy?: boolean;
}

/** The (γ, β) path of the reports at depth 1 (null when none is). */
export function depthOnePath(history: readonly QaoaReport[]): [number, number][] | null {
  const path = history
    .filter((r) => r.depth === 1)
    .map((r) => [r.angles[0]!, r.angles[1]!] as [number, number]);
  return path.length > 0 ? path : null;
}

export function LandscapeSection({ info, history, noisy = false }: Props) {
  const landscape = useLab((s) => s.pictures.landscape?.landscape ?? null);
  const running = useLab((s) => s.job?.name === 'landscape');
  const status = useLab((s) => s.status);
  const runJob = useLab((s) => s.runJob);
  const path = depthOnePath(history);
  return (
    <section aria-labelledby="landscape-heading">
      <div className="heading-row minor">
        <h3 id="landscape-heading">QAOA landscape (depth 1)</h3>
        <InfoTip term="landscape" />
      </div>
      {noisy && (
        <p className="hint">
          The landscape is computed without noise (the ideal circuit’s expected{' '}
          {info.objective === 'cut' ? 'cut' : 'cost'}); the path on it is the noisy model’s angles.
        </p>
      )}
      {landscape && (
        <LandscapeHeatmap
          landscape={landscape}
          path={path}
          objective={info.objective}
          optimum={info.optimum}
        />
      )}
      {!landscape?.done && (
        <p className="hint">
          {running
            ? 'Computing the landscape, row by row…'
            : `On ${info.qubits} qubits each point takes a whole circuit: the landscape is computed when you ask.`}{' '}
          {!running && (
            <button
              type="button"
              disabled={status === 'loading'}
              onClick={() => runJob('landscape', null, 'computing the landscape')}
            >
              Compute the landscape
            </button>
          )}
        </p>
      )}
      {landscape?.done && (
        <p className="hint">
          {info.depth === 1 || path
            ? 'The line is the path of (γ, β) while training at depth 1; the dot at its end is where the angles are now.'
            : `The landscape of one layer; the circuit has ${info.depth}, so its path is not drawn here (set depth 1, or train layer by layer, to see it).`}
        </p>
      )}
    </section>
  );
}
