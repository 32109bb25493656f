// A labelled checkbox, with an (i) beside it when its term has an explanation.
import type { GlossaryTerm } from '../../glossary';
import { InfoTip } from '../InfoTip';

interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** A glossary term explained by an (i) beside the label. */
  info?: GlossaryTerm;
}

export function Toggle({ label, checked, onChange, info }: Props) {
  const box = (
    <label className="toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
  if (!info) return box;
  return (
    <span className="toggle-row">
      {box}
      <InfoTip term={info} />
    </span>
  );
}
