// A probability as typed into a draft box ("0.25", ".25", "0,25" or "25%"), or a reason a
// student understands.

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** The probability typed (0 to 1), or why it is not one. */
export function probability(text: string, what: string): number | string {
  const t = text.trim();
  if (t === '') return `Type ${what}.`;
  const percent = t.endsWith('%');
  // A decimal comma is how half the world writes 0,25.
  const digits = (percent ? t.slice(0, -1).trim() : t).replace(',', '.');
  if (/^[-−]/.test(digits) && DECIMAL.test(digits.slice(1)))
    return `A probability cannot be negative; type ${what}.`;
  if (!DECIMAL.test(digits)) return `"${t}" is not a number; type ${what}.`;
  const v = Number(digits) / (percent ? 100 : 1);
  if (v > 1) {
    const hint = !percent && v <= 100 ? ` (${t} % is ${String(v / 100)})` : '';
    return `${t} is more than 1${hint}; type ${what}.`;
  }
  return v;
}

/** A probability as the box shows it: two decimals at least ("0.10"), more only when it has them. */
export function probabilityText(p: number): string {
  return Number(p.toFixed(2)) === p ? p.toFixed(2) : String(p);
}
