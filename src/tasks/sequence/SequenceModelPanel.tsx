// The sequence task's models: the quantum model (the QRNN, drawn unrolled over the window, or the
// QLSTM, whose four gates are circuits) and the classical recurrent network it is compared with.
import {
  SEQUENCE_BASELINE_CHOICES,
  SEQUENCE_MODEL_CHOICES,
} from '../../experiment/tasks/sequence/types';
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';
import { isIdealNoise } from '../../experiment/noise';
import type { SequenceModel } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';
import { sequenceInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { BaselineFields } from './BaselineFields';
import { QlstmFields } from './QlstmFields';
import { QrnnFields } from './QrnnFields';
import { MODEL_DEFAULTS, withModel } from './sequenceEdits';
import './sequence.css';

export function SequenceModelPanel() {
  const model = useExperimentOf('sequence', (e) => e.model);
  const window = useExperimentOf('sequence', (e) => e.data.window);
  const baseline = useExperimentOf('sequence', (e) => e.baseline);
  const noisy = useExperimentOf('sequence', (e) => !isIdealNoise(e.noise));
  const info = useLab((s) => sequenceInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  return (
    <section className="panel" aria-labelledby="sequence-model-heading">
      <h2 id="sequence-model-heading">Quantum model</h2>
      <SelectField<SequenceModel['kind']>
        label="Model"
        wide
        value={model.kind}
        options={SEQUENCE_MODEL_CHOICES}
        onChange={(kind) =>
          editTask('sequence', (e) =>
            kind === e.model.kind ? e : withModel(e, MODEL_DEFAULTS[kind]),
          )
        }
      />
      {model.kind === 'qrnn' && (
        <QrnnFields
          model={model}
          steps={window}
          input="value"
          readout="The forecast is 2·p(1) − 1 of the last step’s first data qubit."
          info={info}
          noisy={noisy}
          set={(patch) => editTask('sequence', (e) => withModel(e, { ...model, ...patch }))}
        />
      )}
      {model.kind === 'qlstm' && (
        <QlstmFields
          model={model}
          steps={window}
          input="x"
          info={info}
          set={(patch) => editTask('sequence', (e) => withModel(e, { ...model, ...patch }))}
        />
      )}
      <BaselineFields
        baseline={baseline}
        choices={SEQUENCE_BASELINE_CHOICES}
        maxHidden={SEQUENCE_LIMITS.hidden[1]}
        info={info}
        set={(b) => editTask('sequence', (e) => ({ ...e, baseline: b }))}
      />
    </section>
  );
}
