// The error-correction lesson: the repetition codes' exact logical error rates from the density
// simulator against 3p² − 2p³ and against an independent count over every Pauli error pattern;
// what they do against the wrong channel and depolarising noise; the Shor code; the circuits' steps.
import { describe, expect, it } from 'vitest';
import {
  analyticLogicalError,
  breakEven,
  logicalErrorRate,
  repetitionCode,
  repetitionErrors,
  shorCode,
  shorErrors,
  unencodedErrorRate,
  type CodeChannel,
  type LogicalErrors,
} from '../../../../workers/sim/noise/qec';

const PS = [0.01, 0.05, 0.1, 0.3, 0.5];
const CHANNELS: CodeChannel[] = ['bitFlip', 'phaseFlip', 'depolarizing'];

/** P(I), P(X), P(Y), P(Z) of one qubit under the channel. */
function pauliProbs(channel: CodeChannel, p: number): [number, number, number, number] {
  if (channel === 'bitFlip') return [1 - p, p, 0, 0];
  if (channel === 'phaseFlip') return [1 - p, 0, 0, p];
  return [1 - p, p / 3, p / 3, p / 3];
}

/**
 * The logical error rates by counting: every pattern of Paulis on the data qubits (independent,
 * with the channel's probabilities), mapped by `logical(xBits, zBits)` to the logical Pauli's
 * X and Z parts. Z reads wrong on an X part, X on a Z part, Y on exactly one of them.
 */
function byCounting(
  qubits: number,
  probs: readonly number[],
  logical: (x: number, z: number) => [boolean, boolean],
): LogicalErrors {
  const e = { Z: 0, X: 0, Y: 0, total: 0 };
  for (let pattern = 0; pattern < 4 ** qubits; pattern++) {
    let prob = 1;
    let x = 0;
    let z = 0;
    for (let q = 0; q < qubits; q++) {
      const k = (pattern >> (2 * q)) & 3; // 0 I, 1 X, 2 Y, 3 Z
      prob *= probs[k]!;
      if (k === 1 || k === 2) x |= 1 << q;
      if (k === 2 || k === 3) z |= 1 << q;
    }
    if (prob === 0) continue;
    const [xl, zl] = logical(x, z);
    if (xl) e.Z += prob;
    if (zl) e.X += prob;
    if (xl !== zl) e.Y += prob;
    if (xl || zl) e.total += prob;
  }
  return e;
}

const ones = (v: number): number => {
  let c = 0;
  for (; v; v &= v - 1) c++;
  return c;
};

/** Bit-flip code: the vote fixes one X (two make X̄); every Z reaches the codeword's phase. */
const bitFlipLogical = (x: number, z: number): [boolean, boolean] => [ones(x) >= 2, ones(z) % 2 === 1]; // prettier-ignore

/** Shor code: a block votes on its X's and passes the parity of its Z's; the outer code swaps them. */
function shorLogical(x: number, z: number): [boolean, boolean] {
  let flippedSigns = 0;
  let blockX = 0;
  for (let b = 0; b < 3; b++) {
    const bx = (x >> (3 * b)) & 7;
    const bz = (z >> (3 * b)) & 7;
    if (ones(bz) % 2 === 1) flippedSigns++;
    if (ones(bx) >= 2) blockX++;
  }
  return [flippedSigns >= 2, blockX % 2 === 1];
}

function expectErrors(got: LogicalErrors, want: LogicalErrors, tol: number): void {
  for (const k of ['Z', 'X', 'Y', 'total'] as const) expect(Math.abs(got[k] - want[k])).toBeLessThan(tol); // prettier-ignore
}

describe('the 3-qubit codes against their own channel', () => {
  it.each(PS)('p = %f: bit-flip code under bit flips = 3p² − 2p³ (1e-12)', (p) => {
    expect(Math.abs(logicalErrorRate('bitFlip', 'bitFlip', p) - analyticLogicalError(p))).toBeLessThan(1e-12); // prettier-ignore
  });

  it.each(PS)('p = %f: phase-flip code under phase flips = 3p² − 2p³ (1e-12)', (p) => {
    expect(Math.abs(logicalErrorRate('phaseFlip', 'phaseFlip', p) - analyticLogicalError(p))).toBeLessThan(1e-12); // prettier-ignore
  });

  it('gives 0.028 at p = 0.1 and breaks even with one qubit at p = 1/2', () => {
    expect(logicalErrorRate('bitFlip', 'bitFlip', 0.1)).toBeCloseTo(0.028, 12);
    for (const kind of ['bitFlip', 'phaseFlip'] as const) {
      const b = breakEven(kind);
      expect(b).toBe(0.5);
      expect(Math.abs(logicalErrorRate(kind, kind, b) - unencodedErrorRate(kind, kind, b))).toBeLessThan(1e-12); // prettier-ignore
      for (const p of [0.05, 0.2, 0.45]) {
        expect(logicalErrorRate(kind, kind, p)).toBeLessThan(unencodedErrorRate(kind, kind, p));
      }
      expect(logicalErrorRate(kind, kind, 0.7)).toBeGreaterThan(unencodedErrorRate(kind, kind, 0.7)); // prettier-ignore
    }
  });
});

describe('every code and channel against counting Pauli patterns', () => {
  it.each(CHANNELS)('%s: both 3-qubit codes, per input basis (1e-12)', (channel) => {
    for (const p of [0.03, 0.1, 0.3]) {
      const [pi, px, py, pz] = pauliProbs(channel, p);
      expectErrors(repetitionErrors('bitFlip', channel, p), byCounting(3, [pi, px, py, pz], bitFlipLogical), 1e-12); // prettier-ignore
      // The phase-flip code is the bit-flip code seen through H: X and Z swap places.
      expectErrors(repetitionErrors('phaseFlip', channel, p), byCounting(3, [pi, pz, py, px], bitFlipLogical), 1e-12); // prettier-ignore
    }
  });

  it.each(CHANNELS)('%s: the Shor code, per input basis (1e-12)', (channel) => {
    for (const p of [0.02, 0.15]) {
      expectErrors(shorErrors(channel, p), byCounting(9, pauliProbs(channel, p), shorLogical), 1e-12); // prettier-ignore
    }
  });
});

describe('the wrong channel, depolarising noise, no noise', () => {
  it('the bit-flip code under phase flips is worse than one qubit: 3p − 6p² + 4p³ against p', () => {
    for (const p of PS) {
      const want = (1 - (1 - 2 * p) ** 3) / 2;
      expect(Math.abs(logicalErrorRate('bitFlip', 'phaseFlip', p) - want)).toBeLessThan(1e-12);
      expect(Math.abs(unencodedErrorRate('bitFlip', 'phaseFlip', p) - p)).toBeLessThan(1e-12);
      // |0⟩ read in Z does not see phase flips at all; |+⟩ read in X takes all of it.
      const e = repetitionErrors('bitFlip', 'phaseFlip', p);
      expect(Math.abs(e.Z)).toBeLessThan(1e-12);
      expect(Math.abs(e.X - want)).toBeLessThan(1e-12);
    }
  });

  it('under depolarising noise both 3-qubit codes are worse than one qubit (≈ 2p against p)', () => {
    for (const p of [0.001, 0.01, 0.1, 0.3]) {
      for (const kind of ['bitFlip', 'phaseFlip'] as const) {
        const coded = logicalErrorRate(kind, 'depolarizing', p);
        expect(Math.abs(unencodedErrorRate(kind, 'depolarizing', p) - p)).toBeLessThan(1e-12);
        expect(coded).toBeGreaterThan(p);
      }
    }
    expect(logicalErrorRate('bitFlip', 'depolarizing', 0.001) / 0.001).toBeCloseTo(2, 2);
  });

  it('the Shor code corrects any single error: O(p²) under every channel', () => {
    for (const channel of CHANNELS) {
      const p = 1e-3;
      const e = shorErrors(channel, p).total;
      expect(e).toBeLessThan(30 * p * p);
      expect(e).toBeGreaterThan(p * p);
    }
  });

  it('with no noise nothing goes wrong (1e-14)', () => {
    for (const channel of CHANNELS) {
      for (const kind of ['bitFlip', 'phaseFlip'] as const) {
        expectErrors(repetitionErrors(kind, channel, 0), { Z: 0, X: 0, Y: 0, total: 0 }, 1e-14);
      }
      expectErrors(shorErrors(channel, 0), { Z: 0, X: 0, Y: 0, total: 0 }, 1e-14);
    }
  });

  it('refuses a bad probability, code or channel', () => {
    expect(() => logicalErrorRate('bitFlip', 'bitFlip', 1.2)).toThrow(/from 0 to 1/);
    expect(() => repetitionCode('shor' as 'bitFlip', 'bitFlip', 0.1)).toThrow(/bitFlip/);
    expect(() => repetitionCode('bitFlip', 'amplitudeDamping' as 'bitFlip', 0.1)).toThrow(/depolarizing/); // prettier-ignore
  });
});

describe('the code circuits', () => {
  it('split into contiguous named steps, with the noise on the data qubits after encoding', () => {
    for (const kind of ['bitFlip', 'phaseFlip'] as const) {
      const code = repetitionCode(kind, 'bitFlip', 0.1);
      expect(code.circuit.qubits).toBe(5);
      const names = code.steps.map((s) => s.name);
      expect(names).toEqual([...(kind === 'phaseFlip' ? ['Prepare'] : []), 'Encode', 'Noise', 'Syndrome', 'Correct', 'Decode']); // prettier-ignore
      code.steps.forEach((s, i) => expect(s.from).toBe(i === 0 ? 0 : code.steps[i - 1]!.to));
      expect(code.steps.at(-1)!.to).toBe(code.circuit.ops.length);
      const noise = code.steps.find((s) => s.name === 'Noise')!;
      expect(noise.to).toBe(noise.from);
      expect(code.placed.map((c) => [c.qubits[0], c.after, c.name, c.p])).toEqual(
        [0, 1, 2].map((q) => [q, noise.from - 1, 'bitFlip', 0.1]),
      );
      // Correction: the syndrome (ancilla 3, ancilla 4) names the qubit to fix.
      const correct = code.steps.find((s) => s.name === 'Correct')!;
      const fixes = code.circuit.ops.slice(correct.from, correct.to);
      expect(fixes).toEqual([
        [0, [1, 0]],
        [1, [1, 1]],
        [2, [0, 1]],
      ].map(([q, states]) => ({ gate: kind === 'bitFlip' ? 'X' : 'Z', targets: [q], controls: [3, 4], controlStates: states }))); // prettier-ignore
      // Decoding undoes encoding: the same self-inverse gates in reverse order.
      const ops = (name: string) => {
        const s = code.steps.find((t) => t.name === name)!;
        return code.circuit.ops.slice(s.from, s.to);
      };
      expect(ops('Decode')).toEqual(ops('Encode').reverse());
      expect(code.readout.terms).toEqual([{ coeff: 1, label: kind === 'bitFlip' ? 'Z0' : 'X0' }]);
    }
  });

  it('the Shor code fits the density limit with nine data qubits and no ancillas', () => {
    const code = shorCode('depolarizing', 0.1);
    expect(code.circuit.qubits).toBe(9);
    expect(code.placed.length).toBe(9);
    expect(code.steps.map((s) => s.name)).toEqual(['Encode', 'Noise', 'Correct and decode']);
  });
});
