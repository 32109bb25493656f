// The qubit Hamiltonian as a list of Pauli strings and their coefficients, largest first.
import { useId } from 'react';
import { MONO_FAMILY } from '../../charts/palette';
import { formatSigned } from './energyFormat';
import { densePauliLabel, sortTerms } from './pauliLabels';
import type { PauliTerm } from './pauliLabels';
import { scrollBox, STICKY_HEAD, TABLE } from './tableStyles';

interface Props {
  /** Sparse labels: "Z0 Z1", "X0 Y1 Y2 X3", "" for the identity; coefficients in hartree. */
  terms: readonly PauliTerm[];
  qubits: number;
}

export function PauliTermsTable({ terms, qubits }: Props) {
  const captionId = useId();
  const sorted = sortTerms(terms);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

  return (
    <div style={{ minWidth: 0 }}>
      <p id={captionId} style={{ margin: '0 0 6px', fontWeight: 600 }}>
        {plural(terms.length, 'term')} on {plural(qubits, 'qubit')}
      </p>
      <div
        // Wider than a phone's column: the table scrolls within this box, sideways too.
        style={{ ...scrollBox(10), overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Hamiltonian terms, scrollable"
      >
        <table
          className="figures"
          aria-label="Hamiltonian terms"
          aria-describedby={captionId}
          style={TABLE}
        >
          <thead>
            <tr>
              <th scope="col" style={{ ...STICKY_HEAD, textAlign: 'left' }}>
                Pauli string (qubit 0 rightmost)
              </th>
              <th scope="col" style={STICKY_HEAD}>
                Coefficient (Ha)
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((t, i) => {
              const dense = densePauliLabel(t.label, qubits);
              return (
                <tr key={i}>
                  <td
                    style={{ textAlign: 'left', fontFamily: MONO_FAMILY, whiteSpace: 'pre' }}
                    title={t.label === '' ? 'identity' : t.label}
                  >
                    {dense ?? t.label}
                  </td>
                  <td>{formatSigned(t.coeff, 8)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
