// `npm run bench`: the simulator's speed against the memory-bandwidth floor, and the gradient's
// cost against a forward pass. `-- --json` prints one JSON object on the last line.

import { performance } from 'node:perf_hooks';
import {
  bindProgram,
  compile,
  createSimulator,
  createState,
  type Circuit,
  type Operation,
} from '../workers/sim';
import { applyOp } from '../workers/sim/run';
import { flagshipEpochsPerSecond, tfjsEpochsPerSecond } from './flagship';
import { fmt, medianMs } from './timing';

const json = process.argv.includes('--json');
const t0 = performance.now();
const out: Record<string, number> = {};
const log = (s: string): void => {
  if (!json) console.log(s);
};

/** Median time of one application of `op` on every qubit position (or the given ones). */
function gateTime(n: number, make: (q: number) => Operation): number {
  const times: number[] = [];
  const state = createState(n);
  const positions = n <= 14 ? [...Array(n).keys()] : [0, 1, Math.floor(n / 2), n - 2, n - 1];
  for (const q of positions) {
    const prog = compile({ qubits: n, ops: [make(q)] });
    bindProgram(prog, [0.3]);
    times.push(medianMs(() => applyOp(prog, 0, state.amp, false), n >= 20 ? 400 : 150));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

log(
  'Gates (median over qubit positions) against one read+write pass over the state (TypedArray.set):',
);
log('   n      pass        RY   ×pass      CNOT   ×pass       CRY   ×pass');
for (const n of [10, 14, 18, 20, 22]) {
  const src = createState(n).amp;
  const dst = new Float64Array(src.length);
  const pass = medianMs(() => dst.set(src), n >= 20 ? 400 : 150);
  const ry = gateTime(n, (q) => ({
    gate: 'RY',
    targets: [q],
    params: [{ kind: 'param', index: 0 }],
  }));
  const cnot = gateTime(n, (q) => ({ gate: 'CNOT', targets: [(q + 1) % n, q] }));
  const cry = gateTime(n, (q) => ({
    gate: 'CRY',
    targets: [(q + 1) % n, q],
    params: [{ kind: 'param', index: 0 }],
  }));
  log(`  ${String(n).padStart(2)} ${fmt(pass).padStart(9)} ${fmt(ry).padStart(9)} ${(ry / pass).toFixed(2).padStart(7)} ` +
    `${fmt(cnot).padStart(9)} ${(cnot / pass).toFixed(2).padStart(7)} ${fmt(cry).padStart(9)} ${(cry / pass).toFixed(2).padStart(7)}`); // prettier-ignore
  if (n === 20) {
    out.pass20_ms = pass;
    out.gate20_ms = ry;
    out.gate20_vs_pass = ry / pass;
    out.cnot20_vs_pass = cnot / pass;
    out.crot20_vs_pass = cry / pass;
  }
}

/** Layers of RY on every qubit then a CNOT ring: `params` trainable angles on n qubits. */
function layered(n: number, params: number): Circuit {
  const ops: Operation[] = [];
  let k = 0;
  while (k < params) {
    for (let q = 0; q < n && k < params; q++)
      ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'param', index: k++ }] });
    for (let q = 0; q < n; q++) ops.push({ gate: 'CNOT', targets: [q, (q + 1) % n] });
  }
  return { qubits: n, ops };
}

log('\nGradients at 16 qubits, layered RY + CNOT-ring circuit, observable Z0 + X1:');
for (const params of [64, 128]) {
  const sim = createSimulator(layered(16, params));
  const obs = sim.observable({
    terms: [
      { label: 'Z0', coeff: 1 },
      { label: 'X1', coeff: 0.5 },
    ],
  });
  const theta = Float64Array.from({ length: params }, (_, i) => 0.1 * i);
  const grad = new Float64Array(params);
  const fwd = medianMs(() => sim.expectation(obs, theta, []), 400);
  const adj = medianMs(() => sim.gradient(obs, theta, [], grad), 600);
  log(
    `  ${params} params: forward ${fmt(fwd)}, adjoint gradient ${fmt(adj)} = ${(adj / fwd).toFixed(2)} × forward`,
  );
  out[`forward16_${params}_ms`] = fwd;
  out[`adjoint16_${params}_ms`] = adj;
  if (params === 128) {
    out.adjoint_vs_forward = adj / fwd;
    const t = performance.now();
    sim.gradient(obs, theta, [], grad, { kind: 'shift' });
    const shift = performance.now() - t;
    out.shift16_128_ms = shift;
    out.shift_vs_forward = shift / fwd;
    log(
      `  128 params: parameter-shift gradient ${fmt(shift)} = ${(shift / fwd).toFixed(1)} × forward (2 passes per parameter)`,
    );
  }
}

log(
  '\nFlagship (default experiment: re-uploading 1 qubit × 3 layers + MLP, 200 points, train + evaluate):',
);
out.flagship_epochs_per_s = flagshipEpochsPerSecond(200);
log(`  ${out.flagship_epochs_per_s.toFixed(0)} epochs/s, both models (budget ≥ 100)`);
out.tfjs_epochs_per_s = await tfjsEpochsPerSecond(200);
log(
  `  the classical epoch alone in TensorFlow.js (CPU backend): ${out.tfjs_epochs_per_s.toFixed(0)} epochs/s`,
);

out.bench_seconds = (performance.now() - t0) / 1000;
log(
  `\nBudgets (DESIGN.md §6): gate20_vs_pass ${out.gate20_vs_pass!.toFixed(2)} (≤ 2), adjoint_vs_forward ${out.adjoint_vs_forward!.toFixed(2)} (≤ 4); ${out.bench_seconds.toFixed(1)} s`,
);
if (json) console.log(JSON.stringify(out));
