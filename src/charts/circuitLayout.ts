// Pure layout of the circuit drawing: which column each operation goes in and what it shows.
import type { Binding, Circuit, Qubit } from '../../workers/sim';
import { GATES } from '../../workers/sim/gates';

/** How the base gate of an operation is drawn. */
export type OpShape =
  /** A labelled box on one wire. */
  | 'box'
  /** A tall labelled box over two wires (RXX, RYY, RZZ, iSWAP). */
  | 'box2'
  /** ⊕ (a controlled X). */
  | 'xor'
  /** A dot (a controlled Z is symmetric, so drawn as dots only). */
  | 'dot'
  /** Two × joined by a line. */
  | 'swap';

export interface Control {
  qubit: Qubit;
  /** 1: acts when the control is |1⟩ (filled dot); 0: when |0⟩ (open dot). */
  state: 0 | 1;
}

export interface OpLayout {
  /** Index in `circuit.ops`. */
  index: number;
  column: number;
  shape: OpShape;
  /** Named controls (CNOT's first target…) and extra controls. */
  controls: Control[];
  /** Qubits of the base gate. */
  base: Qubit[];
  /** Gate symbol ("RY", "√X"); shown in boxes. */
  symbol: string;
  /** Angle text under the symbol ("π/4", "θ3", "w·x1+b"); empty for fixed gates. */
  binding: string;
  /** Where the angles come from: an input feature (encoding), a trainable parameter, or nowhere. */
  role: 'fixed' | 'param' | 'feature';
  /** Topmost and bottommost wire the operation touches, wires between included. */
  top: Qubit;
  bottom: Qubit;
}

/**
 * Greedy column packing: each span [top, bottom] of wires goes in the first column after the last
 * column used by any wire in it. Returns the column of each span (from 0).
 */
export function packColumns(spans: readonly { top: number; bottom: number }[], qubits: number) {
  const lastUsed = new Int32Array(Math.max(1, qubits)).fill(-1);
  return spans.map(({ top, bottom }) => {
    const lo = Math.max(0, Math.min(top, bottom));
    const hi = Math.min(lastUsed.length - 1, Math.max(top, bottom));
    let column = 0;
    for (let q = lo; q <= hi; q++) column = Math.max(column, (lastUsed[q] ?? -1) + 1);
    for (let q = lo; q <= hi; q++) lastUsed[q] = column;
    return column;
  });
}

const MINUS = '\u2212';
/** Denominators tried, smallest first, so that fractions come out in lowest terms. */
const DENOMINATORS = [1, 2, 3, 4, 6, 8, 12, 16];

/** An angle for people: a simple multiple of π as "3π/4", "−π/2", otherwise two decimals. */
export function formatAngle(radians: number): string {
  if (!Number.isFinite(radians)) return '?';
  if (Math.abs(radians) < 1e-9) return '0';
  for (const d of DENOMINATORS) {
    const n = (radians * d) / Math.PI;
    const rounded = Math.round(n);
    if (Math.abs(n - rounded) < 1e-9 && Math.abs(rounded) <= 4 * d) {
      const sign = rounded < 0 ? MINUS : '';
      const m = Math.abs(rounded);
      const top = m === 1 ? 'π' : `${m}π`;
      return d === 1 ? sign + top : `${sign}${top}/${d}`;
    }
  }
  return formatNumber(radians);
}

/** Two decimals with a true minus sign: −0.5 → "−0.50". */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '?';
  const s = Math.abs(v).toFixed(2);
  return v < 0 && s !== '0.00' ? MINUS + s : s;
}

/**
 * Text for one angle binding: constants as angles, parameters as θk (with the current value when
 * known), features as w·x1+b (features count from x1, as the data axes do).
 */
export function bindingLabel(binding: Binding, value?: number): string {
  switch (binding.kind) {
    case 'const':
      return formatAngle(binding.value);
    case 'param':
      return value === undefined || !Number.isFinite(value)
        ? `θ${binding.index}`
        : `θ${binding.index}=${formatNumber(value)}`;
    case 'feature':
      return `w·x${binding.feature + 1}+b`;
  }
}

/**
 * Lays out every operation. `values` holds the current value of each gate angle in op order
 * (one per angle, so one per gate for all one-angle gates); shown next to parameter names.
 */
export function layoutCircuit(circuit: Circuit, values?: Float64Array): OpLayout[] {
  let angleSlot = 0;
  const ops = circuit.ops.map((op, index): OpLayout => {
    const info = GATES[op.gate];
    const named = info ? op.targets.slice(0, info.namedControls) : [];
    const base = info ? op.targets.slice(info.namedControls) : op.targets;
    const controls: Control[] = [
      ...named.map((qubit): Control => ({ qubit, state: 1 })),
      ...(op.controls ?? []).map((qubit, k): Control => ({
        qubit,
        state: op.controlStates?.[k] === 0 ? 0 : 1,
      })),
    ];
    const bindings = (op.params ?? []).map((b, k) => bindingLabel(b, values?.[angleSlot + k]));
    angleSlot += info ? info.angles : bindings.length;
    const controlled = controls.length > 0;
    let shape: OpShape = 'box';
    if (op.gate === 'SWAP' && base.length === 2) shape = 'swap';
    else if (info?.baseQubits === 2) shape = 'box2';
    else if (controlled && info?.kernel === 'x1') shape = 'xor';
    else if (controlled && (op.gate === 'CZ' || op.gate === 'Z')) shape = 'dot';
    const all = [...controls.map((c) => c.qubit), ...base];
    return {
      index,
      column: 0,
      shape,
      controls,
      base,
      symbol: info ? baseSymbol(op.gate, info.symbol) : op.gate,
      binding: bindings.join(', '),
      role: roleOf(op.params ?? []),
      top: all.length ? Math.min(...all) : 0,
      bottom: all.length ? Math.max(...all) : 0,
    };
  });
  const columns = packColumns(ops, circuit.qubits);
  return ops.map((op, i) => ({ ...op, column: columns[i] ?? 0 }));
}

function roleOf(bindings: readonly Binding[]): OpLayout['role'] {
  if (bindings.some((b) => b.kind === 'feature')) return 'feature';
  return bindings.some((b) => b.kind === 'param') ? 'param' : 'fixed';
}

/** The box text of a controlled gate is its base gate: CRY's box says RY, CP's says P. */
function baseSymbol(gate: string, symbol: string): string {
  const base: Record<string, string> = { CRX: 'RX', CRY: 'RY', CRZ: 'RZ', CP: 'P' };
  return base[gate] ?? symbol;
}

/** Rough width of a text in pixels, for sizing boxes before the browser measures anything. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}
