// The benchmark's models: classical and quantum, each ticked or not, with the hyper-parameters
// the study searched (its grid as the choices; our default first picked). A model that cannot
// take the data's widest rows says so (those cells are skipped).
import { widestFeatures } from '../../experiment/tasks/benchmark/cells';
import {
  BENCHMARK_MODELS,
  type BenchmarkModelId,
  type HyperParam,
} from '../../experiment/tasks/benchmark/models';
import type { BenchmarkExperiment } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';
import { Toggle } from '../../panels/fields/Toggle';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import './benchmark.css';
import { withHyper, withModel } from './benchmarkEdits';

export function ModelsPanel() {
  const e = useExperimentOf('benchmark', (x) => x);
  const editTask = useLab((s) => s.editTask);
  const edit = (f: (x: BenchmarkExperiment) => BenchmarkExperiment): void => editTask('benchmark', f); // prettier-ignore
  const widest = widestFeatures(e.sweep);
  return (
    <section className="panel" aria-labelledby="models-heading">
      <h2 id="models-heading">Models</h2>
      <ul className="benchmark-picks">
        {BENCHMARK_MODELS.map((def) => {
          const ticked = e.models.find((m) => m.id === def.id);
          const hyper: readonly HyperParam[] = def.hyper;
          const tooWide = widest > def.maxFeatures;
          return (
            <li key={def.id}>
              <span className="model-line">
                <Toggle
                  label={def.label}
                  checked={ticked !== undefined}
                  onChange={(on) => edit((x) => withModel(x, def.id as BenchmarkModelId, on))}
                />
                {def.quantum && <span className="benchmark-tag">quantum</span>}
              </span>
              {ticked && tooWide && (
                <p className="hint">
                  Takes at most {def.maxFeatures} features: cells with more are skipped.
                </p>
              )}
              {ticked && (
                <div className="field-row">
                  {hyper.map((h) => (
                    <SelectField
                      key={h.name}
                      label={h.label}
                      value={String(ticked.hyper[h.name])}
                      options={h.values.map((v, i) => ({ value: String(v), label: h.names?.[i] ?? String(v) }))} // prettier-ignore
                      onChange={(v) => edit((x) => withHyper(x, def.id as BenchmarkModelId, h.name, Number(v)))} // prettier-ignore
                    />
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="hint">
        The choices are the study’s hyper-parameter grid; it picked the best by cross-validation for
        every data set, we start from one setting for all.
      </p>
    </section>
  );
}
