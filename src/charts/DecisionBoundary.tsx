// A classifier's decision regions over [−1, 1]² (a heatmap on a canvas) with the data points on top;
// optionally a sample can be picked (pointed at, tapped, or stepped to with the arrow keys).
import * as d3 from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { boundarySummary } from './boundarySummary';
import { layer } from './d3Layer';
import { DownloadImage } from './DownloadImage';
import { drawQueue } from './drawQueue';
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
  /** Called with the data coordinates of a click or tap inside the plot (not a tap on a sample). */
  onAddPoint?: (x1: number, x2: number) => void;
  /**
   * Called with a sample's coordinates when the pointer rests on it, a finger or pen taps it, or
   * the arrow keys step to it (the plot is then focusable).
   */
  onPickSample?: (x1: number, x2: number) => void;
  /** Data coordinates to mark with a ring (the picked sample), if any. */
  marked?: readonly [number, number] | null;
}

/** How far (CSS pixels) a finger may move between landing and lifting for a tap. */
const TAP_SLOP = 10;

/** How near (chart pixels) the pointer must be to a sample to pick it. */
const PICK_RADIUS = 9;

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
  const { size = 280, onAddPoint, onPickSample, marked = null } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const box = plotBox(size);
  const picked = useRef(-1);
  const shown = showTest ? [train, test] : [train];
  // Its accessible name says what it shows: the samples, and each class's share of the square.
  const samples = sampleCount(shown);
  const summary = useMemo(
    () => boundarySummary(label, samples, probs, classes),
    [label, samples, probs, classes],
  );

  // Probabilities change every few epochs: only the canvas is repainted for them, in a task of
  // its own (the draw queue) after the first time.
  const painted = useRef(false);
  useEffect(() => {
    const run = (): void => {
      const canvas = canvasRef.current;
      if (canvas) paint(canvas, probs, resolution, classes, discretize);
    };
    if (painted.current) drawQueue.request(canvasRef, run);
    else run();
    painted.current = true;
  }, [probs, resolution, classes, discretize]);
  useEffect(() => () => drawQueue.cancel(canvasRef), []);

  useEffect(() => {
    if (svgRef.current) draw(svgRef.current, plotBox(size), train, showTest ? test : null);
  }, [size, train, test, showTest]);

  useEffect(() => {
    if (svgRef.current) drawMark(svgRef.current, plotBox(size), marked);
  }, [size, marked]);

  /** Chart pixels of a pointer event. */
  const chartXY = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const rect = e.currentTarget.getBoundingClientRect();
    const k = rect.width > 0 ? size / rect.width : 1;
    return [(e.clientX - rect.left) * k, (e.clientY - rect.top) * k];
  };
  const pick = (i: number): void => {
    const p = sampleAt(shown, i);
    if (!p || !onPickSample) return;
    picked.current = i;
    onPickSample(p[0], p[1]);
  };
  const nearby = (e: PointerEvent<SVGSVGElement>): number => {
    const [px, py] = chartXY(e);
    return nearestSample(shown, px, py, box, PICK_RADIUS);
  };

  /** A click (mouse) or a tap: picks the sample under a finger or pen, else adds a point. */
  const press = (e: PointerEvent<SVGSVGElement>): void => {
    // A finger or pen has no hover: tapping a sample picks it rather than adding a point.
    if (onPickSample && e.pointerType !== 'mouse') {
      const i = nearby(e);
      if (i >= 0) return pick(i);
    }
    const at = pixelToData(...chartXY(e), box);
    if (at && onAddPoint) onAddPoint(at[0], at[1]);
  };
  // A finger that lands on the plot may be scrolling the page: it counts as a tap only when it
  // lifts where it landed (a scroll cancels the pointer), so scrolling past adds no point.
  const touchStart = useRef<{ id: number; x: number; y: number } | null>(null);
  const onPointerDown =
    onAddPoint || onPickSample
      ? (e: PointerEvent<SVGSVGElement>) => {
          if (e.button !== 0) return;
          if (e.pointerType === 'mouse') return press(e);
          touchStart.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
        }
      : undefined;
  const onPointerUp =
    onAddPoint || onPickSample
      ? (e: PointerEvent<SVGSVGElement>) => {
          const start = touchStart.current;
          touchStart.current = null;
          if (e.pointerType === 'mouse' || !start || start.id !== e.pointerId) return;
          if (Math.hypot(e.clientX - start.x, e.clientY - start.y) <= TAP_SLOP) press(e);
        }
      : undefined;
  const onPointerMove = onPickSample
    ? (e: PointerEvent<SVGSVGElement>) => {
        if (e.pointerType !== 'mouse') return;
        const i = nearby(e);
        if (i >= 0 && i !== picked.current) pick(i);
      }
    : undefined;
  const onKeyDown = onPickSample
    ? (e: KeyboardEvent<SVGSVGElement>) => {
        const n = sampleCount(shown);
        if (n === 0) return;
        const i = picked.current;
        const next: Record<string, number> = {
          ArrowRight: i + 1,
          ArrowDown: i + 1,
          ArrowLeft: i - 1,
          ArrowUp: i - 1,
          Home: 0,
          End: n - 1,
        };
        const to = next[e.key];
        if (to === undefined) return;
        e.preventDefault();
        pick(((to % n) + n) % n);
      }
    : undefined;

  return (
    <figure style={{ margin: 0, width: size, position: 'relative' }}>
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
      <div
        ref={frameRef}
        style={{ position: 'relative', width: size, height: size, isolation: 'isolate' }}
      >
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
          aria-label={onPickSample ? `${summary}; the arrow keys pick one` : summary}
          tabIndex={onPickSample ? 0 : undefined}
          width={size}
          height={size}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (touchStart.current = null)}
          onKeyDown={onKeyDown}
          style={{
            position: 'absolute',
            inset: 0,
            display: 'block',
            cursor: onAddPoint ? 'crosshair' : undefined,
            // Fingers still scroll and zoom the page over the plot; taps are read on lift.
            touchAction: onAddPoint || onPickSample ? 'manipulation' : undefined,
          }}
        />
        {!title && <DownloadImage label={label} target={frameRef} />}
      </div>
      {/* Beside the title when there is one, off the plot. */}
      {title && <DownloadImage label={label} target={frameRef} />}
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

function sampleCount(sets: readonly Points2D[]): number {
  return sets.reduce((n, p) => n + Math.min(p.y.length, Math.floor(p.x.length / 2)), 0);
}

/** Sample i counting through the sets in order, as data coordinates. */
function sampleAt(sets: readonly Points2D[], i: number): [number, number] | null {
  let k = i;
  for (const p of sets) {
    const n = Math.min(p.y.length, Math.floor(p.x.length / 2));
    if (k < n) return [p.x[2 * k] ?? 0, p.x[2 * k + 1] ?? 0];
    k -= n;
  }
  return null;
}

/** Index (through the sets in order) of the sample nearest chart pixel (px, py) within `radius`, or −1. */
function nearestSample(
  sets: readonly Points2D[],
  px: number,
  py: number,
  box: PlotBox,
  radius: number,
): number {
  let best = -1;
  let bestD = radius * radius;
  let offset = 0;
  for (const p of sets) {
    const n = Math.min(p.y.length, Math.floor(p.x.length / 2));
    for (let i = 0; i < n; i++) {
      const dx = box.left + (((p.x[2 * i] ?? 0) + 1) / 2) * box.side - px;
      const dy = box.top + ((1 - (p.x[2 * i + 1] ?? 0)) / 2) * box.side - py;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = offset + i;
      }
    }
    offset += n;
  }
  return best;
}

/** A ring around the marked point, on top of the samples. */
function drawMark(svgEl: SVGSVGElement, box: PlotBox, at: readonly [number, number] | null) {
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
