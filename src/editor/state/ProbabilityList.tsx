// Measurement probabilities as a list: each item reads "|01⟩ 0.500" beside a bar of that length.
import { useMemo } from 'react';
import { basisLabel, formatProbability } from '../../charts/basisLabel';
import { TOP_STATES, listedStates } from './stateFormat';

interface Props {
  qubits: number;
  /** probabilities[i] = probability of basis state i (bit q of i = qubit q). */
  probabilities: Float64Array;
}

/** Above this many items the list flows into several columns. */
const ONE_COLUMN_MAX = 16;

export function ProbabilityList({ qubits, probabilities }: Props) {
  const { indices, truncated } = useMemo(
    () => listedStates(probabilities, qubits),
    [probabilities, qubits],
  );
  const columns = indices.length > ONE_COLUMN_MAX ? ' state-probs-columns' : '';
  return (
    <>
      <ul role="list" className={`state-probs${columns}`} aria-label="Probabilities">
        {Array.from(indices, (i) => {
          const p = probabilities[i] ?? 0;
          return (
            <li key={i} className="state-prob">
              <span className="state-prob-text">{`${basisLabel(i, qubits)} ${formatProbability(p)}`}</span>
              <span className="state-prob-track" aria-hidden="true">
                <span
                  className="state-prob-fill"
                  style={{ width: `${Math.min(1, Math.max(0, p)) * 100}%` }}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {truncated && (
        <p className="state-note">{`Showing the ${TOP_STATES} most likely of 2^${qubits} states`}</p>
      )}
    </>
  );
}
