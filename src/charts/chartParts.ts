// D3 pieces shared by the line charts: axis styling, axis titles, a value axis and a wrapping legend.
import * as d3 from 'd3';
import { layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { AXIS, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED } from './palette';

export const LEGEND_ROW = 26;
/** Dash of every dashed series: long enough to read as dashed from the back of a room. */
export const DASH = '8 6';
/** Dash of a dotted series: short marks, still a line beside DASH from the back of a room. */
export const DOT = '2 5';

/** Tick labels and lines in the chart style; `grid` turns the tick lines into a light grid. */
export function styleAxis(a: Sel<SVGGElement>, grid = false) {
  a.attr('font-size', FONT_SIZE).attr('font-family', FONT_FAMILY);
  a.selectAll('.domain, .tick line').attr('stroke', AXIS);
  a.selectAll('.tick text').attr('fill', MUTED);
  if (grid) {
    a.select('.domain').remove();
    a.selectAll('.tick line').attr('stroke', GRID);
  }
}

/** Tick labels with as many decimals as the tick step needs, and at least `minDecimals`. */
export function fixedTickFormat(
  scale: d3.ScaleLinear<number, number>,
  count: number,
  minDecimals: number,
) {
  const t = scale.ticks(count);
  const [d0, d1] = scale.domain() as [number, number];
  const step = t.length > 1 ? Math.abs(t[1]! - t[0]!) : Math.abs(d1 - d0) || 1;
  return d3.format(`.${Math.max(minDecimals, d3.precisionFixed(step))}f`);
}

/** A bold axis title: horizontal centred at (x, y), or rotated to read upwards when `vertical`. */
export function axisTitle(
  parent: Sel<SVGSVGElement> | Sel<SVGGElement>,
  cls: string,
  text: string,
  x: number,
  y: number,
  vertical = false,
) {
  layer(parent as Sel<SVGGElement>, 'text', cls)
    .attr('transform', `translate(${x},${y})${vertical ? ' rotate(-90)' : ''}`)
    .attr('text-anchor', 'middle')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 1)
    .attr('font-weight', 600)
    .attr('fill', INK)
    .text(text);
}

/** A legend entry: its label and how its key is drawn (a line, dashed or not, a dot, a band). */
export interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'band';
  dash?: string | null;
  dot?: boolean;
  /** Line width of the key; 3.5 when omitted. */
  width?: number;
}

const KEY_W = 28;
const KEY_GAP = 8;
const ITEM_GAP = 22;

/**
 * The legend in `g`, left to right from `left`, wrapping before `right`, first row centred at y = 20.
 * Widths are measured once the labels are in the page. Returns the number of rows used.
 */
export function drawLegend(
  g: Sel<SVGGElement>,
  items: readonly LegendItem[],
  left: number,
  right: number,
): number {
  const item = g
    .selectAll<SVGGElement, LegendItem>('g.item')
    .data(items, (d) => d.label)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'item');
      e.append('rect').attr('class', 'band').attr('x', 0).attr('y', -9).attr('width', KEY_W).attr('height', 18); // prettier-ignore
      e.append('line').attr('x1', 0).attr('x2', KEY_W).attr('stroke-linecap', 'butt');
      e.append('circle').attr('cx', KEY_W / 2).attr('r', 5).attr('stroke', '#ffffff').attr('stroke-width', 1.5); // prettier-ignore
      e.append('text')
        .attr('x', KEY_W + KEY_GAP)
        .attr('dominant-baseline', 'central')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('fill', INK);
      return e;
    });
  item
    .select('rect')
    .attr('display', (d) => (d.kind === 'band' ? null : 'none'))
    .attr('fill', (d) => d.color)
    .attr('fill-opacity', 0.28)
    .attr('stroke', (d) => d.color)
    .attr('stroke-opacity', 0.6);
  item
    .select('line')
    .attr('display', (d) => (d.kind === 'line' ? null : 'none'))
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', (d) => d.width ?? 3.5)
    .attr('stroke-dasharray', (d) => d.dash ?? null);
  item
    .select('circle')
    .attr('display', (d) => (d.dot ? null : 'none'))
    .attr('fill', (d) => d.color);
  item.select('text').text((d) => d.label);

  let x = left;
  let row = 0;
  item.each(function (d) {
    const text = d3.select(this).select<SVGTextElement>('text').node();
    let textW = 0;
    try {
      textW = text?.getComputedTextLength() ?? 0;
    } catch {
      // Not laid out (no layout engine): estimate below.
    }
    if (!(textW > 0)) textW = d.label.length * (FONT_SIZE + 1) * 0.6;
    const w = KEY_W + KEY_GAP + textW;
    if (x + w > right && x > left) {
      row += 1;
      x = left;
    }
    // An item longer than the row on its own (a long label on a phone) starts left of it, in the
    // axis margin, rather than running off the chart's right edge.
    const at = x === left && x + w > right ? Math.max(0, right - w) : x;
    d3.select(this).attr('transform', `translate(${at},${20 + row * LEGEND_ROW})`);
    x = at + w + ITEM_GAP;
  });
  return row + 1;
}

/** A value that can be drawn: present and finite. */
export function finite(v: number | null): v is number {
  return v !== null && Number.isFinite(v);
}

/**
 * The value axis on the left with grid lines across the plot; tick labels with at least
 * `minDecimals` decimals (2 for energies in hartree).
 */
export function drawValueAxis(
  g: Sel<SVGGElement>,
  y: d3.ScaleLinear<number, number>,
  ticks: number,
  plotW: number,
  minDecimals: number,
): void {
  layer(g, 'g', 'y-axis')
    .call(
      d3
        .axisLeft(y)
        .ticks(ticks)
        .tickFormat(fixedTickFormat(y, ticks, minDecimals))
        .tickSize(-plotW)
        .tickPadding(8),
    )
    .call((a) => styleAxis(a, true));
}

/** The grey note in the middle of an empty plot ("No iterations yet"); '' hides it. */
export function emptyNote(g: Sel<SVGGElement>, plotW: number, plotH: number, text: string) {
  layer(g, 'text', 'empty')
    .attr('x', plotW / 2)
    .attr('y', plotH / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 2)
    .attr('fill', MUTED)
    .text(text);
}
