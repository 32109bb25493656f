// A whole number as typed into a draft box, or a reason a student understands.

/** The whole number typed, or why it is not one. */
export function wholeNumber(text: string, what: string): number | string {
  const t = text.trim();
  if (t === '') return `Type ${what}.`;
  if (!/^\d+$/.test(t)) return `"${t}" is not a whole number; type ${what}.`;
  return Number(t);
}
