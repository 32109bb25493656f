// Checks of a benchmark experiment's own sections, field by field, for validateExperiment.

import { Invalid, own, type Checker, type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { cellCount } from './cells';
import { parseBenchmarkCsv } from './csvData';
import { BENCHMARK_DATASET_DEFS, benchmarkDatasetDef, type BenchmarkDatasetId } from './datasets';
import { BENCHMARK_MODELS, benchmarkModel, type BenchmarkModelId } from './models';
import {
  BENCHMARK_HIDEABLE,
  type BenchmarkExperiment,
  type BenchmarkModelSetting,
  type BenchmarkSweep,
} from './types';

export const BENCHMARK_LIMITS = { seeds: [1, 10] } as const;

const DATASET_IDS = BENCHMARK_DATASET_DEFS.map((d) => d.id) as BenchmarkDatasetId[];
const MODEL_IDS = BENCHMARK_MODELS.map((m) => m.id) as BenchmarkModelId[];

function checkSweep(c: Checker, v: unknown): BenchmarkSweep {
  const o = c.obj(v, 'sweep', 'Benchmark');
  const dataset = c.pick(o, 'dataset', 'sweep.dataset', 'data set', DATASET_IDS);
  const def = benchmarkDatasetDef(dataset)!;
  const allowed = def.difficulty.values;
  const raw = c.list(o, 'difficulties', 'sweep.difficulties', `${def.difficulty.label.toLowerCase()} values`, allowed.length); // prettier-ignore
  if (raw.length === 0)
    throw new Invalid('sweep.difficulties', `Benchmark → pick at least one ${def.difficulty.label.toLowerCase()} (${def.difficulty.name}) to run.`); // prettier-ignore
  const difficulties = raw.map((d, i) => {
    if (typeof d !== 'number' || !allowed.includes(d))
      c.bad(`sweep.difficulties[${i}]`, `${def.difficulty.name} value`, `one of ${allowed.join(', ')}`, d); // prettier-ignore
    return d;
  });
  const sweep: BenchmarkSweep = {
    dataset,
    difficulties: [...new Set(difficulties)].sort((a, b) => a - b),
    seeds: c.num(o, 'seeds', 'sweep.seeds', 'seeds', BENCHMARK_LIMITS.seeds, true),
  };
  const csv = own(o, 'csv');
  if (csv === undefined && dataset === 'custom')
    throw new Invalid('sweep.csv', 'Benchmark → your data is missing: import a CSV file.');
  if (csv !== undefined) {
    if (typeof csv !== 'string') c.bad('sweep.csv', 'your data', 'the text of a CSV file', csv);
    const parsed = parseBenchmarkCsv(csv);
    if (!parsed.ok) throw new Invalid('sweep.csv', `Benchmark → your data: ${parsed.message}`);
    sweep.csv = csv;
  }
  return sweep;
}

function checkModel(c: Checker, v: unknown, i: number): BenchmarkModelSetting {
  const path = `models[${i}]`;
  const o = c.obj(v, path, 'model');
  const id = c.pick(o, 'id', `${path}.id`, 'model', MODEL_IDS);
  const def = benchmarkModel(id)!;
  const h = c.obj(o.hyper, `${path}.hyper`, `${def.label} settings`);
  for (const name of Object.keys(h))
    if (!def.hyper.some((p) => p.name === name))
      throw new Invalid(`${path}.hyper`, `Models → ${def.label} has no setting "${name}" (it has ${def.hyper.map((p) => p.name).join(', ')}).`); // prettier-ignore
  const hyper: Record<string, number> = {};
  for (const p of def.hyper) {
    const value = h[p.name];
    if (typeof value !== 'number' || !p.values.includes(value))
      c.bad(`${path}.hyper.${p.name}`, `${def.label} → ${p.label}`, `one of ${p.values.join(', ')}`, value); // prettier-ignore
    hyper[p.name] = value;
  }
  return { id, hyper };
}

export function checkBenchmarkExperiment(
  c: Checker,
  o: Obj,
): Omit<BenchmarkExperiment, 'version' | 'task' | 'weights'> {
  const sweep = checkSweep(c, o.sweep);
  const raw = c.list(o, 'models', 'models', 'models', MODEL_IDS.length);
  const ticked = raw.map((m, i) => checkModel(c, m, i));
  if (ticked.length === 0) throw new Invalid('models', 'Models → tick at least one model to run.');
  if (new Set(ticked.map((m) => m.id)).size !== ticked.length)
    throw new Invalid('models', 'Models → each model may be listed once.');
  const models = MODEL_IDS.flatMap((id) => ticked.filter((m) => m.id === id));
  const compareSeparable = c.bool(o, 'compareSeparable', 'compareSeparable', 'Entanglement comparison'); // prettier-ignore
  const training = checkTrainingCore(c, c.obj(o.training, 'training', 'Training'), 'cells');
  // A run's steps are its cells: the count follows the settings, whatever a link said.
  training.epochs = cellCount({ sweep, models, compareSeparable });
  const view = checkViewCore(c, c.obj(o.view, 'view', 'View'), BENCHMARK_HIDEABLE);
  const studyHyper = o.studyHyper === undefined ? undefined : c.bool(o, 'studyHyper', 'studyHyper', 'the study’s settings'); // prettier-ignore
  return { sweep, models, compareSeparable, ...(studyHyper !== undefined ? { studyHyper } : {}), training, view }; // prettier-ignore
}
