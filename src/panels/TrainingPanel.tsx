// Training settings of every task: optimiser, learning rate, epochs (iterations), gradients, seed;
// a classification's batch size and L2 penalty too. Under noise the exact gradient is not the
// adjoint one (the worker cannot run noise backwards), and the choice says so.
import { OPTIMIZER_CHOICES } from '../experiment/lists';
import { isNoisyExperiment } from '../experiment/noise';
import { schemaFor } from '../experiment/tasks/registry';
import type { GradientName, OptimizerName } from '../experiment/types';
import { LIMITS } from '../experiment/limits';
import { useLab } from '../store/store';
import { NumberField } from './fields/NumberField';
import { gradientChoices, noisyExactHint } from './gradientChoices';
import { SelectField } from './fields/SelectField';

export function TrainingPanel() {
  const t = useLab((s) => s.experiment.training);
  const task = useLab((s) => s.experiment.task);
  const noisy = useLab((s) =>
    isNoisyExperiment(s.experiment, schemaFor(s.experiment).circuit(s.experiment)),
  );
  const { setTraining } = useLab.getState();
  const batched = 'batchSize' in t;
  const stepsLabel = batched ? 'Epochs' : 'Iterations';
  return (
    <section className="panel" aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      <div className="field-row">
        <SelectField<OptimizerName>
          label="Optimiser"
          info="optimizer"
          value={t.optimizer}
          options={OPTIMIZER_CHOICES}
          onChange={(v) => setTraining({ optimizer: v })}
        />
        <NumberField
          label="Learning rate"
          info="learningRate"
          value={t.learningRate}
          step={0.01}
          min={LIMITS.learningRate[0]}
          max={LIMITS.learningRate[1]}
          onCommit={(v) => setTraining({ learningRate: v })}
        />
      </div>
      <div className="field-row">
        {batched && (
          <NumberField
            label="Batch size"
            info="batchSize"
            integer
            value={t.batchSize}
            min={LIMITS.batchSize[0]}
            max={LIMITS.batchSize[1]}
            onCommit={(v) => setTraining({ batchSize: v })}
          />
        )}
        <NumberField
          label={stepsLabel}
          info={batched ? 'epochs' : 'iterations'}
          integer
          value={t.epochs}
          min={LIMITS.epochs[0]}
          max={LIMITS.epochs[1]}
          onCommit={(v) => setTraining({ epochs: v })}
        />
      </div>
      <div className="field-row">
        {batched && (
          <NumberField
            label="L2 penalty"
            info="l2"
            value={t.l2}
            step={0.001}
            min={LIMITS.l2[0]}
            max={LIMITS.l2[1]}
            onCommit={(v) => setTraining({ l2: v })}
          />
        )}
        <NumberField
          label="Training seed"
          info="seed"
          integer
          value={t.seed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          onCommit={(v) => setTraining({ seed: v })}
        />
      </div>
      <div className="field-row">
        <SelectField<GradientName>
          label="Quantum gradients"
          info="gradients"
          wide
          value={t.gradient}
          options={gradientChoices(noisy)}
          onChange={(v) => setTraining({ gradient: v })}
        />
        <NumberField
          label="Shots (0 = exact)"
          info="shots"
          integer
          value={t.shots}
          disabled={t.gradient !== 'shift'}
          min={LIMITS.shots[0]}
          max={LIMITS.shots[1]}
          onCommit={(v) => setTraining({ shots: v })}
        />
      </div>
      {noisy && t.gradient === 'adjoint' && <p className="hint">{noisyExactHint(task)}</p>}
      {t.gradient === 'shift' && (
        <p className="hint">
          Parameter shift evaluates the circuit twice per angle
          {t.shots > 0 ? `, each from ${t.shots} measurements, as hardware would` : ''}: slower, and
          noisier with shots.
        </p>
      )}
    </section>
  );
}
