// Where the labels of horizontal reference lines go, at the right end of their lines: each on the
// side of its line it prefers, flipped or nudged so that no two overprint; equal lines share one.

/** Which side of its line a label prefers: above or below, in screen terms. */
export type LabelSide = 'above' | 'below';

export interface RefLabelInput {
  /** Stable key of the reference (its line's key). */
  key: string;
  label: string;
  /** The reference value, in data units: equal values share one label. */
  value: number;
  /** Pixel y of its line, 0 at the top of the plot. */
  y: number;
  side: LabelSide;
}

export interface PlacedRefLabel {
  /** Key of the first reference it names. */
  key: string;
  /** "Optimum", or "Optimum = Simulated annealing" for lines that coincide. */
  text: string;
  /** Pixel y of the text's baseline. */
  y: number;
}

/** Text metrics in pixels; the defaults suit the 15 px bold labels of the charts. */
export interface LabelMetrics {
  /** Between a line and the nearest edge of its label's capitals or descenders. */
  gap: number;
  /** Height of the capitals above the baseline (generous, so accents fit). */
  cap: number;
  /** Depth of the descenders below the baseline. */
  descent: number;
}

export const LABEL_METRICS: LabelMetrics = { gap: 7, cap: 14, descent: 3 };

/** Least clear space between two labels' boxes, pixels. */
const CLEARANCE = 2;
/** Groups up to this many try every side assignment (2^n); more are only nudged. */
const MAX_SEARCH = 8;

/** Equal up to rounding: a solver that found the optimum may sum its cost in another order. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * One label per distinct value, in the order of `refs` (so the first named is the one drawn
 * lowest), on the side each prefers unless that side leaves the plot (0 to `plotH`); when labels
 * would overprint, some move to the other side of their line, and when no choice of sides keeps
 * them apart they are pushed apart (each by as little as it can).
 */
export function placeRefLabels(
  refs: readonly RefLabelInput[],
  plotH: number,
  m: LabelMetrics = LABEL_METRICS,
): PlacedRefLabel[] {
  const groups: { key: string; labels: string[]; value: number; y: number; side: LabelSide }[] = [];
  for (const r of refs) {
    if (!Number.isFinite(r.y) || !Number.isFinite(r.value)) continue;
    const same = groups.find((g) => sameValue(g.value, r.value));
    if (same) same.labels.push(r.label);
    else groups.push({ key: r.key, labels: [r.label], value: r.value, y: r.y, side: r.side });
  }
  const n = groups.length;
  const baseline = (i: number, side: LabelSide) => {
    const ly = groups[i]!.y;
    return side === 'above' ? ly - m.gap : ly + m.gap + m.cap;
  };
  const fits = (base: number) => base - m.cap >= 0 && base <= plotH - 2;
  const clash = (a: number, b: number) =>
    a - m.cap < b + m.descent + CLEARANCE && b - m.cap < a + m.descent + CLEARANCE;

  // Every assignment of sides, scored lexicographically: pairs of labels that overprint, labels
  // outside the plot, labels crossed by another reference's line, labels off their preferred side.
  let best: number[] = groups.map((g, i) => baseline(i, g.side));
  let bestScore = [Infinity];
  const tries = n <= MAX_SEARCH ? 2 ** n : 1;
  for (let mask = 0; mask < tries; mask++) {
    const bases = groups.map((g, i) => {
      const flip = (mask >> i) & 1;
      const side: LabelSide = flip ? (g.side === 'above' ? 'below' : 'above') : g.side;
      return baseline(i, side);
    });
    let clashes = 0;
    let outside = 0;
    let crossed = 0;
    for (let i = 0; i < n; i++) {
      const b = bases[i]!;
      if (!fits(b)) outside++;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        if (j > i && clash(b, bases[j]!)) clashes++;
        const ly = groups[j]!.y;
        if (ly > b - m.cap && ly < b + m.descent) crossed++;
      }
    }
    const score = [clashes, outside, crossed, popcount(mask)];
    if (lexLess(score, bestScore)) {
      bestScore = score;
      best = bases;
    }
  }
  // Lines too close for any choice of sides: every label on its preferred side, so the labels
  // stack in the order of their lines, pushed apart.
  if (bestScore[0]! > 0) {
    const want = groups.map((g, i) => baseline(i, g.side));
    best = spread(want, m.cap + m.descent + CLEARANCE, m.cap, plotH - 2);
  }
  return groups.map((g, i) => ({ key: g.key, text: g.labels.join(' = '), y: best[i]! }));
}

/**
 * Positions as close to `want` as they can be with every two at least `sep` apart, kept within
 * [lo, hi] when there is room (the lowest run past `hi` when there is not). Order is kept.
 */
export function spread(want: readonly number[], sep: number, lo: number, hi: number): number[] {
  const order = want.map((_, i) => i).sort((a, b) => want[a]! - want[b]! || a - b);
  // Runs of labels stacked `sep` apart, each centred on the mean of what its members want.
  const runs: { members: number[]; top: number }[] = [];
  const place = (run: { members: number[]; top: number }) => {
    const k = run.members.length;
    const mean = run.members.reduce((s, i) => s + want[i]!, 0) / k;
    const top = mean - ((k - 1) * sep) / 2;
    run.top = Math.max(lo, Math.min(top, hi - (k - 1) * sep));
  };
  for (const i of order) {
    const run = { members: [i], top: 0 };
    place(run);
    runs.push(run);
    for (;;) {
      const last = runs[runs.length - 1]!;
      const prev = runs[runs.length - 2];
      if (!prev || prev.top + prev.members.length * sep <= last.top) break;
      runs.pop();
      prev.members.push(...last.members);
      place(prev);
    }
  }
  const out = new Array<number>(want.length);
  for (const run of runs) run.members.forEach((i, k) => (out[i] = run.top + k * sep));
  return out;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x >>= 1) c += x & 1;
  return c;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? -Infinity;
    if (x !== y) return x < y;
  }
  return false;
}
