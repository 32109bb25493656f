// The quantum recurrent network under noise, as the device of Li, Wang, Han et al. runs it: one
// history register H and one data register D, D measured and reset after every step but the last
// (a reset channel; no outcome is fed forward, so it needs no sampling), simulated as a density
// matrix of nH + nD qubits with the noise model; the forecast ŷ = 2·p(1) − 1 of D's first qubit
// as read out, readout error included. Same circuit, parameters, starting values and loss as the
// ideal QRNN (qrnn.ts), gradients exact in reverse mode through the channels (densityTape.ts).

import type { Circuit, Rng } from '../../sim';
import type { NoiseModel, PlacedChannel } from '../../sim/noise/types';
import { initParams } from '../quantumClassifier';
import { createDensityTape } from '../../sim/noise/densityTape';
import { checkWindows, forecasterTraining } from './forecaster';
import { qrnnCircuit, qrnnParamCount, type Qrnn, type QrnnSpec } from './qrnn';

/**
 * The unrolled circuit (qrnnCircuit) folded onto H ∪ D: every step's fresh data register becomes
 * D (qubits nH … nH + nD − 1), with a reset of D after the last op of every step but the last.
 * Without noise it gives the unrolled circuit's forecast exactly: D_t is untouched after step t.
 */
export function qrnnResetCircuit(spec: QrnnSpec): { circuit: Circuit; placed: PlacedChannel[] } {
  const unrolled = qrnnCircuit(spec);
  const { historyQubits: nH, dataQubits: nD, window: T } = spec;
  const stepOf = (q: number): number => (q < nH ? -1 : Math.floor((q - nH) / nD));
  const last = new Int32Array(T).fill(-1);
  unrolled.ops.forEach((op, i) => {
    for (const q of op.targets) if (stepOf(q) >= 0) last[stepOf(q)] = i;
  });
  const placed: PlacedChannel[] = [];
  for (let t = 0; t + 1 < T; t++)
    for (let j = 0; j < nD; j++) placed.push({ name: 'reset', qubits: [nH + j], p: 0, after: last[t]! }); // prettier-ignore
  const ops = unrolled.ops.map((op) => ({
    ...op,
    targets: op.targets.map((q) => (q < nH ? q : nH + ((q - nH) % nD))),
  }));
  return { circuit: { ...unrolled, qubits: nH + nD, ops }, placed };
}

/**
 * A QRNN trained under `noise`, its parameters drawn from rng as createQrnn draws them (the same
 * start for the same seed). Its `circuit` is the unrolled one, to draw. Throws a readable Error
 * when the spec is out of range or its tape does not fit (MAX_TAPE_BYTES).
 */
export function createNoisyQrnn(spec: QrnnSpec, rng: Rng, noise: NoiseModel): Qrnn {
  const circuit = qrnnCircuit(spec);
  const folded = qrnnResetCircuit(spec);
  const tape = createDensityTape(folded.circuit, noise, folded.placed);
  const T = spec.window;
  const numParams = qrnnParamCount(spec);
  const theta = initParams(circuit, numParams, rng);
  const n = tape.n;
  const dim = 1 << n;
  const out = 1 << spec.historyQubits; // D's first qubit
  // ŷ = Σ_b read[b]·ρ_bb: the outcome is read as 1 with probability p01 from |0⟩ and 1 − p10 from |1⟩.
  const { p01, p10 } = noise.readout;
  const read = new Float64Array(dim);
  for (let b = 0; b < dim; b++) read[b] = b & out ? 1 - 2 * p10 : 2 * p01 - 1;
  const seed = new Float64Array(dim);

  /** ŷ of window k of inputs (its T values), run on the tape. */
  const forecast = (inputs: Float64Array, k: number): number => {
    const rho = tape.forward(theta, inputs.subarray(k * T, (k + 1) * T)).data;
    let y = 0;
    for (let b = 0; b < dim; b++) y += read[b]! * rho[2 * ((b << n) | b)]!;
    return y;
  };

  return {
    spec: { ...spec },
    circuit,
    numParams,
    theta,
    predict(inputs, count) {
      checkWindows(T, inputs, null, count);
      const y = new Float64Array(count);
      for (let k = 0; k < count; k++) y[k] = forecast(inputs, k);
      return y;
    },
    ...forecasterTraining(T, theta, (inputs, targets, idx, count, weight, g) => {
      let loss = 0;
      for (let s = 0; s < count; s++) {
        const k = idx ? idx[s]! : s;
        const d = forecast(inputs, k) - targets[k]!;
        loss += d * d;
        // ∂(weight·d²)/∂ρ_bb = 2·weight·d·read[b].
        const f = 2 * weight * d;
        for (let b = 0; b < dim; b++) seed[b] = f * read[b]!;
        tape.backward(seed, inputs.subarray(k * T, (k + 1) * T), g);
      }
      return loss;
    }),
  };
}
