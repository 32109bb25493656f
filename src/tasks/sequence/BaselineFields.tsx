// The classical network the quantum model is compared with: its kind and its size (about the
// quantum model's parameter count, or hidden units of the user's choice). Shared by the series
// and the text task, each with its own networks.
import type { Choice } from '../../experiment/lists';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';

const SIZE_CHOICES = [
  { value: 'match', label: 'About the quantum model’s parameter count' },
  { value: 'own', label: 'Hidden units of my choice' },
] as const;

export interface BaselineLike<K extends string> {
  kind: K;
  size: 'match' | { hidden: number };
}

interface Props<K extends string> {
  baseline: BaselineLike<K>;
  choices: readonly Choice<K>[];
  /** Most hidden units the user may pick. */
  maxHidden: number;
  /** The session's classical model, once loaded. */
  info: { classicalKind: K; classicalHidden: number; classicalParams: number } | null;
  set(b: BaselineLike<K>): void;
}

export function BaselineFields<K extends string>({
  baseline,
  choices,
  maxHidden,
  info,
  set,
}: Props<K>) {
  const label = (k: K): string => choices.find((c) => c.value === k)?.label ?? k;
  return (
    <>
      <h3>Classical model</h3>
      <div className="field-row">
        <SelectField<K>
          label="Network"
          value={baseline.kind}
          options={choices}
          onChange={(kind) => set({ ...baseline, kind })}
        />
        <SelectField<'match' | 'own'>
          label="Size"
          wide
          value={baseline.size === 'match' ? 'match' : 'own'}
          options={SIZE_CHOICES}
          onChange={(v) =>
            set({
              ...baseline,
              size: v === 'match' ? 'match' : { hidden: info?.classicalHidden ?? 4 },
            })
          }
        />
      </div>
      {baseline.size !== 'match' && (
        <NumberField
          label="Hidden units"
          integer
          value={baseline.size.hidden}
          min={1}
          max={maxHidden}
          onCommit={(hidden) => set({ ...baseline, size: { hidden } })}
        />
      )}
      {info && (
        <p className="hint">
          {label(info.classicalKind)}
          {info.classicalKind === ('transformer' as K) ? ' (one layer, one attention head)' : ''} in
          TensorFlow.js: {info.classicalHidden}{' '}
          {info.classicalKind === ('transformer' as K)
            ? 'wide'
            : info.classicalHidden === 1
              ? 'hidden unit'
              : 'hidden units'}
          , {info.classicalParams} parameters, trained with the same optimiser, batches and epochs
          as the quantum model.
        </p>
      )}
    </>
  );
}
