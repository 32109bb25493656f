// Every gate of qelib1.inc and stdgates.inc, imported: its action on random states (with a
// spectator qubit, so the states are entangled) equals the gate's textbook matrix, written here.
// Under `ctrl @`, `negctrl @` and `inv @` (OpenQASM 3) global phases become visible and must match too.
import { describe, expect, it } from 'vitest';
import { createRng, runCircuit, type Rng } from '../../../workers/sim';
import { pickQubits } from '../sim/random';
import {
  SWAP, SX, X, Y, Z, H, adjoint, applyMatrix, blockControlled, controlled, cx, expi, identity,
  importOk, matMul, seedOf, phase, randomPrep, rx, rxx, ry, rz, rzz, scale, stateAfter, u3, expectSameState,
  type Cx, type Matrix,
} from './qasmImportHelpers'; // prettier-ignore

type Version = 2 | 3;

interface GateCase {
  angles: number;
  qubits: number;
  matrix: (a: number[], v: Version) => Matrix;
}

const PI = Math.PI;
const g = (angles: number, qubits: number, matrix: GateCase['matrix']): GateCase => ({ angles, qubits, matrix }); // prettier-ignore
const fixed = (qubits: number, m: Matrix): GateCase => g(0, qubits, () => m);
/** stdgates.inc: u2 and u3 carry the global phase −(φ+λ)/2 that qelib1.inc's do not. */
const u3Phase = (v: Version, p: number, l: number): Cx => (v === 3 ? expi(-(p + l) / 2) : cx(1)); // prettier-ignore

const GATES: Record<string, GateCase> = {
  U: g(3, 1, ([t, p, l]) => u3(t!, p!, l!)),
  u: g(3, 1, ([t, p, l]) => u3(t!, p!, l!)),
  u3: g(3, 1, ([t, p, l], v) => scale(u3(t!, p!, l!), u3Phase(v, p!, l!))),
  u2: g(2, 1, ([p, l], v) => scale(u3(PI / 2, p!, l!), u3Phase(v, p!, l!))),
  u1: g(1, 1, ([l]) => phase(l!)),
  p: g(1, 1, ([l]) => phase(l!)),
  phase: g(1, 1, ([l]) => phase(l!)),
  id: fixed(1, identity(2)),
  u0: g(1, 1, () => identity(2)),
  x: fixed(1, X), y: fixed(1, Y), z: fixed(1, Z), h: fixed(1, H),
  s: fixed(1, phase(PI / 2)), sdg: fixed(1, phase(-PI / 2)),
  t: fixed(1, phase(PI / 4)), tdg: fixed(1, phase(-PI / 4)),
  sx: fixed(1, SX), sxdg: fixed(1, adjoint(SX)),
  rx: g(1, 1, ([a]) => rx(a!)), ry: g(1, 1, ([a]) => ry(a!)), rz: g(1, 1, ([a]) => rz(a!)),
  cx: fixed(2, controlled(X)), CX: fixed(2, controlled(X)),
  cy: fixed(2, controlled(Y)), cz: fixed(2, controlled(Z)), ch: fixed(2, controlled(H)),
  csx: fixed(2, controlled(SX)), swap: fixed(2, SWAP),
  crx: g(1, 2, ([a]) => controlled(rx(a!))), cry: g(1, 2, ([a]) => controlled(ry(a!))),
  crz: g(1, 2, ([a]) => controlled(rz(a!))),
  cu1: g(1, 2, ([a]) => controlled(phase(a!))), cp: g(1, 2, ([a]) => controlled(phase(a!))),
  cphase: g(1, 2, ([a]) => controlled(phase(a!))),
  cu3: g(3, 2, ([t, p, l]) => controlled(u3(t!, p!, l!))),
  cu: g(4, 2, ([t, p, l, y]) => controlled(scale(u3(t!, p!, l!), expi(y!)))),
  rxx: g(1, 2, ([a]) => rxx(a!)), rzz: g(1, 2, ([a]) => rzz(a!)),
  ccx: fixed(3, controlled(X, 2)), cswap: fixed(3, controlled(SWAP, 1)),
  // Relative-phase Toffolis (qelib1.inc): Z on the target for controls (1, 0), Y for (1, 1);
  // rc3x: diag(i, −i) for controls (1, 1, 0), [[0, 1], [−1, 0]] for (1, 1, 1).
  rccx: fixed(3, blockControlled({ 1: Z, 3: Y }, 2)),
  rc3x: fixed(4, blockControlled({ 3: [[cx(0, 1), cx(0)], [cx(0), cx(0, -1)]], 7: [[cx(0), cx(1)], [cx(-1), cx(0)]] }, 3)), // prettier-ignore
  c3x: fixed(4, controlled(X, 3)), c3sqrtx: fixed(4, controlled(SX, 3)), c4x: fixed(5, controlled(X, 4)),
}; // prettier-ignore

const STDGATES = ['p', 'phase', 'cphase', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'sx', 'rx',
  'ry', 'rz', 'cx', 'cy', 'cz', 'cp', 'crx', 'cry', 'crz', 'ch', 'swap', 'ccx', 'cswap', 'cu',
  'CX', 'U', 'id', 'u1', 'u2', 'u3']; // prettier-ignore
const QELIB1 = ['u3', 'u2', 'u1', 'cx', 'id', 'u0', 'u', 'p', 'x', 'y', 'z', 'h', 's', 'sdg', 't',
  'tdg', 'rx', 'ry', 'rz', 'sx', 'sxdg', 'cz', 'cy', 'swap', 'ch', 'ccx', 'cswap', 'crx', 'cry',
  'crz', 'cu1', 'cp', 'cu3', 'csx', 'cu', 'rxx', 'rzz', 'rccx', 'rc3x', 'c3x', 'c3sqrtx', 'c4x',
  'U', 'CX']; // prettier-ignore

const HEADER: Record<Version, (n: number) => string> = {
  2: (n) => `OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[${n}];\n`,
  3: (n) => `OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[${n}] q;\n`,
};

/**
 * Imports `prefix name(angles) q[…]` on `k + 1` qubits (one spectator) with random wires and checks
 * its action on three random states against `m` (qubits in argument order, low bit first).
 */
function expectAction(rng: Rng, v: Version, prefix: string, name: string, angles: number[], k: number, m: Matrix, upToPhase: boolean): void {
  const n = k + 1;
  const wires = pickQubits(rng, n, k);
  const args = angles.length > 0 ? `(${angles.map(String).join(', ')})` : '';
  const text = `${HEADER[v](n)}${prefix}${name}${args} ${wires.map((q) => `q[${q}]`).join(', ')};\n`;
  const imported = importOk(text);
  for (let trial = 0; trial < 3; trial++) {
    const prep = randomPrep(rng, n);
    const before = runCircuit({ qubits: n, ops: prep }).amp;
    expectSameState(stateAfter(imported, prep), applyMatrix(before, wires, m), 1e-10, upToPhase);
  }
} // prettier-ignore

const randomAngles = (rng: Rng, k: number): number[] => Array.from({ length: k }, () => (rng.next() - 0.5) * 8); // prettier-ignore

describe('qelib1.inc gates (OpenQASM 2)', () => {
  for (const name of QELIB1) {
    it(`${name} acts as its matrix`, () => {
      const rng = createRng(seedOf(`qelib1 ${name}`));
      const c = GATES[name]!;
      for (let rep = 0; rep < 3; rep++) {
        const a = randomAngles(rng, c.angles);
        // sxdg becomes RX(−π/2): equal up to a global phase, which OpenQASM 2 cannot observe.
        expectAction(rng, 2, '', name, a, c.qubits, c.matrix(a, 2), name === 'sxdg');
      }
    });
  }

  it('notes what each gate the editor lacks became, once per kind', () => {
    const r = importOk(`${HEADER[2](3)}sxdg q[0];\nsxdg q[1];\nch q[0], q[1];\nid q[2];\n`);
    expect(r.notes).toEqual([
      'line 4: sxdg became RX(−π/2) (equal up to global phase).',
      'line 6: ch became H with a control.',
      'line 7: id was left out (it does nothing).',
    ]);
    expect(r.circuit.gates.map((x) => x.gate)).toEqual(['RX', 'RX', 'H']);
  });
});

describe('stdgates.inc gates (OpenQASM 3), with modifiers', () => {
  for (const name of STDGATES) {
    it(`${name}: plain, ctrl @, negctrl @, ctrl(2) @ and inv @`, () => {
      const rng = createRng(seedOf(`stdgates ${name}`));
      const c = GATES[name]!;
      const a = randomAngles(rng, c.angles);
      const m = c.matrix(a, 3);
      const phased = name === 'u2' || name === 'u3';
      expectAction(rng, 3, '', name, a, c.qubits, m, phased);
      expectAction(rng, 3, 'ctrl @ ', name, a, c.qubits + 1, controlled(m), false);
      expectAction(rng, 3, 'negctrl @ ', name, a, c.qubits + 1, controlled(m, 1, [0]), false);
      expectAction(rng, 3, 'ctrl(2) @ ', name, a, c.qubits + 2, controlled(m, 2), false);
      expectAction(rng, 3, 'ctrl @ negctrl @ ', name, a, c.qubits + 2, controlled(m, 2, [1, 0]), false); // prettier-ignore
      expectAction(rng, 3, 'ctrl @ inv @ ', name, a, c.qubits + 1, controlled(adjoint(m)), false);
      expectAction(rng, 3, 'negctrl @ pow(2) @ ', name, a, c.qubits + 1, controlled(matMul(m, m), 1, [0]), false); // prettier-ignore
    });
  }

  it('qelib1-only gates keep their phases under control too (sxdg, csx, cu3, rccx, rc3x, c3sqrtx)', () => {
    const rng = createRng(seedOf('qelib1 under ctrl'));
    for (const name of ['sxdg', 'csx', 'cu3', 'rccx', 'rc3x', 'c3sqrtx', 'u0', 'rxx', 'rzz']) {
      const c = GATES[name]!;
      const a = randomAngles(rng, c.angles);
      const m = c.matrix(a, 3);
      expectAction(rng, 3, 'ctrl @ ', name, a, c.qubits + 1, controlled(m), false);
      expectAction(rng, 3, 'negctrl @ inv @ ', name, a, c.qubits + 1, controlled(adjoint(m), 1, [0]), false); // prettier-ignore
    }
  });

  it('gphase is dropped alone (noted) and becomes a phase on the controls under ctrl @', () => {
    const alone = importOk(`${HEADER[3](1)}gphase(0.3);\nh q[0];\n`);
    expect(alone.circuit.gates.map((x) => x.gate)).toEqual(['H']);
    expect(alone.notes.join(' ')).toContain('global phase of gphase was left out');
    const rng = createRng(seedOf('gphase'));
    const gamma = 0.7;
    const e = expi(gamma);
    expectAction(
      rng,
      3,
      'ctrl @ ',
      'gphase',
      [gamma],
      1,
      [
        [cx(1), cx(0)],
        [cx(0), e],
      ],
      false,
    );
    expectAction(
      rng,
      3,
      'negctrl @ ',
      'gphase',
      [gamma],
      1,
      [
        [e, cx(0)],
        [cx(0), cx(1)],
      ],
      false,
    );
    const twoControls = controlled([[e]], 2, [0, 1]);
    expectAction(rng, 3, 'negctrl @ ctrl @ ', 'gphase', [gamma], 2, twoControls, false);
  });
});
