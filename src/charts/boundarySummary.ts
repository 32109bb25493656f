// A decision boundary in words, for its accessible name: how many samples it shows and how much
// of the square each class takes ("Quantum decision boundary: 200 samples; class 0 is the most
// likely on 52% of the square, class 1 on 48%").

/**
 * Share of the grid's cells in which each class is the most likely (probs as DecisionBoundary takes
 * them: cell i, class c at probs[i·classes + c]); cells with no finite probability are left out.
 * Null when no cell has one.
 */
export function classShares(probs: ArrayLike<number>, classes: number): number[] | null {
  if (classes < 1) return null;
  const wins = new Array<number>(classes).fill(0);
  let counted = 0;
  const cells = Math.floor(probs.length / classes);
  for (let i = 0; i < cells; i++) {
    let best = -1;
    let pBest = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = probs[i * classes + c]!;
      if (p > pBest) {
        pBest = p;
        best = c;
      }
    }
    if (best < 0) continue;
    wins[best]!++;
    counted++;
  }
  return counted > 0 ? wins.map((w) => w / counted) : null;
}

/** "class 0 is the most likely on 52% of the square, class 1 on 48%": the classes that take any. */
export function sharesWords(shares: readonly number[]): string {
  const parts = shares
    .map((s, c) => ({ c, pct: Math.round(s * 100) }))
    .filter((p) => p.pct > 0)
    .map((p, k) => (k === 0 ? `class ${p.c} is the most likely on ${p.pct}% of the square` : `class ${p.c} on ${p.pct}%`)); // prettier-ignore
  return parts.join(', ');
}

/** The plot's accessible name: its label, its samples, and the classes' shares when it has a model. */
export function boundarySummary(
  label: string,
  samples: number,
  probs: ArrayLike<number> | null,
  classes: number,
): string {
  const shares = probs ? classShares(probs, classes) : null;
  const counted = `${samples} ${samples === 1 ? 'sample' : 'samples'}`;
  return shares ? `${label}: ${counted}; ${sharesWords(shares)}` : `${label}: ${counted}`;
}
