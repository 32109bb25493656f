// Measurement probabilities: one labelled horizontal bar per basis state.
import { basisLabel, formatProbability } from './basisLabel';

interface Props {
  /** probabilities[i] = probability of basis state i (qubit 0 = bit 0). */
  probabilities: Float64Array;
  qubits: number;
}

export function ProbabilityBars({ probabilities, qubits }: Props) {
  return (
    <ul className="prob-bars" aria-label="Probabilities">
      {Array.from(probabilities, (p, i) => (
        <li key={i} className="prob-row">
          <span className="prob-text">
            {basisLabel(i, qubits)} {formatProbability(p)}
          </span>
          <span className="prob-track" aria-hidden="true">
            <span
              className="prob-fill"
              style={{ width: `${Math.min(1, Math.max(0, p)) * 100}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
