// Both models' test accuracy in large type, from the latest report. Its own component, reading
// only the latest report, so that the results panel around it does not re-render with each one.
import { CLASSICAL, QUANTUM } from '../charts/palette';
import { epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { fmt } from './resultFormat';

export function Scoreboard() {
  const last = useLab((s) => epochReports(s.history).at(-1));
  return (
    <div className="scoreboard">
      <p className="score" style={{ borderColor: QUANTUM }}>
        <span>Quantum test accuracy {fmt(last?.quantum.testAccuracy)}</span>
      </p>
      <p className="score" style={{ borderColor: CLASSICAL }}>
        <span>Classical test accuracy {fmt(last?.classical.testAccuracy)}</span>
      </p>
    </div>
  );
}
