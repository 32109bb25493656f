// The error-correction lesson: the 3-qubit bit-flip and phase-flip repetition codes and the 9-qubit
// Shor code, built as ordinary circuits plus placed channels (so each step opens in the editor),
// and their exact logical error rates from the density-matrix simulator.

import type { Circuit, Operation } from '../circuit';
import { SimError } from '../errors';
import type { Observable } from '../observables';
import { createDensitySimulator } from './densitySimulator';
import { IDEAL_NOISE, checkProbability } from './noiseModel';
import type { PlacedChannel } from './types';

export type RepetitionKind = 'bitFlip' | 'phaseFlip';
/** The noise the lesson applies to each data qubit independently. */
export type CodeChannel = 'bitFlip' | 'phaseFlip' | 'depolarizing';
/** A logical input: the +1 eigenstate of Z (|0⟩), X (|+⟩) or Y (|+i⟩), read back in that basis. */
export type LogicalBasis = 'Z' | 'X' | 'Y';

/** A named range of operations [from, to) of a code circuit. */
export interface CodeStep {
  name: string;
  from: number;
  to: number;
}

export interface CodeCircuit {
  circuit: Circuit;
  /** The noise: one channel per data qubit, after op `from − 1` of the "Noise" step. */
  placed: PlacedChannel[];
  /** Prepare (when the input needs gates), Encode, Noise (no gates), Syndrome, Correct, Decode. */
  steps: CodeStep[];
  /** The logical readout: the basis's Pauli on qubit 0 (+1 = right, −1 = wrong). */
  readout: Observable;
  basis: LogicalBasis;
}

const KINDS: readonly RepetitionKind[] = ['bitFlip', 'phaseFlip'];
const CHANNELS: readonly CodeChannel[] = ['bitFlip', 'phaseFlip', 'depolarizing'];

function checkArgs(kind: RepetitionKind | null, channel: CodeChannel, p: number): void {
  if (kind !== null && !KINDS.includes(kind)) {
    throw new SimError('kind', `The code is "bitFlip" or "phaseFlip"; got "${String(kind)}".`);
  }
  if (!CHANNELS.includes(channel)) {
    throw new SimError(
      'channel',
      `The noise is "bitFlip", "phaseFlip" or "depolarizing"; got "${String(channel)}".`,
    );
  }
  checkProbability(p, 'p', 'The error probability p');
}

/** Builds a code circuit step by step: each step's ops, then its range. */
function builder(n: number, basis: LogicalBasis) {
  const ops: Operation[] = [];
  const steps: CodeStep[] = [];
  const placed: PlacedChannel[] = [];
  const step = (name: string, add: () => void): void => {
    const from = ops.length;
    add();
    if (name !== 'Prepare' || ops.length > from) steps.push({ name, from, to: ops.length });
  };
  const g = (gate: Operation['gate'], ...targets: number[]): void => {
    ops.push({ gate, targets });
  };
  const noise = (channel: CodeChannel, p: number, data: readonly number[]): void => {
    step('Noise', () => {
      for (const q of data) placed.push({ name: channel, qubits: [q], p, after: ops.length - 1 });
    });
  };
  step('Prepare', () => {
    if (basis !== 'Z') g('H', 0);
    if (basis === 'Y') g('S', 0);
  });
  const done = (): CodeCircuit => ({
    circuit: { qubits: n, ops },
    placed,
    steps,
    readout: { terms: [{ coeff: 1, label: `${basis}0` }] },
    basis,
  });
  return { ops, g, step, noise, done };
}

/**
 * The 3-qubit repetition code: data qubits 0 (the logical qubit), 1, 2 and ancillas 3, 4.
 * Encode with CNOT 0→1, 0→2 (then H on each data qubit for the phase-flip code); the channel on
 * each data qubit; the parities q0⊕q1 into ancilla 3 and q1⊕q2 into ancilla 4 (in the X basis
 * for the phase-flip code: H on the data qubits around it); an X (or Z) on the qubit the syndrome
 * names, controlled on the ancillas' states; decode by the inverse of the encoding.
 * The input is the code's natural one unless `basis` says: |0⟩ read in Z for the bit-flip code,
 * |+⟩ read in X for the phase-flip code.
 */
export function repetitionCode(
  kind: RepetitionKind,
  channel: CodeChannel,
  p: number,
  basis: LogicalBasis = kind === 'bitFlip' ? 'Z' : 'X',
): CodeCircuit {
  checkArgs(kind, channel, p);
  const b = builder(5, basis);
  const { g } = b;
  const data = [0, 1, 2];
  const phase = kind === 'phaseFlip';
  const hadamards = (order = data): void => order.forEach((q) => g('H', q));
  b.step('Encode', () => {
    g('CNOT', 0, 1);
    g('CNOT', 0, 2);
    if (phase) hadamards();
  });
  b.noise(channel, p, data);
  b.step('Syndrome', () => {
    if (phase) hadamards();
    g('CNOT', 0, 3);
    g('CNOT', 1, 3);
    g('CNOT', 1, 4);
    g('CNOT', 2, 4);
    if (phase) hadamards();
  });
  b.step('Correct', () => {
    // Syndrome (ancilla 3, ancilla 4): (1, 0) → qubit 0, (1, 1) → qubit 1, (0, 1) → qubit 2.
    const fix = phase ? 'Z' : 'X';
    const table: [number, 0 | 1, 0 | 1][] = [[0, 1, 0], [1, 1, 1], [2, 0, 1]]; // prettier-ignore
    for (const [q, s3, s4] of table) {
      b.ops.push({ gate: fix, targets: [q], controls: [3, 4], controlStates: [s3, s4] });
    }
  });
  b.step('Decode', () => {
    if (phase) hadamards([2, 1, 0]); // the encoding's gates in reverse order
    g('CNOT', 0, 2);
    g('CNOT', 0, 1);
  });
  return b.done();
}

/**
 * The 9-qubit Shor code on qubits 0–8 (0 is the logical qubit), decoded without ancillas by
 * majority votes: in each block of three, CNOTs then a Toffoli flip the block's first qubit back
 * when the other two both saw a bit flip; then H on 0, 3, 6 and the same vote across blocks
 * corrects one flipped sign. It corrects any single-qubit error. 4^9 entries: 4 MiB.
 */
export function shorCode(channel: CodeChannel, p: number, basis: LogicalBasis = 'Z'): CodeCircuit {
  checkArgs(null, channel, p);
  const b = builder(9, basis);
  const { g } = b;
  const leads = [0, 3, 6];
  b.step('Encode', () => {
    g('CNOT', 0, 3);
    g('CNOT', 0, 6);
    leads.forEach((q) => g('H', q));
    for (const q of leads) {
      g('CNOT', q, q + 1);
      g('CNOT', q, q + 2);
    }
  });
  b.noise(channel, p, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const vote = (lead: number, a: number, c: number): void => {
    g('CNOT', lead, a);
    g('CNOT', lead, c);
    g('TOFFOLI', a, c, lead);
  };
  b.step('Correct and decode', () => {
    for (const q of leads) vote(q, q + 1, q + 2);
    leads.forEach((q) => g('H', q));
    vote(0, 3, 6);
  });
  return b.done();
}

/** One qubit, no code: the input, the channel, the readout. */
export function unencodedCircuit(
  channel: CodeChannel,
  p: number,
  basis: LogicalBasis,
): CodeCircuit {
  checkArgs(null, channel, p);
  const b = builder(1, basis);
  b.noise(channel, p, [0]);
  return b.done();
}

/**
 * How often the decoded logical qubit reads wrong, for each input basis (exact), and two
 * summaries. The codes' gates are perfect and every channel here is a Pauli channel, so what
 * reaches the logical qubit is a Pauli channel (p_X, p_Y, p_Z): Z reads wrong with p_X + p_Y,
 * X with p_Y + p_Z, Y with p_X + p_Z, and `total` = p_X + p_Y + p_Z is half their sum.
 */
export interface LogicalErrors {
  Z: number;
  X: number;
  Y: number;
  /** Probability of any logical error (1 − p_I). */
  total: number;
}

function measure(build: (basis: LogicalBasis) => CodeCircuit): LogicalErrors {
  const wrong = (basis: LogicalBasis): number => {
    const c = build(basis);
    const sim = createDensitySimulator(c.circuit, IDEAL_NOISE, c.placed);
    return (1 - sim.expectation(sim.observable(c.readout))) / 2;
  };
  const Z = wrong('Z');
  const X = wrong('X');
  const Y = wrong('Y');
  return { Z, X, Y, total: (X + Y + Z) / 2 };
}

export function repetitionErrors(
  kind: RepetitionKind,
  channel: CodeChannel,
  p: number,
): LogicalErrors {
  return measure((basis) => repetitionCode(kind, channel, p, basis));
}

export function shorErrors(channel: CodeChannel, p: number): LogicalErrors {
  return measure((basis) => shorCode(channel, p, basis));
}

export function unencodedErrors(channel: CodeChannel, p: number): LogicalErrors {
  return measure((basis) => unencodedCircuit(channel, p, basis));
}

/**
 * The lesson's logical error rate: the probability that the decoded logical qubit is wrong,
 * counting every kind of logical error (`total`). For the matching channel it is the code's own
 * readout error, 3p² − 2p³; for errors the code cannot see it shows the loss of protection.
 */
export function logicalErrorRate(kind: RepetitionKind, channel: CodeChannel, p: number): number {
  return repetitionErrors(kind, channel, p).total;
}

/** The Shor code's logical error rate (total, as logicalErrorRate). */
export function shorLogicalErrorRate(channel: CodeChannel, p: number): number {
  return shorErrors(channel, p).total;
}

/** The same measure for one bare qubit under the channel (kind only names the lesson). */
export function unencodedErrorRate(kind: RepetitionKind, channel: CodeChannel, p: number): number {
  checkArgs(kind, channel, p);
  return unencodedErrors(channel, p).total;
}

/** The 3-qubit code's logical error against its own channel: two or three of the three flip. */
export function analyticLogicalError(p: number): number {
  return 3 * p * p - 2 * p ** 3;
}

/** The p > 0 where the code against its own channel is no better than one qubit: 3p² − 2p³ = p. */
export function breakEven(kind: RepetitionKind): number {
  checkArgs(kind, 'bitFlip', 0);
  return 0.5;
}
