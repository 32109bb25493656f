// The bond-length scan as numbers, with a button to download them as CSV.
import { formatSigned } from './energyFormat';
import { downloadText } from '../../panels/downloadText';
import { scanToCsv } from './scanCsv';
import type { ScanRow } from './scanCsv';
import { scrollBox, STICKY_HEAD, TABLE } from './tableStyles';

interface Props {
  /** One row per bond length, in the order shown. */
  rows: readonly ScanRow[];
}

export const SCAN_FILENAME = 'bond-length-scan.csv';

export function ScanTable({ rows }: Props) {
  const anyVqe = rows.some((r) => r.vqe !== null);
  // A byte-order mark, so that spreadsheet programs read "Å" and "–" of the header as UTF-8.
  const download = () => downloadText(SCAN_FILENAME, `\uFEFF${scanToCsv(rows)}`);

  return (
    <div style={{ minWidth: 0 }}>
      <div
        // Wider than a phone's column: the table scrolls within this box, sideways too.
        style={{ ...scrollBox(10), overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Bond length scan, scrollable"
      >
        <table className="figures" aria-label="Bond length scan" style={TABLE}>
          <thead>
            <tr>
              <th scope="col" style={STICKY_HEAD}>
                Bond length (Å)
              </th>
              <th scope="col" style={STICKY_HEAD}>
                Hartree–Fock (Ha)
              </th>
              <th scope="col" style={STICKY_HEAD}>
                VQE (Ha)
              </th>
              <th scope="col" style={STICKY_HEAD}>
                Exact (Ha)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {formatSigned(r.bondLength, 3)}
                </th>
                <td>{formatSigned(r.hartreeFock, 6)}</td>
                <td>
                  {r.vqe === null ? (
                    <span title="Not computed yet" aria-label="not computed yet">
                      …
                    </span>
                  ) : (
                    formatSigned(r.vqe, 6)
                  )}
                </td>
                <td>{formatSigned(r.exact, 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p style={{ margin: '8px 0 0' }}>
        <button type="button" onClick={download} disabled={!anyVqe}>
          Download CSV
        </button>
      </p>
    </div>
  );
}
