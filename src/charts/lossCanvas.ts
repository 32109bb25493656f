// The loss chart's canvas layer for one panel: each series' line, the diamonds along the ideal
// twin's, the latest value of each as a dot, and the reference level. Repainted on every update,
// so nothing here allocates per point beyond one array of values per series.
import { tracePath } from './canvasLine';
import { decimate } from './decimate';
import { DASH, valueOf } from './lossSeries';
import type { Marker, Series } from './lossSeries';
import { FONT_FAMILY, FONT_SIZE, MUTED } from './palette';
import type { EpochPoint } from './types';

/** The part of a canvas context the loss chart paints with (a recording fake in the tests). */
export type Painter = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'strokeText'
  | 'fillText'
  | 'lineWidth'
  | 'strokeStyle'
  | 'fillStyle'
  | 'font'
  | 'textAlign'
>;

/** Least distance between two markers along a line, in px. */
const MARKER_GAP = 44;

/** Each series' value per report (NaN where there is none): read from the reports once per draw. */
export function seriesValues(
  history: readonly EpochPoint[],
  series: readonly Series[],
): Float64Array[] {
  return series.map((s) => {
    const v = new Float64Array(history.length);
    for (let i = 0; i < history.length; i++) {
      const d = history[i]!;
      const at = Number.isFinite(d.epoch) ? valueOf(d, s) : NaN;
      v[i] = Number.isFinite(at) ? at : NaN;
    }
    return v;
  });
}

/**
 * Paints `series` (values in `values`, one array each, at the x pixels `xs`) through `y` on a
 * panel `plotW` wide: the lines in order, then the markers along the marked ones.
 */
export function paintLines(
  ctx: Painter,
  xs: Float64Array,
  values: readonly Float64Array[],
  series: readonly Series[],
  y: (v: number) => number,
  plotW: number,
): void {
  series.forEach((s, k) => {
    const v = values[k]!;
    ctx.beginPath();
    tracePath(
      ctx,
      xs,
      v,
      y,
      decimate(v.length, (i) => v[i]!, plotW / 4),
    );
    ctx.setLineDash(s.train ? DASH.slice() : []);
    // The marked (ideal) lines are thinner: over a noisy line they coincide with, both show.
    ctx.lineWidth = s.marker === 'none' ? (s.train ? 2.5 : 3) : 2;
    ctx.strokeStyle = s.color;
    ctx.stroke();
  });
  ctx.setLineDash([]);
  ctx.lineWidth = 1.5;
  series.forEach((s, k) => {
    if (s.marker === 'none') return;
    const v = values[k]!;
    // Train markers sit halfway between test ones, so that close lines keep both visible.
    let next = xs.length > 0 ? xs[0]! + (s.train ? MARKER_GAP / 2 : 0) : 0;
    for (let i = 0; i < v.length - 1; i++) {
      if (Number.isNaN(v[i]!) || xs[i]! < next) continue;
      mark(ctx, s.marker, xs[i]!, y(v[i]!), 3.5, s);
      next = xs[i]! + MARKER_GAP;
    }
  });
}

/** The latest value of each series as a dot (a diamond if marked): makes a single epoch visible. */
export function paintEnds(
  ctx: Painter,
  xs: Float64Array,
  values: readonly Float64Array[],
  series: readonly Series[],
  y: (v: number) => number,
): void {
  ctx.setLineDash([]);
  ctx.lineWidth = 1.5;
  series.forEach((s, k) => {
    const v = values[k]!;
    for (let i = v.length - 1; i >= 0; i--) {
      if (Number.isNaN(v[i]!)) continue;
      mark(ctx, s.marker, xs[i]!, y(v[i]!), s.marker === 'none' ? 4.5 : 5.5, s);
      break;
    }
  });
}

/** A marker at (x, y) of size `r`: hollow on a train line, filled on a test line. */
function mark(ctx: Painter, marker: Marker, x: number, y: number, r: number, s: Series): void {
  ctx.beginPath();
  if (marker === 'diamond') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  } else ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = s.train ? '#ffffff' : s.color;
  ctx.strokeStyle = s.train ? s.color : '#ffffff';
  ctx.fill();
  ctx.stroke();
}

/** A horizontal level across the panel at `at` px with its name on top, over the curves. */
export function paintReference(ctx: Painter, at: number, label: string, plotW: number): void {
  ctx.beginPath();
  ctx.moveTo(0, at);
  ctx.lineTo(plotW, at);
  ctx.setLineDash([2, 4]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = MUTED;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
  ctx.textAlign = 'right';
  // A halo keeps the name readable where a curve passes under it.
  ctx.lineWidth = 4;
  ctx.strokeStyle = '#ffffff';
  ctx.strokeText(label, plotW - 12, at - 6);
  ctx.fillStyle = MUTED;
  ctx.fillText(label, plotW - 12, at - 6);
  ctx.textAlign = 'left';
}
