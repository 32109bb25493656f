// An independent reading of Quirk circuits for the import tests: a small dense simulator that
// applies each column as Quirk defines it (A^e = (1+w)/2·I + (1−w)/2·σ_A with w = e^{iπe},
// Rxft(θ) = exp(−iθX/2), X- and Y-axis controls by conjugating with H and X^½), plus helpers
// to compare states and run editor circuits on our simulator.

import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { EditorCircuit } from '../../../src/experiment/circuit/types';
import { createSimulator, type Rng } from '../../../workers/sim';

type C = [number, number];
type M2 = [C, C, C, C]; // row-major 2×2

const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const s = Math.SQRT1_2;

const PAULI: Record<'X' | 'Y' | 'Z', M2> = {
  X: [[0, 0], [1, 0], [1, 0], [0, 0]],
  Y: [[0, 0], [0, -1], [0, 1], [0, 0]],
  Z: [[1, 0], [0, 0], [0, 0], [-1, 0]],
}; // prettier-ignore
const HAD: M2 = [[s, 0], [s, 0], [s, 0], [-s, 0]]; // prettier-ignore

/** Quirk's A^e. */
export function pauliPower(axis: 'X' | 'Y' | 'Z', e: number): M2 {
  const w: C = [Math.cos(Math.PI * e), Math.sin(Math.PI * e)];
  const a: C = [(1 + w[0]) / 2, w[1] / 2];
  const b: C = [(1 - w[0]) / 2, -w[1] / 2];
  const p = PAULI[axis];
  const id: M2 = [[1, 0], [0, 0], [0, 0], [1, 0]]; // prettier-ignore
  return id.map((v, k) => add(mul(a, v), mul(b, p[k]!))) as M2;
}

/** exp(−iθσ/2). */
function rot(axis: 'X' | 'Y' | 'Z', theta: number): M2 {
  const c = Math.cos(theta / 2);
  const sn = Math.sin(theta / 2);
  const p = PAULI[axis];
  return p.map((v, k) => add([k === 0 || k === 3 ? c : 0, 0], mul([0, -sn], v))) as M2;
}

/** The ids the tests generate, with their meaning written out here on its own. */
export const REF_POWERS: Record<string, ['X' | 'Y' | 'Z', number]> = {
  X: ['X', 1], Y: ['Y', 1], Z: ['Z', 1], 'Z^½': ['Z', 0.5], 'Z^-½': ['Z', -0.5], 'Z^¼': ['Z', 0.25],
  'Z^-¼': ['Z', -0.25], 'X^½': ['X', 0.5], 'X^-½': ['X', -0.5], 'Y^½': ['Y', 0.5], 'Y^-½': ['Y', -0.5],
  'X^⅓': ['X', 1 / 3], 'Y^-⅛': ['Y', -1 / 8], 'Z^⅟₁₆': ['Z', 1 / 16], 'X^-⅟₃₂': ['X', -1 / 32],
  'Z^⅛': ['Z', 1 / 8], 'Z^⅟₁₂₈': ['Z', 1 / 128],
}; // prettier-ignore

/** Formula gates the tests generate: id, arg, and the arg's value. */
export const REF_FORMULAS: [string, string, number][] = [
  ['Rxft', 'pi/3', Math.PI / 3],
  ['Ryft', '-0.7', -0.7],
  ['Rzft', 'sqrt(2)', Math.SQRT2],
  ['X^ft', '0.37', 0.37],
  ['Y^ft', '-1.3', -1.3],
  ['Z^ft', '2/7', 2 / 7],
];

function matrixOf(entry: unknown): M2 | 'swap' | null {
  if (entry === 'H') return HAD;
  if (entry === 'Swap') return 'swap';
  if (typeof entry === 'string' && REF_POWERS[entry]) return pauliPower(...REF_POWERS[entry]);
  if (typeof entry === 'object' && entry !== null) {
    const { id, arg } = entry as { id: string; arg: string };
    const v = REF_FORMULAS.find(([i, a]) => i === id && a === arg)?.[2];
    if (v === undefined) return null;
    if (id.startsWith('R')) return rot(id[1]!.toUpperCase() as 'X' | 'Y' | 'Z', v);
    return pauliPower(id[0] as 'X' | 'Y' | 'Z', v);
  }
  return null;
}

/** Amplitude b is state[b]; qubit q is bit q of b. */
type State = C[];

function apply1(st: State, q: number, m: M2, cond: (b: number) => boolean): void {
  const bit = 1 << q;
  for (let b = 0; b < st.length; b++) {
    if (b & bit || !cond(b)) continue;
    const a0 = st[b]!;
    const a1 = st[b | bit]!;
    st[b] = add(mul(m[0], a0), mul(m[1], a1));
    st[b | bit] = add(mul(m[2], a0), mul(m[3], a1));
  }
}

const INIT: Record<string, M2[]> = {
  '1': [PAULI.X],
  '+': [HAD],
  '-': [HAD, PAULI.Z],
  i: [HAD, pauliPower('Z', 0.5)],
  '-i': [HAD, pauliPower('Z', -0.5)],
};

/** The final state of a Quirk circuit made of the gates above, by Quirk's definitions. */
export function quirkState(json: { cols: unknown[][]; init?: unknown[] }, n: number): State {
  const st: State = Array.from({ length: 1 << n }, (_, b) => (b === 0 ? [1, 0] : [0, 0]));
  const always = (): boolean => true;
  (json.init ?? []).forEach((v, q) => INIT[String(v)]?.forEach((m) => apply1(st, q, m, always)));
  for (const col of json.cols) {
    const ctl: [number, 0 | 1][] = [];
    const turn: [number, M2, M2][] = [];
    col.forEach((e, q) => {
      if (e === '•' || e === '◦') ctl.push([q, e === '•' ? 1 : 0]);
      if (e === '⊖' || e === '⊕') {
        turn.push([q, HAD, HAD]);
        ctl.push([q, e === '⊖' ? 1 : 0]);
      }
      if (e === '(/)' || e === '⊗') {
        turn.push([q, pauliPower('X', 0.5), pauliPower('X', -0.5)]);
        ctl.push([q, e === '(/)' ? 1 : 0]);
      }
    });
    const cond = (b: number): boolean => ctl.every(([q, v]) => ((b >> q) & 1) === v);
    turn.forEach(([q, pre]) => apply1(st, q, pre, always));
    const swaps: number[] = [];
    col.forEach((e, q) => {
      const m = matrixOf(e);
      if (m === 'swap') swaps.push(q);
      else if (m) apply1(st, q, m, cond);
    });
    if (swaps.length === 2) {
      const [a, c] = swaps as [number, number];
      for (let b = 0; b < st.length; b++) {
        if ((b >> a) & 1 && !((b >> c) & 1) && cond(b)) {
          const o = (b & ~(1 << a)) | (1 << c);
          [st[b], st[o]] = [st[o]!, st[b]!];
        }
      }
    }
    turn.forEach(([q, , post]) => apply1(st, q, post, always));
  }
  return st;
}

/** |⟨a|b⟩|²: 1 when the states are equal up to a global phase. */
export function fidelity(a: State, amp: Float64Array): number {
  let re = 0;
  let im = 0;
  a.forEach(([x, y], b) => {
    re += x * amp[2 * b]! + y * amp[2 * b + 1]!;
    im += x * amp[2 * b + 1]! - y * amp[2 * b]!;
  });
  return re * re + im * im;
}

/** The state of an editor circuit, parameters by compiled name and features at `point`. */
export function editorState(
  c: EditorCircuit,
  values: ReadonlyMap<string, number> = new Map(),
  point: readonly number[] = [],
): Float64Array {
  const compiled = compileEditorCircuit(c);
  const params = compiled.paramNames.map((n) => values.get(n)!);
  return createSimulator(compiled.circuit).run(params, point).amp.slice();
}

/** A random Quirk circuit of the gates above on n wires (controls of every kind, swaps, init). */
export function randomQuirk(
  rng: Rng,
  n: number,
  columns: number,
): { cols: unknown[][]; init: unknown[] } {
  // prettier-ignore
  const powers = Object.keys(REF_POWERS);
  const controls = ['•', '◦', '⊖', '⊕', '(/)', '⊗'];
  const cols: unknown[][] = [];
  for (let c = 0; c < columns; c++) {
    const col: unknown[] = Array.from({ length: n }, () => 1);
    const wires = Array.from({ length: n }, (_, q) => q).sort(() => rng.next() - 0.5);
    const k = rng.int(3);
    wires.slice(0, k).forEach((q) => (col[q] = controls[rng.int(controls.length)]));
    const rest = wires.slice(k);
    if (rest.length >= 2 && rng.next() < 0.2) {
      col[rest[0]!] = 'Swap';
      col[rest[1]!] = 'Swap';
    } else {
      rest.slice(0, 1 + rng.int(2)).forEach((q) => {
        const r = rng.next();
        if (r < 0.15) col[q] = 'H';
        else if (r < 0.7) col[q] = powers[rng.int(powers.length)];
        else {
          const [id, arg] = REF_FORMULAS[rng.int(REF_FORMULAS.length)]!;
          col[q] = { id, arg };
        }
      });
    }
    cols.push(col);
  }
  const starts = [0, 1, '+', '-', 'i', '-i'];
  const init = Array.from({ length: n }, () => starts[rng.int(starts.length)]);
  // The last wire always in use, so the imported circuit has all n qubits.
  if (init[n - 1] === 0) init[n - 1] = '+';
  return { cols, init };
}
