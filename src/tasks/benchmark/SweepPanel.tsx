// The benchmark's settings: the data set (one of the study's families), which difficulty values
// to run, how many seeds, and the Entanglement comparison. Says how many cells that makes.
import { runModels } from '../../experiment/tasks/benchmark/cells';
import {
  BENCHMARK_DATASET_DEFS,
  benchmarkDatasetDef,
  type BenchmarkDatasetId,
} from '../../experiment/tasks/benchmark/datasets';
import { BENCHMARK_LIMITS } from '../../experiment/tasks/benchmark/validate';
import { LIMITS } from '../../experiment/limits';
import type { BenchmarkExperiment } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { Toggle } from '../../panels/fields/Toggle';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { normalised, withDataset, withDifficulty } from './benchmarkEdits';
import { CsvImport, withCsv } from './CsvImport';

const STUDY_SETS = BENCHMARK_DATASET_DEFS.filter((d) => d.id !== 'custom');
const toOption = (d: { id: BenchmarkDatasetId; label: string }) => ({
  value: d.id,
  label: d.label,
});

export function SweepPanel() {
  const e = useExperimentOf('benchmark', (x) => x);
  const editTask = useLab((s) => s.editTask);
  const edit = (f: (x: BenchmarkExperiment) => BenchmarkExperiment): void => editTask('benchmark', f); // prettier-ignore
  const def = benchmarkDatasetDef(e.sweep.dataset)!;
  const { name } = def.difficulty;
  const models = runModels(e).length;
  return (
    <section className="panel" aria-labelledby="sweep-heading">
      <h2 id="sweep-heading">Benchmark</h2>
      <div className="field-row">
        <SelectField<BenchmarkDatasetId>
          label="Data set"
          wide
          value={e.sweep.dataset}
          // The user's data is offered once a file has been imported.
          options={(e.sweep.csv === undefined ? STUDY_SETS : BENCHMARK_DATASET_DEFS).map(toOption)}
          onChange={(v) => edit((x) => withDataset(x, v))}
        />
      </div>
      <CsvImport
        csv={e.sweep.csv}
        onImport={(text) => editTask('benchmark', (b) => withCsv(b, text))}
      />
      {e.sweep.dataset !== 'custom' && (
        <fieldset className="difficulties">
          <legend>
            {def.difficulty.label} ({name})
          </legend>
          {def.difficulty.values.map((v) => (
            <Toggle
              key={v}
              label={`${name} = ${v}`}
              checked={e.sweep.difficulties.includes(v)}
              onChange={(on) => edit((x) => withDifficulty(x, v, on))}
            />
          ))}
        </fieldset>
      )}
      <div className="field-row">
        <NumberField
          label="Seeds"
          integer
          value={e.sweep.seeds}
          min={BENCHMARK_LIMITS.seeds[0]}
          max={BENCHMARK_LIMITS.seeds[1]}
          onCommit={(seeds) => edit((x) => normalised({ ...x, sweep: { ...x.sweep, seeds } }))}
        />
        <NumberField
          label="First seed"
          integer
          value={e.training.seed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          onCommit={(seed) => edit((x) => ({ ...x, training: { ...x.training, seed } }))}
        />
      </div>
      <Toggle
        label="Entanglement: also run each entangling model without it"
        checked={e.compareSeparable}
        onChange={(on) => edit((x) => normalised({ ...x, compareSeparable: on }))}
      />
      <p className="hint">
        {e.training.epochs} {e.training.epochs === 1 ? 'cell' : 'cells'}:{' '}
        {e.sweep.dataset === 'custom'
          ? 'your file'
          : `${e.sweep.difficulties.length} value${e.sweep.difficulties.length === 1 ? '' : 's'} of ${name}`}{' '}
        × {e.sweep.seeds} seed
        {e.sweep.seeds === 1 ? '' : 's'} × {models} model{models === 1 ? '' : 's'}.{' '}
        {e.sweep.dataset === 'custom'
          ? 'Each seed splits your rows into train and test anew, and draws new starting parameters.'
          : 'Each seed draws new data and new starting parameters.'}{' '}
        Press Play to run them.
      </p>
    </section>
  );
}
