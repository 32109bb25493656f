// The text task's models: the quantum model (Quixer, or the QLSTM reading one-hot tokens) and the
// classical network it is compared with.
import { TEXT_BASELINE_CHOICES, TEXT_MODEL_CHOICES } from '../../experiment/tasks/text/types';
import { TEXT_LIMITS } from '../../experiment/tasks/text/validate';
import type { TextModel } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';
import { textInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { BaselineFields } from '../sequence/BaselineFields';
import { QlstmFields } from '../sequence/QlstmFields';
import { QrnnFields } from '../sequence/QrnnFields';
import '../sequence/sequence.css';
import { QuixerFields } from './QuixerFields';
import { TEXT_MODEL_DEFAULTS, withTextModel } from './textEdits';

export function TextModelPanel() {
  const model = useExperimentOf('text', (e) => e.model);
  const context = useExperimentOf('text', (e) => e.data.context);
  const baseline = useExperimentOf('text', (e) => e.baseline);
  const info = useLab((s) => textInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  const setModel = (m: TextModel): void => editTask('text', (e) => withTextModel(e, m));
  return (
    <section className="panel" aria-labelledby="text-model-heading">
      <h2 id="text-model-heading">Quantum model</h2>
      <SelectField<TextModel['kind']>
        label="Model"
        wide
        value={model.kind}
        options={TEXT_MODEL_CHOICES}
        onChange={(kind) => kind !== model.kind && setModel(TEXT_MODEL_DEFAULTS[kind])}
      />
      {model.kind === 'quixer' && (
        <QuixerFields
          model={model}
          context={context}
          info={info}
          set={(patch) => setModel({ ...model, ...patch })}
        />
      )}
      {model.kind === 'qlstm' && (
        <QlstmFields
          model={model}
          steps={context}
          input="the token, one-hot"
          info={info}
          set={(patch) => setModel({ ...model, ...patch })}
        />
      )}
      {model.kind === 'qrnn' && (
        <QrnnFields
          model={model}
          steps={context}
          input="token"
          readout="Each token is encoded as trained angles, RY(E[token]) on each data qubit; ⟨Z⟩ of every qubit of the last step goes through a trained linear map into the next token’s probabilities (softmax)."
          info={info}
          set={(patch) => setModel({ ...model, ...patch })}
        />
      )}
      <BaselineFields
        baseline={baseline}
        choices={TEXT_BASELINE_CHOICES}
        maxHidden={TEXT_LIMITS.hidden[1]}
        info={info}
        set={(b) => editTask('text', (e) => ({ ...e, baseline: b }))}
      />
    </section>
  );
}
