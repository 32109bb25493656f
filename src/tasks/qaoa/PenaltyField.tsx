// The weight of a constraint's penalty: automatic (large enough that breaking the constraint never
// pays) or a number the student sets, e.g. too small on purpose to watch the constraint break.
import { QAOA_LIMITS } from '../../experiment/tasks/qaoa/validate';
import { NumberField } from '../../panels/fields/NumberField';
import { Toggle } from '../../panels/fields/Toggle';

interface Props {
  value: 'auto' | number;
  onCommit(value: 'auto' | number): void;
}

export function PenaltyField({ value, onCommit }: Props) {
  return (
    <div className="field-row">
      <Toggle
        label="Automatic penalty weight"
        info="penalty"
        checked={value === 'auto'}
        onChange={(auto) => onCommit(auto ? 'auto' : 1)}
      />
      {value !== 'auto' && (
        <NumberField
          label="Penalty weight"
          value={value}
          step={0.1}
          min={QAOA_LIMITS.penalty[0]}
          max={QAOA_LIMITS.penalty[1]}
          onCommit={onCommit}
        />
      )}
    </div>
  );
}
