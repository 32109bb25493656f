// The data: which set, how many points, noise, split and seed, and the user's own points; or a
// table of d features (the benchmark's data sets, the user's CSV: TableFields).
import { BENCHMARK_DATASET_DEFS } from '../experiment/tasks/benchmark/datasets';
import { DATASETS } from '../experiment/tasks/classify/datasets';
import { tableOf } from '../experiment/tasks/classify/table';
import type { ClassifyExperiment, DataSettings, TableData } from '../experiment/types';
import { TableFields } from '../tasks/classify/TableFields';
import { DecisionBoundary } from '../charts/DecisionBoundary';
import { classColor } from '../charts/palette';
import { LIMITS } from '../experiment/limits';
import { classifyInfo } from '../store/runOf';
import { useLab } from '../store/store';
import { useExperimentOf } from '../store/useExperimentOf';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';

/** Prefix of the picker's values that are tables ("table:linear"). */
const TABLE = 'table:';
const SET_OPTIONS = [
  ...DATASETS.map((d) => ({ value: d.name as string, label: `${d.label} (${d.classes} classes)` })),
  ...BENCHMARK_DATASET_DEFS.map((d) => ({
    value: TABLE + d.id,
    label: d.id === 'custom' ? `${d.label}, d features` : `${d.label} (benchmark, d features)`,
  })),
];

/** The data with this picker value: a 2-D set, or a table (the file already imported kept). */
function picked(data: DataSettings, value: string): DataSettings {
  const { table, ...rest } = data;
  if (!value.startsWith(TABLE)) return { ...rest, set: value as DataSettings['set'] };
  const id = value.slice(TABLE.length) as TableData['dataset'];
  const csv = table?.csv;
  return { ...rest, table: tableOf(id, id === 'custom' ? csv : undefined) };
}

export function DataPanel() {
  const data = useExperimentOf('classify', (e) => e.data);
  const showTest = useExperimentOf('classify', (e) => e.view.showTest);
  const info = useLab((s) => classifyInfo(s.info));
  const pointClass = useLab((s) => s.pointClass);
  // With the circuit editor open, a sample picked on the plot is the point its live state shows.
  const editing = useExperimentOf('classify', (e) => e.model.kind === 'circuit');
  const livePoint = useLab((s) => s.livePoint);
  const { setData, addPoint, clearPoints, setPointClass, setLivePoint, editTask } =
    useLab.getState();
  const editData = (f: (d: DataSettings) => DataSettings): void =>
    editTask('classify', (e: ClassifyExperiment) => ({ ...e, data: f(e.data) }));
  const table = data.table;
  const set = table ? undefined : DATASETS.find((d) => d.name === data.set);
  const classes = table ? 2 : (set?.classes ?? 2);
  const tooMany = data.custom.length >= LIMITS.customPoints[1];

  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <SelectField<string>
        label="Data set"
        value={table ? TABLE + table.dataset : data.set}
        options={SET_OPTIONS}
        onChange={(v) => editData((d) => picked(d, v))}
      />
      {set && <p className="hint">{set.description}</p>}
      {table && <TableFields table={table} onChange={(t) => setData({ table: t })} />}
      {!table && (
        <div className="field-row">
          <NumberField
            label="Points"
            integer
            value={data.points}
            min={LIMITS.points[0]}
            max={LIMITS.points[1]}
            onCommit={(v) => setData({ points: v })}
          />
          <NumberField
            label="Noise"
            info="noise"
            value={data.noise}
            step={0.05}
            min={0}
            max={1}
            onCommit={(v) => setData({ noise: v })}
          />
        </div>
      )}
      <div className="field-row">
        {!table && (
          <NumberField
            label="Train ratio"
            info="trainRatio"
            value={data.trainRatio}
            step={0.05}
            min={LIMITS.trainRatio[0]}
            max={LIMITS.trainRatio[1]}
            onCommit={(v) => setData({ trainRatio: v })}
          />
        )}
        <NumberField
          label="Data seed"
          info="seed"
          integer
          value={data.seed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          onCommit={(v) => setData({ seed: v })}
        />
      </div>
      <button type="button" onClick={() => setData({ seed: (data.seed + 1) % LIMITS.seed[1] })}>
        Regenerate
      </button>
      <div className="data-plot">
        <DecisionBoundary
          label="Data"
          probs={null}
          resolution={1}
          classes={classes}
          train={info?.train ?? EMPTY}
          test={info?.test ?? EMPTY}
          showTest={showTest}
          discretize={false}
          size={260}
          onAddPoint={
            table || tooMany || pointClass === null
              ? undefined
              : (x1, x2) => addPoint({ x1: round(x1), x2: round(x2), label: pointClass })
          }
          onPickSample={editing && !table ? (x1, x2) => setLivePoint([x1, x2]) : undefined}
          marked={editing && !table ? [livePoint[0] ?? 0, livePoint[1] ?? 0] : null}
        />
      </div>
      {!table && editing && (
        <p className="hint" role="status">
          Circuit state at x1 = {(livePoint[0] ?? 0).toFixed(2)}, x2 ={' '}
          {(livePoint[1] ?? 0).toFixed(2)}. Point at a sample to show another (or focus the plot and
          use the arrow keys).
        </p>
      )}
      {!table && (
        <>
          <fieldset className="point-class">
            <legend>Click the plot to add a point of class</legend>
            <label className="class-choice">
              <input
                type="radio"
                name="point-class"
                checked={pointClass === null}
                onChange={() => setPointClass(null)}
              />
              none
            </label>
            {Array.from({ length: classes }, (_, c) => (
              <label key={c} className="class-choice">
                <input
                  type="radio"
                  name="point-class"
                  checked={pointClass === c}
                  onChange={() => setPointClass(c)}
                />
                <span className="swatch" style={{ background: classColor(c) }} aria-hidden="true" />
                {c}
              </label>
            ))}
          </fieldset>
          <p className="hint">
            {data.custom.length === 0
              ? 'Your own points join the generated ones, split the same way.'
              : `${data.custom.length} point${data.custom.length === 1 ? '' : 's'} of your own.`}
            {tooMany && ` That is the limit of ${LIMITS.customPoints[1]}.`}
          </p>
          {data.custom.length > 0 && (
            <button type="button" onClick={clearPoints}>
              Clear my points
            </button>
          )}
        </>
      )}
    </section>
  );
}

const EMPTY = { x: new Float64Array(0), y: new Int32Array(0) };

/** Three decimals are plenty for a click, and keep links short. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
