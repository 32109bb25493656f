// The editor's live view under noise: a placed channel's probabilities, Bloch vector and purity
// against their closed forms, readout error in the probabilities only, channels and noise
// settings together, no noise at all giving the statevector's view unchanged, and the density
// limit's message for channels above 12 qubits.
import { describe, expect, it } from 'vitest';
import {
  compileEditorCircuit,
  placeGate,
  setChannelP,
  type EditResult,
  type EditorCircuit,
} from '../../src/experiment/circuit';
import type { NoiseSettings } from '../../src/experiment/noise';
import { inspectCircuit } from '../../workers/inspect';

const TOL = 1e-12;
const NONE: NoiseSettings = { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 };

function ok(r: EditResult): EditorCircuit {
  if (!r.ok) throw new Error(r.reason);
  return r.circuit;
}

const empty = (qubits: number, columns: number): EditorCircuit => ({
  qubits,
  columns,
  gates: [],
  blocks: [],
});

/** `gates` placed in order on qubit 0, one per column; a channel takes probability p. */
function onQubit0(gates: ('X' | 'bitFlip' | 'H')[], p: number): EditorCircuit {
  let c = empty(1, gates.length);
  gates.forEach((g, column) => {
    c = ok(placeGate(c, g, column, 0));
    if (g === 'bitFlip') c = ok(setChannelP(c, c.gates.at(-1)!.id, p));
  });
  return c;
}

function view(c: EditorCircuit, settings: NoiseSettings | null = null, x: number[] = [0, 0]) {
  const { circuit, channels } = compileEditorCircuit(c);
  return inspectCircuit(circuit, [], x, { channels, settings });
}

describe('the live view of a circuit with channels', () => {
  it.each([0.05, 0.2, 0.5])(
    'bit flip p = %s on |0⟩: P(1) = p, z = 1 − 2p, purity 1 − 2p + 2p²',
    (p) => {
      const v = view(onQubit0(['bitFlip'], p));
      expect(v.probabilities[1]).toBeCloseTo(p, 12);
      expect(v.probabilities[0]).toBeCloseTo(1 - p, 12);
      expect(v.bloch[2]).toBeCloseTo(1 - 2 * p, 12);
      expect(Math.abs(v.purity! - (1 - 2 * p + 2 * p * p))).toBeLessThan(TOL);
      // A mixed state has no amplitudes; nothing here is readout error.
      expect(v.amplitudes).toBeNull();
      expect(v.readoutError).toBe(false);
    },
  );

  it('after an X, a flip of p = 0.2 leaves P(0) = 0.2 and purity 0.68', () => {
    const v = view(onQubit0(['X', 'bitFlip'], 0.2));
    expect(v.probabilities[0]).toBeCloseTo(0.2, 12);
    expect(v.purity).toBeCloseTo(0.68, 12);
  });

  it('readout error is in the probabilities, not in the Bloch vector or the purity', () => {
    // |0⟩ read with P(read 1 | 0) = 0.1: a measurement reports 1 one time in ten.
    const v = view(onQubit0(['X', 'X'], 0), { ...NONE, p01: 0.1 });
    expect(v.readoutError).toBe(true);
    expect(v.probabilities[1]).toBeCloseTo(0.1, 12);
    expect(v.bloch[2]).toBeCloseTo(1, 12);
    expect(v.purity).toBeCloseTo(1, 12);
  });

  it('channels and noise settings both apply', () => {
    // X, then depolarising p1 after it (the settings), then the placed flip: z = −(1 − 4p1/3)(1 − 2p).
    const p1 = 0.03;
    const p = 0.2;
    const v = view(onQubit0(['X', 'bitFlip'], p), { ...NONE, p1 });
    const z = -(1 - (4 * p1) / 3) * (1 - 2 * p);
    expect(v.bloch[2]).toBeCloseTo(z, 12);
    expect(v.probabilities[0]).toBeCloseTo((1 + z) / 2, 12);
    expect(v.purity).toBeCloseTo((1 + z * z) / 2, 12);
  });

  it('with no channels and ideal settings the view is the statevector’s, unchanged', () => {
    let c = empty(3, 3);
    c = ok(placeGate(c, 'H', 0, 0));
    c = ok(placeGate(c, 'RY', 0, 1));
    c = ok(placeGate(c, 'CNOT', 1, 0));
    c = ok(placeGate(c, 'RX', 2, 2));
    const { circuit } = compileEditorCircuit(c);
    const params = [0.3, -1.1];
    const plain = inspectCircuit(circuit, params, [0.4, -0.2]);
    for (const noise of [
      undefined,
      { channels: [], settings: null },
      { channels: [], settings: NONE },
    ]) {
      const v = inspectCircuit(circuit, params, [0.4, -0.2], noise);
      expect(v).toEqual(plain);
    }
    expect(plain.purity).toBeNull();
    expect(plain.amplitudes).not.toBeNull();
  });

  it('a channel above 12 qubits is refused with the limit, not simulated without it', () => {
    const c = ok(placeGate(empty(13, 1), 'bitFlip', 0, 0));
    expect(() => view(c)).toThrow(
      /noise channels on 13 qubits; .* at most 12 qubits\. Remove the channels or some qubits\./,
    );
  });
});
