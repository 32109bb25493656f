// The sequence task's data: which series, how long and how noisy, the window the models read,
// how far ahead they forecast, and the split in time order (or the user's own series from a CSV).
import { SERIES_CHOICES } from '../../experiment/tasks/sequence/types';
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';
import type { SeriesName, SeriesSettings } from '../../experiment/types';
import { SplitFields } from './SplitFields';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { maxWindow, withData } from './sequenceEdits';
import { SeriesFile } from './SeriesFile';

export function SeriesPanel() {
  const d = useExperimentOf('sequence', (e) => e.data);
  const model = useExperimentOf('sequence', (e) => e.model);
  const editTask = useLab((s) => s.editTask);
  const set = (patch: Partial<SeriesSettings>): void =>
    editTask('sequence', (e) => withData(e, patch));
  const L = SEQUENCE_LIMITS;
  const generated = d.series !== 'custom';
  return (
    <section className="panel" aria-labelledby="series-heading">
      <h2 id="series-heading">Series</h2>
      <SelectField<SeriesName>
        label="Series"
        wide
        value={d.series}
        options={SERIES_CHOICES}
        onChange={(series) => set({ series })}
      />
      {generated && (
        <div className="field-row">
          <NumberField
            label="Length"
            integer
            value={d.length}
            min={L.length[0]}
            max={L.length[1]}
            onCommit={(length) => set({ length })}
          />
          <NumberField
            label="Noise"
            value={d.noise}
            step={0.01}
            min={L.noise[0]}
            max={L.noise[1]}
            onCommit={(noise) => set({ noise })}
          />
        </div>
      )}
      {!generated && (
        <SeriesFile
          csv={d.csv}
          column={d.column}
          onImport={(csv, column) =>
            set(column === undefined ? { csv, column: undefined } : { csv, column })
          }
        />
      )}
      <div className="field-row">
        <NumberField
          label="Window"
          integer
          value={d.window}
          min={L.window[0]}
          max={Math.min(L.window[1], maxWindow(model))}
          onCommit={(window) => set({ window })}
        />
        <NumberField
          label="Horizon"
          integer
          value={d.horizon}
          min={L.horizon[0]}
          max={L.horizon[1]}
          onCommit={(horizon) => set({ horizon })}
        />
      </div>
      <SplitFields
        trainRatio={d.trainRatio}
        range={L.trainRatio}
        seed={d.seed}
        seedLabel={generated ? 'Series seed' : null}
        set={set}
      />
      <p className="hint">
        Each forecast reads the last {d.window} values and predicts the one{' '}
        {d.horizon === 1 ? 'right after them' : `${d.horizon} steps after the last`}. The first{' '}
        {Math.round(d.trainRatio * 100)}% of the windows in time order train both models; the later
        ones test them (never shuffled across).
      </p>
    </section>
  );
}
