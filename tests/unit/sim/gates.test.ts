// The gate catalogue against matrices written from the definitions (tests/unit/sim/reference.ts):
// every base matrix, the derivative matrices used by the adjoint method, and the catalogue's shape.
import { describe, expect, it } from 'vitest';
import {
  GATES,
  GATE_NAMES,
  createRng,
  gateMatrix,
  isGateName,
  targetCount,
} from '../../../workers/sim';
import type { GateName } from '../../../workers/sim';
import {
  PAULI_Y,
  REF_GATES,
  REF_GATE_NAMES,
  cis,
  controlled,
  diag,
  fromRows,
  localMatrix,
  matMul,
  maxDiffC,
  maxDiffMat,
  phaseGate,
  rotation,
  u3Gate,
  type CMat,
} from './reference';

/** Random angles in (−2π, 2π), plus the special values where closed forms often slip. */
function angleSets(seed: number, count: number, k: number): number[][] {
  const rng = createRng(seed);
  const sets: number[][] = [new Array<number>(k).fill(0), new Array<number>(k).fill(Math.PI)];
  for (let i = 0; i < count; i++)
    sets.push(Array.from({ length: k }, () => (rng.next() - 0.5) * 4 * Math.PI));
  return sets;
}

/** Largest |M†M − I| entry. */
function unitarityError(m: CMat): number {
  const d = m.d;
  let worst = 0;
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      let re = 0;
      let im = 0;
      for (let k = 0; k < d; k++) {
        re += m.re[k * d + r]! * m.re[k * d + c]! + m.im[k * d + r]! * m.im[k * d + c]!;
        im += m.re[k * d + r]! * m.im[k * d + c]! - m.im[k * d + r]! * m.re[k * d + c]!;
      }
      worst = Math.max(worst, Math.hypot(re - (r === c ? 1 : 0), im));
    }
  return worst;
}

/** Interleaved matrix → CMat. */
function toCMat(m: Float64Array): CMat {
  const d = Math.round(Math.sqrt(m.length / 2));
  const out = fromRows(Array.from({ length: d }, () => new Array<number>(d).fill(0)));
  for (let i = 0; i < d * d; i++) {
    out.re[i] = m[2 * i]!;
    out.im[i] = m[2 * i + 1]!;
  }
  return out;
}

describe('gateMatrix', () => {
  it('lists the same gates as the reference, in a table keyed by name', () => {
    expect([...GATE_NAMES].sort()).toEqual([...REF_GATE_NAMES].sort());
    for (const name of GATE_NAMES) {
      expect(GATES[name].name).toBe(name);
      expect(isGateName(name)).toBe(true);
    }
    expect(isGateName('CCZ')).toBe(false);
    expect(isGateName('toString')).toBe(false);
    expect(isGateName(3)).toBe(false);
  });

  it('has the reference shape: named controls, base qubits, angle count, target count', () => {
    for (const name of GATE_NAMES) {
      const g = GATES[name];
      const ref = REF_GATES[name];
      expect([name, g.namedControls, g.baseQubits, g.angles]).toEqual([
        name,
        ref.named,
        ref.base,
        ref.angles,
      ]);
      expect(targetCount(g)).toBe(ref.named + ref.base);
      expect(g.angleNames.length).toBe(g.angles);
      expect(g.centredGenerator.length).toBe(g.angles);
      expect(g.derivative === null).toBe(g.angles === 0);
    }
  });

  it.each(GATE_NAMES.map((n) => [n]))(
    '%s equals the matrix of its definition',
    (name: GateName) => {
      const ref = REF_GATES[name];
      for (const a of angleSets(101, 8, ref.angles)) {
        const m = gateMatrix(name, a);
        expect(m.length).toBe(ref.base === 1 ? 8 : 32);
        // 1e-12: a handful of trig evaluations against a Taylor-series exponential, both ~1e-16.
        expect(maxDiffMat(m, ref.matrix(a))).toBeLessThan(1e-12);
        expect(unitarityError(toCMat(m))).toBeLessThan(1e-12);
      }
    },
  );

  it('agrees with textbook identities (S = P(π/2), T = P(π/4), SX² = X, U3 = P(φ)·RY(θ)·P(λ))', () => {
    // 1e-12 throughout: products of two or three 2×2 matrices of O(1) entries.
    expect(maxDiffMat(gateMatrix('S'), phaseGate(Math.PI / 2))).toBeLessThan(1e-12);
    expect(maxDiffMat(gateMatrix('T'), phaseGate(Math.PI / 4))).toBeLessThan(1e-12);
    expect(maxDiffMat(gateMatrix('SDG'), phaseGate(-Math.PI / 2))).toBeLessThan(1e-12);
    expect(maxDiffMat(gateMatrix('TDG'), phaseGate(-Math.PI / 4))).toBeLessThan(1e-12);
    const sx = toCMat(gateMatrix('SX'));
    expect(maxDiffMat(gateMatrix('X'), matMul(sx, sx))).toBeLessThan(1e-12);
    for (const [t, f, l] of angleSets(7, 5, 3)) {
      const pry = matMul(phaseGate(f!), matMul(rotation(PAULI_Y, t!), phaseGate(l!)));
      expect(maxDiffMat(gateMatrix('U3', [t!, f!, l!]), pry)).toBeLessThan(1e-12);
      expect(maxDiffMat(gateMatrix('U3', [t!, f!, l!]), u3Gate(t!, f!, l!))).toBeLessThan(1e-12);
    }
    // RZ(θ) = diag(e^{−iθ/2}, e^{iθ/2}): the sign convention of exp(−iθZ/2).
    expect(maxDiffMat(gateMatrix('RZ', [0.7]), diag([cis(-0.35), cis(0.35)]))).toBeLessThan(1e-12);
  });

  it('defaults to no angles for fixed gates and returns a fresh array each call', () => {
    const a = gateMatrix('H');
    a[0] = 42;
    expect(gateMatrix('H')[0]).toBe(Math.SQRT1_2);
  });
});

describe('named controlled gates on all their targets', () => {
  // Literal matrices, local index Σ bit(targets[i])·2^i, targets = [control(s)…, target].
  it('CNOT, CZ, CP, CRX and TOFFOLI as written out by hand', () => {
    const cnot = fromRows([[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0]]); // prettier-ignore
    const cz = diag([
      [1, 0],
      [1, 0],
      [1, 0],
      [-1, 0],
    ]);
    const cp = diag([[1, 0], [1, 0], [1, 0], cis(0.9)]);
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    const crx = fromRows([[1, 0, 0, 0], [0, c, 0, [0, -s]], [0, 0, 1, 0], [0, [0, -s], 0, c]]); // prettier-ignore
    const toffoli = fromRows(
      Array.from({ length: 8 }, (_, r) =>
        Array.from({ length: 8 }, (_, k) => {
          const swapped = (i: number) => (i === 3 ? 7 : i === 7 ? 3 : i);
          return swapped(r) === k ? 1 : 0;
        }),
      ),
    );
    // 1e-12: exact small rationals and one cos/sin pair.
    const cases: [GateName, number[], CMat][] = [
      ['CNOT', [], cnot],
      ['CZ', [], cz],
      ['CP', [0.9], cp],
      ['CRX', [0.6], crx],
      ['TOFFOLI', [], toffoli],
    ];
    for (const [name, a, m] of cases) {
      expect(maxDiffC(localMatrix(name, a), m)).toBeLessThan(1e-12);
      // The catalogue's base matrix is the block the controls switch on.
      const g = GATES[name];
      const base = toCMat(gateMatrix(name, a));
      expect(maxDiffC(controlled(base, g.namedControls), m)).toBeLessThan(1e-12);
    }
  });
});

describe('derivative matrices', () => {
  const angled = GATE_NAMES.filter((n) => GATES[n].angles > 0);
  it.each(angled.map((n) => [n]))(
    '∂U/∂angle of %s matches a central difference',
    (name: GateName) => {
      const g = GATES[name];
      const size = g.baseQubits === 1 ? 8 : 32;
      const h = 1e-5;
      for (const a of angleSets(303, 4, g.angles)) {
        for (let j = 0; j < g.angles; j++) {
          const d = new Float64Array(size);
          g.derivative!(a, j, d, 0);
          const up = a.slice();
          const down = a.slice();
          up[j]! += h;
          down[j]! -= h;
          const mu = gateMatrix(name, up);
          const md = gateMatrix(name, down);
          for (let i = 0; i < size; i++) {
            // 1e-9: central-difference truncation h²/6·|U'''| ≤ 2e-11 plus rounding 1e-16/h = 1e-11.
            expect(Math.abs(d[i]! - (mu[i]! - md[i]!) / (2 * h))).toBeLessThan(1e-9);
          }
        }
      }
    },
  );

  it('writes at the requested offset without touching the rest', () => {
    const out = new Float64Array(40).fill(7);
    GATES.RX.derivative!([0.4], 0, out, 8);
    expect(out[0]).toBe(7);
    expect(out[16]).toBe(7);
    // 1e-15: ∂RX/∂θ at θ=0.4 has (0,0) entry −sin(0.2)/2, one evaluation.
    expect(Math.abs(out[8]! + Math.sin(0.2) / 2)).toBeLessThan(1e-15);
  });
});
