// The depth-1 QAOA landscape: ⟨C⟩ over a γ × β grid, row by row (β rows), for the heatmap the
// optimiser's path is drawn on.

import type { Landscape } from '../../protocol';
import type { Qaoa } from './qaoa';

/** Qubits up to which the session computes the landscape when it starts (a fraction of a second). */
export const LANDSCAPE_AT_START_QUBITS = 12;

/** Grid points per side: finer where each point is cheap. */
export function landscapeResolution(n: number): number {
  return n <= 12 ? 40 : n <= 16 ? 24 : 16;
}

/**
 * The angle ranges: β over a whole period of the mixer (π for exp(−iβX) up to a global phase; 2π
 * for the XY gates), γ over [0, π] (the cost is scaled so that its largest coefficient is 1).
 */
export function landscapeRanges(mixer: 'x' | 'xy'): {
  gammaMax: number;
  betaMin: number;
  betaMax: number;
} {
  // prettier-ignore
  const b = mixer === 'x' ? Math.PI / 2 : Math.PI;
  return { gammaMax: Math.PI, betaMin: -b, betaMax: b };
}

/** An empty landscape (NaN everywhere) of the given size. */
export function emptyLandscape(n: number, mixer: 'x' | 'xy'): Landscape {
  const resolution = landscapeResolution(n);
  return {
    resolution,
    ...landscapeRanges(mixer),
    values: new Float64Array(resolution * resolution).fill(NaN),
    done: false,
  };
}

/** Fills row `row` of the landscape with ⟨C⟩ scored by `score` (cut or cost). */
export function fillRow(l: Landscape, row: number, qaoa: Qaoa, score: (e: number) => number): void {
  const r = l.resolution;
  const theta = new Float64Array(2);
  theta[1] = l.betaMin + ((l.betaMax - l.betaMin) * row) / (r - 1);
  for (let col = 0; col < r; col++) {
    theta[0] = (l.gammaMax * col) / (r - 1);
    l.values[row * r + col] = score(qaoa.expectation(theta, 1));
  }
}

/** A copy to send (the session keeps filling its own). */
export function copyLandscape(l: Landscape): Landscape {
  return { ...l, values: l.values.slice() };
}
