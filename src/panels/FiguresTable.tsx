// The models' figures from the latest report: parameters, losses, accuracies and time per epoch;
// under noise a row for the quantum model's ideal twin too. Its own component, reading only the
// latest report (see Scoreboard).
import { CLASSICAL, IDEAL, QUANTUM } from '../charts/palette';
import type { Model } from '../charts/lossSeries';
import type { EpochPoint } from '../charts/types';
import { classifyInfo, epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { fmt, ms } from './resultFormat';

/** One row of the table: the model's name and colour, then its cells as shown. */
export interface FigureRow {
  name: string;
  color: string;
  /** Parameters, train loss, test loss, train accuracy, test accuracy, ms / epoch. */
  cells: string[];
}

/** The parameter counts, from the session's load info. */
interface Params {
  quantumParams: number;
  classicalParams: number;
}

/**
 * The rows a report fills (dashes before the first): the quantum model ("Quantum, noisy" with its
 * ideal twin below it when the report has one) and the classical one, named as in the chart.
 */
export function figureRows(last: EpochPoint | undefined, params: Params | null): FigureRow[] {
  const noisy = last?.ideal !== undefined;
  const quantum = params?.quantumParams;
  const rows: { model: Model; name: string; color: string; count?: number }[] = [
    {
      model: 'quantum',
      name: noisy ? 'Quantum, noisy' : 'Quantum',
      color: QUANTUM,
      count: quantum,
    },
  ];
  // The twin is the same circuit: the same parameter count.
  if (noisy) rows.push({ model: 'ideal', name: 'Quantum, ideal', color: IDEAL, count: quantum });
  rows.push({
    model: 'classical',
    name: 'Classical',
    color: CLASSICAL,
    count: params?.classicalParams,
  });
  return rows.map(({ model, name, color, count }) => {
    const m = last?.[model];
    return {
      name,
      color,
      cells: [
        count === undefined ? '–' : String(count),
        fmt(m?.trainLoss),
        fmt(m?.testLoss),
        fmt(m?.trainAccuracy),
        fmt(m?.testAccuracy),
        ms(m?.ms),
      ],
    };
  });
}

export function FiguresTable() {
  const last = useLab((s) => epochReports(s.history).at(-1));
  const info = useLab((s) => classifyInfo(s.info));
  return (
    <div className="figures-scroll" tabIndex={0} role="region" aria-label="Figures, scrollable">
      <table className="figures">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Parameters</th>
            <th scope="col">Train loss</th>
            <th scope="col">Test loss</th>
            <th scope="col">Train accuracy</th>
            <th scope="col">Test accuracy</th>
            <th scope="col" title="Wall time of the last training epoch in the worker">
              ms / epoch
            </th>
          </tr>
        </thead>
        <tbody>
          {figureRows(last, info).map(({ name, color, cells }) => (
            <tr key={name}>
              <th scope="row">
                <span className="swatch" style={{ background: color }} aria-hidden="true" /> {name}
              </th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
