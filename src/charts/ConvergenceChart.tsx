// A value against iteration: the model's line (and optional further series beside it, such as an
// ideal twin), horizontal reference lines labelled at their right ends, an optional band, a legend
// and axes. The VQE energy and the QAOA cost charts are this one.
import * as d3 from 'd3';
import { useCallback } from 'react';
import {
  axisTitle,
  drawLegend,
  drawValueAxis,
  emptyNote,
  LEGEND_ROW,
  styleAxis,
} from './chartParts';
import type { LegendItem } from './chartParts';
import { ChartSvg } from './ChartSvg';
import { layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { decimate } from './decimate';
import { seriesTable } from './download/seriesTable';
import { epochTicks } from './epochTicks';
import { FONT_FAMILY, FONT_SIZE, INK, QUANTUM } from './palette';
import { placeRefLabels } from './refLabels';
import type { LabelSide, PlacedRefLabel } from './refLabels';

export interface ConvergencePoint {
  iteration: number;
  /** The model's value at this iteration, in the units of the y axis. */
  value: number;
}

/** A horizontal line across the plot (a classical answer), in the legend and labelled. */
export interface RefLine {
  key: string;
  label: string;
  value: number;
  color: string;
  /** SVG dash array, or null for a solid line. */
  dash: string | null;
  /** Stroke width, pixels. */
  width: number;
  /** The side of its line its label takes when there is room and no other label is in the way. */
  labelSide: LabelSide;
  /** A shorter label at the line's end in a narrow plot (a phone); the legend keeps `label`. */
  short?: string;
}

/** A further series beside the model's line (an ideal twin, a mitigated value), in the legend. */
export interface ExtraSeries {
  key: string;
  label: string;
  color: string;
  /** SVG dash array, or null for a solid line. */
  dash: string | null;
  /** Stroke width, pixels (of the line; of the legend's key for dots). */
  width: number;
  /** A line (the default), or dots about every DOT_GAP pixels, which let a line under them show. */
  marks?: 'line' | 'dots';
  /** In iteration order; a value that is not finite leaves a gap. */
  points: readonly ConvergencePoint[];
}

/** Least distance in pixels between the dots of a dotted series. */
const DOT_GAP = 10;

const NO_SERIES: readonly ExtraSeries[] = [];

/** Plots narrower than this label their lines with the short names. */
const NARROW_PLOT = 420;

/** A horizontal band from `lo` to `hi` (a tolerance), in the legend. */
export interface Band {
  label: string;
  color: string;
  lo: number;
  hi: number;
  /** Least height in pixels, so it stays visible when the data spans a lot. */
  minPx: number;
}

export interface ConvergenceChartProps {
  /** The accessible name ("Energy against iteration"). */
  label: string;
  /** In iteration order; redrawn in place on every update. */
  points: readonly ConvergencePoint[];
  /** The model's line in the legend ("VQE"). */
  lineLabel: string;
  /** Drawn under the model's line, in this order, and listed after it in the legend. */
  series?: readonly ExtraSeries[];
  /** Drawn in this order, each over the ones before; those not finite are left out. */
  refs: readonly RefLine[];
  band?: Band | null;
  /** Title of the y axis, with its unit ("Energy (Ha)"). */
  yTitle: string;
  /** Least decimals of the y tick labels (more when the tick step needs them). */
  yDecimals: number;
  /** [low, high] of the y axis for these point values and finite references (then made nice). */
  domain(values: readonly number[], refs: readonly RefLine[]): [number, number];
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
}

const MARGIN = { right: 24, bottom: 56, left: 96 };

export function ConvergenceChart({
  label,
  points,
  lineLabel,
  series = NO_SERIES,
  refs,
  band = null,
  yTitle,
  yDecimals,
  domain,
  width,
  height = 400,
}: ConvergenceChartProps) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) =>
      draw(svg, { points, lineLabel, series, refs, band, yTitle, yDecimals, domain }, w, height),
    [points, lineLabel, series, refs, band, yTitle, yDecimals, domain, height],
  );
  // The lines as drawn, each reference a column of its constant value.
  const data = useCallback(() => {
    const iterations = points.map((p) => p.iteration);
    return seriesTable('Iteration', [
      { name: lineLabel, x: iterations, y: points.map((p) => p.value) },
      ...series.map((s) => ({ name: s.label, x: s.points.map((p) => p.iteration), y: s.points.map((p) => p.value) })), // prettier-ignore
      ...refs
        .filter((r) => Number.isFinite(r.value))
        .map((r) => ({ name: r.label, x: iterations, y: iterations.map(() => r.value) })),
    ]);
  }, [points, lineLabel, series, refs]);
  return <ChartSvg label={label} width={width} height={height} draw={paint} data={data} />;
}

type Drawn = Pick<
  ConvergenceChartProps,
  'points' | 'lineLabel' | 'refs' | 'yTitle' | 'yDecimals' | 'domain'
> & { band: Band | null; series: readonly ExtraSeries[] };

function draw(svgEl: SVGSVGElement, c: Drawn, width: number, height: number) {
  const { points, refs, band, series } = c;
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const shown = refs.filter((r) => Number.isFinite(r.value));

  const legend: LegendItem[] = [
    { label: c.lineLabel, color: QUANTUM, kind: 'line', dot: true, width: 3 },
    ...series.map((s): LegendItem =>
      s.marks === 'dots'
        ? { label: s.label, color: s.color, kind: 'line', dot: true, width: 0 }
        : { label: s.label, color: s.color, kind: 'line', dash: s.dash, width: s.width },
    ),
    ...shown.map((r): LegendItem => ({ label: r.label, color: r.color, kind: 'line', dash: r.dash, width: r.width })), // prettier-ignore
  ];
  if (band) legend.push({ label: band.label, color: band.color, kind: 'band' });
  const rows = drawLegend(layer(svg, 'g', 'legend'), legend, MARGIN.left, width - MARGIN.right);
  const top = 20 + rows * LEGEND_ROW;
  const plotH = Math.max(40, height - top - MARGIN.bottom);
  const yTicks = Math.max(3, Math.min(8, Math.floor(plotH / 45)));

  const first = points[0]?.iteration ?? 0;
  const last = points[points.length - 1]?.iteration ?? 0;
  const x0 = Math.min(0, first);
  const x = d3
    .scaleLinear()
    .domain([x0, Math.max(x0 + 10, last)])
    .range([0, plotW]);
  const values = points.map((p) => p.value);
  for (const s of series) for (const p of s.points) values.push(p.value);
  const y = d3.scaleLinear().domain(c.domain(values, shown)).nice(yTicks).range([plotH, 0]);

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);
  drawValueAxis(g, y, yTicks, plotW, c.yDecimals);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        // Whole iterations only.
        .tickValues(epochTicks(x.domain()[0]!, x.domain()[1]!, Math.floor(plotW / 70)))
        .tickFormat(d3.format('d'))
        .tickSizeOuter(0)
        .tickPadding(8),
    )
    .call((a) => styleAxis(a));

  const bands = band ? [{ y0: y(band.hi), y1: y(band.lo), color: band.color, minPx: band.minPx }] : []; // prettier-ignore
  const bandG = layer(g, 'g', 'band');
  bandG
    .selectAll('rect')
    .data(bands)
    .join((enter) => enter.append('rect').attr('x', 0).attr('fill-opacity', 0.3))
    .attr('fill', (b) => b.color)
    .attr('width', plotW)
    .attr('y', (b) => Math.min(b.y0, (b.y0 + b.y1 - b.minPx) / 2))
    .attr('height', (b) => Math.max(b.y1 - b.y0, b.minPx));
  // Its edges, so that a thin band still reads as a band behind the lines.
  bandG
    .selectAll('line')
    .data(
      bands.flatMap((b) => [
        { y: b.y0, color: b.color },
        { y: b.y1, color: b.color },
      ]),
    )
    .join((enter) => enter.append('line').attr('x1', 0).attr('stroke-width', 1.5))
    .attr('stroke', (e) => e.color)
    .attr('x2', plotW)
    .attr('y1', (e) => e.y)
    .attr('y2', (e) => e.y);

  layer(g, 'g', 'refs')
    .selectAll<SVGLineElement, RefLine>('line')
    .data(shown, (r) => r.key)
    .join((enter) => enter.append('line').attr('x1', 0))
    .attr('x2', plotW)
    .attr('y1', (r) => y(r.value))
    .attr('y2', (r) => y(r.value))
    .attr('stroke', (r) => r.color)
    .attr('stroke-width', (r) => r.width)
    .attr('stroke-dasharray', (r) => r.dash);

  // Each further series under the model's line, thinned to the plot's width like it.
  layer(g, 'g', 'extra')
    .selectAll<SVGGElement, ExtraSeries>('g')
    .data(series, (s) => s.key)
    .join('g')
    .each(function (s) {
      drawExtra(d3.select(this) as Sel<SVGGElement>, s, x, y, plotW);
    });

  const at = (i: number) => points[i]?.value ?? NaN;
  const line = d3
    .line<number>()
    .defined((i) => Number.isFinite(at(i)))
    .x((i) => x(points[i]?.iteration ?? 0))
    .y((i) => y(at(i)));
  layer(g, 'path', 'series')
    .attr('fill', 'none')
    .attr('stroke', QUANTUM)
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round')
    .attr('stroke-linecap', 'round')
    .attr('d', line(decimate(points.length, at, plotW / 4)) ?? '');

  // The latest value as a dot: also makes a single iteration visible.
  let end: ConvergencePoint | undefined;
  for (let i = points.length - 1; i >= 0 && !end; i--)
    if (Number.isFinite(points[i]?.value)) end = points[i];
  layer(g, 'g', 'end')
    .selectAll('circle')
    .data(end ? [end] : [])
    .join(
      (enter) =>
      enter.append('circle').attr('r', 5).attr('fill', QUANTUM).attr('stroke', '#ffffff').attr('stroke-width', 1.5), // prettier-ignore
    )
    .attr('cx', (p) => x(p.iteration))
    .attr('cy', (p) => y(p.value));

  const labels = placeRefLabels(
    shown.map((r) => ({ key: r.key, label: plotW < NARROW_PLOT ? (r.short ?? r.label) : r.label, value: r.value, y: y(r.value), side: r.labelSide })), // prettier-ignore
    plotH,
  );
  drawRefLabels(layer(g, 'g', 'ref-labels'), labels, plotW);

  axisTitle(g, 'y-label', c.yTitle, -MARGIN.left + 18, plotH / 2, true);
  axisTitle(svg, 'x-label', 'Iteration', MARGIN.left + plotW / 2, height - 10);
  emptyNote(g, plotW, plotH, points.length === 0 ? 'No iterations yet' : '');
}

/** One further series: its line, or its dots at least DOT_GAP pixels apart. */
function drawExtra(
  g: Sel<SVGGElement>,
  s: ExtraSeries,
  x: d3.ScaleLinear<number, number>,
  y: d3.ScaleLinear<number, number>,
  plotW: number,
) {
  const v = (i: number) => s.points[i]?.value ?? NaN;
  const n = s.points.length;
  const dots = s.marks === 'dots';
  const line = d3
    .line<number>()
    .defined((i) => Number.isFinite(v(i)))
    .x((i) => x(s.points[i]?.iteration ?? 0))
    .y((i) => y(v(i)));
  layer(g, 'path', 'line')
    .attr('fill', 'none')
    .attr('stroke', s.color)
    .attr('stroke-width', s.width)
    .attr('stroke-dasharray', s.dash)
    .attr('stroke-linejoin', 'round')
    .attr('stroke-linecap', 'round')
    .attr('d', dots ? '' : (line(decimate(n, v, plotW / 4)) ?? ''));
  const every = Math.max(1, Math.ceil(n / Math.max(1, plotW / DOT_GAP)));
  const at: number[] = [];
  if (dots) for (let i = 0; i < n; i++) if ((i % every === 0 || i === n - 1) && Number.isFinite(v(i))) at.push(i); // prettier-ignore
  g.selectAll<SVGCircleElement, number>('circle')
    .data(at)
    .join((enter) => enter.append('circle').attr('r', 3.5))
    .attr('fill', s.color)
    .attr('cx', (i) => x(s.points[i]?.iteration ?? 0))
    .attr('cy', (i) => y(v(i)));
}

/** The reference labels at the right end of their lines, where `placeRefLabels` put them. */
function drawRefLabels(g: Sel<SVGGElement>, labels: readonly PlacedRefLabel[], plotW: number) {
  g.selectAll<SVGTextElement, PlacedRefLabel>('text')
    .data(labels, (p) => p.key)
    .join((enter) =>
      enter
        .append('text')
        .attr('text-anchor', 'end')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('font-weight', 600)
        .attr('paint-order', 'stroke')
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 4)
        .attr('stroke-linejoin', 'round'),
    )
    .attr('x', plotW - 14)
    .attr('y', (p) => p.y)
    // Ink for all: orange text on white is too faint to read on a projector.
    .attr('fill', INK)
    .text((p) => p.text);
}
