// A series' line on a canvas: the points picked (decimate.ts) joined in order, broken where the
// series has no value, as d3.line with `defined` draws it, without its per-point accessors.

/** The part of a canvas context a line is traced on. */
export type PathSink = Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo'>;

/**
 * Adds to `ctx`'s path the line through the points `at` (ascending indices into `xs`, in pixels,
 * and `ys`, in data units mapped to pixels by `y`); a NaN in `ys` is a gap.
 */
export function tracePath(
  ctx: PathSink,
  xs: Float64Array,
  ys: Float64Array,
  y: (v: number) => number,
  at: readonly number[],
): void {
  let open = false;
  for (const i of at) {
    const v = ys[i]!;
    if (Number.isNaN(v)) {
      open = false;
      continue;
    }
    if (open) ctx.lineTo(xs[i]!, y(v));
    else ctx.moveTo(xs[i]!, y(v));
    open = true;
  }
}
