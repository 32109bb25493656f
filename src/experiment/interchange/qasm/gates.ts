// The OpenQASM gate library (qelib1.inc and stdgates.inc) as the editor's gates, exactly: each
// library gate lowers to catalogue gates (with controls where the editor has none of its own)
// plus the global phase it differs by, so that `ctrl @` can put that phase on the controls and an
// uncontrolled gate drops it. Also the modifiers: controls, the adjoint (`inv @`), powers.

import type { GateName } from '../../circuit/gateCatalog';
import { addPoly, constPoly, scalePoly, type Poly } from './expr';

/** One editor gate with symbolic angles; qubits are global indices. */
export interface GateOp {
  gate: GateName;
  /** As Operation.targets: named controls first. */
  targets: number[];
  controls: number[];
  states: (0 | 1)[];
  params: Poly[];
}

/** A gate as editor gates, times e^{i·phase} (a phase only a control can see). */
export interface Lowered {
  ops: GateOp[];
  phase: Poly;
}

export interface LibraryGate {
  angles: number;
  qubits: number;
  lower(a: readonly Poly[], q: readonly number[]): Lowered;
  /** What it became, for a note ("H with a control"); absent when it is an editor gate by name. */
  became?: string;
}

export type QasmVersion = 2 | 3;

const ZERO: Poly = constPoly(0);
const k = constPoly;

const op = (gate: GateName, targets: number[], params: Poly[] = []): GateOp => ({
  gate, targets, controls: [], states: [], params,
}); // prettier-ignore
const ctl = (o: GateOp, controls: number[], states?: (0 | 1)[]): GateOp => ({
  ...o,
  controls: [...controls, ...o.controls],
  states: [...(states ?? controls.map(() => 1 as const)), ...o.states],
});
const exact = (...ops: GateOp[]): Lowered => ({ ops, phase: ZERO });

/** A catalogue gate under its OpenQASM name, same angles, same qubits. */
function native(gate: GateName, angles: number, qubits: number): LibraryGate {
  return { angles, qubits, lower: (a, q) => exact(op(gate, [...q], [...a])) };
}

/** A one-qubit catalogue gate on the last qubit, the others controls on |1⟩. */
function controlled(gate: GateName, angles: number, controls: number, became: string): LibraryGate {
  return {
    angles,
    qubits: controls + 1,
    became,
    lower: (a, q) => exact(ctl(op(gate, [q[controls]!], [...a]), q.slice(0, controls))),
  };
}

const identity = (angles: number): LibraryGate => ({
  angles, qubits: 1, became: 'left out (it does nothing)', lower: () => exact(),
}); // prettier-ignore

/**
 * stdgates.inc gives u2 and u3 a global phase −(φ+λ)/2 that qelib1.inc's do not have; it shows
 * only under `ctrl @`, which OpenQASM 2 lacks.
 */
function u3Phase(version: QasmVersion, phi: Poly, lambda: Poly): Poly {
  return version === 3 ? scalePoly(addPoly(phi, lambda), -0.5) : ZERO;
}

/** Every library gate by name; u2 and u3 depend on the version (see u3Phase). */
export function gateLibrary(version: QasmVersion): ReadonlyMap<string, LibraryGate> {
  const lib = new Map<string, LibraryGate>();
  const u3: LibraryGate = native('U3', 3, 1);
  for (const name of ['U', 'u']) lib.set(name, u3);
  lib.set('u3', {
    angles: 3,
    qubits: 1,
    lower: (a, q) => ({ ops: [op('U3', [q[0]!], [...a])], phase: u3Phase(version, a[1]!, a[2]!) }),
  });
  lib.set('u2', {
    angles: 2,
    qubits: 1,
    became: 'U3(π/2, φ, λ)',
    lower: (a, q) => ({
      ops: [op('U3', [q[0]!], [k(Math.PI / 2), a[0]!, a[1]!])],
      phase: u3Phase(version, a[0]!, a[1]!),
    }),
  });
  for (const name of ['u1', 'p', 'phase']) lib.set(name, native('P', 1, 1));
  lib.set('id', identity(0));
  lib.set('u0', identity(1));
  const ones: [string, GateName][] = [['x', 'X'], ['y', 'Y'], ['z', 'Z'], ['h', 'H'], ['s', 'S'],
    ['sdg', 'SDG'], ['t', 'T'], ['tdg', 'TDG'], ['sx', 'SX']]; // prettier-ignore
  for (const [name, gate] of ones) lib.set(name, native(gate, 0, 1));
  for (const [name, gate] of [
    ['rx', 'RX'],
    ['ry', 'RY'],
    ['rz', 'RZ'],
  ] as const)
    lib.set(name, native(gate, 1, 1));
  // SX = e^{iπ/4}·RX(π/2), so SX† = e^{−iπ/4}·RX(−π/2).
  lib.set('sxdg', {
    angles: 0,
    qubits: 1,
    became: 'RX(−π/2)',
    lower: (_a, q) => ({ ops: [op('RX', [q[0]!], [k(-Math.PI / 2)])], phase: k(-Math.PI / 4) }),
  });
  for (const name of ['cx', 'CX']) lib.set(name, native('CNOT', 0, 2));
  lib.set('cz', native('CZ', 0, 2));
  lib.set('swap', native('SWAP', 0, 2));
  lib.set('iswap', native('ISWAP', 0, 2));
  lib.set('ccx', native('TOFFOLI', 0, 3));
  for (const [name, gate] of [
    ['crx', 'CRX'],
    ['cry', 'CRY'],
    ['crz', 'CRZ'],
  ] as const)
    lib.set(name, native(gate, 1, 2));
  for (const name of ['cu1', 'cp', 'cphase']) lib.set(name, native('CP', 1, 2));
  for (const [name, gate] of [
    ['rxx', 'RXX'],
    ['ryy', 'RYY'],
    ['rzz', 'RZZ'],
  ] as const)
    lib.set(name, native(gate, 1, 2));
  lib.set('cy', controlled('Y', 0, 1, 'Y with a control'));
  lib.set('ch', controlled('H', 0, 1, 'H with a control'));
  lib.set('csx', controlled('SX', 0, 1, 'SX with a control'));
  lib.set('cu3', controlled('U3', 3, 1, 'U3 with a control'));
  lib.set('ccz', controlled('Z', 0, 2, 'Z with two controls'));
  lib.set('c3x', controlled('X', 0, 3, 'X with three controls'));
  lib.set('c4x', controlled('X', 0, 4, 'X with four controls'));
  lib.set('c3sqrtx', controlled('SX', 0, 3, 'SX with three controls'));
  lib.set('cswap', {
    angles: 0,
    qubits: 3,
    became: 'SWAP with a control',
    lower: (_a, q) => exact(ctl(op('SWAP', [q[1]!, q[2]!]), [q[0]!])),
  });
  // cu(θ, φ, λ, γ) = P(γ) on the control times controlled-U3(θ, φ, λ).
  lib.set('cu', {
    angles: 4,
    qubits: 2,
    became: 'U3 with a control and P(γ) on the control',
    lower: (a, q) =>
      exact(op('P', [q[0]!], [a[3]!]), ctl(op('U3', [q[1]!], [a[0]!, a[1]!, a[2]!]), [q[0]!])),
  });
  // The relative-phase Toffoli acts on the target as Z when (a, b) = (1, 0) and as Y when (1, 1).
  lib.set('rccx', {
    angles: 0,
    qubits: 3,
    became: 'Z and Y with two controls each (its relative phases kept)',
    lower: (_a, q) =>
      exact(ctl(op('Z', [q[2]!]), [q[0]!, q[1]!], [1, 0]), ctl(op('Y', [q[2]!]), [q[0]!, q[1]!])),
  });
  // rc3x: RZ(−π) = diag(i, −i) on the target when (a, b, c) = (1, 1, 0), RY(−π) when all are 1.
  lib.set('rc3x', {
    angles: 0,
    qubits: 4,
    became: 'RZ(−π) and RY(−π) with three controls each (its relative phases kept)',
    lower: (_a, q) => {
      const cs = [q[0]!, q[1]!, q[2]!];
      return exact(
        ctl(op('RZ', [q[3]!], [k(-Math.PI)]), cs, [1, 1, 0]),
        ctl(op('RY', [q[3]!], [k(-Math.PI)]), cs),
      );
    },
  });
  return lib;
}

/**
 * `lowered` with extra controls: every op gets them, and the global phase becomes a phase gate
 * on the controls (P on a control that fires on |1⟩, the others controlling it; X around it when
 * every control fires on |0⟩). The result has no global phase.
 */
export function addControls(lowered: Lowered, controls: number[], states: (0 | 1)[]): Lowered {
  if (controls.length === 0) return lowered;
  const ops = lowered.ops.map((o) => ctl(o, controls, states));
  if (lowered.phase.size > 0) {
    let on = states.indexOf(1);
    const flip = on < 0;
    if (flip) on = 0;
    const target = controls[on]!;
    const others = controls.filter((_, i) => i !== on);
    const otherStates = states.filter((_, i) => i !== on);
    const phaseOp = ctl(op('P', [target], [lowered.phase]), others, otherStates);
    if (flip) ops.push(op('X', [target]), phaseOp, op('X', [target]));
    else ops.push(phaseOp);
  }
  return { ops, phase: ZERO };
}

/** The adjoint of one editor gate (its controls kept). */
function invertOp(o: GateOp): Lowered {
  const base: GateOp = { ...o, controls: [], states: [] };
  const neg = (p: Poly): Poly => scalePoly(p, -1);
  let inv: Lowered;
  switch (o.gate) {
    case 'H': case 'X': case 'Y': case 'Z': case 'CNOT': case 'CZ': case 'SWAP': case 'TOFFOLI':
      inv = exact(base);
      break;
    case 'S': case 'SDG': case 'T': case 'TDG': {
      const swap = { S: 'SDG', SDG: 'S', T: 'TDG', TDG: 'T' } as const;
      inv = exact({ ...base, gate: swap[o.gate] });
      break;
    }
    case 'SX':
      inv = { ops: [{ ...base, gate: 'RX', params: [k(-Math.PI / 2)] }], phase: k(-Math.PI / 4) };
      break;
    case 'RX': case 'RY': case 'RZ': case 'P': case 'CRX': case 'CRY': case 'CRZ': case 'CP':
    case 'RXX': case 'RYY': case 'RZZ':
      inv = exact({ ...base, params: base.params.map(neg) });
      break;
    case 'U3': {
      // U3(θ, φ, λ)† = U3(−θ, −λ, −φ).
      const [t, f, l] = base.params as [Poly, Poly, Poly];
      inv = exact({ ...base, params: [neg(t), neg(l), neg(f)] });
      break;
    }
    case 'ISWAP': {
      // iSWAP² = Z⊗Z, so iSWAP† = iSWAP·(Z⊗Z).
      const [a, b] = base.targets as [number, number];
      inv = exact(op('Z', [a]), op('Z', [b]), base);
      break;
    }
  } // prettier-ignore
  return addControls(inv, o.controls, o.states);
}

/** The adjoint of a lowered gate: ops reversed and inverted, the phase negated. */
export function invert(l: Lowered): Lowered {
  const ops: GateOp[] = [];
  let phase = scalePoly(l.phase, -1);
  for (let i = l.ops.length - 1; i >= 0; i--) {
    const inv = invertOp(l.ops[i]!);
    ops.push(...inv.ops);
    phase = addPoly(phase, inv.phase);
  }
  return { ops, phase };
}

/** `l` applied `n` times (n a whole number; negative: the adjoint). */
export function power(l: Lowered, n: number): Lowered {
  const base = n < 0 ? invert(l) : l;
  const ops: GateOp[] = [];
  for (let i = 0; i < Math.abs(n); i++) ops.push(...base.ops);
  return { ops, phase: scalePoly(base.phase, Math.abs(n)) };
}

/** Several lowered gates in a row. */
export function concat(parts: readonly Lowered[]): Lowered {
  const ops: GateOp[] = [];
  let phase: Poly = ZERO;
  for (const p of parts) {
    ops.push(...p.ops);
    phase = addPoly(phase, p.phase);
  }
  return { ops, phase };
}

/** A phase e^{iγ} alone (`gphase(γ)`). */
export const globalPhase = (gamma: Poly): Lowered => ({ ops: [], phase: gamma });
