// Noise models: their checks, the ASAP layering, and the noisy schedule (gate noise by kind, damping
// once per layer and qubit, gate folding, placed channels in program order).
import { describe, expect, it } from 'vitest';
import { bindProgram, compile, createRng } from '../../../../workers/sim';
import type { Circuit } from '../../../../workers/sim';
import { createDensity } from '../../../../workers/sim/noise/density';
import { runDensitySteps } from '../../../../workers/sim/noise/dmRun';
import {
  IDEAL_NOISE,
  checkNoiseModel,
  isIdeal,
  layersOf,
  noisySchedule,
  opQubits,
} from '../../../../workers/sim/noise/noiseModel';
import type {
  ChannelName,
  DensityStep,
  NoiseModel,
  PlacedChannel,
} from '../../../../workers/sim/noise/types';
import { maxAbsDiff, randomCircuit, randomStateCircuit, randomVector } from '../random';
import { fieldOf } from './helpers';

const NOISY: NoiseModel = {
  p1: 0.01,
  p2: 0.03,
  gamma: 0.02,
  lambda: 0.04,
  readout: { p01: 0.02, p10: 0.05 },
};

/** A circuit with known ASAP moments (comments), on 4 qubits, with controls on targets. */
const LAYERED: Circuit = {
  qubits: 4,
  ops: [
    { gate: 'H', targets: [0] }, // 0
    { gate: 'X', targets: [2] }, // 0
    { gate: 'CNOT', targets: [0, 1] }, // 1
    { gate: 'Z', targets: [3], controls: [2] }, // 1: waits for qubit 2
    { gate: 'H', targets: [1] }, // 2
    { gate: 'TOFFOLI', targets: [0, 3, 2] }, // 2: qubits 0, 2, 3
    { gate: 'RY', targets: [3], params: [{ kind: 'const', value: 0.3 }] }, // 3
    { gate: 'H', targets: [1] }, // 3
  ],
};
const LAYERS = [0, 0, 1, 1, 2, 2, 3, 3];
const DEPTH = 4;

function count(steps: readonly DensityStep[], name: ChannelName, qubit?: number): number {
  return steps.filter(
    (s) =>
      s.kind === 'channel' &&
      s.channel.name === name &&
      (qubit === undefined || s.channel.qubits.includes(qubit)),
  ).length;
}

describe('noise model checks', () => {
  it('IDEAL_NOISE is ideal and any non-zero probability is not', () => {
    expect(isIdeal(IDEAL_NOISE)).toBe(true);
    expect(isIdeal({ ...IDEAL_NOISE, gamma: 1e-9 })).toBe(false);
    expect(isIdeal({ ...IDEAL_NOISE, readout: { p01: 0, p10: 0.1 } })).toBe(false);
    expect(() => checkNoiseModel(NOISY)).not.toThrow();
  });

  it('refuses NaN and values outside [0, 1], naming the field', () => {
    const cases: [NoiseModel, string][] = [
      [{ ...NOISY, p1: Number.NaN }, 'noise.p1'],
      [{ ...NOISY, p2: 1.5 }, 'noise.p2'],
      [{ ...NOISY, gamma: -0.1 }, 'noise.gamma'],
      [{ ...NOISY, lambda: 2 }, 'noise.lambda'],
      [{ ...NOISY, readout: { p01: -1e-3, p10: 0 } }, 'noise.readout.p01'],
      [{ ...NOISY, readout: { p01: 0, p10: Number.NaN } }, 'noise.readout.p10'],
    ];
    for (const [noise, field] of cases) expect(fieldOf(() => checkNoiseModel(noise))).toBe(field);
    expect(() => checkNoiseModel({ ...NOISY, p1: 2 })).toThrow(/from 0 to 1/);
  });

  it('accepts depolarizing beyond the fully depolarising points (3/4 and 15/16) up to 1', () => {
    expect(() => checkNoiseModel({ ...NOISY, p1: 0.9, p2: 1 })).not.toThrow();
  });
});

describe('layersOf', () => {
  it('gives each op the moment after the last one on any of its qubits (controls count)', () => {
    expect([...layersOf(compile(LAYERED))]).toEqual(LAYERS);
  });

  it('puts gates on disjoint qubits in one moment', () => {
    const c: Circuit = { qubits: 3, ops: [0, 1, 2].map((q) => ({ gate: 'H', targets: [q] })) };
    expect([...layersOf(compile(c))]).toEqual([0, 0, 0]);
  });
});

describe('noisySchedule', () => {
  const p = compile(LAYERED);

  it('follows each gate with its depolarizing channels by kind', () => {
    const steps = noisySchedule(p, NOISY);
    // One-qubit gates: ops 0, 1, 4, 6, 7. Two-qubit: CNOT and controlled Z. Toffoli: two pairs.
    expect(count(steps, 'depolarizing')).toBe(5);
    expect(count(steps, 'depolarizing2')).toBe(2 + 2);
    // Right after each gate: depolarizing channels covering exactly the gate's qubits.
    steps.forEach((s, k) => {
      if (s.kind !== 'gate') return;
      const covered = new Set<number>();
      for (let j = k + 1; j < steps.length; j++) {
        const t = steps[j]!;
        if (t.kind !== 'channel' || !t.channel.name.startsWith('depolarizing')) break;
        t.channel.qubits.forEach((q) => covered.add(q));
      }
      expect([...covered].sort()).toEqual(opQubits(p, s.op).sort());
    });
    // The Toffoli (controls 0, 3 ascending, then target 2): pairs (0, 3) and (3, 2).
    const tof = steps.findIndex((s) => s.kind === 'gate' && s.op === 5);
    const pairs = steps
      .slice(tof + 1, tof + 3)
      .map((s) => (s.kind === 'channel' ? s.channel.qubits : []));
    expect(pairs).toEqual([[0, 3], [3, 2]]); // prettier-ignore
    for (const s of steps) {
      if (s.kind !== 'channel') continue;
      expect(s.channel.p).toBe(s.channel.name === 'depolarizing' ? 0.01 : s.channel.name === 'depolarizing2' ? 0.03 : s.channel.name === 'amplitudeDamping' ? 0.02 : 0.04); // prettier-ignore
    }
  });

  it('damps every qubit once per layer, just before its next gate or at the end', () => {
    const steps = noisySchedule(p, NOISY);
    for (let q = 0; q < 4; q++) {
      expect(count(steps, 'amplitudeDamping', q)).toBe(DEPTH);
      expect(count(steps, 'phaseDamping', q)).toBe(DEPTH);
    }
    // When op i starts, each of its qubits has had exactly layer(i) layers of damping.
    steps.forEach((s, k) => {
      if (s.kind !== 'gate') return;
      for (const q of opQubits(p, s.op)) {
        expect(count(steps.slice(0, k), 'amplitudeDamping', q)).toBe(LAYERS[s.op]);
      }
    });
    // Amplitude damping comes before phase damping in each layer.
    const first = steps.find((s) => s.kind === 'channel' && !s.channel.name.startsWith('depol'));
    expect(first?.kind === 'channel' && first.channel.name).toBe('amplitudeDamping');
  });

  it('skips channels whose probability is 0', () => {
    expect(noisySchedule(p, IDEAL_NOISE).every((s) => s.kind === 'gate')).toBe(true);
    const onlyGamma = noisySchedule(p, { ...IDEAL_NOISE, gamma: 0.1 });
    expect(onlyGamma.filter((s) => s.kind === 'channel').length).toBe(4 * DEPTH);
  });

  it('folds each gate into G (G† G)^k with its noise after every application', () => {
    const one = noisySchedule(p, NOISY);
    for (const fold of [3, 5]) {
      const steps = noisySchedule(p, NOISY, { fold });
      for (const name of ['depolarizing', 'depolarizing2', 'amplitudeDamping', 'phaseDamping'] as const) {
        expect(count(steps, name)).toBe(fold * count(one, name));
      } // prettier-ignore
      const gates = steps.filter((s) => s.kind === 'gate');
      expect(gates.length).toBe(fold * p.ops);
      // Op i appears as U, U†, U, …, U in a row of gate steps.
      for (let i = 0; i < p.ops; i++) {
        const run = gates.slice(fold * i, fold * (i + 1));
        expect(run.map((s) => s.op)).toEqual(new Array<number>(fold).fill(i));
        expect(run.map((s) => s.inverse)).toEqual(run.map((_, j) => j % 2 === 1));
      }
    }
  });

  it('refuses a fold that is not an odd whole number', () => {
    for (const fold of [0, 2, 1.5, -1, 101]) {
      expect(fieldOf(() => noisySchedule(p, NOISY, { fold }))).toBe('fold');
    }
  });

  it('leaves the ideal result unchanged by folding (fold 3 and 5 equal fold 1 to 1e-12)', () => {
    const rng = createRng(77);
    const c = randomCircuit(rng, 4, 24, { numParams: 3, numFeatures: 0, maxControls: 1 });
    c.ops.unshift(...randomStateCircuit(rng, 4, 1).ops);
    const prog = compile(c);
    const params = randomVector(rng, 3, Math.PI);
    const run = (fold: number): Float64Array => {
      const rho = createDensity(4);
      bindProgram(prog, params);
      runDensitySteps(prog, noisySchedule(prog, IDEAL_NOISE, { fold }), rho);
      return rho.data;
    };
    const ref = run(1);
    // 1e-12: 5 × 28 unitary steps, each rounding at 1e-16 relative.
    expect(maxAbsDiff(run(3), ref)).toBeLessThan(1e-12);
    expect(maxAbsDiff(run(5), ref)).toBeLessThan(1e-12);
  });
});

describe('placed channels', () => {
  const p = compile(LAYERED);
  const placed: PlacedChannel[] = [
    { name: 'bitFlip', qubits: [1], p: 0.2, after: 2 },
    { name: 'reset', qubits: [3], p: 0, after: -1 },
  ];

  it('sit right after op `after` (after its gate noise), in program order, unfolded', () => {
    for (const fold of [1, 3]) {
      const steps = noisySchedule(p, NOISY, { fold, placed });
      expect(steps[0]).toEqual({ kind: 'channel', channel: placed[1] });
      const k = steps.findIndex((s) => s.kind === 'channel' && s.channel.name === 'bitFlip');
      const before = steps.slice(0, k).filter((s) => s.kind === 'gate');
      expect(before.at(-1)).toMatchObject({ op: 2 });
      expect(before.length).toBe(3 * fold);
      expect(steps[k - 1]).toMatchObject({ kind: 'channel', channel: { name: 'depolarizing2' } });
      expect(count(steps, 'bitFlip')).toBe(1);
    }
  });

  it('are refused with a field naming them when out of range or invalid', () => {
    expect(fieldOf(() => noisySchedule(p, NOISY, { placed: [{ ...placed[0]!, after: 8 }] }))).toBe('placed[0].after'); // prettier-ignore
    expect(fieldOf(() => noisySchedule(p, NOISY, { placed: [{ ...placed[0]!, after: -2 }] }))).toBe('placed[0].after'); // prettier-ignore
    expect(fieldOf(() => noisySchedule(p, NOISY, { placed: [placed[1]!, { ...placed[0]!, qubits: [4] }] }))).toBe('placed[1].qubits'); // prettier-ignore
    expect(() => noisySchedule(p, NOISY, { placed: [{ ...placed[0]!, p: 1.2 }] })).toThrow(/Channel 1: Bit-flip/); // prettier-ignore
  });
});
