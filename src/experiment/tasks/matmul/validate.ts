// Checks of a matrix-multiplication experiment's own sections, field by field, for
// validateExperiment; checkMatrix is also what the page's matrix grid asks before it commits.

import type { Checker } from '../../checker';
import { Invalid, own, type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import { choiceValues } from '../../lists';
import {
  MATMUL_HIDEABLE_CHOICES,
  MATMUL_SIZES,
  type MatmulExperiment,
  type MatmulMatrices,
  type MatmulSize,
} from './types';

export const MATMUL_LIMITS = {
  /** Largest |entry| of A or B. */
  entry: 1000,
  /** Rounds the shots are split over (training.epochs): one a step of Play. */
  rounds: [1, 1000],
} as const;

/**
 * Why the entries of one matrix cannot be used, in words for the student, or null when they
 * can: n² finite numbers within ±MATMUL_LIMITS.entry, not all zero (A/‖A‖_F needs ‖A‖_F > 0).
 */
export function matrixProblem(name: string, entries: readonly unknown[], n: number): string | null {
  if (entries.length !== n * n)
    return `Matrix ${name} of a ${n} × ${n} product needs ${n * n} entries; it has ${entries.length}.`;
  const lim = MATMUL_LIMITS.entry;
  for (let k = 0; k < entries.length; k++) {
    const v = entries[k];
    const at = `row ${Math.floor(k / n) + 1}, column ${(k % n) + 1}`;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return `Matrix ${name}, ${at}: the entry must be a number.`;
    if (Math.abs(v) > lim) return `Matrix ${name}, ${at}: enter a number from −${lim} to ${lim}.`;
  }
  if (entries.every((v) => v === 0))
    return `Matrix ${name} is all zeros: it has no direction to encode in a quantum state (‖${name}‖ = 0). Give it at least one entry that is not 0.`;
  return null;
}

function checkMatrices(c: Checker, v: unknown): MatmulMatrices {
  const o = c.obj(v, 'matrices', 'Matrices');
  const sizeValue = own(o, 'size');
  if (!(MATMUL_SIZES as readonly unknown[]).includes(sizeValue))
    c.bad('matrices.size', 'size', MATMUL_SIZES.join(' or '), sizeValue);
  const size = sizeValue as MatmulSize;
  const read = (key: 'a' | 'b', name: string): number[] => {
    const list = c.list(o, key, `matrices.${key}`, `matrix ${name}`, 16);
    const bad = matrixProblem(name, list, size);
    if (bad) throw new Invalid(`matrices.${key}`, `Matrices → ${bad}`);
    return (list as number[]).map((x) => x + 0); // −0 → 0, so that a link reads back equal
  };
  return { size, a: read('a', 'A'), b: read('b', 'B') };
}

/** Every section of a matrix-multiplication experiment but version, task, noise and weights. */
export function checkMatmul(
  c: Checker,
  o: Obj,
): Omit<MatmulExperiment, 'version' | 'task' | 'weights'> {
  const matrices = checkMatrices(c, own(o, 'matrices'));
  const training = checkTrainingCore(c, c.obj(own(o, 'training'), 'training', 'Shots'), 'rounds');
  const [lo, hi] = MATMUL_LIMITS.rounds;
  if (training.epochs < lo || training.epochs > hi)
    c.bad('training.epochs', 'rounds', `a whole number from ${lo} to ${hi}`, training.epochs);
  const view = checkViewCore(c, c.obj(own(o, 'view'), 'view', 'View'), choiceValues(MATMUL_HIDEABLE_CHOICES)); // prettier-ignore
  return { matrices, training, view };
}
