// Edits of an error-correction lesson that keep it valid: p and pMax within their limits (a
// slider's float noise rounded away, so links stay short), the sweep's points a whole number.
import { QEC_LIMITS } from '../../experiment/tasks/qec/validate';
import type { QecExperiment, QecSettings } from '../../experiment/types';

const clamp = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.min(hi, Math.max(lo, v));
/** Six decimals: finer than any field or slider sets, coarse enough to drop 0.1 + 0.2 noise. */
const tidy = (v: number): number => Math.round(v * 1e6) / 1e6;

/** The experiment with `patch` applied to its code settings. */
export function withCode(e: QecExperiment, patch: Partial<QecSettings>): QecExperiment {
  const code = { ...e.code, ...patch };
  code.p = tidy(clamp(code.p, QEC_LIMITS.p));
  code.pMax = tidy(clamp(code.pMax, QEC_LIMITS.pMax));
  return { ...e, code };
}

/** The experiment with a sweep of `points` values of p (training.epochs counts them). */
export function withPoints(e: QecExperiment, points: number): QecExperiment {
  const epochs = Math.round(clamp(points, QEC_LIMITS.points));
  return { ...e, training: { ...e.training, epochs } };
}

/** The distance between neighbouring p values of the sweep (points from 0 to pMax). */
export function sweepSpacing(pMax: number, points: number): number {
  return pMax / Math.max(1, points - 1);
}
