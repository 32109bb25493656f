// The simulated state at a glance: probabilities, one Bloch sphere per qubit, and amplitudes with phase.
import { AmplitudeSquares } from './AmplitudeSquares';
import { BlochGrid } from './BlochGrid';
import { ProbabilityList } from './ProbabilityList';
import { MAX_QUBITS_AMPLITUDES } from './stateFormat';
import './stateView.css';

interface Props {
  qubits: number;
  /** Length 2^qubits; probabilities[i] = probability of basis state i (bit q of i = qubit q). */
  probabilities: Float64Array;
  /** 3 numbers per qubit, qubit 0 first: ⟨X⟩, ⟨Y⟩, ⟨Z⟩. */
  bloch: Float64Array;
  /** Interleaved re, im per basis state (length 2^(qubits+1)); null when not sent (above 6 qubits). */
  amplitudes: Float64Array | null;
}

export function StateView({ qubits, probabilities, bloch, amplitudes }: Props) {
  const showAmplitudes = amplitudes !== null && qubits <= MAX_QUBITS_AMPLITUDES;
  return (
    <section className="state-view" aria-label="Quantum state">
      <div className="state-part">
        <h3 className="state-head">Probabilities</h3>
        <ProbabilityList qubits={qubits} probabilities={probabilities} />
      </div>
      <div className="state-part">
        <h3 className="state-head">Bloch vectors</h3>
        <BlochGrid qubits={qubits} bloch={bloch} />
      </div>
      <div className="state-part">
        <h3 className="state-head">Amplitudes</h3>
        {showAmplitudes ? (
          <AmplitudeSquares qubits={qubits} amplitudes={amplitudes} />
        ) : (
          <p className="state-note">
            {qubits > MAX_QUBITS_AMPLITUDES
              ? `Amplitudes are shown for up to ${MAX_QUBITS_AMPLITUDES} qubits`
              : 'No amplitudes yet'}
          </p>
        )}
      </div>
    </section>
  );
}
