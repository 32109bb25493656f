// The text task's data: a seeded Markov chain (its alphabet and order) or the shipped corpus, how
// many tokens, the context the models read, and the split in order.
import { TEXT_SOURCE_CHOICES } from '../../experiment/tasks/text/types';
import { TEXT_LIMITS } from '../../experiment/tasks/text/validate';
import type { TextSettings, TextSourceName } from '../../experiment/types';
import { SplitFields } from '../sequence/SplitFields';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { textInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { maxContext, withText } from './textEdits';

const ORDER_CHOICES = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
] as const;

export function TextPanel() {
  const d = useExperimentOf('text', (e) => e.data);
  const info = useLab((s) => textInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  const model = useExperimentOf('text', (e) => e.model);
  const set = (patch: Partial<TextSettings>): void => editTask('text', (e) => withText(e, patch));
  const L = TEXT_LIMITS;
  const markov = d.source === 'markov';
  return (
    <section className="panel" aria-labelledby="text-heading">
      <h2 id="text-heading">Text</h2>
      <SelectField<TextSourceName>
        label="Text"
        wide
        value={d.source}
        options={TEXT_SOURCE_CHOICES}
        onChange={(source) => set({ source })}
      />
      {markov && (
        <div className="field-row">
          <NumberField
            label="Symbols"
            integer
            value={d.symbols}
            min={L.symbols[0]}
            max={L.symbols[1]}
            onCommit={(symbols) => set({ symbols })}
          />
          <SelectField<'1' | '2'>
            label="Order"
            value={String(d.order) as '1' | '2'}
            options={ORDER_CHOICES}
            onChange={(o) => set({ order: o === '2' ? 2 : 1 })}
          />
        </div>
      )}
      <div className="field-row">
        <NumberField
          label="Tokens"
          integer
          value={d.length}
          min={L.length[0]}
          max={L.length[1]}
          onCommit={(length) => set({ length })}
        />
        <NumberField
          label="Context"
          integer
          value={d.context}
          min={L.context[0]}
          max={maxContext(model)}
          onCommit={(context) => set({ context })}
        />
      </div>
      <SplitFields
        trainRatio={d.trainRatio}
        range={L.trainRatio}
        seed={d.seed}
        seedLabel={markov ? 'Chain seed' : null}
        set={set}
      />
      <p className="hint">
        {markov
          ? `A random chain over ${d.symbols} symbols whose next token depends on the last ${d.order === 1 ? 'one' : 'two'}: its entropy is known, and so is the best perplexity any model can reach on average: the “Perplexity floor”.`
          : 'A short public-domain text read character by character: the 15 most frequent characters keep a token each, the rest share “·”.'}{' '}
        Each prediction reads the last {d.context} tokens. The first{' '}
        {Math.round(d.trainRatio * 100)}% of the contexts in order train both models; the later ones
        test them.
      </p>
      {info && (
        <p className="hint text-preview">
          {info.sourceName}, {info.tokens} tokens, vocabulary “{info.vocab.join('')}”: “
          <span className="sample-text">{info.preview}</span>…”
        </p>
      )}
    </section>
  );
}
