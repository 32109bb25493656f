// The epoch axis under a chart whose domain grows every epoch (the loss chart). Drawn here rather
// than with d3.axisBottom, which keys ticks by their position: every epoch then removed and rebuilt
// every tick (line and text). Keyed by epoch, an update only moves the ticks and adds new ones.
import * as d3 from 'd3';
import { changed, layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { AXIS, FONT_FAMILY, FONT_SIZE, MUTED } from './palette';

/** Tick length and the gap between tick and label, in px. */
const TICK = 6;
const PADDING = 8;
const label = d3.format('d');
/** The epochs each axis was last joined with (and whether labelled). */
const tickSets = new WeakMap<Element, string>();

/**
 * Draws into `g`, moved down to `top` (the plot's bottom), a baseline `plotW` wide and a tick at
 * each of `ticks` (epochs, ascending) through `x`; labelled when `labelled`, else the ticks only.
 */
export function drawEpochAxis(
  g: Sel<SVGGElement>,
  x: d3.ScaleLinear<number, number>,
  ticks: readonly number[],
  plotW: number,
  top: number,
  labelled: boolean,
): void {
  // Half a pixel over on 1× screens, as d3's axes do, so that 1 px lines stay crisp.
  const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
  if (changed(g.node()!, `${plotW} ${offset} ${top}`)) {
    g.attr('transform', `translate(0,${top})`)
      .attr('fill', 'none')
      .attr('font-size', FONT_SIZE)
      .attr('font-family', FONT_FAMILY)
      .attr('text-anchor', 'middle');
    layer(g, 'path', 'domain')
      .attr('stroke', AXIS)
      .attr('d', `M${offset},${offset}H${plotW + offset}`);
  }
  // The data join only when the epochs ticked change (every few epochs); in between, the ticks
  // only move, and each one's transform is set only when its position changed.
  const node = g.node()!;
  const key = `${ticks.join()} ${labelled}`;
  if (tickSets.get(node) !== key) {
    tickSets.set(node, key);
    g.selectAll<SVGGElement, number>('g.tick')
      .data(ticks, (t) => t)
      .join((enter) => {
        const tick = enter.append('g').attr('class', 'tick');
        tick.append('line').attr('stroke', AXIS).attr('y2', TICK);
        tick
          .append('text')
          .attr('fill', MUTED)
          .attr('y', TICK + PADDING)
          .attr('dy', '0.71em')
          .text((t) => (labelled ? label(t) : ''));
        return tick;
      })
      .order();
  }
  const tickEls = node.getElementsByTagName('g');
  for (let i = 0; i < tickEls.length; i++) {
    const el = tickEls[i]!;
    const t = ticks[i];
    if (t === undefined) continue;
    const at = `translate(${x(t) + offset},0)`;
    if (el.getAttribute('transform') !== at) el.setAttribute('transform', at);
  }
}
