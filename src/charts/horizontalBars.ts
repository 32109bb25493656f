// The scaffolding of a horizontal-bar probability chart (sandbox counts, QAOA bitstrings): a
// probability axis along the bottom, and one row per outcome with its bar and a black mark across
// it (a second value against the bar's), white-haloed so it reads over the bar. Each chart adds
// its own labels to the rows this returns.
import * as d3 from 'd3';
import { axisTitle, styleAxis } from './chartParts';
import { layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { INK } from './palette';

/** A row's group, bound to its datum. */
export type BarRow<R> = d3.Selection<SVGGElement, R, SVGGElement, unknown>;

export interface HorizontalBarsSpec<R> {
  /** The svg's width in pixels. */
  width: number;
  /** x of probability 0 (the labels sit left of it, or above the bars). */
  left: number;
  /** Margin right of the plot, in pixels. */
  right: number;
  /** y of the first row's top. */
  top: number;
  /** Height of all rows together; the axis sits just below. */
  plotH: number;
  /** Upper end of the probability axis before rounding with d3's nice(`nice`). */
  domainMax: number;
  nice: number;
  /** The plot is never narrower than this, however narrow the svg. */
  minPlotW: number;
  /** Tick count of the axis (fewer on a narrow chart). */
  ticks: number;
  /** The axis title, centred below it. */
  title: string;
  /** Stable identity of a row across redraws. */
  key: (r: R) => string | number;
  /** y of row i's bar top. */
  barY: (i: number) => number;
  barH: number;
  /** The bar's length as a probability; `minBar` pixels at least. */
  bar: (r: R) => number;
  minBar: number;
  fill: (r: R) => string;
  /** The mark's position as a probability, its class, width and how far it overhangs the bar. */
  mark: (r: R) => number;
  markClass: string;
  markWidth: number;
  haloWidth: number;
  overhang: number;
  /** The row's tooltip. */
  tooltip: (r: R) => string;
  /** Appends a new row's label elements (drawn after the bar and the mark). */
  addLabels: (g: BarRow<R>) => void;
}

/** Draws axis, bars and marks; returns the x scale and the rows, for the chart's labels. */
export function drawHorizontalBars<R>(
  svg: Sel<SVGSVGElement>,
  rows: readonly R[],
  s: HorizontalBarsSpec<R>,
): { x: d3.ScaleLinear<number, number>; row: BarRow<R> } {
  const { left, barH } = s;
  const x = d3
    .scaleLinear()
    .domain([0, s.domainMax])
    .nice(s.nice)
    .range([left, Math.max(left + s.minPlotW, s.width - s.right)]);
  const axisY = s.top + s.plotH + 4;
  layer(svg, 'g', 'x-axis')
    .attr('transform', `translate(0,${axisY})`)
    .call(d3.axisBottom(x).ticks(s.ticks).tickFormat(x.tickFormat(s.ticks, '~g')).tickSizeOuter(0)) // prettier-ignore
    .call((a) => styleAxis(a));
  axisTitle(svg, 'x-title', s.title, (left + s.width - s.right) / 2, axisY + 44);

  const row = layer(svg, 'g', 'rows')
    .selectAll<SVGGElement, R>('g.row')
    .data(rows, s.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row');
      g.append('title');
      g.append('rect').attr('class', 'bar').attr('height', barH).attr('rx', 3);
      g.append('line').attr('class', 'halo').attr('stroke', '#ffffff').attr('stroke-width', s.haloWidth); // prettier-ignore
      g.append('line').attr('class', s.markClass).attr('stroke', INK).attr('stroke-width', s.markWidth); // prettier-ignore
      s.addLabels(g);
      return g;
    });
  row.attr('transform', (_, i) => `translate(0,${s.barY(i)})`);
  row.select('title').text(s.tooltip);
  row
    .select('rect.bar')
    .attr('x', left)
    .attr('width', (r) => Math.max(s.minBar, x(s.bar(r)) - left))
    .attr('fill', s.fill);
  for (const cls of ['halo', s.markClass])
    row
      .select(`line.${cls}`)
      .attr('x1', (r) => x(s.mark(r)))
      .attr('x2', (r) => x(s.mark(r)))
      .attr('y1', -s.overhang)
      .attr('y2', barH + s.overhang);
  return { x, row };
}
