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
