// The table a chart draws, visually hidden beside it for screen readers: the same table its CSV
// download holds (one piece serves both), its numbers rounded to four digits, its rows thinned
// evenly when there are many (the caption says so; the download has them all).
import { memo } from 'react';
import { cellText, shownRows } from './chartSummary';
import type { CsvTable } from './download/csvText';

/** Most rows the hidden table holds: enough to read a curve's shape, few to re-render. */
export const MAX_TABLE_ROWS = 120;

interface Props {
  /** The chart's title, the table's caption. */
  label: string;
  table: CsvTable;
}

export const ChartTable = memo(function ChartTable({ label, table }: Props) {
  const { columns, rows } = table;
  const shown = shownRows(rows.length, MAX_TABLE_ROWS);
  const thinned = shown.length < rows.length;
  return (
    // Hidden by a box around it: a table grows to its cells whatever its own width says.
    <div className="visually-hidden">
      <table>
        <caption>
          {label}: the values drawn
          {thinned && `, ${shown.length} of ${rows.length} rows spread evenly`}
        </caption>
        <thead>
          <tr>
            {columns.map((c, j) => (
              <th key={j} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => {
            const [first, ...rest] = rows[i]!;
            return (
              <tr key={i}>
                <th scope="row">{cellText(first ?? null)}</th>
                {rest.map((c, j) => (
                  <td key={j}>{cellText(c)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
