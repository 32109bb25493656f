// Whole numbers with thousands separators ("4,800"), written out by hand: the first
// toLocaleString on a page loads the browser's locale data, 100–250 ms of the first render here.

/** `n` as en-US writes it ("4,800", "-12,345"); numbers that are not whole are left as they are. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
