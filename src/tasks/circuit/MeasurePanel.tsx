// The sandbox's settings ("Measure"): how many shots the run draws, over how many rounds (one a
// step of Play, so the counts grow as you watch), and the seed that makes a link repeat them.
import { SANDBOX_LIMITS } from '../../experiment/tasks/circuit/validate';
import { LIMITS } from '../../experiment/limits';
import { formatCount } from '../../experiment/formatCount';
import { NumberField } from '../../panels/fields/NumberField';
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
      <div className="field-row">
        <NumberField
          label="Shots"
          info="shots"
          integer
          value={shots}
          min={L.shots[0]}
          max={L.shots[1]}
          step={100}
          onCommit={(n) => editTask('circuit', (e) => withShots(e, n))}
        />
        <NumberField
          label="Rounds"
          integer
          value={rounds}
          min={L.rounds[0]}
          max={L.rounds[1]}
          onCommit={(n) => editTask('circuit', (e) => withRounds(e, n))}
        />
      </div>
      <NumberField
        label="Seed of the shots"
        info="seed"
        integer
        value={seed}
        min={LIMITS.seed[0]}
        max={LIMITS.seed[1]}
        onCommit={(n) => editTask('circuit', (e) => withSeed(e, n))}
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
