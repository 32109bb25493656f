// Exact gradients of a noisy circuit on a small density matrix in reverse mode: the forward run
// keeps ρ after every trained rotation (a tape), and the measured observable M is carried back
// through the adjoint of each step, U†MU after a gate and Σ K†MK after a channel; rotation k adds
// Tr(M_k · ∂(UρU†)/∂θ) = Tr(M_k · (−i/2)[P, ρ_k]). One forward and one backward run per example,
// where the parameter-shift rule takes two runs per rotation (300 for the default QRNN). The tape
// costs one density matrix per rotation, which is why it serves small registers only (the noisy
// QRNN's history and data qubits; densitySimulator.ts refuses the adjoint method in general).

import { accumulateParamGradient, bindProgram, compile, type Program } from '../compile';
import type { Circuit } from '../circuit';
import { dense2 } from '../kernels';
import { addSuperoperator, applyChannel, krausOperators } from './channels';
import { checkDensityQubits, createDensity, resetDensity } from './density';
import { applyGateToDensity } from './dmRun';
import { checkNoiseModel, noisySchedule } from './noiseModel';
import type { DensityMatrix, NoiseModel, PlacedChannel } from './types';

/** Largest tape (bytes of kept density matrices) a model may ask for. */
export const MAX_TAPE_BYTES = 2 ** 26;

export interface DensityTape {
  readonly program: Program;
  /** Qubits of the density matrix. */
  readonly n: number;
  /** Runs (θ, x) under the noise, keeping the tape; the returned ρ is reused by the next run. */
  forward(params: ArrayLike<number>, x: ArrayLike<number>): DensityMatrix;
  /**
   * Adds ∂Tr(Mρ)/∂θ of the last forward run to grad, for the diagonal observable
   * M = diag(weights) (2^n real numbers: what a measurement's outcomes are worth). `x` must be the
   * last forward's input (its features scale their angles' derivatives).
   */
  backward(weights: Float64Array, x: ArrayLike<number>, grad: Float64Array): void;
}

/** One step of the run as the backward pass needs it. */
type TapeStep =
  | {
      kind: 'gate';
      op: number;
      inverse: boolean;
      /** Tape slot of the state after it (−1: not a trained rotation, nothing kept). */
      slot: number;
      /** Its generator P = (pr + i·pi)·X^x·Z^z on global qubit masks (when slot ≥ 0). */
      x: number;
      z: number;
      pr: number;
      pi: number;
    }
  | { kind: 'channel'; apply: (m: DensityMatrix) => void; forward: (r: DensityMatrix) => void };

/** conj-transpose of a 2×2 interleaved matrix. */
function dagger2(k: Float64Array): Float64Array {
  return Float64Array.of(k[0]!, -k[1]!, k[4]!, -k[5]!, k[2]!, -k[3]!, k[6]!, -k[7]!);
}

/** The generator of op i as a Pauli string on global qubits, or null when it is not a rotation. */
function generatorOf(
  p: Program,
  i: number,
): { x: number; z: number; pr: number; pi: number } | null {
  const g = p.gates[i]!;
  if (p.cmask[i] !== 0 || p.aCount[i] !== 1) return null;
  const q0 = 1 << p.q0[i]!;
  if (g.axis === 'X') return { x: q0, z: 0, pr: 1, pi: 0 };
  if (g.axis === 'Z') return { x: 0, z: q0, pr: 1, pi: 0 };
  // Y = i·X·Z.
  if (g.axis === 'Y') return { x: q0, z: q0, pr: 0, pi: 1 };
  if (g.pauli && p.q1[i]! >= 0) {
    const q1 = 1 << p.q1[i]!;
    const global = (m: number): number => (m & 1 ? q0 : 0) | (m & 2 ? q1 : 0);
    return { x: global(g.pauli.x), z: global(g.pauli.z), pr: g.pauli.phase, pi: 0 };
  }
  return null;
}

/** (−1)^popcount(v). */
function parity(v: number): number {
  let p = 1;
  while (v) {
    v &= v - 1;
    p = -p;
  }
  return p;
}

/**
 * A reverse-mode differentiator of `circuit` under `noise` and the placed channels. Throws a
 * readable Error when the circuit trains a gate that is not a Pauli rotation or the tape would
 * exceed MAX_TAPE_BYTES.
 */
export function createDensityTape(
  circuit: Circuit,
  noise: NoiseModel,
  placed: readonly PlacedChannel[] = [],
): DensityTape {
  checkNoiseModel(noise);
  const program = compile(circuit);
  const n = program.n;
  checkDensityQubits(n);
  const dim = 1 << n;
  const numbers = 2 * dim * dim;
  const steps: TapeStep[] = [];
  let slots = 0;
  for (const s of noisySchedule(program, noise, { placed })) {
    if (s.kind === 'gate') {
      const gen = program.varies[s.op] ? generatorOf(program, s.op) : null;
      if (program.varies[s.op] && !gen)
        throw new Error(`Operation ${s.op + 1} (${program.gates[s.op]!.name}) is trained, but only uncontrolled Pauli rotations can be differentiated through noise here.`); // prettier-ignore
      steps.push({ kind: 'gate', op: s.op, inverse: s.inverse, slot: gen ? slots++ : -1, ...(gen ?? { x: 0, z: 0, pr: 0, pi: 0 }) }); // prettier-ignore
      continue;
    }
    const c = s.channel;
    const forward = (r: DensityMatrix): void => applyChannel(r, c);
    if (c.name === 'depolarizing2') {
      // A mixture of Pauli conjugations: its own adjoint.
      steps.push({ kind: 'channel', apply: forward, forward });
      continue;
    }
    // Σ K†·M·K is the channel whose Kraus operators are the K†.
    const superop = new Float64Array(32);
    for (const k of krausOperators(c.name, c.p)) addSuperoperator(dagger2(k), 0, superop);
    const q = c.qubits[0]!;
    steps.push({ kind: 'channel', apply: (mm) => dense2(mm.data, q, q + n, superop, 0, 0, 0), forward }); // prettier-ignore
  }
  if (slots * numbers * 8 > MAX_TAPE_BYTES)
    throw new Error(`Training this circuit under noise keeps ${slots} density matrices of ${n} qubits (${Math.round((slots * numbers * 8) / 2 ** 20)} MB); at most ${MAX_TAPE_BYTES / 2 ** 20} MB fit. Use fewer qubits or layers, or choose Ideal under Noise.`); // prettier-ignore
  // Checked before anything of 4^n numbers is allocated.
  const rho = createDensity(n);
  const m = createDensity(n);
  const tape = new Float64Array(slots * numbers);
  const angleGrad = new Float64Array(program.angles.length);

  /** Tr(M·(−i/2)[P, ρ]) for ρ at tape offset `at`, P = (pr + i·pi)·X^x·Z^z. */
  const bracket = (at: number, x: number, z: number, pr: number, pi: number): number => {
    const a = m.data;
    // T = Σ_ab M_ab·[s(b⊕x)·ρ_(b⊕x)a − s(a)·ρ_b(a⊕x)], s(c) = (−1)^popcount(c & z); result ½·Im(ω·T).
    let tr = 0;
    let ti = 0;
    for (let r = 0; r < dim; r++) {
      const sa = parity(r & z);
      for (let c = 0; c < dim; c++) {
        const mi = 2 * ((r << n) | c);
        const mr = a[mi]!;
        const mim = a[mi + 1]!;
        if (mr === 0 && mim === 0) continue;
        const cx = c ^ x;
        const u = at + 2 * ((cx << n) | r);
        const v = at + 2 * ((c << n) | (r ^ x));
        const sb = parity(cx & z);
        const dr = sb * tape[u]! - sa * tape[v]!;
        const di = sb * tape[u + 1]! - sa * tape[v + 1]!;
        tr += mr * dr - mim * di;
        ti += mr * di + mim * dr;
      }
    }
    return 0.5 * (pr * ti + pi * tr);
  };

  return {
    program,
    n,
    forward(params, x) {
      bindProgram(program, params, x);
      resetDensity(rho);
      for (const s of steps) {
        if (s.kind === 'channel') s.forward(rho);
        else {
          applyGateToDensity(program, s.op, rho, s.inverse);
          if (s.slot >= 0) tape.set(rho.data.subarray(0, numbers), s.slot * numbers);
        }
      }
      return rho;
    },
    backward(weights, x, grad) {
      m.data.fill(0);
      for (let b = 0; b < dim; b++) m.data[2 * ((b << n) | b)] = weights[b]!;
      angleGrad.fill(0);
      for (let i = steps.length - 1; i >= 0; i--) {
        const s = steps[i]!;
        if (s.kind === 'channel') {
          s.apply(m);
          continue;
        }
        if (s.slot >= 0) {
          const g = bracket(s.slot * numbers, s.x, s.z, s.pr, s.pi);
          const k = program.aStart[s.op]!;
          // U† = exp(+iθP/2): its derivative has the opposite sign.
          angleGrad[k] = angleGrad[k]! + (s.inverse ? -g : g);
        }
        applyGateToDensity(program, s.op, m, !s.inverse);
      }
      accumulateParamGradient(program, angleGrad, x, grad);
    },
  };
}
