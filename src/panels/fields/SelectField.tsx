// A labelled drop-down over a fixed list of options.
import { useId } from 'react';
import type { GlossaryTerm } from '../../glossary';
import { FieldLabel } from './FieldLabel';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  disabled?: boolean;
  /** Takes a whole row of a field grid (long option labels would be cut at half width). */
  wide?: boolean;
  /** A glossary term explained by an (i) beside the label. */
  info?: GlossaryTerm;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  wide,
  info,
}: Props<T>) {
  const id = useId();
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <FieldLabel htmlFor={id} label={label} info={info} />
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
