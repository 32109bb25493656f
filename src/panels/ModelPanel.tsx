// The models: the quantum circuit (drawn from the model) and the classical baseline beside it.
import type { Activation, BaselineEngine } from '../experiment/types';
import { classifyInfo } from '../store/runOf';
import { useLab } from '../store/store';
import { useExperimentOf } from '../store/useExperimentOf';
import { FittedCircuit } from './FittedCircuit';
import { InfoTip } from './InfoTip';
import { HiddenLayersField } from './fields/HiddenLayersField';
import { ModelKindField } from './fields/ModelKindField';
import { ModelKindFields } from '../tasks/classify/ModelKindFields';
import { hiddenWords } from '../tasks/classify/comparisonCaveat';
import { SelectField } from './fields/SelectField';
import { TestPointsSphere } from './TestPointsSphere';
import { ACTIVATION_CHOICES, BASELINE_ENGINE_CHOICES } from '../experiment/lists';

export function ModelPanel() {
  const current = useExperimentOf('classify', (e) => e.model);
  const baseline = useExperimentOf('classify', (e) => e.baseline);
  const info = useLab((s) => classifyInfo(s.info));
  const hidden = useExperimentOf('classify', (e) => e.view.hidden);
  const { setModel, setBaseline } = useLab.getState();
  const editing = current.kind === 'circuit';

  return (
    <section className="panel" aria-labelledby="model-heading">
      <div className="heading-row">
        <h2 id="model-heading">Quantum model</h2>
        <InfoTip term="quantumCircuit" />
      </div>
      {!hidden.includes('model') && <ModelKindField model={current} onChange={setModel} />}
      <ModelKindFields model={current} onChange={setModel} readOnly={hidden.includes('model')} />
      {info && (
        <>
          <p className="count">
            <strong>{info.quantumParams}</strong> trainable parameters
          </p>
          {!editing && (
            <div className="circuit-scroll">
              <FittedCircuit circuit={info.circuit} label="Quantum circuit" />
            </div>
          )}
        </>
      )}
      {!hidden.includes('bloch') && <TestPointsSphere />}
      <div className="heading-row subhead">
        <h2>Classical model</h2>
        <InfoTip term="mlp" />
      </div>
      <p className="hint">
        A multilayer perceptron trained on the same split with the same optimiser, learning rate,
        batch size and epochs, in TensorFlow.js or in plain typed arrays (same start, same batches;
        the arrays are faster at this size).
      </p>
      {!hidden.includes('classical') && (
        <div className="field-row">
          <div className="field-wide">
            <HiddenLayersField value={baseline.size} onCommit={(size) => setBaseline({ size })} />
          </div>
          <SelectField<Activation>
            label="Activation"
            info="activation"
            value={baseline.activation}
            options={ACTIVATION_CHOICES}
            onChange={(v) => setBaseline({ activation: v })}
          />
          <SelectField<BaselineEngine>
            label="Classical engine"
            info="engine"
            wide
            value={baseline.engine}
            options={BASELINE_ENGINE_CHOICES}
            onChange={(v) => setBaseline({ engine: v })}
          />
        </div>
      )}
      {info && (
        <p className="count">
          <strong>{info.classicalParams}</strong> trainable parameters (
          {hiddenWords(info.classicalHidden)})
        </p>
      )}
    </section>
  );
}
