// The noise core's shared vocabulary: density matrices, channels, noise models and the steps of a
// noisy run. Types only; the functions live beside it (density.ts, channels.ts, dmRun.ts, …).
//
// A density matrix ρ on n qubits is stored as 4^n complex numbers, interleaved (re, im), with
// ρ[r][c] at complex index (r << n) | c: column bits are qubits 0…n−1, row bits are qubits
// n…2n−1 of a 2n-qubit "statevector". So U ρ U† is U on qubits q + n and conj(U) on qubits q,
// which the statevector kernels already do at the memory floor, and a one-qubit channel
// ρ → Σ K ρ K† is one 4×4 superoperator Σ K ⊗ conj(K) on the pair (q, q + n).

import type { ChannelName } from '../../../src/experiment/circuit/channelCatalog';
import type { CircuitChannel } from '../../../src/experiment/circuit/program';

/** A density matrix of n qubits (n ≤ MAX_DENSITY_QUBITS). */
export interface DensityMatrix {
  readonly n: number;
  /** Length 2·4^n: ρ[r][c] = (data[2i], data[2i+1]) with i = (r << n) | c. */
  readonly data: Float64Array;
}

/**
 * The channels a noise model or the editor can place (the schema names them: channelCatalog.ts):
 * - depolarizing: (1 − p)ρ + (p/3)(XρX + YρY + ZρZ), the Bloch vector shrinks by 1 − 4p/3;
 * - depolarizing2: (1 − p)ρ + (p/15) Σ PρP over the 15 non-identity two-qubit Paulis;
 * - amplitudeDamping: energy relaxation |1⟩ → |0⟩ with probability γ = p;
 * - phaseDamping: pure dephasing, off-diagonal terms shrink by √(1 − λ), λ = p;
 * - bitFlip: X with probability p; phaseFlip: Z with probability p;
 * - reset: the qubit to |0⟩ (p is ignored), so that a code can reuse its ancillas.
 */
export type { ChannelName };

/** A channel on given qubits (one, or two for depolarizing2) with its probability p ∈ [0, 1]. */
export interface ChannelOp {
  name: ChannelName;
  qubits: number[];
  p: number;
}

/** A channel placed in a circuit: applied after operation `after` (−1: before the first). */
export type PlacedChannel = CircuitChannel;

/** Per-qubit readout confusion: P(read 1 | 0) and P(read 0 | 1). */
export interface ReadoutError {
  p01: number;
  p10: number;
}

/**
 * Noise by gate kind, as hardware data sheets give it. Each gate on one qubit is followed by
 * depolarizing(p1) on it; each gate on two qubits (controls count) by depolarizing2(p2) on them;
 * a gate on three or more qubits by depolarizing2(p2) on each consecutive pair of its qubits.
 * After every layer (ASAP moment) every qubit gets amplitude damping γ and phase damping λ.
 * Readout error applies to every measured qubit.
 */
export interface NoiseModel {
  p1: number;
  p2: number;
  /** Amplitude damping per layer (1 − e^(−t_layer/T1)). */
  gamma: number;
  /** Pure dephasing per layer. */
  lambda: number;
  readout: ReadoutError;
}

/** One step of a noisy run: a gate of the compiled program (or its inverse), or a channel. */
export type DensityStep =
  { kind: 'gate'; op: number; inverse: boolean } | { kind: 'channel'; channel: ChannelOp };
