// The numbers an optimiser reads first: QAOA's expected and best sampled score, the optimum (brute
// force), the approximation ratio, the chance of measuring an optimal bitstring, and what
// simulated annealing and greedy search found, with their times.
import { QUANTUM, CLASSICAL, INK } from '../../charts/palette';
import type { QaoaInfo, QaoaReport, QaoaSamples, SolverResult } from '../../../workers/protocol';
import { Figure } from '../../panels/Figure';
import { formatValue } from './qaoaFormat';

interface Props {
  info: QaoaInfo;
  last: QaoaReport | null;
  samples: QaoaSamples | null;
}

const GOOD = '#2e7d32';

/** "4 ms" or "0.3 ms"; the solver's time. */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** The value of a solution, with "(breaks the constraint)" when it does. */
function scoreText(s: { score: number; feasible: boolean }): string {
  return `${formatValue(s.score)}${s.feasible ? '' : ' (breaks the constraint)'}`;
}

function solverNote(r: SolverResult): string {
  return `${formatMs(r.ms)}; ${r.settings}`;
}

export function QaoaFigures({ info, last, samples }: Props) {
  const word = info.objective === 'cut' ? 'cut' : 'cost';
  const optimal = (s: { score: number }): boolean =>
    Math.abs(s.score - info.optimum) <= 1e-9 * (1 + Math.abs(info.optimum));
  return (
    <div className="scoreboard qaoa-figures">
      <Figure
        name={`Expected ${word}`}
        value={last ? formatValue(Number(last.expected.toFixed(4))) : '…'}
        color={QUANTUM}
      />
      <Figure
        name="Best sampled"
        value={samples ? scoreText(samples.best) : '…'}
        color={samples && optimal(samples.best) && samples.best.feasible ? GOOD : QUANTUM}
        note={samples ? `among ${samples.shots.toLocaleString('en-US')} shots` : undefined}
      />
      <Figure
        name="Optimum"
        value={formatValue(info.optimum)}
        color={INK}
        note={solverNote(info.bruteForce)}
      />
      <Figure
        name="Approximation ratio"
        value={last ? last.ratio.toFixed(3) : '…'}
        color={QUANTUM}
      />
      <Figure
        name="Probability of an optimal solution"
        value={last ? `${(100 * last.pOptimal).toFixed(1)} %` : '…'}
        color={QUANTUM}
      />
      <Figure
        name="Simulated annealing"
        value={scoreText(info.annealing)}
        color={CLASSICAL}
        note={solverNote(info.annealing)}
      />
      <Figure
        name="Greedy search"
        value={scoreText(info.greedy)}
        color={CLASSICAL}
        note={solverNote(info.greedy)}
      />
      {info.penalty && (
        <p className="hint qaoa-penalty">
          Penalty weight {formatValue(Number(info.penalty.weight.toPrecision(4)))} for “
          {info.penalty.enforces}”.{' '}
          {samples &&
            (samples.best.feasible
              ? 'The best sample keeps it.'
              : 'The best sample breaks it: raise the penalty weight or train longer.')}
        </p>
      )}
    </div>
  );
}
