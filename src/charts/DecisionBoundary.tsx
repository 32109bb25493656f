// A classifier's decision regions over [−1, 1]² (a heatmap on a canvas) with the data points on top;
// optionally a sample can be picked (pointed at, tapped, or stepped to with the arrow keys).
import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { boundarySummary } from './boundarySummary';
import { DownloadImage } from './DownloadImage';
import { drawQueue } from './drawQueue';
import { draw, drawMark, paint, plotBox } from './decisionBoundaryDraw';
import { nearestSample, sampleAt, sampleCount } from './decisionBoundaryPick';
import { pixelToData } from './heatmap';
import { FONT_FAMILY, FONT_SIZE, INK } from './palette';
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
