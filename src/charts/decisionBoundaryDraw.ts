// Drawing for the decision-boundary chart: the probability heatmap painted on a canvas, and the
// axes, data points and picked-sample ring drawn with d3 on the SVG on top of it.
import * as d3 from 'd3';
import { layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { hexToRgb, paintCells } from './heatmap';
import type { PlotBox } from './heatmap';
import {
  AXIS,
  CLASS_COLORS,
  EMPTY_PLOT,
  FONT_FAMILY,
  FONT_SIZE,
  INK,
  MUTED,
  classColor,
} from './palette';
import type { Points2D } from './types';

const RGB = CLASS_COLORS.map(hexToRgb);
const MARGIN = { left: 34, bottom: 30, top: 6, right: 6 };

/** Where the square [−1, 1]² sits in a chart of side `size`. */
export function plotBox(size: number): PlotBox {
  return {
    left: MARGIN.left,
    top: MARGIN.top,
    side: Math.max(20, size - Math.max(MARGIN.left + MARGIN.right, MARGIN.top + MARGIN.bottom)),
  };
}

/** One canvas pixel per grid cell; the browser scales it up smoothly. */
export function paint(
  canvas: HTMLCanvasElement,
  probs: Float32Array | null,
  resolution: number,
  classes: number,
  discretize: boolean,
) {
  const n = probs && classes > 0 && resolution > 0 ? resolution : 1;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  if (n === 1 || !probs) {
    ctx.fillStyle = EMPTY_PLOT;
    ctx.fillRect(0, 0, n, n);
    return;
  }
  const image = ctx.createImageData(n, n);
  paintCells(probs, classes, RGB, discretize, image.data);
  ctx.putImageData(image, 0, 0);
}

interface Dot {
  i: number;
  x1: number;
  x2: number;
  c: number;
}

function dots(points: Points2D | null): Dot[] {
  if (!points) return [];
  const n = Math.min(points.y.length, Math.floor(points.x.length / 2));
  return Array.from({ length: n }, (_, i) => ({
    i,
    x1: points.x[2 * i] ?? 0,
    x2: points.x[2 * i + 1] ?? 0,
    c: points.y[i] ?? 0,
  }));
}

export function draw(svgEl: SVGSVGElement, box: PlotBox, train: Points2D, test: Points2D | null) {
  const svg = d3.select(svgEl);
  const sx = d3
    .scaleLinear()
    .domain([-1, 1])
    .range([box.left, box.left + box.side]);
  const sy = d3
    .scaleLinear()
    .domain([-1, 1])
    .range([box.top + box.side, box.top]);
  const bottom = box.top + box.side;

  const axes = layer(svg, 'g', 'axes')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE)
    .attr('fill', MUTED);
  layer(axes, 'rect', 'frame')
    .attr('x', box.left)
    .attr('y', box.top)
    .attr('width', box.side)
    .attr('height', box.side)
    .attr('fill', 'none')
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.5);
  const ticks = [-1, 0, 1];
  const fmt = (v: number) => (v < 0 ? `\u2212${-v}` : `${v}`);
  tickMarks(axes, 'x-ticks', ticks, (t) => [sx(t), bottom, sx(t), bottom + 5]);
  tickMarks(axes, 'y-ticks', ticks, (t) => [box.left - 5, sy(t), box.left, sy(t)]);
  layer(axes, 'g', 'x-labels')
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', sx)
    .attr('y', bottom + 8)
    .attr('dy', '0.8em')
    .attr('text-anchor', 'middle')
    .text(fmt);
  layer(axes, 'g', 'y-labels')
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', box.left - 8)
    .attr('y', sy)
    .attr('dominant-baseline', 'central')
    .attr('text-anchor', 'end')
    .text(fmt);

  // Fewer, smaller marks for large sets, so the boundary stays visible underneath.
  const trainDots = dots(train);
  const testDots = dots(test);
  const r = trainDots.length + testDots.length > 400 ? 3.5 : 5;
  layer(svg, 'g', 'test')
    .selectAll<SVGCircleElement, Dot>('circle')
    .data(testDots, (d) => d.i)
    .join((enter) =>
      enter
        .append('circle')
        .attr('fill', '#ffffff')
        .attr('fill-opacity', 0.6)
        .attr('stroke-width', 2),
    )
    .attr('r', r - 0.5)
    .attr('cx', (d) => sx(d.x1))
    .attr('cy', (d) => sy(d.x2))
    .attr('stroke', (d) => classColor(d.c));
  layer(svg, 'g', 'train')
    .selectAll<SVGCircleElement, Dot>('circle')
    .data(trainDots, (d) => d.i)
    .join((enter) => enter.append('circle').attr('stroke', '#ffffff').attr('stroke-width', 1.25))
    .attr('r', r)
    .attr('cx', (d) => sx(d.x1))
    .attr('cy', (d) => sy(d.x2))
    .attr('fill', (d) => classColor(d.c));
}

/** A ring around the marked point, on top of the samples. */
export function drawMark(svgEl: SVGSVGElement, box: PlotBox, at: readonly [number, number] | null) {
  const group = layer(d3.select(svgEl), 'g', 'mark').attr('pointer-events', 'none');
  group.raise();
  group
    .selectAll('circle')
    .data(at ? [at] : [])
    .join('circle')
    .attr('cx', (d) => box.left + ((d[0] + 1) / 2) * box.side)
    .attr('cy', (d) => box.top + ((1 - d[1]) / 2) * box.side)
    .attr('r', 9)
    .attr('fill', 'none')
    .attr('stroke', INK)
    .attr('stroke-width', 2.5);
}

function tickMarks(
  parent: Sel<SVGGElement>,
  cls: string,
  ticks: number[],
  at: (t: number) => [number, number, number, number],
) {
  layer(parent, 'g', cls)
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (t) => at(t)[0])
    .attr('y1', (t) => at(t)[1])
    .attr('x2', (t) => at(t)[2])
    .attr('y2', (t) => at(t)[3])
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.5);
}
