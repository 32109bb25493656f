// The sweep's numbers as a table: per qubit count, the layers, the parameter differentiated, the
// mean and the variance of ∂C/∂θ with their standard errors, the fit's value, and an earlier
// sweep's variance beside it when there is one.
import type { PlateauPoint } from '../../../workers/protocol';
import type { ExponentialFit } from '../../experiment/tasks/plateau/fit';
import { formatVariance } from './plateauWords';

interface Props {
  points: readonly PlateauPoint[];
  earlier: readonly PlateauPoint[];
  fit: ExponentialFit | null;
}

export function PlateauTable({ points, earlier, fit }: Props) {
  return (
    <details className="plateau-table" open>
      <summary>Points as a table</summary>
      {points.length === 0 ? (
        <p className="hint">No points yet: press Play.</p>
      ) : (
        <div className="figures-scroll">
          <table className="figures plateau-points">
            <thead>
              <tr>
                <th scope="col">Qubits</th>
                <th scope="col">Layers</th>
                <th scope="col">Mean ∂C/∂θ</th>
                <th scope="col">Var[∂C/∂θ]</th>
                <th scope="col">± error</th>
                {fit && <th scope="col">Fit</th>}
                {earlier.length > 0 && <th scope="col">Earlier sweep</th>}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.n}>
                  <th scope="row">{p.n}</th>
                  <td>{p.layers}</td>
                  <td>{p.mean.toFixed(4)}</td>
                  <td data-variance={p.variance}>{formatVariance(p.variance)}</td>
                  <td>{formatVariance(p.varianceError)}</td>
                  {fit && <td>{formatVariance(Math.exp(fit.intercept + fit.slope * p.n))}</td>}
                  {earlier.length > 0 && (
                    <td>{formatVariance(earlier.find((q) => q.n === p.n)?.variance ?? NaN)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
