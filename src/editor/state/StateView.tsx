// The simulated state at a glance: probabilities, one Bloch sphere per qubit, and amplitudes with
// phase; under noise (a mixed state, which has no amplitudes) its purity in their place.
import { AmplitudeSquares } from './AmplitudeSquares';
import { BlochGrid } from './BlochGrid';
import { ProbabilityList } from './ProbabilityList';
import { MAX_QUBITS_AMPLITUDES, purityNote } from './stateFormat';
import './stateView.css';

interface Props {
  qubits: number;
  /** Length 2^qubits; probabilities[i] = probability of basis state i (bit q of i = qubit q). */
  probabilities: Float64Array;
  /** 3 numbers per qubit, qubit 0 first: ⟨X⟩, ⟨Y⟩, ⟨Z⟩. */
  bloch: Float64Array;
  /** Interleaved re, im per basis state (length 2^(qubits+1)); null when not sent (above 6 qubits). */
  amplitudes: Float64Array | null;
  /** Tr ρ² of the noisy state (the density simulator's); null for the ideal, pure state. */
  purity?: number | null;
  /** The probabilities include readout error, as a measurement reports them. */
  readoutError?: boolean;
}

export function StateView({
  qubits,
  probabilities,
  bloch,
  amplitudes,
  purity = null,
  readoutError = false,
}: Props) {
  const noisy = purity !== null;
  const showAmplitudes = !noisy && amplitudes !== null && qubits <= MAX_QUBITS_AMPLITUDES;
  return (
    <section className="state-view" aria-label={noisy ? 'Noisy quantum state' : 'Quantum state'}>
      <div className="state-part">
        <h3 className="state-head">Probabilities</h3>
        <ProbabilityList qubits={qubits} probabilities={probabilities} />
        {readoutError && (
          <p className="state-note">
            As a measurement reports them: the noise settings’ readout error is included.
          </p>
        )}
      </div>
      <div className="state-part">
        <h3 className="state-head">Bloch vectors</h3>
        <BlochGrid qubits={qubits} bloch={bloch} />
        {noisy && (
          <p className="state-note">
            Of the noisy state: a mixed qubit’s vector lies inside the sphere.
          </p>
        )}
      </div>
      <div className="state-part">
        <h3 className="state-head">{noisy ? 'Purity' : 'Amplitudes'}</h3>
        {noisy ? (
          <p className="state-purity" role="note">
            {purityNote(purity)}
          </p>
        ) : showAmplitudes ? (
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
