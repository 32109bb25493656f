// Noise channels placed in the editor's circuit: placing one (with its default probability),
// setting p, what is refused, validation of untrusted circuits, lowering to channels between the
// ops (repeated with their block), and the link round trip.
import { describe, expect, it } from 'vitest';
import {
  addControl,
  compileEditorCircuit,
  placeGate,
  repeatColumns,
  setChannelP,
  validateEditorCircuit,
} from '../../../../src/experiment/circuit';
import { CHANNEL_NAMES, CHANNEL_SPECS } from '../../../../src/experiment/circuit/channelCatalog';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { defaultExperiment } from '../../../../src/experiment/defaults';
import type { ClassifyExperiment } from '../../../../src/experiment/types';
import { build, empty, ok, refused } from './helpers';

describe('channels in the editor circuit', () => {
  it('places every channel with its default probability, none for reset', () => {
    for (const name of CHANNEL_NAMES) {
      const c = ok(placeGate(empty(3, 2), name, 0, 0));
      const g = c.gates[0]!;
      expect(g.targets).toHaveLength(CHANNEL_SPECS[name].baseQubits);
      if (name === 'reset') expect(g.p).toBeUndefined();
      else expect(g.p).toBe(CHANNEL_SPECS[name].defaultP);
      expect(validateEditorCircuit(c)).toBeNull();
    }
  });

  it('sets p within [0, 1] and refuses anything else', () => {
    const c = ok(placeGate(empty(2, 2), 'bitFlip', 0, 1));
    const id = c.gates[0]!.id;
    expect(ok(setChannelP(c, id, 0.25)).gates[0]!.p).toBe(0.25);
    refused(setChannelP(c, id, 1.5), 'from 0 to 1');
    refused(setChannelP(c, id, Number.NaN), 'from 0 to 1');
    const withH = ok(placeGate(c, 'H', 1, 0));
    refused(setChannelP(withH, withH.gates[1]!.id, 0.1), 'takes no probability');
    const reset = ok(placeGate(empty(2, 1), 'reset', 0, 0));
    refused(setChannelP(reset, reset.gates[0]!.id, 0.1), 'takes no probability');
  });

  it('refuses a control on a channel', () => {
    const c = ok(placeGate(empty(3, 1), 'depolarizing', 0, 0));
    refused(addControl(c, c.gates[0]!.id, 2, 1), 'cannot be controlled');
  });

  it('lowers channels between the ops, repeated with their block', () => {
    const c = build(
      empty(2, 3),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'bitFlip', 1, 0),
      (c) => placeGate(c, 'CNOT', 2, 0),
      (c) => repeatColumns(c, 1, 3, 2),
    );
    const { circuit, channels } = compileEditorCircuit(c);
    expect(circuit.ops.map((o) => o.gate)).toEqual(['H', 'CNOT', 'CNOT']);
    expect(channels).toEqual([
      { name: 'bitFlip', qubits: [0], p: 0.1, after: 0 },
      { name: 'bitFlip', qubits: [0], p: 0.1, after: 1 },
    ]);
    expect(compileEditorCircuit(empty(2, 2)).channels).toEqual([]);
  });

  it('refuses bad channels from a link: p out of range, missing, on reset, controls, size', () => {
    const base = ok(placeGate(empty(2, 1), 'phaseFlip', 0, 0));
    const g = base.gates[0]!;
    const withGate = (x: object) => ({ ...base, gates: [{ ...g, ...x }] });
    expect(validateEditorCircuit(withGate({ p: 2 }))?.message).toContain('from 0 to 1');
    expect(validateEditorCircuit(withGate({ p: undefined }))?.message).toContain('from 0 to 1');
    expect(
      validateEditorCircuit(withGate({ controls: [1], controlStates: [1] }))?.message,
    ).toContain('cannot be controlled');
    const reset = { ...base, gates: [{ id: 'r', gate: 'reset', column: 0, targets: [0], p: 0.2 }] };
    expect(validateEditorCircuit(reset)?.message).toContain('takes no probability');
    const h = { ...base, gates: [{ id: 'h', gate: 'H', column: 0, targets: [0], p: 0.2 }] };
    expect(validateEditorCircuit(h)?.message).toContain('takes no probability');
    const big = { qubits: 13, columns: 1, gates: [{ ...g }], blocks: [] };
    expect(validateEditorCircuit(big)?.message).toContain('at most 12 qubits');
    expect(validateEditorCircuit({ ...big, gates: [] })).toBeNull();
  });

  it('keeps channels and their p through a link', () => {
    const e = defaultExperiment();
    const circuit = build(
      empty(2, 3),
      (c) => placeGate(c, 'RY', 0, 0),
      (c) => placeGate(c, 'amplitudeDamping', 1, 0),
      (c) => placeGate(c, 'depolarizing2', 2, 0),
      (c) => setChannelP(c, c.gates[2]!.id, 0.03),
    );
    const withChannel = { ...e, model: { ...e.model, kind: 'circuit', circuit } };
    const back = decodeExperiment(encodeExperiment(withChannel as ClassifyExperiment));
    if (!back.ok) throw new Error(back.error.message);
    const m = (back.value as ClassifyExperiment).model;
    expect(m.kind === 'circuit' && m.circuit.gates.slice(1)).toEqual([
      expect.objectContaining({ gate: 'amplitudeDamping', p: 0.1, targets: [0] }),
      expect.objectContaining({ gate: 'depolarizing2', p: 0.03, targets: [0, 1] }),
    ]);
  });
});
