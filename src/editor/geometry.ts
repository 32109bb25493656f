// Sizes of the editor grid and the conversions between pixels and (qubit, step) slots.

/** Side of one slot (one qubit at one time step), pixels. */
export const CELL = 60;
/** Width of the wire labels on the left. */
export const LABEL = 48;
/** Height of the step numbers and repeat brackets above the wires. */
export const HEADER = 46;

export const slotX = (column: number): number => LABEL + column * CELL;
export const slotY = (qubit: number): number => HEADER + qubit * CELL;

/** Accessible name of a slot: steps count from 1 as on screen, qubits from 0 as on the wires. */
export const slotName = (qubit: number, column: number): string =>
  `qubit ${qubit}, step ${column + 1}`;

/**
 * The slot at (x, y) pixels from the grid's top left corner, whatever is drawn there (a placed
 * gate covers its slots); column `columns` is the spare one that adds a step. Null outside.
 */
export function slotFromPoint(
  x: number,
  y: number,
  qubits: number,
  columns: number,
): { qubit: number; column: number } | null {
  const column = Math.floor((x - LABEL) / CELL);
  const qubit = Math.floor((y - HEADER) / CELL);
  if (!(qubit >= 0 && qubit < qubits && column >= 0 && column <= columns)) return null;
  return { qubit, column };
}

/**
 * The wire a stretch at y pixels (from the grid's top) points to, whatever the x: -1 above the
 * first wire and `qubits` below the last (so the drop says it is outside instead of vanishing).
 */
export function wireFromY(y: number, qubits: number): number {
  return Math.max(-1, Math.min(qubits, Math.floor((y - HEADER) / CELL)));
}
