// The barren-plateau page's words and numbers: the cost and depth of a sweep in a few words, the
// variance in powers of ten, and what the fitted rate means.
import type { PlateauInfo } from '../../../workers/protocol';
import type { ExponentialFit } from '../../experiment/tasks/plateau/fit';

const COST_WORDS: Record<PlateauInfo['cost'], string> = {
  global: 'global cost (Z on every qubit)',
  pair: 'local cost Z₀Z₁',
  local: 'local cost (average of the Zⱼ)',
};

const COST_SHORT: Record<PlateauInfo['cost'], string> = {
  global: 'global',
  pair: 'Z₀Z₁',
  local: 'local average',
};

/** "global cost (Z on every qubit), 50 layers" — what a sweep computed, for legends and tables. */
export function sweepWords(
  info: Pick<PlateauInfo, 'cost' | 'layers' | 'qubits' | 'scaling'>,
  short = false,
): string {
  const first = info.layers[0] ?? 0;
  const depth =
    info.scaling === 'perQubit'
      ? `${first / (info.qubits[0] ?? 1)} layers per qubit`
      : `${first} layer${first === 1 ? '' : 's'}`;
  return `${(short ? COST_SHORT : COST_WORDS)[info.cost]}, ${depth}`;
}

/** A variance in scientific notation, three significant digits: "7.91 × 10⁻⁵". */
export function formatVariance(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const [m, e] = v.toExponential(2).split('e');
  const exp = Number(e);
  if (exp === 0) return m!;
  return `${m} × 10${superscript(exp)}`;
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' }; // prettier-ignore
function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUP[c] ?? c)
    .join('');
}

/** "halves every 1.02 qubits", or why no halving is given. */
export function halvingWords(fit: ExponentialFit): string {
  if (!Number.isFinite(fit.halving)) return 'does not fall with n';
  return `halves every ${fit.halving.toFixed(2)} qubit${fit.halving.toFixed(2) === '1.00' ? '' : 's'}`;
}

/** One or two sentences on what the fit says, compared with 2^(−n). */
export function fitVerdict(fit: ExponentialFit): string {
  const b = fit.base;
  const rate = `Var[∂C] ∝ ${b.toFixed(2)}^(−n): the variance ${halvingWords(fit)}.`;
  if (b >= 1.75)
    return `${rate} That is close to 2^(−n) (halving with every qubit), the scaling of circuits random enough to be 2-designs: a barren plateau.`; // prettier-ignore
  if (b >= 1.25)
    return `${rate} Slower than 2^(−n) (which halves every qubit): with a local cost and a shallow circuit only the qubits near the parameter matter.`; // prettier-ignore
  return `${rate} Hardly any decay: no barren plateau over these qubits.`;
}
