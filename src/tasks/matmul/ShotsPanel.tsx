// The matrix-multiplication shot settings ("Shots"): how many times the circuit is run and
// measured (0: the exact result only), over how many rounds (one a step of Play), and the seed.
import { LIMITS } from '../../experiment/limits';
import { formatCount } from '../../experiment/formatCount';
import { MATMUL_LIMITS } from '../../experiment/tasks/matmul/validate';
import { ShotFields } from '../../panels/fields/ShotFields';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withRounds, withSeed, withShots } from './matmulEdits';

export function ShotsPanel() {
  const shots = useExperimentOf('matmul', (e) => e.training.shots);
  const rounds = useExperimentOf('matmul', (e) => e.training.epochs);
  const seed = useExperimentOf('matmul', (e) => e.training.seed);
  const editTask = useLab((s) => s.editTask);
  return (
    <section className="panel" aria-labelledby="matmul-shots-heading">
      <h2 id="matmul-shots-heading">Shots</h2>
      <ShotFields
        shots={shots}
        rounds={rounds}
        seed={seed}
        shotsLabel="Shots (0 = exact)"
        shotLimits={LIMITS.shots}
        roundLimits={MATMUL_LIMITS.rounds}
        shotStep={1000}
        exact={shots === 0}
        onShots={(n) => editTask('matmul', (e) => withShots(e, n))}
        onRounds={(n) => editTask('matmul', (e) => withRounds(e, n))}
        onSeed={(n) => editTask('matmul', (e) => withSeed(e, n))}
      />
      <p className="hint">
        {shots === 0
          ? 'Exact: the results read the simulated state vector; no shots are drawn.'
          : `Play runs the circuit ${formatCount(shots)} times in ${rounds} ${rounds === 1 ? 'round' : 'rounds'}, measuring all its qubits each time; only the runs with j = 0 carry the product.`}
      </p>
    </section>
  );
}
