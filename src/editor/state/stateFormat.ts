// Pure helpers for the state view: which basis states to list, phase → colour, and number text.
import { basisLabel } from '../../charts/basisLabel';

/** Up to this many qubits every basis state is listed; above it only the most likely ones. */
export const MAX_QUBITS_ALL_STATES = 6;
/** How many basis states are listed above MAX_QUBITS_ALL_STATES qubits. */
export const TOP_STATES = 16;
/** At most this many Bloch spheres (qubits 0 … MAX_SPHERES − 1). */
export const MAX_SPHERES = 8;
/** Amplitudes get a labelled box each up to this many qubits … */
export const MAX_QUBITS_LABELLED_AMPLITUDES = 4;
/** … and a compact grid (no label under each box) up to this many. */
export const MAX_QUBITS_AMPLITUDES = 6;
/** A magnitude below this has no meaningful phase: drawn grey and printed without an angle. */
export const ZERO_AMPLITUDE = 5e-4;

/**
 * Indices of the `k` largest probabilities, largest first; ties keep the lower index first.
 * NaN entries are never chosen. O(n·k) worst case, about O(n) for k ≪ n.
 */
export function topStates(probabilities: Float64Array, k: number): Int32Array {
  const cap = Math.max(0, Math.min(k, probabilities.length));
  const idx = new Int32Array(cap);
  const val = new Float64Array(cap);
  let size = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] ?? NaN;
    if (Number.isNaN(p)) continue;
    // Strictly greater than the last kept one: an equal later index loses the tie.
    if (size === cap && (cap === 0 || p <= (val[cap - 1] ?? -Infinity))) continue;
    let j = size < cap ? size++ : cap - 1;
    while (j > 0 && (val[j - 1] ?? -Infinity) < p) {
      val[j] = val[j - 1] ?? 0;
      idx[j] = idx[j - 1] ?? 0;
      j--;
    }
    val[j] = p;
    idx[j] = i;
  }
  return size === cap ? idx : idx.slice(0, size);
}

/** Basis states the probability list shows: all of them in index order, or the most likely few. */
export function listedStates(
  probabilities: Float64Array,
  qubits: number,
): { indices: Int32Array; truncated: boolean } {
  if (qubits <= MAX_QUBITS_ALL_STATES) {
    const indices = new Int32Array(probabilities.length);
    for (let i = 0; i < indices.length; i++) indices[i] = i;
    return { indices, truncated: false };
  }
  return { indices: topStates(probabilities, TOP_STATES), truncated: true };
}

/** Phase of re + i·im in degrees, in (−180, 180] (0 for the zero amplitude). */
export function phaseDegrees(re: number, im: number): number {
  const deg = (Math.atan2(im, re) * 180) / Math.PI;
  return deg <= -180 ? deg + 360 : deg;
}

/** Colour of a phase on the colour wheel: hue = phase (0° red, 120° green, 240° blue). */
export function phaseColor(degrees: number): string {
  const hue = ((degrees % 360) + 360) % 360;
  return `hsl(${hue.toFixed(1)} 78% 46%)`;
}

/** Colour of an amplitude box; grey when the amplitude is too small to have a visible phase. */
export function amplitudeColor(re: number, im: number): string {
  return Math.hypot(re, im) < ZERO_AMPLITUDE ? '#9ca3af' : phaseColor(phaseDegrees(re, im));
}

/** `x` with `decimals` decimals, never "-0.00". */
export function formatFixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A Bloch vector as "(x, y, z)" with two decimals each. */
export function formatBloch(x: number, y: number, z: number): string {
  return `(${formatFixed(x, 2)}, ${formatFixed(y, 2)}, ${formatFixed(z, 2)})`;
}

/** Tooltip of an amplitude, magnitude and phase: "|01⟩ 0.707∠90°"; no angle when it is ~0. */
export function formatAmplitude(index: number, qubits: number, re: number, im: number): string {
  const r = Math.hypot(re, im);
  const label = `${basisLabel(index, qubits)} ${formatFixed(r, 3)}`;
  if (r < ZERO_AMPLITUDE) return label;
  // Rounding can turn −179.6° into −180°; the range is (−180°, 180°].
  let deg = Math.round(phaseDegrees(re, im));
  if (deg === -180) deg = 180;
  return `${label}∠${formatFixed(deg, 0)}°`;
}

/**
 * The line that stands where amplitudes would under noise: "Purity 0.870: the noise has mixed the
 * state; …". A state that is still pure (Tr ρ² shows as 1.000) is said to be so.
 */
export function purityNote(purity: number): string {
  const shown = formatFixed(purity, 3);
  return shown === '1.000'
    ? `Purity ${shown}: the state is still pure here; the noisy simulator holds its density matrix, not amplitudes`
    : `Purity ${shown}: the noise has mixed the state; amplitudes exist only for a pure state`;
}
