// Numbers and bitstrings as the optimisation pictures print them.
import { basisLabel } from '../../charts/basisLabel';

/**
 * A cut, cost, return or weight for reading: whole numbers with thousands separators, others with
 * three significant digits (one decimal from 100 up), a true minus sign: −0.0123, 9.54, 1,024.
 */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '–';
  let s: string;
  if (Number.isInteger(v)) s = v.toLocaleString('en-US');
  else if (Math.abs(v) >= 100) s = v.toLocaleString('en-US', { maximumFractionDigits: 1 });
  else s = String(Number(v.toPrecision(3)));
  return s.replace('-', '\u2212');
}

/** Bitstring `bits` on `qubits` qubits as a ket, qubit 0 rightmost (as every chart): 6 → |0110⟩. */
export function bitsLabel(bits: number, qubits: number): string {
  return basisLabel(bits, qubits);
}

/** Bit q of a bitstring (qubit q), 0 or 1. */
export function bitOf(bits: number, q: number): 0 | 1 {
  return Math.floor(bits / 2 ** q) % 2 === 1 ? 1 : 0;
}

/** Qubits needed to write `bits` when the count is not known: its highest set bit + 1, at least 1. */
export function bitsWidth(bits: number): number {
  return Math.max(1, Math.floor(bits).toString(2).length);
}

/** What a score is called in labels: "cut" (maximised) or "cost" (minimised). */
export function scoreWord(objective: 'cut' | 'cost'): string {
  return objective === 'cut' ? 'cut' : 'cost';
}
