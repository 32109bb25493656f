// A field's label, with an (i) beside it when the term has an explanation in the glossary.
import type { GlossaryTerm } from '../../glossary';
import { InfoTip } from '../InfoTip';

interface Props {
  htmlFor: string;
  label: string;
  /** The glossary term the (i) explains; none, no button. */
  info?: GlossaryTerm;
}

export function FieldLabel({ htmlFor, label, info }: Props) {
  if (!info) return <label htmlFor={htmlFor}>{label}</label>;
  return (
    <div className="field-label">
      <label htmlFor={htmlFor}>{label}</label>
      <InfoTip term={info} />
    </div>
  );
}
