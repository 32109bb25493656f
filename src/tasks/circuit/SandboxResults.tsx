// The sandbox's results: the shots so far, the statistical error they leave (about 1/√N) and the
// largest gap still seen, then the counts against the exact probabilities, drawn and as a table.
import { useMemo } from 'react';
import { QUANTUM } from '../../charts/palette';
import { formatCount } from '../../experiment/formatCount';
import { Figure } from '../../panels/Figure';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { CountsChart } from './CountsChart';
import { CountsTable } from './CountsTable';
import { countRows, largestGap, statisticalError } from './countRows';
import { circuitInfo } from './sandboxRun';
import './sandbox.css';

const fixed3 = (v: number | null): string => (v === null ? '–' : v.toFixed(3));

/** What the rows are when not every outcome has one. */
function listedHint(listed: number, qubits: number, rest: number): string {
  const all = formatCount(2 ** qubits);
  return rest > 0
    ? `The ${listed} most likely of the ${all} outcomes; the others together make one row.`
    : `The ${listed} outcomes that can come up; the other ${formatCount(2 ** qubits - listed)} of the ${all} have probability 0.`;
}

export function SandboxResults() {
  const info = useLab((s) => circuitInfo(s.info));
  const counts = useLab((s) => s.pictures.shotCounts?.counts ?? null);
  const waiting = useLab((s) => s.waiting);
  const hidden = useExperimentOf('circuit', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const rows = useMemo(() => (info ? countRows(info, counts) : []), [info, counts]);
  const shots = info && counts && counts.counts.length === info.states.length ? counts.shots : 0;
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">{waiting ?? 'Preparing the circuit…'}</p>}
      {info && (
        <>
          {show('figures') && (
            <div className="scoreboard sandbox-scoreboard">
              <Figure
                name="Shots so far"
                value={`${formatCount(shots)} of ${formatCount(info.shots)}`}
                color={QUANTUM}
              />
              <Figure name="Statistical error ~1/√N" value={fixed3(statisticalError(shots))} />
              <Figure
                name="Largest gap |frequency − probability|"
                value={fixed3(largestGap(rows))}
              />
            </div>
          )}
          {shots === 0 && (
            <p className="hint sandbox-play">
              Press Play to measure the circuit {formatCount(info.shots)} times, in {info.rounds}{' '}
              {info.rounds === 1 ? 'round' : 'rounds'}.
            </p>
          )}
          {show('chart') && (
            <>
              <CountsChart rows={rows} qubits={info.qubits} />
              {info.states.length < 2 ** info.qubits && (
                <p className="hint">{listedHint(info.states.length, info.qubits, info.rest)}</p>
              )}
              <details className="sandbox-table">
                <summary>Counts as a table</summary>
                <CountsTable rows={rows} />
              </details>
            </>
          )}
          <p className="hint">
            Each shot measures every qubit once and gives one outcome (qubit 0 is the rightmost
            digit). After N shots a frequency is typically within about 1/√N of its probability:
            four times the shots halve the error.
          </p>
        </>
      )}
    </section>
  );
}
