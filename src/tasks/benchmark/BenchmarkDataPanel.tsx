// The benchmark task's middle column, "The data": the data set in words and as a picture (its rows
// projected on two principal axes), what the study found, and the models the run fits.
import { useMemo } from 'react';
import { Downloadable } from '../../charts/Downloadable';
import { classColor } from '../../charts/palette';
import { runModels, widestFeatures } from '../../experiment/tasks/benchmark/cells';
import { benchmarkDatasetDef } from '../../experiment/tasks/benchmark/datasets';
import { benchmarkModel } from '../../experiment/tasks/benchmark/models';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import type { BenchmarkDataPreview } from '../../../workers/protocol';
import './benchmark.css';

/** Side of the scatter's square drawing in its own units (it scales to the column's width). */
const SIZE = 300;
const PAD = 12;

export function BenchmarkDataPanel() {
  const sweep = useExperimentOf('benchmark', (e) => e.sweep);
  const ticked = useExperimentOf('benchmark', (e) => e.models);
  const compareSeparable = useExperimentOf('benchmark', (e) => e.compareSeparable);
  const preview = useLab((s) => s.pictures.benchmarkData?.preview ?? null);
  const def = benchmarkDatasetDef(sweep.dataset);
  const models = useMemo(() => runModels({ models: ticked, compareSeparable }), [ticked, compareSeparable]); // prettier-ignore
  const features = widestFeatures(sweep);
  const symbol = def?.difficulty.name ?? 'd';

  return (
    <section className="panel model" aria-labelledby="benchmark-data-heading">
      <div className="heading-row">
        <h2 id="benchmark-data-heading">The data</h2>
      </div>
      {def && (
        <>
          <h3 className="benchmark-dataset">{def.label}</h3>
          <p className="hint">{def.description}</p>
        </>
      )}
      {preview ? (
        <figure className="benchmark-preview">
          <Scatter preview={preview} />
          <ul className="benchmark-classes" aria-label="Legend">
            <li>
              <span className="benchmark-dot" style={{ background: classColor(0) }} /> label −1
            </li>
            <li>
              <span className="benchmark-dot" style={{ background: classColor(1) }} /> label +1
            </li>
            <li>
              <span className="benchmark-dot benchmark-hollow" /> test row
            </li>
          </ul>
          <figcaption>{caption(preview, symbol)}</figcaption>
        </figure>
      ) : (
        <p className="hint">The data appear here once the run is prepared.</p>
      )}
      <h3>What the study found</h3>
      <p className="benchmark-finding">
        Out-of-the-box classical models beat the quantum classifiers on most data sets, and removing
        the entanglement from a quantum model often cost nothing. The MLP came first on 99 of 133
        data sets against the variational models, the SVM on 85 of 119 against the kernel models.
      </p>
      <h3>The models of this run</h3>
      <ul className="benchmark-models">
        {models.map((m) => {
          const d = benchmarkModel(m.id);
          if (!d) return null;
          const qubits = d.qubits(features);
          const size = !d.quantum
            ? 'classical'
            : `${qubits} ${qubits === 1 ? 'qubit' : 'qubits'} at d = ${features}`;
          return (
            <li key={m.id}>
              <strong>{d.label}</strong> <span className="benchmark-size">({size})</span>
              {features > d.maxFeatures && (
                <span className="benchmark-size"> skipped above {d.maxFeatures} features</span>
              )}
              <br />
              <span className="hint">{d.description}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "d = 8 features projected …" or, when the difficulty is not the dimension, "m = 6: 10 features …". */
function caption(p: BenchmarkDataPreview, symbol: string): string {
  const test = p.labels.length - p.train;
  const what =
    symbol === 'd'
      ? `d = ${p.d} features`
      : symbol === 'file'
        ? `${p.d} features`
        : `${symbol} = ${p.difficulty}: ${p.d} features`;
  return `${what} projected on their two principal axes (${Math.round(p.explained * 100)}% of the variance); ${p.train} train, ${test} test, seed ${p.seed}`; // prettier-ignore
}

/** The rows as dots, train filled and test hollow, coloured by label, scaled to fill the square. */
function Scatter({ preview }: { preview: BenchmarkDataPreview }) {
  const { points, labels, train } = preview;
  const dots = useMemo(() => {
    let m = 1e-9;
    for (const v of points) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
    const scale = (SIZE / 2 - PAD) / m;
    const out: { x: number; y: number; color: string; test: boolean }[] = [];
    for (let i = 0; i < labels.length; i++) {
      const x = points[2 * i]!;
      const y = points[2 * i + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const color = classColor(labels[i]! > 0 ? 1 : 0);
      out.push({ x: SIZE / 2 + x * scale, y: SIZE / 2 - y * scale, color, test: i >= train });
    }
    return out;
  }, [points, labels, train]);
  const label = `The data: ${train} train and ${labels.length - train} test rows on two principal axes`;
  return (
    <Downloadable label={label} style={{ width: '100%', maxWidth: 360 }}>
      <svg
        className="benchmark-scatter"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={label}
      >
        <rect x="0.5" y="0.5" width={SIZE - 1} height={SIZE - 1} className="benchmark-frame" />
        <line x1={SIZE / 2} x2={SIZE / 2} y1="0" y2={SIZE} className="benchmark-axis" />
        <line x1="0" x2={SIZE} y1={SIZE / 2} y2={SIZE / 2} className="benchmark-axis" />
        {dots.map((d, i) => (
          <circle
            key={i}
            cx={d.x}
            cy={d.y}
            r={d.test ? 3.6 : 3.2}
            fill={d.test ? '#ffffff' : d.color}
            stroke={d.test ? d.color : '#ffffff'}
            strokeWidth={d.test ? 1.8 : 0.6}
          />
        ))}
      </svg>
    </Downloadable>
  );
}
