// The counts so far against the exact probabilities: one row per basis state (the most likely
// ones when there are many), the measured frequency as a bar and the exact probability as a black
// mark across it, so the bars visibly settle on the marks as the shots add up.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import type { SummaryRule } from '../../charts/chartSummary';
import type { Sel } from '../../charts/d3Layer';
import { drawHorizontalBars } from '../../charts/horizontalBars';
import { FONT_FAMILY, FONT_SIZE, INK, MONO_FAMILY, QUANTUM } from '../../charts/palette';
import type { CountRow } from './countRows';
import './sandbox.css';

export const COUNTS_TITLE = 'Measured frequency against exact probability';

interface Props {
  rows: readonly CountRow[];
  qubits: number;
}

/** Its name says the most frequent outcomes so far, and the most likely ones. */
const SUMMARY: SummaryRule = { kind: 'largest', columns: ['Measured frequency', 'Exact probability'] }; // prettier-ignore

const ROW_H = 36;
const BAR_H = 22;
const M = { top: 8, right: 64, bottom: 56 };

export function CountsChart({ rows, qubits }: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, rows, qubits, w),
    [rows, qubits],
  );
  const data = useCallback(
    () => ({
      columns: ['State', 'Count', 'Measured frequency', 'Exact probability'],
      rows: rows.map((r) => [r.label, r.count, r.frequency, r.exact]),
    }),
    [rows],
  );
  return (
    <figure className="sandbox-chart">
      <h3>{COUNTS_TITLE}</h3>
      <ul className="sandbox-legend" aria-label="Key">
        <li>
          <span className="sandbox-swatch" style={{ background: QUANTUM }} /> Measured frequency
        </li>
        <li>
          <span className="sandbox-tick" /> Exact probability
        </li>
      </ul>
      <ChartSvg
        label={COUNTS_TITLE}
        height={rows.length * ROW_H + M.top + M.bottom}
        draw={paint}
        data={data}
        summary={SUMMARY}
        // The counts are a visible table under the chart ("Counts as a table").
        hiddenTable={false}
      />
    </figure>
  );
}

/** The widest label in pixels, estimated: kets in monospace, "Other states" in sans. */
function labelWidth(rows: readonly CountRow[], qubits: number): number {
  const ket = (qubits + 2) * (FONT_SIZE + 1) * 0.62;
  return rows.reduce((m, r) => Math.max(m, r.ket ? ket : r.label.length * FONT_SIZE * 0.58), 0);
}

function draw(svgEl: SVGSVGElement, rows: readonly CountRow[], qubits: number, width: number) {
  const left = Math.ceil(labelWidth(rows, qubits)) + 14;
  const max = Math.max(0.05, ...rows.map((r) => Math.max(r.exact, r.frequency ?? 0)));
  const { x, row } = drawHorizontalBars(d3.select(svgEl) as Sel<SVGSVGElement>, rows, {
    width,
    left,
    right: M.right,
    top: M.top,
    plotH: rows.length * ROW_H,
    domainMax: Math.min(1, max * 1.05),
    nice: 5,
    minPlotW: 60,
    ticks: Math.max(2, Math.min(10, Math.floor((width - left - M.right) / 70))),
    title: 'Probability of the outcome',
    key: (r) => r.label,
    barY: (i) => M.top + i * ROW_H + (ROW_H - BAR_H) / 2,
    barH: BAR_H,
    bar: (r) => r.frequency ?? 0,
    minBar: 0,
    fill: () => QUANTUM,
    mark: (r) => r.exact,
    markClass: 'exact',
    markWidth: 3.5,
    haloWidth: 8,
    overhang: 5,
    tooltip: (r) => {
      const f = r.frequency === null ? 'no shots yet' : `measured ${r.frequency.toFixed(3)} (${r.count} shots)`; // prettier-ignore
      return `${r.label}: exact probability ${r.exact.toFixed(3)}, ${f}`;
    },
    addLabels: (g) => {
      g.append('text').attr('class', 'name').attr('fill', INK).attr('text-anchor', 'end');
      g.append('text').attr('class', 'value').attr('fill', INK).attr('font-family', FONT_FAMILY);
    },
  });
  row
    .select('text.name')
    .attr('x', left - 10)
    .attr('y', BAR_H / 2)
    .attr('dy', '0.35em')
    .attr('font-family', (r) => (r.ket ? MONO_FAMILY : FONT_FAMILY))
    .attr('font-size', FONT_SIZE + 1)
    .text((r) => r.label);
  row
    .select('text.value')
    .attr('x', (r) => x(Math.max(r.exact, r.frequency ?? 0)) + 10)
    .attr('y', BAR_H / 2)
    .attr('dy', '0.35em')
    .attr('font-size', FONT_SIZE)
    .text((r) => (r.frequency === null ? '' : r.frequency.toFixed(3)));
}
