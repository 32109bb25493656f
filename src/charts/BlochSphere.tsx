// Points on the Bloch sphere (one qubit's ⟨X⟩, ⟨Y⟩, ⟨Z⟩ per input), coloured by class; drag to turn.
// The sphere is SVG (redrawn only when turned); the marks, which move every few epochs while
// training, are painted on a canvas above it: a hundred moving SVG nodes cost the page a relayout
// and repaint of each on every update.
import * as d3 from 'd3';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { DEFAULT_VIEW, greatCircle, project } from './blochProjection';
import { blochSummary } from './blochSummary';
import type { View } from './blochProjection';
import { layer } from './d3Layer';
import { DownloadImage } from './DownloadImage';
import { drawQueue } from './drawQueue';
import { AXIS, FONT_FAMILY, FONT_SIZE, INK, classColor } from './palette';

interface Props {
  /** Accessible name. */
  label?: string;
  /** Bloch vectors, 3 numbers per point: ⟨X⟩, ⟨Y⟩, ⟨Z⟩. */
  vectors: Float64Array;
  /** Class of each point. */
  labels: Int32Array;
  classes: number;
  /** Target Bloch vector of each class, 3 numbers per class; drawn as rings. */
  targets?: Float64Array;
  /** Side of the square chart in pixels. */
  size?: number;
}

/** Opacity of marks behind the sphere. */
const BACK_OPACITY = 0.3;
/** Degrees of turn per pixel dragged. */
const DRAG_RATE = 0.5;

interface Mark {
  sx: number;
  sy: number;
  depth: number;
  c: number;
  target: boolean;
}

export function BlochSphere({
  label = 'Bloch sphere',
  vectors,
  labels,
  classes,
  targets,
  size = 260,
}: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(DEFAULT_VIEW);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  // Its accessible name says where each class's points gather, beside their targets.
  const summary = useMemo(
    () => blochSummary(label, vectors, labels, classes, targets),
    [label, vectors, labels, classes, targets],
  );
  const gradientId = `bloch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    if (svgRef.current) drawSphere(svgRef.current, size, view, gradientId);
  }, [size, view, gradientId]);

  // The marks move with every picture: repainted in a task of their own (the draw queue) after
  // the first time.
  const painted = useRef(false);
  useEffect(() => {
    const run = (): void => {
      if (canvasRef.current)
        paintMarks(canvasRef.current, { vectors, labels, classes, targets, size, view });
    };
    if (painted.current) drawQueue.request(canvasRef, run);
    else run();
    painted.current = true;
  }, [vectors, labels, classes, targets, size, view]);
  useEffect(() => () => drawQueue.cancel(canvasRef), []);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, view };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    setView({
      azimuth: start.view.azimuth - (e.clientX - start.x) * DRAG_RATE,
      elevation: Math.max(
        -89,
        Math.min(89, start.view.elevation + (e.clientY - start.y) * DRAG_RATE),
      ),
    });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div
      ref={frameRef}
      style={{ position: 'relative', width: size, height: size, isolation: 'isolate' }}
    >
      <svg
        ref={svgRef}
        role="img"
        aria-label={summary}
        width={size}
        height={size}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={() => setView(DEFAULT_VIEW)}
        style={{ display: 'block', cursor: 'grab', touchAction: 'none', userSelect: 'none' }}
      />
      <canvas
        ref={canvasRef}
        aria-hidden="true"
        style={{ position: 'absolute', inset: 0, width: size, height: size, pointerEvents: 'none' }}
      />
      <DownloadImage label={label} target={frameRef} />
    </div>
  );
}

interface MarkArgs {
  vectors: Float64Array;
  labels: Int32Array;
  classes: number;
  targets: Float64Array | undefined;
  size: number;
  view: View;
}

/** Centre and radius of the sphere in a chart of side `size`. */
function geometry(size: number): { c: number; R: number } {
  return { c: size / 2, R: Math.max(10, size / 2 - 34) };
}

/** The sphere, its rings and axes: they change with the view and size only, not with the points. */
function drawSphere(svgEl: SVGSVGElement, size: number, view: View, gradientId: string) {
  const svg = d3.select(svgEl);
  const { c, R } = geometry(size);
  const X = (sx: number) => c + R * sx;
  const Y = (sy: number) => c - R * sy;
  const path = d3
    .line<[number, number]>()
    .x((p) => X(p[0]))
    .y((p) => Y(p[1]));

  const gradient = layer(layer(svg, 'defs', 'defs'), 'radialGradient', 'shade')
    .attr('id', gradientId)
    .attr('cx', '38%')
    .attr('cy', '32%')
    .attr('r', '75%');
  gradient
    .selectAll('stop')
    .data([
      { offset: '0%', color: '#ffffff' },
      { offset: '100%', color: '#dfe3ee' },
    ])
    .join('stop')
    .attr('offset', (d) => d.offset)
    .attr('stop-color', (d) => d.color);

  layer(svg, 'circle', 'ball')
    .attr('cx', c)
    .attr('cy', c)
    .attr('r', R)
    .attr('fill', `url(#${gradientId})`)
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.75);

  // Equator (x–y plane) and the meridian through |0⟩, |+⟩, |1⟩ (x–z plane).
  const rings = [greatCircle(view, [1, 0, 0], [0, 1, 0]), greatCircle(view, [1, 0, 0], [0, 0, 1])];
  const arcs = rings.flatMap((h, i) => [
    ...h.back.map((pts, j) => ({ key: `${i}b${j}`, pts, back: true })),
    ...h.front.map((pts, j) => ({ key: `${i}f${j}`, pts, back: false })),
  ]);
  layer(svg, 'g', 'rings')
    .selectAll<SVGPathElement, (typeof arcs)[number]>('path')
    .data(arcs, (d) => d.key)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke', AXIS)
    .attr('stroke-width', (d) => (d.back ? 1 : 1.5))
    .attr('stroke-dasharray', (d) => (d.back ? '4 4' : null))
    .attr('d', (d) => path(d.pts));

  const axes: { key: string; tip: [number, number, number]; text: string }[] = [
    { key: 'x', tip: [1, 0, 0], text: '|+⟩' },
    { key: 'y', tip: [0, 1, 0], text: '|+i⟩' },
    { key: 'z', tip: [0, 0, 1], text: '|0⟩' },
    { key: '-z', tip: [0, 0, -1], text: '|1⟩' },
  ];
  const axisSegments = axes.map((ax) => {
    const p = project(view, ...ax.tip);
    return { ...ax, p };
  });
  layer(svg, 'g', 'axes')
    .selectAll<SVGLineElement, (typeof axisSegments)[number]>('line')
    .data(axisSegments, (d) => d.key)
    .join('line')
    .attr('x1', c)
    .attr('y1', c)
    .attr('x2', (d) => X(d.p.sx))
    .attr('y2', (d) => Y(d.p.sy))
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', (d) => (d.p.depth < 0 ? '4 4' : null));
  layer(svg, 'g', 'axis-labels')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 1)
    .attr('font-weight', 600)
    .attr('fill', INK)
    .selectAll<SVGTextElement, (typeof axisSegments)[number]>('text')
    .data(axisSegments, (d) => d.key)
    .join('text')
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('x', (d) => X(labelOffset(d.p.sx, d.p.sy)[0]))
    .attr('y', (d) => Y(labelOffset(d.p.sx, d.p.sy)[1]))
    .text((d) => d.text);
}

/** Label position: past the axis tip along its direction on screen (unit-sphere units). */
function labelOffset(sx: number, sy: number): [number, number] {
  const len = Math.hypot(sx, sy);
  // An axis pointing at the viewer has no direction on screen: put its label beside the centre.
  if (len < 0.2) return [0.14, 0.14];
  const k = (len + 0.28) / len;
  return [sx * k, sy * k];
}

function marks(a: MarkArgs): Mark[] {
  const out: Mark[] = [];
  const n = Math.min(a.labels.length, Math.floor(a.vectors.length / 3));
  for (let i = 0; i < n; i++) {
    const p = project(
      a.view,
      a.vectors[3 * i] ?? 0,
      a.vectors[3 * i + 1] ?? 0,
      a.vectors[3 * i + 2] ?? 0,
    );
    out.push({ ...p, c: a.labels[i] ?? 0, target: false });
  }
  const t = a.targets;
  if (t)
    for (let k = 0; k < Math.min(a.classes, Math.floor(t.length / 3)); k++) {
      const p = project(a.view, t[3 * k] ?? 0, t[3 * k + 1] ?? 0, t[3 * k + 2] ?? 0);
      out.push({ ...p, c: k, target: true });
    }
  // Painter's order: the farthest first, so nearer marks cover them; targets above all points.
  return out.sort((m1, m2) => Number(m1.target) - Number(m2.target) || m1.depth - m2.depth);
}

/**
 * Paints the marks, farthest first, at the canvas's device resolution: points filled with their
 * class colour and ringed in white, each class's target a white disc ringed in ink around a smaller
 * disc of its colour; marks behind the sphere faded.
 */
function paintMarks(canvas: HTMLCanvasElement, a: MarkArgs) {
  const dpr = window.devicePixelRatio || 1;
  const side = Math.round(a.size * dpr);
  if (canvas.width !== side) canvas.width = side;
  if (canvas.height !== side) canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, side, side);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const { c, R } = geometry(a.size);
  const r = Math.max(3, Math.min(5.5, R / 20));
  const disc = (x: number, y: number, radius: number): void => {
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
  };
  for (const m of marks(a)) {
    const x = c + R * m.sx;
    const y = c - R * m.sy;
    ctx.globalAlpha = m.depth >= 0 ? 1 : m.target ? 0.65 : BACK_OPACITY;
    disc(x, y, m.target ? r * 2.1 : r);
    ctx.fillStyle = m.target ? '#ffffff' : classColor(m.c);
    ctx.fill();
    ctx.lineWidth = m.target ? 2 : 1.25;
    ctx.strokeStyle = m.target ? INK : '#ffffff';
    ctx.stroke();
    if (m.target) {
      disc(x, y, r * 1.3);
      ctx.fillStyle = classColor(m.c);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}
