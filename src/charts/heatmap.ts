// Pure colour maths of the decision-boundary heatmap: one RGBA pixel per grid cell.

/** An sRGB colour as three bytes. */
export type Rgb = readonly [number, number, number];

/** Strongest tint of a fully confident cell, so that points drawn on top stay visible. */
export const MAX_TINT = 0.55;
/** Tint of every cell when the map is discretised (argmax only). */
export const FLAT_TINT = 0.34;

/** "#rrggbb" → [r, g, b]. Throws on anything else, since palettes are constants. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1] ?? '0', 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes white with `color`: t = 0 is white, t = 1 the colour itself. */
export function tint(color: Rgb, t: number): Rgb {
  const s = Math.min(1, Math.max(0, t));
  return [
    Math.round(255 + (color[0] - 255) * s),
    Math.round(255 + (color[1] - 255) * s),
    Math.round(255 + (color[2] - 255) * s),
  ];
}

/**
 * Confidence of the most likely class, rescaled so that the uniform guess (1/k each) is 0 and
 * certainty is 1. For two classes this is |2·p(class 1) − 1|: a diverging map around p = ½.
 */
export function confidence(pMax: number, classes: number): number {
  if (classes < 2) return 1;
  const floor = 1 / classes;
  return Math.min(1, Math.max(0, (pMax - floor) / (1 - floor)));
}

/**
 * Writes the colour of every cell into `out` (RGBA bytes, 4 per cell, same row-major order as
 * `probs`): the predicted class's colour, faded toward white by low confidence, or a flat tint of
 * it when `discretize`. Cells whose probabilities are all NaN stay white.
 */
export function paintCells(
  probs: Float32Array,
  classes: number,
  colors: readonly Rgb[],
  discretize: boolean,
  out: Uint8ClampedArray,
): void {
  const cells = Math.min(Math.floor(probs.length / classes), Math.floor(out.length / 4));
  for (let i = 0; i < cells; i++) {
    let best = -1;
    let pBest = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = probs[i * classes + c] ?? NaN;
      if (p > pBest) {
        pBest = p;
        best = c;
      }
    }
    const o = 4 * i;
    if (best < 0) {
      out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 255;
      continue;
    }
    const color = colors[best % colors.length] ?? ([0, 0, 0] as const);
    const s = discretize ? FLAT_TINT : MAX_TINT * confidence(pBest, classes);
    out[o] = 255 + (color[0] - 255) * s;
    out[o + 1] = 255 + (color[1] - 255) * s;
    out[o + 2] = 255 + (color[2] - 255) * s;
    out[o + 3] = 255;
  }
}

/** Plot geometry in pixels: the square [−1, 1]² drawn at (left, top) with side `side`. */
export interface PlotBox {
  left: number;
  top: number;
  side: number;
}

/** Pixel → data: x1 grows rightwards from −1, x2 upwards from −1. Null outside the square. */
export function pixelToData(px: number, py: number, box: PlotBox): [number, number] | null {
  const u = (px - box.left) / box.side;
  const v = (py - box.top) / box.side;
  if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1)) return null;
  return [2 * u - 1, 1 - 2 * v];
}
