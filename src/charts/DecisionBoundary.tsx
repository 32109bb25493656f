// A classifier's decision regions over [−1, 1]² (a heatmap on a canvas) with the data points on top.
import * as d3 from 'd3';
import { useEffect, useRef } from 'react';
import type { PointerEvent } from 'react';
import { layer } from './d3Layer';
import type { Sel } from './d3Layer';
import { hexToRgb, paintCells, pixelToData } from './heatmap';
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

interface Props {
  /** Accessible name, e.g. "Quantum decision boundary". */
  label: string;
  /** Shown above the plot. */
  title?: string;
  /**
   * Class probabilities on a resolution × resolution grid, row-major from the top left (row 0 is
   * x2 = +1, column 0 is x1 = −1): cell i, class c at probs[i·classes + c]. Null: data only.
   */
  probs: Float32Array | null;
  resolution: number;
  classes: number;
  train: Points2D;
  test: Points2D;
  showTest: boolean;
  /** Flat colours of the most likely class instead of confidence shading. */
  discretize: boolean;
  /** Side of the square chart in pixels (axes included). */
  size?: number;
  /** Called with the data coordinates of a click or tap inside the plot. */
  onAddPoint?: (x1: number, x2: number) => void;
}

const RGB = CLASS_COLORS.map(hexToRgb);
const MARGIN = { left: 34, bottom: 30, top: 6, right: 6 };

/** Where the square [−1, 1]² sits in a chart of side `size`. */
function plotBox(size: number): PlotBox {
  return {
    left: MARGIN.left,
    top: MARGIN.top,
    side: Math.max(20, size - Math.max(MARGIN.left + MARGIN.right, MARGIN.top + MARGIN.bottom)),
  };
}

export function DecisionBoundary(props: Props) {
  const { label, title, probs, resolution, classes, train, test, showTest, discretize } = props;
  const { size = 280, onAddPoint } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const box = plotBox(size);

  // Probabilities change every few epochs: only the canvas is repainted for them.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas) paint(canvas, probs, resolution, classes, discretize);
  }, [probs, resolution, classes, discretize]);

  useEffect(() => {
    if (svgRef.current) draw(svgRef.current, plotBox(size), train, showTest ? test : null);
  }, [size, train, test, showTest]);

  const onPointerDown = onAddPoint
    ? (e: PointerEvent<SVGSVGElement>) => {
        if (e.button !== 0) return;
        const rect = e.currentTarget.getBoundingClientRect();
        const k = rect.width > 0 ? size / rect.width : 1;
        const at = pixelToData((e.clientX - rect.left) * k, (e.clientY - rect.top) * k, box);
        if (at) onAddPoint(at[0], at[1]);
      }
    : undefined;

  return (
    <figure style={{ margin: 0, width: size }}>
      {title && (
        <figcaption
          style={{
            fontFamily: FONT_FAMILY,
            fontSize: FONT_SIZE + 2,
            fontWeight: 600,
            color: INK,
            margin: `0 0 6px ${box.left}px`,
          }}
        >
          {title}
        </figcaption>
      )}
      <div style={{ position: 'relative', width: size, height: size }}>
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          style={{
            position: 'absolute',
            left: box.left,
            top: box.top,
            width: box.side,
            height: box.side,
          }}
        />
        <svg
          ref={svgRef}
          role="img"
          aria-label={label}
          width={size}
          height={size}
          onPointerDown={onPointerDown}
          style={{
            position: 'absolute',
            inset: 0,
            display: 'block',
            cursor: onAddPoint ? 'crosshair' : undefined,
            touchAction: onAddPoint ? 'none' : undefined,
          }}
        />
      </div>
    </figure>
  );
}

/** One canvas pixel per grid cell; the browser scales it up smoothly. */
function paint(
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

function draw(svgEl: SVGSVGElement, box: PlotBox, train: Points2D, test: Points2D | null) {
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
