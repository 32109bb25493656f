// Readout error: the confusion on a distribution against a brute-force product over qubits, and
// the readout observable against measuring by hand (rotate, sample the confused distribution,
// average the parity), on random states and random Pauli sums.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  compileObservable,
  createRng,
  expectation,
  parsePauli,
  probabilities,
  runCircuit,
} from '../../../../workers/sim';
import type { Circuit, Observable, Rng, StateVector } from '../../../../workers/sim';
import {
  applyReadoutToProbabilities,
  readoutObservable,
} from '../../../../workers/sim/noise/readoutError';
import type { ReadoutError } from '../../../../workers/sim/noise/types';
import { maxAbsDiff, randomObservable, randomStateCircuit, randomVector } from '../random';

/** P(read b' | true b) as the product of each qubit's confusion. */
function confusion(bRead: number, bTrue: number, n: number, r: ReadoutError): number {
  let prob = 1;
  for (let q = 0; q < n; q++) {
    const t = (bTrue >> q) & 1;
    const s = (bRead >> q) & 1;
    prob *= t === 0 ? (s === 0 ? 1 - r.p01 : r.p01) : s === 1 ? 1 - r.p10 : r.p10;
  }
  return prob;
}

/** The reported distribution, by the full 2^n × 2^n confusion matrix. */
function bruteConfuse(p: Float64Array, n: number, r: ReadoutError): Float64Array {
  const out = new Float64Array(p.length);
  for (let s = 0; s < p.length; s++)
    for (let t = 0; t < p.length; t++) out[s] = out[s]! + confusion(s, t, n, r) * p[t]!;
  return out;
}

/**
 * ⟨M⟩ as hardware with readout error reports it, exactly: for each Pauli term, the state rotated
 * into its basis (H for X, H·S† for Y), the distribution confused, the parity on its support
 * averaged; for the diagonal, the confused distribution of the state weighted by w.
 */
function measuredByHand(stateCircuit: Circuit, obs: Observable, r: ReadoutError): number {
  const n = stateCircuit.qubits;
  let total = 0;
  for (const t of obs.terms ?? []) {
    const { x, z } = parsePauli(t.label, n);
    const rotated: Circuit = { qubits: n, ops: [...stateCircuit.ops] };
    for (let q = 0; q < n; q++) {
      if (!((x >> q) & 1)) continue;
      if ((z >> q) & 1) rotated.ops.push({ gate: 'SDG', targets: [q] });
      rotated.ops.push({ gate: 'H', targets: [q] });
    }
    const reported = bruteConfuse(probabilities(runCircuit(rotated)), n, r);
    let e = 0;
    for (let b = 0; b < reported.length; b++) {
      let par = 0;
      for (let v = b & (x | z); v; v &= v - 1) par ^= 1;
      e += (par ? -1 : 1) * reported[b]!;
    }
    total += t.coeff * e;
  }
  if (obs.diagonal) {
    const reported = bruteConfuse(probabilities(runCircuit(stateCircuit)), n, r);
    for (let b = 0; b < reported.length; b++) total += obs.diagonal[b]! * reported[b]!;
  }
  return total;
}

function randomReadout(rng: Rng): ReadoutError {
  return { p01: 0.3 * rng.next(), p10: 0.3 * rng.next() };
}

describe('applyReadoutToProbabilities', () => {
  it('equals the brute-force confusion product on random distributions (1e-14)', () => {
    const rng = createRng(31);
    for (let n = 1; n <= 5; n++) {
      const raw = new Float64Array(randomVector(rng, 1 << n).map(Math.abs));
      const sum = raw.reduce((a, b) => a + b, 0);
      const p = raw.map((v) => v / sum);
      const r = randomReadout(rng);
      const want = bruteConfuse(p, n, r);
      // 1e-14: n two-term sums per entry against 2^n-term sums; both are rounding only.
      expect(maxAbsDiff(applyReadoutToProbabilities(p, n, r), want)).toBeLessThan(1e-14);
      // In place, and the total stays 1.
      const inPlace = p.slice();
      applyReadoutToProbabilities(inPlace, n, r, inPlace);
      expect(maxAbsDiff(inPlace, want)).toBeLessThan(1e-14);
      expect(Math.abs(inPlace.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-14);
    }
  });

  it('leaves the distribution alone without error and refuses a bad one', () => {
    const p = new Float64Array([0.25, 0.75]);
    expect([...applyReadoutToProbabilities(p, 1, { p01: 0, p10: 0 })]).toEqual([0.25, 0.75]);
    expect(() => applyReadoutToProbabilities(p, 2, { p01: 0.1, p10: 0 })).toThrow(SimError);
    expect(() => applyReadoutToProbabilities(p, 1, { p01: 1.1, p10: 0 })).toThrow(
      /P\(read 1 \| 0\)/,
    );
  });
});

describe('readoutObservable', () => {
  it('gives the expectation measured with readout error, on random states and Pauli sums (1e-12)', () => {
    const rng = createRng(32);
    for (let n = 1; n <= 4; n++) {
      for (let rep = 0; rep < 4; rep++) {
        const stateCircuit = randomStateCircuit(rng, n, 2);
        const obs = randomObservable(rng, n, 5, rep % 2 === 0);
        const r = randomReadout(rng);
        const state: StateVector = runCircuit(stateCircuit);
        const folded = expectation(state, compileObservable(readoutObservable(obs, n, r), n));
        const byHand = measuredByHand(stateCircuit, obs, r);
        // 1e-12: sums of ≤ 2^4 terms of rounding on both sides.
        expect(Math.abs(folded - byHand)).toBeLessThan(1e-12);
        // Not vacuous: the readout error changes the value.
        const ideal = expectation(state, compileObservable(obs, n));
        expect(Math.abs(folded - ideal)).toBeGreaterThan(1e-4);
      }
    }
  });

  it('scales each term by (1 − 2p)^weight when p01 = p10 = p', () => {
    const obs: Observable = {
      terms: [
        { coeff: 2, label: 'XYZ' },
        { coeff: -1, label: 'Z1' },
        { coeff: 0.5, label: 'X0 Z2' },
      ],
    };
    const out = readoutObservable(obs, 3, { p01: 0.1, p10: 0.1 });
    const terms = (out.terms ?? []).map((t) => ({ ...parsePauli(t.label, 3), coeff: t.coeff }));
    expect(terms.length).toBe(3);
    const want = [
      { label: 'XYZ', coeff: 2 * 0.8 ** 3 },
      { label: 'Z1', coeff: -0.8 },
      { label: 'X0 Z2', coeff: 0.5 * 0.8 ** 2 },
    ];
    want.forEach((w, i) => {
      const m = parsePauli(w.label, 3);
      expect(terms[i]).toMatchObject({ x: m.x, z: m.z });
      expect(Math.abs(terms[i]!.coeff - w.coeff)).toBeLessThan(1e-15);
    });
  });

  it('expands a term into its sub-strings with asymmetric error, merging equal ones', () => {
    // Z0 Z1 → c²·Z0Z1 + a·c·(Z0 + Z1) + a²; plus Z0 → c·Z0 + a. a = p10 − p01, c = 1 − p01 − p10.
    const r = { p01: 0.1, p10: 0.3 };
    const a = 0.2;
    const c = 0.6;
    const out = readoutObservable({ terms: [{ coeff: 1, label: 'ZZ' }, { coeff: 1, label: 'Z0' }] }, 2, r); // prettier-ignore
    const byLabel = new Map((out.terms ?? []).map((t) => [t.label, t.coeff]));
    expect(byLabel.size).toBe(4);
    expect(byLabel.get('Z1 Z0')).toBeCloseTo(c * c, 15);
    expect(byLabel.get('Z0')).toBeCloseTo(a * c + c, 15);
    expect(byLabel.get('Z1')).toBeCloseTo(a * c, 15);
    expect(byLabel.get('')).toBeCloseTo(a * a + a, 15);
  });

  it('returns the observable itself without readout error, and refuses oversized expansions', () => {
    const obs: Observable = { terms: [{ coeff: 1, label: 'X0' }] };
    expect(readoutObservable(obs, 1, { p01: 0, p10: 0 })).toBe(obs);
    const wide: Observable = { terms: [{ coeff: 1, label: 'Z'.repeat(20) }] };
    expect(() => readoutObservable(wide, 20, { p01: 0.01, p10: 0.02 })).toThrow(/2\^w terms/);
    // Symmetric error keeps one term per string, whatever its weight.
    expect(readoutObservable(wide, 20, { p01: 0.01, p10: 0.01 }).terms?.length).toBe(1);
  });
});
