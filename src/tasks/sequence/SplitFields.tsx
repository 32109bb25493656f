// The row under a sequence task's data settings: the training share (the first part in order
// trains, the rest tests) and the seed of the generated data, when there is one to seed.
import { LIMITS } from '../../experiment/limits';
import { NumberField } from '../../panels/fields/NumberField';

interface Props {
  trainRatio: number;
  /** [least, most] training share. */
  range: readonly [number, number];
  seed: number;
  /** The seed field's label ("Series seed"), or null when the data takes no seed (an import). */
  seedLabel: string | null;
  set(patch: { trainRatio?: number; seed?: number }): void;
}

export function SplitFields({ trainRatio, range, seed, seedLabel, set }: Props) {
  return (
    <div className="field-row">
      <NumberField
        label="Training share"
        value={trainRatio}
        step={0.05}
        min={range[0]}
        max={range[1]}
        onCommit={(v) => set({ trainRatio: v })}
      />
      {seedLabel !== null && (
        <NumberField
          label={seedLabel}
          integer
          value={seed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          onCommit={(v) => set({ seed: v })}
        />
      )}
    </div>
  );
}
