// The benchmark's models: classical and quantum, each ticked or not, with the hyper-parameters
// the study searched (its grid as the choices; our default first picked), or the settings the
// study found best for each data set and difficulty. A model that cannot take the data's widest
// rows says so (those cells are skipped).
import { skipReason } from '../../experiment/tasks/benchmark/cells';
import { benchmarkDatasetDef } from '../../experiment/tasks/benchmark/datasets';
import {
  BENCHMARK_MODELS,
  type BenchmarkModelId,
  type HyperParam,
} from '../../experiment/tasks/benchmark/models';
import { studyBestHyper } from '../../experiment/tasks/benchmark/studyHyper';
import type { BenchmarkExperiment } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';
import { Toggle } from '../../panels/fields/Toggle';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import './benchmark.css';
import { withHyper, withModel } from './benchmarkEdits';

/** "C = 10, γ (width) = 0.1": a model's settings in words (choices by their names). */
export function hyperText(params: readonly HyperParam[], hyper: Record<string, number>): string {
  return params
    .map((p) => {
      const v = hyper[p.name]!;
      const i = p.values.indexOf(v);
      return `${p.label} ${p.names?.[i] ?? String(v)}`;
    })
    .join(', ');
}

export function ModelsPanel() {
  const e = useExperimentOf('benchmark', (x) => x);
  const editTask = useLab((s) => s.editTask);
  const edit = (f: (x: BenchmarkExperiment) => BenchmarkExperiment): void => editTask('benchmark', f); // prettier-ignore
  const study = e.studyHyper ?? false;
  const symbol = benchmarkDatasetDef(e.sweep.dataset)?.difficulty.name ?? 'd';
  return (
    <section className="panel" aria-labelledby="models-heading">
      <h2 id="models-heading">Models</h2>
      <Toggle
        label="The study’s best settings"
        checked={study}
        onChange={(on) => edit((x) => ({ ...x, studyHyper: on }))}
      />
      <p className="hint">
        {study
          ? 'Each cell takes the hyper-parameters the study found best by cross-validation for its model, data set and difficulty, where it published them; the settings below serve the other cells.'
          : 'Every cell of a model takes the settings below (the study’s grid); tick to use the study’s best per data set and difficulty instead.'}
      </p>
      <ul className="benchmark-picks">
        {BENCHMARK_MODELS.map((def) => {
          const ticked = e.models.find((m) => m.id === def.id);
          const hyper: readonly HyperParam[] = def.hyper;
          const skips = e.sweep.difficulties.flatMap((d) => skipReason(e.sweep, def.id, d) ?? []);
          const tuned = study
            ? e.sweep.difficulties.flatMap((d) => {
                const best = studyBestHyper(def.id, e.sweep.dataset, d);
                return best ? [{ d, text: hyperText(hyper, best.hyper) }] : [];
              })
            : [];
          const allTuned = tuned.length === e.sweep.difficulties.length;
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
              {ticked && skips.length > 0 && (
                <p className="hint">
                  {skips.length === e.sweep.difficulties.length
                    ? 'Every cell'
                    : `${skips.length} of ${e.sweep.difficulties.length} columns`}{' '}
                  skipped: {skips[0]}
                </p>
              )}
              {ticked && tuned.length > 0 && (
                <div className="hint benchmark-tuned">
                  The study’s settings:
                  <ul>
                    {tuned.map((t) => (
                      <li key={t.d}>
                        {symbol} = {t.d}: {t.text}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {ticked && !allTuned && (
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
        The choices are the study’s hyper-parameter grid (Bowles, Ahmed &amp; Schuld, from
        XanaduAI/qml-benchmarks’ best-hyper-parameter files).
      </p>
    </section>
  );
}
