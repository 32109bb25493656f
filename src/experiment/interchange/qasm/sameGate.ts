// Whether two lowered gates are the same unitary, global phase included, checked numerically at
// seeded random angles. The importer uses it to recognise a file's own `gate rxx …` (stdgates.inc
// lacks rxx, ryy, rzz and iswap, so our exporter defines them) as the editor's gate of that name.
// The catalogue's matrices are written out here because the schema cannot import the simulator;
// a test holds them equal to workers/sim/gates.ts.

import { GATE_SPECS, type GateName } from '../../circuit/gateCatalog';
import { createRng } from '../../rng';
import { constPoly, constValue, type Poly } from './expr';
import type { GateOp, Lowered } from './gates';
import { QasmError } from './lexer';

/** Complex entries as [re, im] pairs, row-major. */
type Entries = readonly (readonly [number, number])[];

const cis = (a: number): [number, number] => [Math.cos(a), Math.sin(a)];
const R = (x: number): [number, number] => [x, 0];
const I = (x: number): [number, number] => [0, x];
const O = R(0);
const S2 = Math.SQRT1_2;

function oneQubit(gate: GateName, a: readonly number[]): Entries {
  const [t = 0, f = 0, l = 0] = a;
  const c = Math.cos(t / 2);
  const s = Math.sin(t / 2);
  switch (gate) {
    case 'H': return [R(S2), R(S2), R(S2), R(-S2)];
    case 'X': case 'CNOT': case 'TOFFOLI': return [O, R(1), R(1), O];
    case 'Y': return [O, I(-1), I(1), O];
    case 'Z': case 'CZ': return [R(1), O, O, R(-1)];
    case 'S': return [R(1), O, O, I(1)];
    case 'SDG': return [R(1), O, O, I(-1)];
    case 'T': return [R(1), O, O, cis(Math.PI / 4)];
    case 'TDG': return [R(1), O, O, cis(-Math.PI / 4)];
    case 'SX': return [[0.5, 0.5], [0.5, -0.5], [0.5, -0.5], [0.5, 0.5]];
    case 'RX': case 'CRX': return [R(c), I(-s), I(-s), R(c)];
    case 'RY': case 'CRY': return [R(c), R(-s), R(s), R(c)];
    case 'RZ': case 'CRZ': return [cis(-t / 2), O, O, cis(t / 2)];
    case 'P': case 'CP': return [R(1), O, O, cis(t)];
    case 'U3': {
      const [el, ef, efl] = [cis(l), cis(f), cis(f + l)];
      return [R(c), [-s * el[0], -s * el[1]], [s * ef[0], s * ef[1]], [c * efl[0], c * efl[1]]];
    }
    default: throw new Error(`${gate} is not a one-qubit base gate`);
  }
} // prettier-ignore

/** Local basis index bit(target0) + 2·bit(target1), as the simulator's. */
function twoQubit(gate: GateName, a: readonly number[]): Entries {
  const t = a[0] ?? 0;
  const c = R(Math.cos(t / 2));
  const m = I(-Math.sin(t / 2));
  const p = I(Math.sin(t / 2));
  const [e, f] = [cis(-t / 2), cis(t / 2)];
  switch (gate) {
    case 'SWAP': return [R(1), O, O, O, O, O, R(1), O, O, R(1), O, O, O, O, O, R(1)];
    case 'ISWAP': return [R(1), O, O, O, O, O, I(1), O, O, I(1), O, O, O, O, O, R(1)];
    case 'RXX': return [c, O, O, m, O, c, m, O, O, m, c, O, m, O, O, c];
    case 'RYY': return [c, O, O, p, O, c, m, O, O, m, c, O, p, O, O, c];
    case 'RZZ': return [e, O, O, O, O, f, O, O, O, O, f, O, O, O, O, e];
    default: throw new Error(`${gate} is not a two-qubit base gate`);
  }
} // prettier-ignore

/** The base gate's matrix (named controls left off), interleaved (re, im), row-major. */
export function baseMatrix(gate: GateName, angles: readonly number[]): Float64Array {
  const entries = GATE_SPECS[gate].baseQubits === 1 ? oneQubit(gate, angles) : twoQubit(gate, angles); // prettier-ignore
  return Float64Array.from(entries.flat());
}

/** Applies one editor gate to the amplitudes `amp` (interleaved); false if an angle is not a number. */
function applyOp(amp: Float64Array, op: GateOp): boolean {
  const angles = op.params.map(constValue);
  if (angles.some((v) => v === null)) return false;
  const spec = GATE_SPECS[op.gate];
  const m = baseMatrix(op.gate, angles as number[]);
  const bits = op.targets.slice(spec.namedControls).map((q) => 1 << q);
  let mask = 0;
  let want = 0;
  for (const q of op.targets.slice(0, spec.namedControls)) [mask, want] = [mask | (1 << q), want | (1 << q)]; // prettier-ignore
  op.controls.forEach((q, i) => {
    mask |= 1 << q;
    if (op.states[i] === 1) want |= 1 << q;
  });
  const d = bits.length === 1 ? 2 : 4;
  const baseMask = bits.reduce((x, b) => x | b, 0);
  const idx = new Int32Array(d);
  const re = new Float64Array(d);
  const im = new Float64Array(d);
  for (let i = 0; i < amp.length / 2; i++) {
    if ((i & baseMask) !== 0 || (i & mask) !== want) continue;
    for (let r = 0; r < d; r++) {
      idx[r] = i | (r & 1 ? bits[0]! : 0) | (r & 2 ? bits[1]! : 0);
      re[r] = amp[2 * idx[r]!]!;
      im[r] = amp[2 * idx[r]! + 1]!;
    }
    for (let r = 0; r < d; r++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < d; k++) {
        const mr = m[2 * (r * d + k)]!;
        const mi = m[2 * (r * d + k) + 1]!;
        sr += mr * re[k]! - mi * im[k]!;
        si += mr * im[k]! + mi * re[k]!;
      }
      amp[2 * idx[r]!] = sr;
      amp[2 * idx[r]! + 1] = si;
    }
  }
  return true;
}

/** The unitary of `l` on n qubits, column by column (U|j⟩ at offset 2·j·2ⁿ); null if not numeric. */
export function unitaryOf(l: Lowered, n: number): Float64Array | null {
  const phase = constValue(l.phase);
  if (phase === null) return null;
  const dim = 1 << n;
  const out = new Float64Array(2 * dim * dim);
  const [pr, pi] = cis(phase);
  for (let j = 0; j < dim; j++) {
    const col = out.subarray(2 * j * dim, 2 * (j + 1) * dim);
    col[2 * j] = pr;
    col[2 * j + 1] = pi;
    for (const op of l.ops) if (!applyOp(col, op)) return null;
  }
  return out;
}

/** Angle sets tried; two trigonometric polynomials that agree on all of them are taken as equal. */
const TRIALS = 3;
const TOL = 1e-9;

/**
 * True when `a` and `b`, two lowerings of a gate on qubits 0…n−1 with `angles` angles, give the
 * same unitary (global phase included) at TRIALS seeded random angle sets in (−2π, 2π). A lowering
 * that fails (QasmError) or leaves an angle symbolic is not the same.
 */
export function sameGate(
  n: number,
  angles: number,
  a: (args: Poly[]) => Lowered,
  b: (args: Poly[]) => Lowered,
): boolean {
  const rng = createRng(0x5a3e);
  for (let t = 0; t < (angles === 0 ? 1 : TRIALS); t++) {
    const args = Array.from({ length: angles }, () => constPoly((rng.next() - 0.5) * 4 * Math.PI));
    let ua: Float64Array | null;
    let ub: Float64Array | null;
    try {
      ua = unitaryOf(a(args), n);
      ub = unitaryOf(b(args), n);
    } catch (e) {
      if (e instanceof QasmError) return false;
      throw e;
    }
    if (ua === null || ub === null) return false;
    for (let i = 0; i < ua.length; i++) if (Math.abs(ua[i]! - ub[i]!) > TOL) return false;
  }
  return true;
}
