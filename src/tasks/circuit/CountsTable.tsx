// The counts chart as a table (its text alternative): per basis state the exact probability, the
// shots that gave it and the measured frequency.
import { formatCount } from '../../experiment/formatCount';
import type { CountRow } from './countRows';

export function CountsTable({ rows }: { rows: readonly CountRow[] }) {
  return (
    <div className="figures-scroll" tabIndex={0} role="region" aria-label="Counts, scrollable">
      <table className="figures sandbox-counts">
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Exact probability</th>
            <th scope="col">Count</th>
            <th scope="col">Frequency</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={r.ket ? 'sandbox-ket' : undefined}>
                {r.label}
              </th>
              <td>{r.exact.toFixed(3)}</td>
              <td>{formatCount(r.count)}</td>
              <td>{r.frequency === null ? '–' : r.frequency.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
