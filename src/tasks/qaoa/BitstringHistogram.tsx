// The trained QAOA state measured: the most likely bitstrings' probabilities (bars) with the
// frequency each was sampled (a mark), optimal bitstrings in their own colour.
import * as d3 from 'd3';
import { useCallback, useMemo, useRef } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { FONT_FAMILY, FONT_SIZE, INK, MONO_FAMILY, QUANTUM } from '../../charts/palette';
import { styleAxis } from '../../charts/chartParts';
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
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const labelW = labelWidth(rows, qubits, objective);
  const stacked = labelW > width * 0.45;
  const rowH = stacked ? ROW_STACKED : ROW_INLINE;
  const left = stacked ? 4 : Math.ceil(labelW) + 12;
  const plotH = rows.length * rowH;
  const freq = (r: Row) => (shots > 0 ? r.count / shots : 0);
  const max = Math.max(0.01, ...rows.map((r) => Math.max(r.probability, freq(r))));
  const x = d3
    .scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([left, Math.max(left + 40, width - M.right)]);
  const barY = (i: number) => M.top + i * rowH + (stacked ? 22 : (rowH - BAR_H) / 2);

  const ticks = Math.max(2, Math.floor((width - left) / 80));
  layer(svg, 'g', 'x-axis')
    .attr('transform', `translate(0,${M.top + plotH + 4})`)
    .call(d3.axisBottom(x).ticks(ticks).tickFormat(x.tickFormat(ticks, '~g')).tickSizeOuter(0))
    .call((a) => styleAxis(a));
  layer(svg, 'text', 'x-title')
    .attr('x', (left + width - M.right) / 2)
    .attr('y', M.top + plotH + 48)
    .attr('text-anchor', 'middle')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 1)
    .attr('font-weight', 600)
    .attr('fill', INK)
    .text('Probability');

  const row = layer(svg, 'g', 'rows')
    .selectAll<SVGGElement, Row>('g.row')
    .data(rows, (r) => r.bits)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row');
      g.append('title');
      g.append('rect').attr('class', 'bar').attr('height', BAR_H).attr('rx', 3);
      g.append('line').attr('class', 'halo').attr('stroke', '#ffffff').attr('stroke-width', 7);
      g.append('line').attr('class', 'freq').attr('stroke', INK).attr('stroke-width', 3);
      const t = g.append('text').attr('font-size', FONT_SIZE).attr('fill', INK);
      t.append('tspan').attr('class', 'ket').attr('font-family', MONO_FAMILY);
      t.append('tspan').attr('class', 'rest').attr('font-family', FONT_FAMILY);
      return g;
    });
  row.attr('transform', (_, i) => `translate(0,${barY(i)})`);
  row.select('title').text((r) => {
    const f = `sampled ${r.count.toLocaleString('en-US')} of ${shots.toLocaleString('en-US')} (${freq(r).toFixed(3)})`;
    return `${rowLabel(r, qubits, objective)}: probability ${r.probability.toFixed(3)}, ${f}`;
  });
  row
    .select('rect.bar')
    .attr('x', left)
    .attr('width', (r) => Math.max(1, x(r.probability) - left))
    .attr('fill', (r) => (r.optimal ? OPTIMAL : QUANTUM));
  for (const cls of ['halo', 'freq'])
    row
      .select(`line.${cls}`)
      .attr('x1', (r) => x(freq(r)))
      .attr('x2', (r) => x(freq(r)))
      .attr('y1', -4)
      .attr('y2', BAR_H + 4);
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
