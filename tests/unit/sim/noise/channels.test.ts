// Noise channels: trace-preserving Kraus sets, applyChannel against Σ K ρ K† computed densely on
// random mixed states, the physics each channel promises (Bloch-vector contractions, relaxation,
// reset), and the messages of checkChannel.
import { describe, expect, it } from 'vitest';
import { SimError, compileObservable, createRng, runCircuit } from '../../../../workers/sim';
import { applyChannel, checkChannel, krausOperators } from '../../../../workers/sim/noise/channels';
import { densityFromState, densityTrace } from '../../../../workers/sim/noise/density';
import { densityBloch, densityExpectation } from '../../../../workers/sim/noise/dmReadout';
import type { ChannelName, ChannelOp, DensityMatrix } from '../../../../workers/sim/noise/types';
import { pickQubits, randomStateCircuit } from '../random';
import { combine, dagger, identity, matMul, maxDiffC, maxDiffMat, zeros } from '../reference';
import { denseChannel, fromInterleaved, hermitianDefect, randomMixed, toDensity } from './helpers';

const NAMES: ChannelName[] = [
  'depolarizing',
  'depolarizing2',
  'amplitudeDamping',
  'phaseDamping',
  'bitFlip',
  'phaseFlip',
  'reset',
];
const PS = [0, 0.05, 0.3, 0.5, 0.75, 0.9, 1];

describe('Kraus operators', () => {
  it('are trace preserving: Σ K†K = I to 1e-14 for every channel and several p', () => {
    for (const name of NAMES)
      for (const p of PS) {
        const ks = krausOperators(name, p);
        const d = name === 'depolarizing2' ? 4 : 2;
        let sum = zeros(d);
        for (const k of ks) {
          expect(k.length).toBe(2 * d * d);
          const m = fromInterleaved(k);
          sum = combine(1, sum, 1, matMul(dagger(m), m));
        }
        expect(maxDiffC(sum, identity(d))).toBeLessThan(1e-14);
      }
  });
});

describe('applyChannel', () => {
  it('equals Σ K ρ K† computed densely on random mixed states (3 and 5 qubits)', () => {
    const rng = createRng(1500);
    for (const n of [3, 5])
      for (const name of NAMES)
        for (const p of [0.13, 0.6, 1]) {
          const mixed = randomMixed(rng, n);
          const qubits = pickQubits(rng, n, name === 'depolarizing2' ? 2 : 1);
          const rho = toDensity(mixed);
          applyChannel(rho, { name, qubits, p });
          const want = denseChannel(mixed, n, krausOperators(name, p), qubits);
          // 1e-14: a handful of products of entries ≤ 1 per output entry.
          expect(maxDiffMat(rho.data, want), `${name} p=${p} on ${qubits.join(',')}`).toBeLessThan(
            1e-14,
          );
          expect(Math.abs(densityTrace(rho) - 1)).toBeLessThan(1e-14);
          expect(hermitianDefect(rho)).toBeLessThan(1e-15);
        }
  });

  it('leaves ρ unchanged at p = 0', () => {
    const rng = createRng(1501);
    const mixed = randomMixed(rng, 3);
    for (const name of NAMES.filter((x) => x !== 'reset')) {
      const rho = toDensity(mixed);
      applyChannel(rho, { name, qubits: name === 'depolarizing2' ? [0, 2] : [1], p: 0 });
      expect(maxDiffMat(rho.data, mixed)).toBe(0);
    }
  });
});

/** A random pure state of n qubits as a density matrix. */
function randomPure(seed: number, n: number): DensityMatrix {
  return densityFromState(runCircuit(randomStateCircuit(createRng(seed), n)));
}

function bloch(rho: DensityMatrix, q: number): [number, number, number] {
  const v = new Float64Array(3);
  densityBloch(rho, q, v);
  return [v[0]!, v[1]!, v[2]!];
}

/** Applies a channel to qubit q and returns the Bloch vectors before and after. */
function through(rho: DensityMatrix, op: ChannelOp): { before: number[]; after: number[] } {
  const before = bloch(rho, op.qubits[0]!);
  applyChannel(rho, op);
  return { before, after: bloch(rho, op.qubits[0]!) };
}

// 1e-14: one channel on a state whose entries are ≤ 1, read back by sums of ≤ 2^4 entries.
const TOL = 1e-14;

describe('what each channel does to a qubit', () => {
  it('depolarizing(p) contracts the Bloch vector by 1 − 4p/3', () => {
    for (const p of [0.1, 0.4, 0.75, 1]) {
      const { before, after } = through(randomPure(10, 4), {
        name: 'depolarizing',
        qubits: [2],
        p,
      });
      for (let i = 0; i < 3; i++)
        expect(Math.abs(after[i]! - (1 - (4 * p) / 3) * before[i]!)).toBeLessThan(TOL);
    }
  });

  it('depolarizing2(p) contracts every non-identity two-qubit Pauli by 1 − 16p/15', () => {
    const letters = ['I', 'X', 'Y', 'Z'];
    for (const p of [0.2, 0.9375]) {
      const rho = randomPure(11, 4);
      const labels: string[] = [];
      for (let i = 1; i < 16; i++) {
        const a = letters[i & 3]!, b = letters[i >> 2]!;
        labels.push([a === 'I' ? '' : `${a}3`, b === 'I' ? '' : `${b}1`].join(' ').trim());
      }
      const obs = labels.map((label) => compileObservable({ terms: [{ coeff: 1, label }] }, 4));
      const before = obs.map((o) => densityExpectation(rho, o));
      applyChannel(rho, { name: 'depolarizing2', qubits: [3, 1], p });
      obs.forEach((o, i) => {
        const want = (1 - (16 * p) / 15) * before[i]!;
        expect(Math.abs(densityExpectation(rho, o) - want), labels[i]).toBeLessThan(TOL);
      });
      // An observable on other qubits is untouched.
      const other = compileObservable({ terms: [{ coeff: 1, label: 'X0 Y2' }] }, 4);
      expect(Math.abs(densityExpectation(rho, other) - densityExpectation(randomPure(11, 4), other))).toBeLessThan(TOL);
    }
  }); // prettier-ignore

  it('amplitude damping takes |1⟩ to p(0) = γ and contracts x, y by √(1 − γ)', () => {
    for (const g of [0.1, 0.5, 1]) {
      const one = densityFromState(runCircuit({ qubits: 2, ops: [{ gate: 'X', targets: [1] }] }));
      applyChannel(one, { name: 'amplitudeDamping', qubits: [1], p: g });
      expect(Math.abs((1 + bloch(one, 1)[2]) / 2 - g)).toBeLessThan(TOL);
      const { before, after } = through(randomPure(12, 3), { name: 'amplitudeDamping', qubits: [0], p: g });
      for (const i of [0, 1]) expect(Math.abs(after[i]! - Math.sqrt(1 - g) * before[i]!)).toBeLessThan(TOL);
      // z relaxes towards +1: z' = γ + (1 − γ)·z.
      expect(Math.abs(after[2]! - (g + (1 - g) * before[2]!))).toBeLessThan(TOL);
    }
  }); // prettier-ignore

  it('phase damping contracts x, y by √(1 − λ) and keeps z', () => {
    for (const l of [0.2, 0.7, 1]) {
      const { before, after } = through(randomPure(13, 3), { name: 'phaseDamping', qubits: [2], p: l });
      for (const i of [0, 1]) expect(Math.abs(after[i]! - Math.sqrt(1 - l) * before[i]!)).toBeLessThan(TOL);
      expect(Math.abs(after[2]! - before[2]!)).toBeLessThan(TOL);
    }
  }); // prettier-ignore

  it('bit flip contracts y, z by 1 − 2p and keeps x; phase flip contracts x, y and keeps z', () => {
    for (const p of [0.1, 0.5, 0.8]) {
      const bit = through(randomPure(14, 3), { name: 'bitFlip', qubits: [1], p });
      expect(Math.abs(bit.after[0]! - bit.before[0]!)).toBeLessThan(TOL);
      for (const i of [1, 2]) expect(Math.abs(bit.after[i]! - (1 - 2 * p) * bit.before[i]!)).toBeLessThan(TOL);
      const phase = through(randomPure(15, 3), { name: 'phaseFlip', qubits: [1], p });
      expect(Math.abs(phase.after[2]! - phase.before[2]!)).toBeLessThan(TOL);
      for (const i of [0, 1]) expect(Math.abs(phase.after[i]! - (1 - 2 * p) * phase.before[i]!)).toBeLessThan(TOL);
    }
  }); // prettier-ignore

  it('reset gives |0⟩⟨0| from any state, and keeps the other qubits', () => {
    const single = randomPure(16, 1);
    applyChannel(single, { name: 'reset', qubits: [0], p: 0 });
    expect(maxDiffMat(single.data, zerosOneAt0())).toBeLessThan(TOL);
    const rho = toDensity(randomMixed(createRng(17), 3));
    const others = [bloch(rho, 0), bloch(rho, 2)];
    applyChannel(rho, { name: 'reset', qubits: [1], p: 0.4 });
    const [x, y, z] = bloch(rho, 1);
    expect(Math.abs(x) + Math.abs(y) + Math.abs(z - 1)).toBeLessThan(TOL);
    const now = [bloch(rho, 0), bloch(rho, 2)];
    for (let k = 0; k < 2; k++)
      for (let i = 0; i < 3; i++) expect(Math.abs(now[k]![i]! - others[k]![i]!)).toBeLessThan(TOL);
  });
});

/** |0⟩⟨0| on one qubit as a reference matrix. */
function zerosOneAt0() {
  const m = zeros(2);
  m.re[0] = 1;
  return m;
}

describe('checkChannel', () => {
  const refuse = (op: ChannelOp, n = 3): SimError => {
    try {
      checkChannel(op, n);
    } catch (e) {
      expect(e).toBeInstanceOf(SimError);
      return e as SimError;
    }
    throw new Error(`${JSON.stringify(op)} was accepted`);
  };

  it('accepts every channel on valid qubits, reset with any p', () => {
    for (const name of NAMES)
      for (const p of [0, 0.5, 1])
        expect(() => checkChannel({ name, qubits: name === 'depolarizing2' ? [2, 0] : [2], p }, 3)).not.toThrow();
    expect(() => checkChannel({ name: 'reset', qubits: [0], p: 7 }, 1)).not.toThrow();
  }); // prettier-ignore

  it('names the channel and the probability outside [0, 1] or NaN', () => {
    expect(refuse({ name: 'depolarizing', qubits: [0], p: 1.5 }).message).toBe(
      'Depolarizing noise: p must be a probability from 0 to 1; got 1.5.',
    );
    expect(refuse({ name: 'amplitudeDamping', qubits: [0], p: -0.1 }).message).toBe(
      'Amplitude damping: γ must be a probability from 0 to 1; got -0.1.',
    );
    const nan = refuse({ name: 'phaseDamping', qubits: [0], p: Number.NaN });
    expect(nan.message).toBe('Phase damping: λ must be a probability from 0 to 1; got NaN.');
    expect(nan.field).toBe('channel.p');
  });

  it('names the channel for a wrong qubit count, a repeated or missing qubit', () => {
    expect(refuse({ name: 'depolarizing2', qubits: [1], p: 0.1 }).message).toBe(
      'Two-qubit depolarizing noise acts on two different qubits; got 1.',
    );
    expect(refuse({ name: 'bitFlip', qubits: [0, 1], p: 0.1 }).message).toBe(
      'Bit-flip noise acts on one qubit; got 2.',
    );
    expect(refuse({ name: 'depolarizing2', qubits: [2, 2], p: 0.1 }).message).toBe(
      'Two-qubit depolarizing noise needs two different qubits; got qubit 2 twice.',
    );
    const out = refuse({ name: 'phaseFlip', qubits: [3], p: 0.1 });
    expect(out.message).toBe('Phase-flip noise is on qubit 3, but the circuit has qubits 0 to 2.');
    expect(out.field).toBe('channel.qubits');
    expect(refuse({ name: 'reset', qubits: [1.5], p: 0 }).message).toMatch(
      /^Reset is on qubit 1.5/,
    );
    expect(refuse({ name: 'thermal' as ChannelName, qubits: [0], p: 0 }).message).toBe(
      '"thermal" is not a noise channel this simulator knows.',
    );
  });

  it('guards applyChannel too', () => {
    const rho = toDensity(randomMixed(createRng(18), 2));
    expect(() => applyChannel(rho, { name: 'depolarizing', qubits: [2], p: 0.1 })).toThrow(
      SimError,
    );
  });
});
