// The trained QAOA state measured: the most likely bitstrings' probabilities (bars) with the
// frequency each was sampled (a mark), optimal bitstrings in their own colour.
import * as d3 from 'd3';
import { useCallback, useMemo, useRef } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import type { SummaryRule } from '../../charts/chartSummary';
import { useContainerWidth } from '../../charts/useContainerWidth';
import type { Sel } from '../../charts/d3Layer';
import { drawHorizontalBars } from '../../charts/horizontalBars';
import { FONT_FAMILY, FONT_SIZE, INK, MONO_FAMILY, QUANTUM } from '../../charts/palette';
import type { QaoaSamples } from '../../../workers/protocol';
import { histogramCaption, rowLabel } from './captions';
import type { SampleRow } from './captions';
import { bitsLabel } from './qaoaFormat';
import './qaoa.css';

interface Props {
  samples: QaoaSamples;
  qubits: number;
  objective: 'cut' | 'cost';
}

/** Optimal bitstrings: Okabe–Ito bluish green, as the cut edges. */
export const OPTIMAL = '#009e73';
/** Its name says the most likely bitstrings. */
const SUMMARY: SummaryRule = { kind: 'largest', columns: ['Probability'] };
const BAR_H = 22;
/** A row with its label beside the bar, or above it when the chart is too narrow for that. */
const ROW_INLINE = 32;
const ROW_STACKED = 50;
const M = { top: 6, right: 16, bottom: 52 };

type Row = SampleRow;

export function BitstringHistogram({ samples, qubits, objective }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(boxRef, undefined);
  const rows = useMemo(
    () => [...samples.top].sort((a, b) => b.probability - a.probability),
    [samples],
  );
  const stacked = labelWidth(rows, qubits, objective) > width * 0.45;
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, rows, samples.shots, qubits, objective, w),
    [rows, samples.shots, qubits, objective],
  );
  const data = useCallback(
    () => ({
      columns: ['Bitstring', 'Probability', 'Count', 'Sampled frequency', objective === 'cut' ? 'Cut' : 'Cost', 'Optimal'], // prettier-ignore
      rows: rows.map((r) => [
        bitsLabel(r.bits, qubits),
        r.probability,
        r.count,
        samples.shots > 0 ? r.count / samples.shots : null,
        r.score,
        r.optimal ? 'yes' : 'no',
      ]),
    }),
    [rows, qubits, objective, samples.shots],
  );
  return (
    <figure className="qaoa-figure qaoa-figure-wide" ref={boxRef}>
      <ul className="qaoa-legend" aria-label="Key">
        <li>
          <span className="qaoa-swatch" style={{ background: QUANTUM }} /> Probability
        </li>
        <li>
          <span className="qaoa-swatch" style={{ background: OPTIMAL }} /> Optimal bitstring
        </li>
        <li>
          <span className="qaoa-tick" /> Sampled frequency
        </li>
      </ul>
      <ChartSvg
        label="Measured bitstrings"
        width={width}
        height={rows.length * (stacked ? ROW_STACKED : ROW_INLINE) + M.top + M.bottom}
        draw={paint}
        data={data}
        summary={SUMMARY}
      />
      <figcaption className="qaoa-caption">
        {histogramCaption(samples, qubits, objective)}
      </figcaption>
    </figure>
  );
}

/** Width of the widest label in pixels, estimated: the ket in monospace, the rest in sans. */
function labelWidth(rows: readonly Row[], qubits: number, objective: 'cut' | 'cost'): number {
  const mono = (qubits + 2) * FONT_SIZE * 0.6;
  return rows.reduce((m, r) => {
    const rest = rowLabel(r, qubits, objective).length - (qubits + 2);
    return Math.max(m, mono + rest * FONT_SIZE * 0.55);
  }, 0);
}

function draw(
  svgEl: SVGSVGElement,
  rows: readonly Row[],
  shots: number,
  qubits: number,
  objective: 'cut' | 'cost',
  width: number,
) {
  const labelW = labelWidth(rows, qubits, objective);
  const stacked = labelW > width * 0.45;
  const rowH = stacked ? ROW_STACKED : ROW_INLINE;
  const left = stacked ? 4 : Math.ceil(labelW) + 12;
  const freq = (r: Row) => (shots > 0 ? r.count / shots : 0);
  const { row } = drawHorizontalBars(d3.select(svgEl) as Sel<SVGSVGElement>, rows, {
    width,
    left,
    right: M.right,
    top: M.top,
    plotH: rows.length * rowH,
    domainMax: Math.max(0.01, ...rows.map((r) => Math.max(r.probability, freq(r)))),
    nice: 4,
    minPlotW: 40,
    ticks: Math.max(2, Math.floor((width - left) / 80)),
    title: 'Probability',
    key: (r) => r.bits,
    barY: (i) => M.top + i * rowH + (stacked ? 22 : (rowH - BAR_H) / 2),
    barH: BAR_H,
    bar: (r) => r.probability,
    minBar: 1,
    fill: (r) => (r.optimal ? OPTIMAL : QUANTUM),
    mark: freq,
    markClass: 'freq',
    markWidth: 3,
    haloWidth: 7,
    overhang: 4,
    tooltip: (r) => {
      const f = `sampled ${r.count.toLocaleString('en-US')} of ${shots.toLocaleString('en-US')} (${freq(r).toFixed(3)})`;
      return `${rowLabel(r, qubits, objective)}: probability ${r.probability.toFixed(3)}, ${f}`;
    },
    addLabels: (g) => {
      const t = g.append('text').attr('font-size', FONT_SIZE).attr('fill', INK);
      t.append('tspan').attr('class', 'ket').attr('font-family', MONO_FAMILY);
      t.append('tspan').attr('class', 'rest').attr('font-family', FONT_FAMILY);
    },
  });
  const label = row
    .select('text')
    .attr('x', stacked ? left : left - 8)
    .attr('y', stacked ? -6 : BAR_H / 2)
    .attr('dy', stacked ? null : '0.35em')
    .attr('text-anchor', stacked ? 'start' : 'end')
    .attr('font-weight', (r) => (r.optimal ? 700 : 400));
  label.select('tspan.ket').text((r) => bitsLabel(r.bits, qubits));
  label.select('tspan.rest').text((r) => rowLabel(r, qubits, objective).slice(qubits + 2));
}
