// The sandbox's settings ("Measure"): how many shots the run draws, over how many rounds (one a
// step of Play, so the counts grow as you watch), and the seed that makes a link repeat them.
import { SANDBOX_LIMITS } from '../../experiment/tasks/circuit/validate';
import { formatCount } from '../../experiment/formatCount';
import { ShotFields } from '../../panels/fields/ShotFields';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withRounds, withSeed, withShots } from './sandboxEdits';
import './sandbox.css';

export function MeasurePanel() {
  const shots = useExperimentOf('circuit', (e) => e.measure.shots);
  const rounds = useExperimentOf('circuit', (e) => e.training.epochs);
  const seed = useExperimentOf('circuit', (e) => e.training.seed);
  const editTask = useLab((s) => s.editTask);
  const L = SANDBOX_LIMITS;
  const each = shots / rounds;
  return (
    <section className="panel" aria-labelledby="measure-heading">
      <h2 id="measure-heading">Measure</h2>
      <ShotFields
        shots={shots}
        rounds={rounds}
        seed={seed}
        shotsLabel="Shots"
        shotLimits={L.shots}
        roundLimits={L.rounds}
        shotStep={100}
        onShots={(n) => editTask('circuit', (e) => withShots(e, n))}
        onRounds={(n) => editTask('circuit', (e) => withRounds(e, n))}
        onSeed={(n) => editTask('circuit', (e) => withSeed(e, n))}
      />
      <p className="hint">
        Every qubit is measured at the end of the circuit. Play draws {formatCount(shots)} shots in{' '}
        {rounds} {rounds === 1 ? 'round' : 'rounds'} of{' '}
        {Number.isInteger(each) ? formatCount(each) : `about ${formatCount(Math.round(each))}`}, one
        round a step.
      </p>
    </section>
  );
}
