// What the sandbox lessons say, checked with the project's own simulation: each step's circuit as
// the sandbox session measures it (exact probabilities, what the "try this" metric reads) and as
// the live view draws it (Bloch vectors, amplitudes). Lessons 1 and 2, and the circuit sandbox
// step of lesson 7. Tolerance 1e-9 unless a text rounds.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { EditorCircuit } from '../../../src/experiment/circuit/types';
import type { CircuitExperiment, Experiment } from '../../../src/experiment/types';
import { validateExperiment } from '../../../src/experiment/validate';
import { circuitMetrics } from '../../../src/tasks/circuit/lessonMetrics';
import type { CircuitInfo } from '../../../workers/protocol';
import { inspectCircuit } from '../../../workers/inspect';
import { circuitRunner } from '../../../workers/tasks/circuit/runner';
import { roundShots } from '../../../workers/tasks/circuit/shots';
import { LESSON_SOURCES } from '../../../scripts/lessons';
import { ERROR_GATE } from '../../../scripts/lessons/noise-and-error-correction';
import { added, moved, place, retyped } from '../../../scripts/lessons/sandbox';
import type { LessonSource, StepSource } from '../../../scripts/lessons/source';

const TOL = 1e-9;

function lesson(name: string): LessonSource {
  const found = LESSON_SOURCES.find((s) => s.name === name);
  if (!found) throw new Error(`no lesson ${name}`);
  return found;
}
function step(name: string, title: string): StepSource {
  const found = lesson(name).steps.find((s) => s.title === title);
  if (!found) throw new Error(`no step "${title}" in ${name}`);
  return found;
}
function sandboxOf(e: Experiment): CircuitExperiment {
  if (e.task !== 'circuit') throw new Error(`a ${e.task} step, not a sandbox`);
  return e;
}
const circuitOf = (s: StepSource): EditorCircuit => sandboxOf(s.experiment).model.circuit;
const withCircuit = (s: StepSource, c: EditorCircuit): CircuitExperiment => ({
  ...sandboxOf(s.experiment),
  model: { circuit: c },
});

/** The circuit's state as the session and the live view have it (a circuit the editor allows). */
function simulate(e: CircuitExperiment) {
  const valid = validateExperiment(e);
  if (!valid.ok) throw new Error(valid.error.message);
  const info = circuitRunner.create(e).info as CircuitInfo;
  const compiled = compileEditorCircuit(e.model.circuit);
  expect(compiled.channels).toEqual([]);
  const view = inspectCircuit(compiled.circuit, [], []);
  return {
    info,
    /** The probability the lesson's "try this" reads, of a basis state as written ("01"). */
    p: (label: string): number => {
      const v = circuitMetrics['probability']!.read({ history: [], info, pictures: {} }, label);
      if (v === null) throw new Error(`no probability of ${label}`);
      return v;
    },
    bloch: (q: number): number[] => Array.from(view.bloch.subarray(3 * q, 3 * q + 3)),
    /** Amplitude of basis state i as [re, im]. */
    amp: (i: number): [number, number] => [view.amplitudes![2 * i]!, view.amplitudes![2 * i + 1]!],
  };
}
const expectVector = (v: number[], want: number[], tol = TOL): void =>
  v.forEach((x, k) => expect(Math.abs(x - want[k]!), `component ${k} of ${v.join(', ')}`).toBeLessThan(tol)); // prettier-ignore
const length = (v: number[]): number => Math.hypot(...v);

describe('lesson 1, one qubit', () => {
  const at = (title: string) => simulate(sandboxOf(step('one-qubit', title).experiment));

  it('starts in |0⟩ at the north pole', () => {
    const s = at('A qubit starts in |0⟩');
    expect(s.info.qubits).toBe(1);
    expect(s.p('0')).toBeCloseTo(1, 12);
    expectVector(s.bloch(0), [0, 0, 1]);
  });

  it('X flips it to the south pole, and a second X brings it back', () => {
    const x = step('one-qubit', 'X flips it');
    const s = simulate(sandboxOf(x.experiment));
    expect(s.p('1')).toBeCloseTo(1, 12);
    expectVector(s.bloch(0), [0, 0, -1]);
    const twice = simulate(withCircuit(x, added(circuitOf(x), place('X', 1, [0]))));
    expect(twice.p('0')).toBeCloseTo(1, 12);
  });

  it('H gives |+⟩: 0.5 each, the arrow along x, amplitudes 1/√2', () => {
    const s = at('H makes a superposition');
    expect(s.p('0')).toBeCloseTo(0.5, 12);
    expect(s.p('1')).toBeCloseTo(0.5, 12);
    expectVector(s.bloch(0), [1, 0, 0]);
    expectVector([...s.amp(0), ...s.amp(1)], [Math.SQRT1_2, 0, Math.SQRT1_2, 0]);
  });

  it('RY(π/4) gives P(1) = sin²(π/8) ≈ 0.146, and the try has angles that reach 0.75', () => {
    const ry = step('one-qubit', 'Turn it with RY');
    const s = simulate(sandboxOf(ry.experiment));
    expect(s.p('1')).toBeCloseTo(Math.sin(Math.PI / 8) ** 2, 12);
    expect(s.p('1').toFixed(3)).toBe('0.146');
    const [c] = ry.try!.conditions;
    const holds = (p: number) => p >= c!.atLeast! && p <= c!.atMost!;
    expect(holds(s.p('1'))).toBe(false);
    // The angles the "done" text names, typed as a student would.
    for (const typed of ['2pi/3', '4pi/3', '-2pi/3', '2.094', '2.1'])
      expect(holds(simulate(withCircuit(ry, retyped(circuitOf(ry), 'g1', typed))).p('1')), typed).toBe(true); // prettier-ignore
    // P(1) = sin²(θ/2) at every angle, so a band of angles meets the condition, not one point.
    let inside = 0;
    for (let k = 0; k <= 1000; k++) {
      const theta = (Math.PI * k) / 1000;
      const p = simulate(withCircuit(ry, retyped(circuitOf(ry), 'g1', String(theta)))).p('1');
      expect(p).toBeCloseTo(Math.sin(theta / 2) ** 2, 10);
      if (holds(p)) inside++;
    }
    expect(inside).toBeGreaterThan(5);
  });

  it('RZ(π/2) after H turns the arrow from x to y and keeps both probabilities at 0.5', () => {
    const s = at('RZ turns the phase');
    expectVector(s.bloch(0), [0, 1, 0]);
    expect(s.p('0')).toBeCloseTo(0.5, 12);
    expect(s.p('1')).toBeCloseTo(0.5, 12);
    // (|0⟩ + i|1⟩)/√2 up to an overall phase: amplitude of |1⟩ = i × amplitude of |0⟩.
    const [a, b] = [s.amp(0), s.amp(1)];
    expectVector([b[0], b[1]], [-a[1], a[0]]);
  });

  it('draws one shot a step, 100 in all, from 0.5 and 0.5', () => {
    const e = sandboxOf(step('one-qubit', 'Measure, shot by shot').experiment);
    const s = simulate(e);
    expect(s.p('1')).toBeCloseTo(0.5, 12);
    expect(e.measure.shots).toBe(100);
    for (let r = 0; r < e.training.epochs; r++) expect(roundShots(100, e.training.epochs, r)).toBe(1); // prettier-ignore
  });
});

describe('lesson 2, two qubits', () => {
  const at = (title: string) => simulate(sandboxOf(step('two-qubits', title).experiment));
  const bell = step('two-qubits', 'CNOT entangles');

  it('X on qubit 1 gives |10⟩: qubit 0 is the rightmost digit, a product state', () => {
    const s = at('Two wires, four outcomes');
    expect(s.p('10')).toBeCloseTo(1, 12);
    expectVector(s.bloch(0), [0, 0, 1]);
    expectVector(s.bloch(1), [0, 0, -1]);
  });

  it('H on qubit 0 gives |00⟩ and |01⟩ at 0.5 with two full-length arrows; H on both, 0.25 each', () => {
    const one = step('two-qubits', 'A superposition on one qubit');
    const s = simulate(sandboxOf(one.experiment));
    expect(s.p('00')).toBeCloseTo(0.5, 12);
    expect(s.p('01')).toBeCloseTo(0.5, 12);
    expectVector(s.bloch(0), [1, 0, 0]);
    expectVector(s.bloch(1), [0, 0, 1]);
    const both = simulate(withCircuit(one, added(circuitOf(one), place('H', 0, [1]))));
    for (const label of ['00', '01', '10', '11']) expect(both.p(label)).toBeCloseTo(0.25, 12);
    expect(length(both.bloch(0))).toBeCloseTo(1, 12);
    expect(length(both.bloch(1))).toBeCloseTo(1, 12);
  });

  it('H then CNOT makes (|00⟩ + |11⟩)/√2: 0.5 and 0.5, both arrows of length 0', () => {
    const s = simulate(sandboxOf(bell.experiment));
    expect(s.p('00')).toBeCloseTo(0.5, 12);
    expect(s.p('11')).toBeCloseTo(0.5, 12);
    expect(s.p('01')).toBeCloseTo(0, 12);
    expect(s.p('10')).toBeCloseTo(0, 12);
    expect(length(s.bloch(0))).toBeLessThan(TOL);
    expect(length(s.bloch(1))).toBeLessThan(TOL);
  });

  it('the Bell pair still agrees measured in the X basis (H on both wires after the CNOT)', () => {
    const pair = step('two-qubits', 'Measure the pair');
    const c = added(added(circuitOf(pair), place('H', 2, [0])), place('H', 2, [1]));
    const s = simulate(withCircuit(pair, c));
    expect(s.p('00')).toBeCloseTo(0.5, 12);
    expect(s.p('11')).toBeCloseTo(0.5, 12);
  });

  it('the try: one X, before or after the CNOT, gives (|01⟩ + |10⟩)/√2 with no arrows', () => {
    const build = step('two-qubits', 'Build another Bell state');
    const holds = (s: ReturnType<typeof simulate>) =>
      build.try!.conditions.every((c) => {
        const p = s.p(c.of!);
        return p >= c.atLeast! && p <= c.atMost!;
      });
    expect(holds(simulate(sandboxOf(build.experiment)))).toBe(false);
    const ways = [
      place('X', 2, [1]),
      place('X', 2, [0]),
      // Before the CNOT: the editor's columns 0 and 1 hold H and CNOT, so X goes in column 0 on q1.
      place('X', 0, [1]),
    ];
    for (const x of ways) {
      const s = simulate(withCircuit(build, added(circuitOf(build), x)));
      expect(holds(s), JSON.stringify(x)).toBe(true);
      expect(length(s.bloch(0))).toBeLessThan(TOL);
      expect(length(s.bloch(1))).toBeLessThan(TOL);
    }
  });
});

describe('lesson 7, the bit-flip code in the sandbox', () => {
  const caught = step('noise-and-error-correction', 'Catch an error yourself');
  const s = simulate(sandboxOf(caught.experiment));

  it('catches the X on qubit 1: ancillas 1, 1 and qubit 0 back at 0.75 and 0.25', () => {
    expect(s.p('11000')).toBeCloseTo(0.75, 12);
    expect(s.p('11001')).toBeCloseTo(0.25, 12);
  });

  it('catches it on qubit 2 too (the try), and is fooled by two errors', () => {
    const onTwo = simulate(withCircuit(caught, moved(circuitOf(caught), ERROR_GATE, [2])));
    expect(onTwo.p('10000')).toBeCloseTo(0.75, 12);
    expect(onTwo.p('10001')).toBeCloseTo(0.25, 12);
    const two = added(circuitOf(caught), place('X', 3, [2]));
    const fooled = simulate(withCircuit(caught, two));
    // Qubit 0 comes out flipped: 1 with probability 0.75.
    let one = 0;
    fooled.info.states.forEach((i, k) => (one += i & 1 ? fooled.info.exact[k]! : 0));
    expect(one).toBeCloseTo(0.75, 12);
  });
});
