// A value against iteration: the model's line, horizontal reference lines labelled at their right
// ends, an optional band, a legend and axes. The VQE energy and the QAOA cost charts are this one.
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
      draw(svg, { points, lineLabel, refs, band, yTitle, yDecimals, domain }, w, height),
    [points, lineLabel, refs, band, yTitle, yDecimals, domain, height],
  );
  return <ChartSvg label={label} width={width} height={height} draw={paint} />;
}

type Drawn = Pick<
  ConvergenceChartProps,
  'points' | 'lineLabel' | 'refs' | 'yTitle' | 'yDecimals' | 'domain'
> & { band: Band | null };

function draw(svgEl: SVGSVGElement, c: Drawn, width: number, height: number) {
  const { points, refs, band } = c;
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const shown = refs.filter((r) => Number.isFinite(r.value));

  const legend: LegendItem[] = [
    { label: c.lineLabel, color: QUANTUM, kind: 'line', dot: true, width: 3 },
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
