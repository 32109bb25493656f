// "Open in editor" on the lesson's steps: each link opens a circuit sandbox holding the code from
// its start up to and including that step, the noise step's channels placed as editor channels.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../../src/experiment/circuit/compile';
import { decodeExperiment } from '../../../../src/experiment/codec';
import { qecSchema } from '../../../../src/experiment/tasks/qec';
import type { CircuitExperiment, QecExperiment } from '../../../../src/experiment/types';
import type { QecInfo } from '../../../../workers/protocol';
import { repetitionCode, shorCode } from '../../../../workers/sim/noise/qec';
import { qecRunner } from '../../../../workers/tasks/qec/runner';
import { codeUpTo, stepLinks } from '../../../../src/tasks/qec/stepLinks';

const infoOf = (code: Partial<QecExperiment['code']>): QecInfo => {
  const d = qecSchema.defaults();
  return qecRunner.create({ ...d, code: { ...d.code, ...code } }).info as QecInfo;
};

/** The sandbox a step's link opens (the link must decode and validate). */
function opened(link: string): CircuitExperiment {
  const r = decodeExperiment(link.replace(/^#e=/, ''));
  if (!r.ok) throw new Error(r.error.message);
  if (r.value.task !== 'circuit') throw new Error(`opened a ${r.value.task} experiment`);
  return r.value;
}

describe('the lesson’s steps in the sandbox', () => {
  it('opens the bit-flip code up to each step; from the noise step on, with its three bit flips', () => {
    const info = infoOf({});
    const code = repetitionCode('bitFlip', 'bitFlip', 0.1);
    const links = stepLinks(info);
    expect(links).toHaveLength(5);
    info.steps.forEach((step, k) => {
      const e = opened(links[k]!);
      const { circuit, channels } = compileEditorCircuit(e.model.circuit);
      const to = code.steps[k]!.to;
      expect(step.name).toBe(code.steps[k]!.name);
      // The columns keep this code's order of ops (each shares a wire with the one before it).
      expect(circuit.ops).toEqual(code.circuit.ops.slice(0, to));
      expect(circuit.qubits).toBe(5);
      if (k === 0) expect(channels).toEqual([]);
      else expect(channels).toEqual(code.placed);
    });
    const noise = opened(links[1]!).model.circuit;
    expect(noise.gates.filter((g) => g.gate === 'bitFlip').map((g) => [g.targets[0], g.p])).toEqual([[0, 0.1], [1, 0.1], [2, 0.1]]); // prettier-ignore
  });

  it('places depolarising channels with the lesson’s p, and covers every op of the Shor code', () => {
    const info = infoOf({ kind: 'shor', channel: 'depolarizing', p: 0.05 });
    const code = shorCode('depolarizing', 0.05);
    const last = info.steps.length - 1;
    const whole = codeUpTo(info, last);
    expect(whole.circuit.ops).toEqual(code.circuit.ops);
    expect(whole.channels).toEqual(code.placed);
    const e = opened(stepLinks(info)[last]!);
    const channels = e.model.circuit.gates.filter((g) => g.gate === 'depolarizing');
    expect(channels).toHaveLength(9);
    expect(channels.every((g) => g.p === 0.05)).toBe(true);
    expect(e.model.circuit.qubits).toBe(9);
  });
});
