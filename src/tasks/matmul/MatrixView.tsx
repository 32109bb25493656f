// A small matrix shown as a table of its entries, with a caption (the product AB, the estimate);
// small grey indices head its rows (i) and columns (l).
import { formatEntry, formatShort } from './matmulRun';

interface Props {
  label: string;
  n: number;
  /** Row-major entries. */
  entries: readonly number[];
  /** Decimals of every entry; absent: up to 3, trailing zeros dropped. */
  digits?: number;
}

export function MatrixView({ label, n, entries, digits }: Props) {
  return (
    <figure className="matmul-view">
      <figcaption>{label}</figcaption>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">
              <abbr title="row i, column l">i\l</abbr>
            </th>
            {Array.from({ length: n }, (_, c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, r) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              {Array.from({ length: n }, (_, c) => (
                <td key={c}>
                  {digits === undefined
                    ? formatShort(entries[r * n + c]!)
                    : formatEntry(entries[r * n + c]!, digits)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
