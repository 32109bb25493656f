// The classical recurrent network the quantum model is compared with: its cell and its size (about
// the quantum model's parameter count, or hidden units of the user's choice).
import { SEQUENCE_BASELINE_CHOICES } from '../../experiment/tasks/sequence/types';
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';
import type { SequenceBaseline, SequenceBaselineKind } from '../../experiment/types';
import type { SequenceInfo } from '../../../workers/protocol';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';

const SIZE_CHOICES = [
  { value: 'match', label: 'About the quantum model’s parameter count' },
  { value: 'own', label: 'Hidden units of my choice' },
] as const;

interface Props {
  baseline: SequenceBaseline;
  info: SequenceInfo | null;
}

export function BaselineFields({ baseline, info }: Props) {
  const editTask = useLab((s) => s.editTask);
  const L = SEQUENCE_LIMITS;
  return (
    <>
      <h3>Classical model</h3>
      <div className="field-row">
        <SelectField<SequenceBaselineKind>
          label="Network"
          value={baseline.kind}
          options={SEQUENCE_BASELINE_CHOICES}
          onChange={(kind) =>
            editTask('sequence', (e) => ({ ...e, baseline: { ...e.baseline, kind } }))
          }
        />
        <SelectField<'match' | 'own'>
          label="Size"
          wide
          value={baseline.size === 'match' ? 'match' : 'own'}
          options={SIZE_CHOICES}
          onChange={(v) =>
            editTask('sequence', (e) => ({
              ...e,
              baseline: {
                ...e.baseline,
                size: v === 'match' ? 'match' : { hidden: info?.classicalHidden ?? 4 },
              },
            }))
          }
        />
      </div>
      {baseline.size !== 'match' && (
        <NumberField
          label="Hidden units"
          integer
          value={baseline.size.hidden}
          min={L.hidden[0]}
          max={L.hidden[1]}
          onCommit={(hidden) =>
            editTask('sequence', (e) => ({ ...e, baseline: { ...e.baseline, size: { hidden } } }))
          }
        />
      )}
      {info && (
        <p className="hint">
          {info.classicalKind === 'lstm' ? 'LSTM' : 'Simple RNN'} in TensorFlow.js:{' '}
          {info.classicalHidden} hidden {info.classicalHidden === 1 ? 'unit' : 'units'},{' '}
          {info.classicalParams} parameters, trained with the same optimiser, batches and epochs as
          the quantum model.
        </p>
      )}
    </>
  );
}
