// Shot sampling: counts follow the probabilities (seeded chi-square test that also rejects a wrong
// distribution), seeds reproduce, shot estimates of ⟨M⟩ and of parameter-shift gradients are
// within 5σ of the exact values.
import { describe, expect, it } from 'vitest';
import {
  MAX_SHOTS,
  SimError,
  compileObservable,
  createRng,
  createSimulator,
  createState,
  estimateExpectation,
  probabilities,
  runCircuit,
  sampleCounts,
  sampleState,
} from '../../../workers/sim';
import type { Binding, Circuit, Operation, PauliTerm } from '../../../workers/sim';
import { fromAmp, observableMatrix, pauliMatrix, refRun, sandwich, type CVec } from './reference';
import { randomCircuit, randomDenseLabel, randomStateCircuit, randomVector } from './random';

// ── χ² distribution: regularised incomplete gamma (series and continued fraction) ─────────────────────

/** ln Γ(a) for a a positive multiple of ½ (all χ² needs): from Γ(½) = √π, Γ(1) = 1, Γ(a+1) = aΓ(a). */
function lnGamma(a: number): number {
  let x = Number.isInteger(a) ? 1 : 0.5;
  let g = Number.isInteger(a) ? 0 : 0.5 * Math.log(Math.PI);
  for (; x < a - 1e-9; x++) g += Math.log(x);
  return g;
}

/** Q(a, x) = Γ(a, x)/Γ(a): series below a + 1, continued fraction above. */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++)
      sum += term *= x / (a + n);
    return 1 - sum * front;
  }
  let b = x + 1 - a;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = 1 / (an * d + b);
    c = b + an / c;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h * front;
}

/** P(χ²_df ≥ x). */
const chiSquareSurvival = (x: number, df: number): number => gammaQ(df / 2, x / 2);

/** The x with P(χ²_df ≥ x) = p, by bisection. */
function chiSquareCritical(p: number, df: number): number {
  let lo = 0;
  let hi = 10 * df + 100;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareSurvival(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Pearson χ² of counts against probabilities p, bins with expected count < 5 pooled. */
function chiSquare(
  counts: Int32Array,
  p: Float64Array,
  shots: number,
): { stat: number; df: number } {
  let stat = 0;
  let bins = 0;
  let poolObs = 0;
  let poolExp = 0;
  p.forEach((pb, b) => {
    const e = pb * shots;
    if (e < 5) {
      poolObs += counts[b]!;
      poolExp += e;
      return;
    }
    stat += (counts[b]! - e) ** 2 / e;
    bins++;
  });
  if (poolExp > 0) {
    stat += (poolObs - poolExp) ** 2 / Math.max(poolExp, 1e-12);
    bins++;
  }
  return { stat, df: bins - 1 };
}

const P_VALUE = 1e-4;

describe('χ² helper', () => {
  it('reproduces textbook critical values', () => {
    // Tables give 4 decimals; 1e-4 relative covers their rounding.
    expect(Math.abs(chiSquareCritical(0.05, 1) - 3.8415) / 3.8415).toBeLessThan(1e-4);
    expect(Math.abs(chiSquareCritical(0.05, 7) - 14.0671) / 14.0671).toBeLessThan(1e-4);
    expect(Math.abs(chiSquareCritical(0.001, 10) - 29.5883) / 29.5883).toBeLessThan(1e-4);
    // df = 2 is exponential: survival e^{−x/2}; 1e-12 relative for the series/fraction.
    for (const x of [0.5, 3, 20])
      expect(Math.abs(chiSquareSurvival(x, 2) / Math.exp(-x / 2) - 1)).toBeLessThan(1e-12);
  });
});

describe('sampleCounts', () => {
  const shots = 50_000;

  it('frequencies pass a χ² test at p = 1e-4 on random states; a wrong distribution fails it', () => {
    const rng = createRng(21);
    for (let rep = 0; rep < 6; rep++) {
      const n = 2 + (rep % 3);
      const p = probabilities(runCircuit(randomStateCircuit(rng, n)));
      const counts = sampleCounts(p, shots, createRng(1000 + rep));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(shots);
      const good = chiSquare(counts, p, shots);
      expect(good.stat).toBeLessThan(chiSquareCritical(P_VALUE, good.df));
      // Move 1% of the probability from the likeliest outcome to the least likely one.
      const wrong = p.slice();
      const hi = wrong.indexOf(Math.max(...wrong));
      const lo = wrong.indexOf(Math.min(...wrong));
      wrong[hi] = wrong[hi]! - 0.01;
      wrong[lo] = wrong[lo]! + 0.01;
      const bad = chiSquare(counts, wrong, shots);
      expect(bad.stat).toBeGreaterThan(chiSquareCritical(P_VALUE, bad.df));
    }
  });

  it('a fixed distribution: the same seed gives the same counts, another seed others', () => {
    const p = new Float64Array([0.1, 0.2, 0.3, 0.4]);
    const a = sampleCounts(p, 1000, createRng(5));
    const b = sampleCounts(p, 1000, createRng(5));
    const c = sampleCounts(p, 1000, createRng(6));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    const chi = chiSquare(a, p, 1000);
    expect(chi.stat).toBeLessThan(chiSquareCritical(P_VALUE, chi.df));
  });

  it('never draws a zero-probability outcome and normalises an unnormalised p', () => {
    const p = new Float64Array([0, 2, 0, 0, 6, 0]);
    const counts = sampleCounts(p, 20_000, createRng(8));
    expect([counts[0], counts[2], counts[3], counts[5]]).toEqual([0, 0, 0, 0]);
    const chi = chiSquare(counts, new Float64Array([0, 0.25, 0, 0, 0.75, 0]), 20_000);
    expect(chi.stat).toBeLessThan(chiSquareCritical(P_VALUE, chi.df));
    expect(Array.from(sampleCounts(new Float64Array([0, 0, 1]), 7, createRng(1)))).toEqual([
      0, 0, 7,
    ]);
  });

  it('reuses `out`, and sampleState is sampleCounts of the probabilities', () => {
    const s = runCircuit(randomStateCircuit(createRng(3), 3));
    const out = new Int32Array(8).fill(99);
    expect(sampleCounts(probabilities(s), 500, createRng(4), out)).toBe(out);
    expect(Array.from(sampleState(s, 500, createRng(4)))).toEqual(Array.from(out));
  });

  it.each([[0], [-3], [2.5], [NaN], [MAX_SHOTS + 1]])('rejects %s shots', (bad: number) => {
    expect(() => sampleCounts(new Float64Array([1]), bad, createRng(1))).toThrow(SimError);
    expect(() => sampleCounts(new Float64Array([1]), bad, createRng(1))).toThrow(/shots/);
  });
});

/** Exact ⟨M⟩ and the standard deviation of its estimate from `shots` shots per term. */
function exactAndSigma(
  v: CVec,
  n: number,
  terms: PauliTerm[],
  diagonal: Float64Array | undefined,
  shots: number,
) {
  const [exact] = sandwich(v, observableMatrix(n, terms, diagonal), v);
  let variance = 0;
  for (const t of terms) {
    const [e] = sandwich(v, pauliMatrix(t.label, n), v);
    variance += (t.coeff ** 2 * (1 - e * e)) / shots; // one shot gives ±1
  }
  if (diagonal) {
    let m1 = 0;
    let m2 = 0;
    diagonal.forEach((w, b) => {
      const pb = v.re[b]! ** 2 + v.im[b]! ** 2;
      m1 += pb * w;
      m2 += pb * w * w;
    });
    variance += (m2 - m1 * m1) / shots;
  }
  return { exact, sigma: Math.sqrt(variance) };
}

describe('estimateExpectation', () => {
  it('is within 5σ of ⟨ψ|M|ψ⟩ for Pauli sums with X, Y, Z terms and a diagonal', () => {
    const rng = createRng(31);
    const shots = 20_000;
    for (let rep = 0; rep < 8; rep++) {
      const n = 1 + (rep % 4);
      const s = runCircuit(randomStateCircuit(rng, n));
      const terms: PauliTerm[] = [
        { coeff: 0.8, label: 'X'.padStart(n, 'I') },
        { coeff: -0.6, label: 'Y'.padStart(n, 'I') },
        { coeff: 0.5, label: 'Z'.padStart(n, 'Z') },
        { coeff: rng.next() - 0.5, label: randomDenseLabel(rng, n) },
        { coeff: 0.3, label: 'I'.repeat(n) },
      ];
      const diagonal = rep % 2 ? new Float64Array(randomVector(rng, 1 << n)) : undefined;
      const obs = compileObservable({ terms, diagonal }, n);
      const est = estimateExpectation(s, obs, shots, createRng(700 + rep), createState(n));
      const { exact, sigma } = exactAndSigma(fromAmp(s.amp), n, terms, diagonal, shots);
      expect(sigma).toBeGreaterThan(0);
      // 5σ: a correct estimator fails this with probability < 6e-7 per case.
      expect(Math.abs(est - exact)).toBeLessThan(5 * sigma);
    }
  });

  it('eigenstates give exact answers: ⟨Y⟩ = ±1 on |±i⟩, ⟨X⟩ = 1 on |+⟩, identity = its coefficient', () => {
    const est = (c: Circuit, label: string) =>
      estimateExpectation(runCircuit(c), compileObservable({ terms: [{ coeff: 1, label }] }, 1), 100, createRng(2), createState(1));
    const h: Operation = { gate: 'H', targets: [0] };
    expect(est({ qubits: 1, ops: [h, { gate: 'S', targets: [0] }] }, 'Y')).toBe(1);
    expect(est({ qubits: 1, ops: [h, { gate: 'SDG', targets: [0] }] }, 'Y')).toBe(-1);
    expect(est({ qubits: 1, ops: [h] }, 'X')).toBe(1);
    expect(est({ qubits: 1, ops: [{ gate: 'X', targets: [0] }] }, 'Z')).toBe(-1);
    expect(est({ qubits: 1, ops: [h] }, 'I')).toBe(1);
  }); // prettier-ignore

  it('does not disturb the state it measures', () => {
    const s = runCircuit(randomStateCircuit(createRng(4), 2));
    const before = s.amp.slice();
    estimateExpectation(
      s,
      compileObservable({ terms: [{ coeff: 1, label: 'XY' }] }, 2),
      10,
      createRng(1),
      createState(2),
    );
    expect(Array.from(s.amp)).toEqual(Array.from(before));
  });
});

describe('shot-based parameter shift', () => {
  it('is within 5σ of the exact gradient, and its value within 5σ of ⟨M⟩', () => {
    const rng = createRng(41);
    const shots = 20_000;
    for (let rep = 0; rep < 4; rep++) {
      const n = 2 + (rep % 2);
      const numParams = 3;
      const circuit = randomCircuit(rng, n, 8, {
        gates: ['RY', 'CRX', 'U3', 'RXX', 'CP', 'H', 'CNOT'],
        numParams,
        numFeatures: 1,
      });
      const terms: PauliTerm[] = [
        { coeff: 0.7, label: randomDenseLabel(rng, n) },
        { coeff: -0.4, label: 'Y'.padStart(n, 'I') },
        { coeff: 0.5, label: 'X'.padStart(n, 'Z') },
      ];
      const params = randomVector(rng, numParams, 2);
      const x = randomVector(rng, 1);
      const sim = createSimulator(circuit);
      const obs = sim.observable({ terms });
      const exact = new Float64Array(numParams);
      sim.gradient(obs, params, x, exact);
      const est = new Float64Array(numParams);
      const value = sim.gradient(obs, params, x, est, {
        kind: 'shift',
        shots,
        rng: createRng(900 + rep),
      });

      // Each measure() averages `shots` ±1 outcomes per term: variance ≤ Σ c_t² / shots. A shift
      // rule has Σ coeff² ≤ ½ (two terms: ½; four terms: 3/8), and angle a moves with ∂a/∂θ_k.
      const perMeasure = terms.reduce((s, t) => s + t.coeff ** 2, 0) / shots;
      const bindings: Binding[] = circuit.ops.flatMap((op) => op.params ?? []);
      for (let k = 0; k < numParams; k++) {
        let variance = 0;
        for (const b of bindings) {
          let d = 0;
          if (b.kind === 'param' && b.index === k) d += 1;
          if (b.kind === 'feature')
            d += (b.weight === k ? x[b.feature]! : 0) + (b.bias === k ? 1 : 0);
          variance += 0.5 * d * d * perMeasure;
        }
        // 5σ with σ an upper bound: the test only gets stricter as the bound tightens.
        expect(Math.abs(est[k]! - exact[k]!)).toBeLessThanOrEqual(5 * Math.sqrt(variance));
      }
      const psi = refRun(circuit, params, x);
      const { exact: m, sigma } = exactAndSigma(psi, n, terms, undefined, shots);
      expect(Math.abs(value - m)).toBeLessThan(5 * sigma);
    }
  });
});
