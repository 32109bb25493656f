// The chart palette: model colours, class colours (Okabe–Ito, colour-blind safe) and text styles.

/** The quantum model, in every chart. */
export const QUANTUM = '#6d3fd6';
/**
 * The quantum model's ideal twin, beside the noisy model under noise: the quantum purple lighter
 * (3.2:1 on white, the least a line needs; CIE ΔE 39 from QUANTUM, and still apart under
 * protanopia, deuteranopia and tritanopia), always drawn with diamonds as well.
 */
export const IDEAL = '#9a80e0';
/** The classical baseline, in every chart. */
export const CLASSICAL = '#e07b24';
/**
 * A noisy value extrapolated to zero noise (VQE energy, QAOA expected cost), drawn as dots:
 * Okabe–Ito blue, apart from the purples of the noisy model and its ideal twin and from the
 * classical orange.
 */
export const MITIGATED = '#0072b2';

/**
 * Class colours, class c = CLASS_COLORS[c % 8]: the Okabe–Ito palette (Okabe & Ito 2008), ordered so
 * that class 0 is blue and class 1 orange, the two most distinct under every colour-vision deficiency.
 */
export const CLASS_COLORS: readonly string[] = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#56b4e9', // sky blue
  '#d55e00', // vermillion
  '#8c7a00', // dark yellow (Okabe–Ito yellow darkened to read on white)
  '#000000', // black
];

/** Colour of class `c` (wraps after 8). */
export function classColor(c: number): string {
  const n = CLASS_COLORS.length;
  return CLASS_COLORS[((c % n) + n) % n] ?? '#000000';
}

/** Text, axes and grid, matching app.css. */
export const INK = '#111827';
export const MUTED = '#374151';
export const AXIS = '#4b5563';
export const GRID = '#e5e7eb';
/** Background of a data plot without a model (no probabilities yet). */
export const EMPTY_PLOT = '#f3f4f6';

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
export const MONO_FAMILY = "ui-monospace, 'DejaVu Sans Mono', monospace";
/** Smallest text in any chart: readable from the back of a room on a projector. */
export const FONT_SIZE = 14;
export const TITLE_SIZE = 16;
