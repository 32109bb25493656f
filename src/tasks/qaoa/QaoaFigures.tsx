// The numbers an optimiser reads first: QAOA's expected and best sampled score, the optimum (brute
// force), the approximation ratio, the chance of measuring an optimal bitstring, and what
// simulated annealing and greedy search found, with their times. Under noise: the noisy, ideal
// and mitigated expected scores, each with its ratio (the mitigated one as last computed, with its
// iteration), and the gap the noise opens.
import { CLASSICAL, IDEAL, INK, MITIGATED, QUANTUM } from '../../charts/palette';
import type { QaoaInfo, QaoaReport, QaoaSamples, SolverResult } from '../../../workers/protocol';
import { Figure } from '../../panels/Figure';
import { formatValue } from './qaoaFormat';

interface Props {
  info: QaoaInfo;
  last: QaoaReport | null;
  /** Under noise, the latest report with the zero-noise extrapolation (not every one has it). */
  mitigated?: QaoaReport | null;
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

/** An expected score for reading (four decimals at most, then formatValue's digits). */
const expectedText = (v: number): string => formatValue(Number(v.toFixed(4)));

/** (score − worst)/(optimum − worst): the approximation ratio of any expected score. */
export function ratioOfScore(info: QaoaInfo, score: number): number {
  return info.optimum === info.worst ? 1 : (score - info.worst) / (info.optimum - info.worst);
}

/**
 * The figures of a noisy run's last report: noisy, ideal, the latest mitigated value (`at`: its
 * report; none yet: null) and the gap.
 */
function NoisyExpected({
  info,
  last,
  at,
}: {
  info: QaoaInfo;
  last: QaoaReport;
  at: QaoaReport | null;
}) {
  // prettier-ignore
  const word = info.objective === 'cut' ? 'cut' : 'cost';
  const ideal = last.ideal!;
  const mitigated = at?.mitigated?.expected;
  const ratio = (r: number): string => `approximation ratio ${r.toFixed(3)}`;
  return (
    <>
      <Figure
        name={`Noisy expected ${word}`}
        value={expectedText(last.expected)}
        color={QUANTUM}
        note={ratio(last.ratio)}
      />
      <Figure
        name={`Ideal expected ${word} (no noise)`}
        value={expectedText(ideal.expected)}
        color={IDEAL}
        note={ratio(ideal.ratio)}
      />
      <Figure
        name={`Mitigated expected ${word} (zero-noise extrapolation)`}
        value={mitigated === undefined ? '…' : expectedText(mitigated)}
        color={MITIGATED}
        note={mitigated === undefined ? 'not computed yet' : `at iteration ${at!.epoch}; ${ratio(ratioOfScore(info, mitigated))}`} // prettier-ignore
      />
      <Figure
        name="Gap noisy − ideal"
        value={expectedText(last.expected - ideal.expected)}
        note={`in ratio ${formatValue(Number((last.ratio - ideal.ratio).toFixed(3)))}`}
      />
    </>
  );
}

export function QaoaFigures({ info, last, mitigated = null, samples }: Props) {
  const word = info.objective === 'cut' ? 'cut' : 'cost';
  const optimal = (s: { score: number }): boolean =>
    Math.abs(s.score - info.optimum) <= 1e-9 * (1 + Math.abs(info.optimum));
  const noisy = last?.ideal !== undefined;
  const shots = samples ? `among ${samples.shots.toLocaleString('en-US')} ${noisy ? 'noisy ' : ''}shots` : undefined; // prettier-ignore
  return (
    <div className="scoreboard qaoa-figures">
      {noisy && last ? (
        <NoisyExpected info={info} last={last} at={mitigated} />
      ) : (
        <Figure
          name={`Expected ${word}`}
          value={last ? expectedText(last.expected) : '…'}
          color={QUANTUM}
        />
      )}
      <Figure
        name="Best sampled"
        value={samples ? scoreText(samples.best) : '…'}
        color={samples && optimal(samples.best) && samples.best.feasible ? GOOD : QUANTUM}
        note={shots}
      />
      <Figure
        name="Optimum"
        value={formatValue(info.optimum)}
        color={INK}
        note={solverNote(info.bruteForce)}
      />
      {!noisy && (
        <Figure
          name="Approximation ratio"
          value={last ? last.ratio.toFixed(3) : '…'}
          color={QUANTUM}
        />
      )}
      <Figure
        name={`Probability of an optimal solution${noisy ? ' (noisy)' : ''}`}
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
