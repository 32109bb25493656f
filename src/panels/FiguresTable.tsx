// Both models' figures from the latest report: parameters, losses, accuracies and time per epoch.
// Its own component, reading only the latest report (see Scoreboard).
import { CLASSICAL, QUANTUM } from '../charts/palette';
import { classifyInfo, epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { fmt, ms } from './resultFormat';

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
          {ROWS.map(({ model, name, color, params }) => (
            <tr key={model}>
              <th scope="row">
                <span className="swatch" style={{ background: color }} aria-hidden="true" /> {name}
              </th>
              <td>{info?.[params] ?? '–'}</td>
              <td>{fmt(last?.[model].trainLoss)}</td>
              <td>{fmt(last?.[model].testLoss)}</td>
              <td>{fmt(last?.[model].trainAccuracy)}</td>
              <td>{fmt(last?.[model].testAccuracy)}</td>
              <td>{ms(last?.[model].ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The table's rows: each model's report, name, colour and parameter count. */
const ROWS = [
  { model: 'quantum', name: 'Quantum', color: QUANTUM, params: 'quantumParams' },
  { model: 'classical', name: 'Classical', color: CLASSICAL, params: 'classicalParams' },
] as const;
