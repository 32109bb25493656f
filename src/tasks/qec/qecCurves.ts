// The numbers the lesson's results show beside the worker's: the analytic logical error of a
// 3-qubit repetition code against the errors it corrects, the chart's value axis, and formats.

/**
 * Probability that majority voting over three qubits, each wrong independently with probability
 * p, reads wrong: two wrong (3p²(1 − p)) or three (p³), that is 3p² − 2p³.
 */
export function repetitionLogical(p: number): number {
  return 3 * p * p - 2 * p * p * p;
}

/** `count` points of repetitionLogical, evenly from 0 to pMax, for a smooth dashed line. */
export function analyticCurve(pMax: number, count = 101): { p: number; logical: number }[] {
  return Array.from({ length: count }, (_, k) => {
    const p = (pMax * k) / (count - 1);
    return { p, logical: repetitionLogical(p) };
  });
}

/**
 * The top of the error axis: at least pMax, so that the bare qubit under bit flips (error p) runs
 * along the diagonal, and above every value shown, rounded up to a tenth (at most 1).
 */
export function errorTop(pMax: number, values: readonly number[]): number {
  const most = Math.max(pMax, ...values.filter(Number.isFinite));
  return Math.min(1, Math.ceil(most * 10 - 1e-9) / 10) || 0.1;
}

/**
 * Where the encoded curve first meets the bare one from below, interpolated between computed
 * points (p > 0): the break-even p as far as the sweep shows it; null when it does not cross.
 */
export function crossing(
  points: readonly { p: number; logical: number; unencoded: number }[],
): { p: number; value: number } | null {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const da = a.logical - a.unencoded;
    const db = b.logical - b.unencoded;
    if (a.p > 0 && da < 0 && db >= 0) {
      const t = da / (da - db);
      return { p: a.p + t * (b.p - a.p), value: a.logical + t * (b.logical - a.logical) };
    }
  }
  return null;
}

/** Rounding noise of the simulation (±1e-17 at p = 0) as the 0 it is, so no "-0.0000" shows. */
const noiseless = (v: number): number => (Math.abs(v) < 1e-12 ? 0 : v);

/** A probability with 4 significant digits ("0.02800", "0.1000"); "—" when not a number. */
export function formatProbability(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : noiseless(v).toPrecision(4);
}

/** A probability with 4 decimals, for the table of points ("0.0280"). */
export function formatFixed(v: number): string {
  return noiseless(v).toFixed(4);
}

/** A value of p as typed: at most 4 decimals, no trailing zeros ("0.1", "0.025"). */
export function formatP(p: number): string {
  return String(Number(p.toFixed(4)));
}

/** "At p = 0.1 the code helps: …", in words a class reads at once. */
export function verdict(p: number, logical: number, unencoded: number): string {
  const at = `At p = ${formatP(p)}`;
  const close = Math.abs(logical - unencoded) <= 1e-9 * Math.max(1, unencoded);
  if (close)
    return unencoded === 0
      ? `${at} nothing goes wrong, with or without the code.`
      : `${at} the code and a bare qubit fail equally often.`;
  const ratio = (a: number, b: number): string => String(Number((a / b).toPrecision(2)));
  if (logical < unencoded)
    return logical === 0
      ? `${at} the code helps: the encoded qubit never fails, where a bare qubit does.`
      : `${at} the code helps: the encoded qubit fails about ${ratio(unencoded, logical)} times less often than a bare qubit.`; // prettier-ignore
  return unencoded === 0
    ? `${at} the code hurts: the encoded qubit can fail, where a bare qubit never does.`
    : `${at} the code hurts: the encoded qubit fails about ${ratio(logical, unencoded)} times more often than a bare qubit.`; // prettier-ignore
}
