// Readout error: each measured qubit reports the wrong bit with P(read 1 | 0) = p01 and
// P(read 0 | 1) = p10, independently. Applied to a distribution, or folded into an observable so
// that exact expectations (and their gradients) include it, on either simulator.

import { SimError } from '../errors';
import { parsePauli, type Observable, type PauliTerm } from '../observables';
import { checkReadout } from './noiseModel';
import type { ReadoutError } from './types';

/** Most Pauli terms readoutObservable may expand one observable into. */
export const MAX_READOUT_TERMS = 1 << 16;

/**
 * The distribution a measurement with readout error reports, from the true one: the 2×2
 * confusion [[1 − p01, p10], [p01, 1 − p10]] on every qubit, O(n·2^n). `out` may be `probs`.
 */
export function applyReadoutToProbabilities(
  probs: Float64Array,
  n: number,
  readout: ReadoutError,
  out?: Float64Array,
): Float64Array {
  checkReadout(readout);
  const size = 1 << n;
  if (probs.length !== size) {
    throw new SimError(
      'probabilities',
      `${probs.length} probabilities were given for ${n} qubits (${size} needed).`,
    );
  }
  const r = out ?? new Float64Array(size);
  if (r !== probs) r.set(probs);
  const { p01, p10 } = readout;
  if (p01 === 0 && p10 === 0) return r;
  const s00 = 1 - p01;
  const s11 = 1 - p10;
  for (let q = 0; q < n; q++) {
    const bit = 1 << q;
    for (let b = 0; b < size; b++) {
      if (b & bit) continue;
      const a0 = r[b]!;
      const a1 = r[b | bit]!;
      r[b] = s00 * a0 + p10 * a1;
      r[b | bit] = p01 * a0 + s11 * a1;
    }
  }
  return r;
}

/**
 * The weights w' with Σ_b p_b·w'_b = E[w(read b')]: w'_b = Σ_b' P(read b' | b)·w_b', the transpose
 * of the confusion, qubit by qubit.
 */
function confuseWeights(w: Float64Array, n: number, readout: ReadoutError): Float64Array {
  const size = 1 << n;
  const r = w.slice();
  const { p01, p10 } = readout;
  for (let q = 0; q < n; q++) {
    const bit = 1 << q;
    for (let b = 0; b < size; b++) {
      if (b & bit) continue;
      const w0 = r[b]!;
      const w1 = r[b | bit]!;
      r[b] = (1 - p01) * w0 + p01 * w1;
      r[b | bit] = p10 * w0 + (1 - p10) * w1;
    }
  }
  return r;
}

/** Sparse label of the Pauli with masks (x, z) on the qubits of `keep` ("" for the identity). */
function sparseLabel(x: number, z: number, keep: number): string {
  const parts: string[] = [];
  for (let q = 30; q >= 0; q--) {
    if (!((keep >> q) & 1)) continue;
    const bx = (x >> q) & 1;
    const bz = (z >> q) & 1;
    parts.push(`${bx && bz ? 'Y' : bx ? 'X' : 'Z'}${q}`);
  }
  return parts.join(' ');
}

/**
 * The observable whose exact expectation on the state (measured perfectly) equals the expectation
 * of `obs` measured with readout error. Each Pauli factor is measured as Z after a basis change,
 * and the reported ±1 outcome z' has E[z' | z] = a + c·z with a = p10 − p01, c = 1 − p01 − p10;
 * independence over qubits turns coeff·P_S into Σ_{T⊆S} coeff·a^|S∖T|·c^|T|·P_T. Equal labels are
 * merged; the diagonal part gets w'_b = Σ_b' P(read b' | b)·w_b'. With p01 = p10 only T = S is
 * left: each term is scaled by (1 − 2p)^weight.
 */
export function readoutObservable(obs: Observable, n: number, readout: ReadoutError): Observable {
  checkReadout(readout);
  const { p01, p10 } = readout;
  const terms = obs.terms ?? [];
  if (p01 === 0 && p10 === 0) return obs;
  const a = p10 - p01;
  const c = 1 - p01 - p10;
  // Pauli strings keyed by their x and z masks, coefficients summed.
  const merged = new Map<string, { x: number; z: number; keep: number; coeff: number }>();
  let count = 0;
  for (const t of terms) {
    if (!Number.isFinite(t.coeff)) {
      throw new SimError(
        'observable',
        `Pauli "${t.label}" has a coefficient that is not a finite number.`,
      );
    }
    const { x, z } = parsePauli(t.label, n);
    const support = x | z;
    const qs: number[] = [];
    for (let q = 0; q < n; q++) if ((support >> q) & 1) qs.push(q);
    const w = qs.length;
    // Subsets T ⊆ S; with a = 0 only T = S has a non-zero coefficient.
    const subsets = a === 0 ? 1 : 1 << w;
    count += subsets;
    if (count > MAX_READOUT_TERMS) {
      throw new SimError(
        'observable',
        `With unequal readout errors (p01 ≠ p10) a Pauli string on w qubits becomes 2^w terms; ` +
          `this observable would need more than ${MAX_READOUT_TERMS}. Use equal p01 and p10, ` +
          'or fewer qubits per Pauli string.',
      );
    }
    for (let s = 0; s < subsets; s++) {
      // s enumerates T's complement in S: bit k of s drops qs[k] from the string.
      let keep = support;
      let dropped = 0;
      if (a !== 0) {
        for (let k = 0; k < w; k++) {
          if ((s >> k) & 1) {
            keep &= ~(1 << qs[k]!);
            dropped++;
          }
        }
      }
      const coeff = t.coeff * a ** dropped * c ** (w - dropped);
      if (coeff === 0) continue;
      const key = `${x & keep},${z & keep}`;
      const e = merged.get(key);
      if (e) e.coeff += coeff;
      else merged.set(key, { x: x & keep, z: z & keep, keep, coeff });
    }
  }
  const out: Observable = {
    terms: [...merged.values()].map((e): PauliTerm => ({
      coeff: e.coeff,
      label: sparseLabel(e.x, e.z, e.keep),
    })),
  };
  if (obs.diagonal) {
    if (obs.diagonal.length !== 1 << n) {
      throw new SimError(
        'observable',
        `The diagonal observable has ${obs.diagonal.length} entries; ${1 << n} are needed for ${n} qubits.`,
      );
    }
    out.diagonal = confuseWeights(obs.diagonal, n, readout);
  }
  return out;
}
