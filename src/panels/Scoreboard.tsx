// The models' test accuracy in large type, from the latest report; under noise the noisy quantum
// model, its ideal twin and the classical one, with what the noise costs in words. Its own
// component, reading only the latest report, so that the results panel around it does not
// re-render with each one.
import { CLASSICAL, IDEAL, QUANTUM } from '../charts/palette';
import type { EpochPoint } from '../charts/types';
import { epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { fmt } from './resultFormat';

/** One card: its text ("Classical test accuracy 0.93") and its border's colour. */
export interface ScoreCard {
  text: string;
  color: string;
}

/** The cards a report shows (dashes before the first), and under noise the gap in words. */
export function scoreCards(last: EpochPoint | undefined): {
  cards: ScoreCard[];
  gap: string | null;
} {
  const quantum = last?.quantum.testAccuracy;
  const classical = last?.classical.testAccuracy;
  if (!last?.ideal)
    return {
      cards: [
        { text: `Quantum test accuracy ${fmt(quantum)}`, color: QUANTUM },
        { text: `Classical test accuracy ${fmt(classical)}`, color: CLASSICAL },
      ],
      gap: null,
    };
  const ideal = last.ideal.testAccuracy;
  return {
    cards: [
      { text: `Quantum test accuracy (noisy) ${fmt(quantum)}`, color: QUANTUM },
      { text: `Ideal quantum ${fmt(ideal)}`, color: IDEAL },
      { text: `Classical ${fmt(classical)}`, color: CLASSICAL },
    ],
    gap: noiseCost(ideal, last.quantum.testAccuracy),
  };
}

/** What the noise costs: the ideal twin's test accuracy against the noisy model's, in words. */
export function noiseCost(ideal: number, noisy: number): string | null {
  // The difference of the numbers on the cards (two decimals), so that the words agree with them.
  const shown = Math.round((Number(fmt(ideal)) - Number(fmt(noisy))) * 100) / 100;
  if (Number.isNaN(shown)) return null;
  if (shown > 0) return `Noise costs ${shown.toFixed(2)} test accuracy`;
  if (shown < 0) return `The noisy model is ${(-shown).toFixed(2)} ahead in test accuracy`;
  return 'Noise costs under 0.01 test accuracy';
}

export function Scoreboard() {
  const last = useLab((s) => epochReports(s.history).at(-1));
  const { cards, gap } = scoreCards(last);
  return (
    <div className="scoreboard">
      {cards.map(({ text, color }, i) => (
        <p
          key={color}
          className="score"
          // Under noise the noisy model's card takes the whole first row, with what the noise costs
          // under it; the ideal twin and the classical model share the second.
          style={
            gap && i === 0 ? { borderColor: color, gridColumn: '1 / -1' } : { borderColor: color }
          }
        >
          <span>{text}</span>
          {gap && i === 0 && (
            <small className="score-note" style={{ fontSize: '0.95rem' }}>
              {gap}
            </small>
          )}
        </p>
      ))}
    </div>
  );
}
