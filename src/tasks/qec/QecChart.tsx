// The lesson's chart, "Logical error against physical error": the encoded qubit's computed points
// (a line growing as Play sweeps p), the bare qubit's, the analytic 3p² − 2p³ dashed when a 3-qubit
// code meets its own noise, the break-even point and the chosen p; a legend, the points as a table.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { DASH, DOT, axisTitle, drawValueAxis, fixedTickFormat, styleAxis } from '../../charts/chartParts'; // prettier-ignore
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { CLASSICAL, FONT_FAMILY, FONT_SIZE, INK, MUTED, QUANTUM } from '../../charts/palette';
import type { QecPoint } from '../../../workers/protocol';
import { analyticCurve, errorTop, formatFixed, formatP, repetitionLogical } from './qecCurves';

export const CHART_TITLE = 'Logical error against physical error';
/** The analytic curve and the break-even mark: black, so they read over both colours. */
const ANALYTIC = INK;

interface Props {
  /** The sweep's right end. */
  pMax: number;
  /** The chosen p, and the figures there (marked when within the sweep). */
  at: QecPoint;
  /** The sweep's points computed so far, in order of p. */
  points: readonly QecPoint[];
  /** What the encoded qubit is, for the legend ("3 qubits + correction"). */
  encoded: string;
  /** A 3-qubit code against its own noise: 3p² − 2p³ applies. */
  analytic: boolean;
  /** Where the code starts to lose to a bare qubit; `approx` when read off the sweep. */
  breakEven: BreakEven | null;
  height?: number;
}

export interface BreakEven {
  p: number;
  /** The error probability of both there. */
  value: number;
  approx: boolean;
}

const MARGIN = { top: 44, right: 28, bottom: 60, left: 76 };
/** Break-even and chosen p within the axis (a hair of rounding allowed at the right end). */
const within = (v: number, pMax: number): boolean => v >= 0 && v <= pMax * (1 + 1e-9);

export function QecChart(props: Props) {
  const { pMax, at, points, encoded, analytic, breakEven, height = 420 } = props;
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) =>
      draw(svg, { pMax, at, points, analytic, breakEven }, w, height),
    [pMax, at, points, analytic, breakEven, height],
  );
  const data = useCallback(
    () => ({
      columns: ['p', `Encoded qubit (${encoded}) error`, 'Bare qubit error', ...(analytic ? ['3p² − 2p³'] : [])], // prettier-ignore
      rows: points.map((q) => [q.p, q.logical, q.unencoded, ...(analytic ? [3 * q.p ** 2 - 2 * q.p ** 3] : [])]), // prettier-ignore
    }),
    [points, encoded, analytic],
  );
  const showBreakEven = breakEven !== null && within(breakEven.p, pMax);
  return (
    <figure className="qec-chart">
      <h3>{CHART_TITLE}</h3>
      {/* The points are a visible table under the chart ("Points as a table"). */}
      <ChartSvg label={CHART_TITLE} height={height} draw={paint} data={data} hiddenTable={false} />
      <ul className="qec-legend" aria-label="Legend">
        <LegendLine color={QUANTUM} label={`Encoded qubit (${encoded})`} dot />
        <LegendLine color={CLASSICAL} label="Bare qubit (no code)" dot />
        {analytic && <LegendLine color={ANALYTIC} label="3p² − 2p³ (exact formula)" dash={DASH} />}
        {showBreakEven && (
          <li>
            <svg width="20" height="20" aria-hidden="true">
              <circle cx="10" cy="10" r="7" fill={ANALYTIC} stroke="#ffffff" strokeWidth="2" />
            </svg>
            Break-even
          </li>
        )}
        {within(at.p, pMax) && <LegendLine color={MUTED} label="Chosen p" dash={DOT} vertical />}
      </ul>
      <details className="qec-table">
        <summary>Points as a table</summary>
        <PointsTable points={points} analytic={analytic} />
      </details>
    </figure>
  );
}

interface KeyProps {
  color: string;
  label: string;
  dash?: string;
  dot?: boolean;
  /** A vertical key (the chosen p's line). */
  vertical?: boolean;
}

function LegendLine({ color, label, dash, dot, vertical }: KeyProps) {
  return (
    <li>
      <svg width="36" height="20" aria-hidden="true">
        {vertical ? (
          <line x1="18" x2="18" y1="1" y2="19" stroke={color} strokeWidth="2.5" strokeDasharray={dash} /> // prettier-ignore
        ) : (
          <line x1="1" x2="35" y1="10" y2="10" stroke={color} strokeWidth="3.5" strokeDasharray={dash} /> // prettier-ignore
        )}
        {dot && <circle cx="18" cy="10" r="5" fill={color} stroke="#ffffff" strokeWidth="1.5" />}
      </svg>
      {label}
    </li>
  );
}

function PointsTable({ points, analytic }: { points: readonly QecPoint[]; analytic: boolean }) {
  if (points.length === 0) return <p className="hint">No points yet: press Play.</p>;
  return (
    <div className="figures-scroll">
      <table className="figures qec-points">
        <thead>
          <tr>
            <th scope="col">p</th>
            <th scope="col">Encoded qubit</th>
            <th scope="col">Bare qubit</th>
            {analytic && <th scope="col">3p² − 2p³</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((pt) => (
            <tr key={pt.p}>
              <th scope="row">{formatP(pt.p)}</th>
              <td>{formatFixed(pt.logical)}</td>
              <td>{formatFixed(pt.unencoded)}</td>
              {analytic && <td>{formatFixed(repetitionLogical(pt.p))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Drawn = Omit<Props, 'height' | 'encoded'>;

function draw(svgEl: SVGSVGElement, c: Drawn, width: number, height: number): void {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(40, height - MARGIN.top - MARGIN.bottom);
  const showAt = within(c.at.p, c.pMax);
  const curve = c.analytic ? analyticCurve(c.pMax) : [];
  const top = errorTop(c.pMax, [
    ...c.points.flatMap((q) => [q.logical, q.unencoded]),
    ...(showAt ? [c.at.logical, c.at.unencoded] : []),
    ...curve.map((q) => q.logical),
  ]);
  const x = d3.scaleLinear().domain([0, c.pMax]).range([0, plotW]);
  const y = d3.scaleLinear().domain([0, top]).range([plotH, 0]).clamp(true);
  const yTicks = Math.max(3, Math.min(6, Math.floor(plotH / 55)));
  const xTicks = Math.max(3, Math.min(10, Math.floor(plotW / 80)));

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  drawValueAxis(g, y, yTicks, plotW, 1);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(xTicks)
        .tickFormat(fixedTickFormat(x, xTicks, 1))
        .tickSizeOuter(0)
        .tickPadding(8),
    ) // prettier-ignore
    .call((a) => styleAxis(a));

  // The chosen p: a dotted line across the plot, its value above it.
  const atX = x(c.at.p);
  layer(g, 'line', 'at-line')
    .attr('display', showAt ? null : 'none')
    .attr('x1', atX)
    .attr('x2', atX)
    .attr('y1', -18)
    .attr('y2', plotH)
    .attr('stroke', MUTED)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', DOT);
  label(layer(g, 'text', 'at-label'), `p = ${formatP(c.at.p)}`, MUTED)
    .attr('display', showAt ? null : 'none')
    .attr('x', atX)
    .attr('y', -26)
    .attr('text-anchor', atX < 40 ? 'start' : atX > plotW - 40 ? 'end' : 'middle');

  const line = d3.line<{ p: number; v: number }>().x((q) => x(q.p)).y((q) => y(q.v)); // prettier-ignore
  const series = [
    { cls: 'bare', color: CLASSICAL, pts: c.points.map((q) => ({ p: q.p, v: q.unencoded })) },
    { cls: 'encoded', color: QUANTUM, pts: c.points.map((q) => ({ p: q.p, v: q.logical })) },
  ];
  for (const s of series)
    layer(g, 'path', `${s.cls}-line`)
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 3.5)
      .attr('stroke-linejoin', 'round')
      .attr('d', line(s.pts) ?? '');
  // On the encoded line, which it should match: thin black dashes with purple between them.
  layer(g, 'path', 'analytic')
    .attr('fill', 'none')
    .attr('stroke', ANALYTIC)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', DASH)
    .attr('d', line(curve.map((q) => ({ p: q.p, v: q.logical }))) ?? '');
  // The computed points over every line: what the simulation gave, one per step.
  for (const s of series)
    layer(g, 'g', `${s.cls}-dots`)
      .selectAll('circle')
      .data(s.pts)
      .join('circle')
      .attr('r', 4.5)
      .attr('fill', s.color)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 1.5)
      .attr('cx', (q) => x(q.p))
      .attr('cy', (q) => y(q.v));

  // The figures at the chosen p, as rings in each series' colour.
  layer(g, 'g', 'at-rings')
    .selectAll('circle')
    .data(
      showAt
        ? [
            { v: c.at.unencoded, color: CLASSICAL },
            { v: c.at.logical, color: QUANTUM },
          ]
        : [],
    ) // prettier-ignore
    .join('circle')
    .attr('r', 8)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', 3)
    .attr('cx', atX)
    .attr('cy', (d) => y(d.v));

  // Break-even: where the code and a bare qubit fail equally.
  const be = c.breakEven !== null && within(c.breakEven.p, c.pMax) ? c.breakEven : null;
  const beX = be === null ? 0 : x(be.p);
  const beY = be === null ? 0 : y(be.value);
  layer(g, 'circle', 'break-even')
    .attr('display', be === null ? 'none' : null)
    .attr('r', 7)
    .attr('cx', beX)
    .attr('cy', beY)
    .attr('fill', ANALYTIC)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 2);
  // Well above the point, with a leader, where the plot has room (the curves run below there);
  // else, near the top, to its left, where both curves lie lower. The halo reads over any line.
  const beText = be === null ? '' : `break-even p ${be.approx ? '≈' : '='} ${formatP(be.approx ? Number(be.p.toFixed(2)) : be.p)}`; // prettier-ignore
  const beLabel = label(layer(g, 'text', 'break-even-label'), beText, INK).attr('font-weight', 600);
  const above = beY - 48 >= 0;
  const half = textWidth(beLabel.node(), beText) / 2;
  if (above)
    beLabel
      .attr('x', Math.max(half, Math.min(plotW - half, beX)))
      .attr('y', beY - 48)
      .attr('text-anchor', 'middle');
  else
    beLabel
      .attr('x', beX - 14)
      .attr('y', beY - 12)
      .attr('text-anchor', 'end');
  layer(g, 'line', 'break-even-leader')
    .attr('display', be !== null && above ? null : 'none')
    .attr('x1', beX)
    .attr('x2', beX)
    .attr('y1', beY - 9)
    .attr('y2', beY - 42)
    .attr('stroke', INK)
    .attr('stroke-width', 1.5);
  axisTitle(g, 'y-label', 'Error probability', -MARGIN.left + 20, plotH / 2, true);
  axisTitle(svg, 'x-label', 'Physical error p', MARGIN.left + plotW / 2, height - 12);
}

/** A label's drawn width, or an estimate where nothing is laid out. */
function textWidth(t: SVGTextElement | null, text: string): number {
  let w = 0;
  try {
    w = t?.getComputedTextLength() ?? 0;
  } catch {
    // No layout engine: estimate below.
  }
  return w > 0 ? w : text.length * (FONT_SIZE + 1) * 0.6;
}

/** A chart label in the chart's type, with a white halo so that it reads over lines. */
function label(t: Sel<SVGTextElement>, text: string, color: string): Sel<SVGTextElement> {
  return t
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 1)
    .attr('fill', color)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 4)
    .attr('paint-order', 'stroke')
    .text(text);
}
