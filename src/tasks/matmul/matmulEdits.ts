// Edits of a matrix-multiplication experiment that keep it valid: a size change resizes both
// matrices (keeping the top-left block, filling with the identity), shots and rounds whole
// numbers within their limits. Matrices themselves are checked by the grid before they commit.
import { LIMITS } from '../../experiment/limits';
import { MATMUL_LIMITS } from '../../experiment/tasks/matmul/validate';
import type { MatmulExperiment, MatmulSize } from '../../experiment/types';

const whole = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.min(hi, Math.max(lo, Math.round(v)));

/** `m` (row-major, `from` × `from`) as a `to` × `to` matrix: its top-left block, then identity. */
export function resize(m: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < to; r++)
    for (let c = 0; c < to; c++)
      out.push(r < from && c < from ? m[r * from + c]! : r === c ? 1 : 0);
  return out.some((v) => v !== 0) ? out : out.map((_, k) => (k % (to + 1) === 0 ? 1 : 0));
}

export function withSize(e: MatmulExperiment, size: MatmulSize): MatmulExperiment {
  const { size: from, a, b } = e.matrices;
  if (size === from) return e;
  return { ...e, matrices: { size, a: resize(a, from, size), b: resize(b, from, size) } };
}

/** Matrix A or B replaced by `entries` (already checked: matrixProblem gave null). */
export function withMatrix(
  e: MatmulExperiment,
  which: 'a' | 'b',
  entries: number[],
): MatmulExperiment {
  return { ...e, matrices: { ...e.matrices, [which]: entries.map((v) => v + 0) } };
}

/** Shots of the whole run (0: the exact result only). */
export function withShots(e: MatmulExperiment, shots: number): MatmulExperiment {
  return { ...e, training: { ...e.training, shots: whole(shots, LIMITS.shots) } };
}

export function withRounds(e: MatmulExperiment, rounds: number): MatmulExperiment {
  return { ...e, training: { ...e.training, epochs: whole(rounds, MATMUL_LIMITS.rounds) } };
}

export function withSeed(e: MatmulExperiment, seed: number): MatmulExperiment {
  return { ...e, training: { ...e.training, seed: whole(seed, LIMITS.seed) } };
}
