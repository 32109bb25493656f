// The middle column ("The circuit"): the subroutine's circuit and what each part does, for the
// chosen size (registers of log2(n) qubits).
import { InfoTip } from '../../panels/InfoTip';
import { useExperimentOf } from '../../store/useExperimentOf';
import { MatmulCircuit } from './MatmulCircuit';
import './matmul.css';

export function MatmulModel() {
  const n = useExperimentOf('matmul', (e) => e.matrices.size);
  const hidden = useExperimentOf('matmul', (e) => e.view.hidden);
  if (hidden.includes('circuit')) return null;
  const k = Math.log2(n);
  return (
    <section className="panel" aria-labelledby="matmul-circuit-heading">
      <h2 id="matmul-circuit-heading">The circuit</h2>
      <MatmulCircuit k={k} />
      <ol className="matmul-steps">
        <li>
          <strong>load A</strong> <InfoTip term="amplitudeEncoding" />: registers i, j hold A/‖A‖
          <sub>F</sub>, the amplitude of |i⟩|j⟩ being A<sub>ij</sub>/‖A‖<sub>F</sub>; l stays |0⟩.
        </li>
        <li>
          <strong>U_B</strong> <InfoTip term="blockEncoding" />: a unitary on j, l that sends |j⟩|0⟩
          to Σ<sub>l</sub> B<sub>jl</sub>/‖B‖<sub>F</sub> |0⟩|l⟩ plus a part with j ≠ 0.
        </li>
        <li>
          <strong>j = 0</strong> <InfoTip term="postSelection" />: keep the runs where register j
          reads 0. There the amplitude of |i⟩|l⟩ is (AB)<sub>il</sub>/(‖A‖<sub>F</sub>‖B‖
          <sub>F</sub>): the sum over j is the matrix product.
        </li>
      </ol>
      <p className="hint">
        {n} × {n} matrices: three registers of {k} {k === 1 ? 'qubit' : 'qubits'}, {3 * k} qubits in
        all (register l holds the lowest qubits). The boxes are simulated as the matrices they stand
        for, on the full state vector.
      </p>
    </section>
  );
}
