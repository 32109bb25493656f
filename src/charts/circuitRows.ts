// Fitting a circuit drawing to a width: its columns wrapped into rows, scaled down no more than
// needed, so every gate shows without scrolling sideways.
import type { Circuit } from '../../workers/sim';
import { layoutCircuit, textWidth } from './circuitLayout';
import type { OpLayout } from './circuitLayout';

/** Sizes of CircuitDiagram's drawing (src/editor/CircuitDiagram.tsx), in unscaled pixels. */
export const DIAGRAM = {
  left: 58,
  right: 22,
  gap: 18,
  minColumn: 44,
  symbolSize: 18,
  bindingSize: 13,
  top: 38,
  wireGap: 64,
} as const;

/** Width of one op's column in the drawing. */
function opWidth(op: OpLayout): number {
  if (op.shape !== 'box' && op.shape !== 'box2') return DIAGRAM.minColumn;
  return Math.max(
    DIAGRAM.minColumn,
    textWidth(op.symbol, DIAGRAM.symbolSize) + 18,
    textWidth(op.binding, DIAGRAM.bindingSize) + 12,
  );
}

function widthsOf(ops: readonly OpLayout[]): number[] {
  const count = ops.reduce((n, op) => Math.max(n, op.column + 1), 0);
  const widths = new Array<number>(count).fill(DIAGRAM.minColumn);
  for (const op of ops) widths[op.column] = Math.max(widths[op.column]!, opWidth(op));
  return widths;
}

/** Width of each column of the circuit's drawing, unscaled. */
export function columnWidths(circuit: Circuit): number[] {
  return widthsOf(layoutCircuit(circuit));
}

/** Unscaled width of a drawing whose columns have these widths. */
export function drawingWidth(columns: readonly number[]): number {
  return DIAGRAM.left + DIAGRAM.right + columns.reduce((sum, w) => sum + w + DIAGRAM.gap, DIAGRAM.gap); // prettier-ignore
}

/** Unscaled height of a drawing of `qubits` wires. */
export function drawingHeight(qubits: number): number {
  return 2 * DIAGRAM.top + DIAGRAM.wireGap * Math.max(0, qubits - 1);
}

/**
 * Splits a circuit at column boundaries into consecutive parts, each drawn at most `maxWidth`
 * wide (a column wider than that gets a row of its own). Ops keep their order; nothing is lost.
 */
export function wrapCircuit(circuit: Circuit, maxWidth: number): Circuit[] {
  const ops = layoutCircuit(circuit);
  const widths = widthsOf(ops);
  const count = widths.length;
  if (count === 0) return [circuit];
  // rowOf[c]: the row column c goes in.
  const rowOf = new Int32Array(count);
  let row = 0;
  let start = 0;
  for (let c = 0; c < count; c++) {
    if (c > start && drawingWidth(widths.slice(start, c + 1)) > maxWidth) {
      row++;
      start = c;
    }
    rowOf[c] = row;
  }
  const rows: Circuit[] = Array.from({ length: row + 1 }, () => ({
    qubits: circuit.qubits,
    ops: [],
  }));
  ops.forEach((op, i) => rows[rowOf[op.column]!]!.ops.push(circuit.ops[i]!));
  return rows;
}

export interface CircuitFit {
  rows: Circuit[];
  /** Factor the rows are drawn at (1: natural size). */
  scale: number;
}

/** Smallest scale used; below it, text would be unreadable on a projector. */
export const MIN_SCALE = 0.6;

/**
 * The rows and scale that fit `width`: the largest scale (1, 0.95, … MIN_SCALE) whose rows stack
 * up to at most `maxHeight`; MIN_SCALE when none does (the caller then lets the rows scroll).
 */
export function fitCircuit(circuit: Circuit, width: number, maxHeight: number): CircuitFit {
  let best: CircuitFit | null = null;
  for (let scale = 1; scale >= MIN_SCALE - 1e-9; scale -= 0.05) {
    const rows = wrapCircuit(circuit, width / scale);
    best = { rows, scale: Math.round(scale * 100) / 100 };
    if (rows.length * drawingHeight(circuit.qubits) * scale <= maxHeight) return best;
  }
  return best!;
}
