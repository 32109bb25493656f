// The table under a sequence task's scoreboard: each model (and each reference) with its parameter
// count and its train and test figure.

export interface PairRow {
  name: string;
  params: number | string;
  train: string;
  test: string;
}

interface Props {
  /** What the figures are ("error", "perplexity"): the columns are "Train …" and "Test …". */
  figure: string;
  rows: readonly PairRow[];
}

export function PairTable({ figure, rows }: Props) {
  return (
    // Scrolls within itself when wider than a phone, never the page.
    <div className="figures-scroll">
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Parameters</th>
            <th scope="col">Train {figure}</th>
            <th scope="col">Test {figure}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{r.params}</td>
              <td>{r.train}</td>
              <td>{r.test}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
