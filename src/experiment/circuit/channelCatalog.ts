// Noise channels the editor can place on a wire at a time step, like gates (issue 14): their names
// as links store them, symbols, descriptions and the probability each takes. A circuit with a
// channel runs on the density-matrix simulator (workers/sim/noise), which applies them.

import { GATE_SPECS, isGateName, type GateName, type GateSpec } from './gateCatalog';

export const CHANNEL_NAMES = [
  'depolarizing', 'depolarizing2', 'amplitudeDamping', 'phaseDamping', 'bitFlip', 'phaseFlip', 'reset',
] as const; // prettier-ignore
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** What the editor can place: a gate or a channel. */
export type PlaceableName = GateName | ChannelName;

export interface ChannelSpec extends Omit<GateSpec, 'name'> {
  name: ChannelName;
  /** How people say it, in messages and accessible names ("Bit flip"). */
  spoken: string;
  /** What p is, for the inspector ("flip probability p"); null when the channel takes none. */
  pLabel: string | null;
  /** The probability a newly placed channel starts with (0 when it takes none). */
  defaultP: number;
}

const channel = (
  name: ChannelName,
  spoken: string,
  symbol: string,
  description: string,
  pLabel: string | null,
  defaultP: number,
  baseQubits: 1 | 2 = 1,
): ChannelSpec => ({
  name, spoken, symbol, description, namedControls: 0, baseQubits, angles: 0, angleNames: [], pLabel, defaultP,
}); // prettier-ignore

const LIST: readonly ChannelSpec[] = [
  channel('depolarizing', 'Depolarising', 'Dep', 'Depolarising noise: X, Y or Z, each with probability p/3 (the Bloch vector shrinks by 1 − 4p/3)', 'error probability p', 0.05),
  channel('depolarizing2', 'Two-qubit depolarising', 'Dep₂', 'Two-qubit depolarising noise: one of the 15 non-identity two-qubit Paulis, each with probability p/15', 'error probability p', 0.05, 2),
  channel('amplitudeDamping', 'Amplitude damping', 'AD', 'Amplitude damping (T1): |1⟩ decays to |0⟩ with probability γ', 'decay probability γ', 0.1),
  channel('phaseDamping', 'Phase damping', 'PD', 'Phase damping (T2): the off-diagonal terms shrink by √(1 − λ)', 'dephasing λ', 0.1),
  channel('bitFlip', 'Bit flip', 'BF', 'Bit flip: X with probability p', 'flip probability p', 0.1),
  channel('phaseFlip', 'Phase flip', 'PF', 'Phase flip: Z with probability p', 'flip probability p', 0.1),
  channel('reset', 'Reset', '|0⟩', 'Reset: the qubit is set to |0⟩ whatever it was (lets a circuit reuse an ancilla)', null, 0),
]; // prettier-ignore

export const CHANNEL_SPECS: Readonly<Record<ChannelName, ChannelSpec>> = Object.fromEntries(
  LIST.map((c) => [c.name, c]),
) as Record<ChannelName, ChannelSpec>;

export function isChannelName(s: unknown): s is ChannelName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(CHANNEL_SPECS, s);
}

export function isPlaceableName(s: unknown): s is PlaceableName {
  return isGateName(s) || isChannelName(s);
}

/** The description of a gate or a channel: its symbol, qubits and angles as the editor needs. */
export function specOf(name: PlaceableName): GateSpec | ChannelSpec {
  return isChannelName(name) ? CHANNEL_SPECS[name] : GATE_SPECS[name];
}
