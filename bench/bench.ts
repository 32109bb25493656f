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
import { classicalEpochsPerSecond, flagshipEpochsPerSecond } from './flagship';
import { editMs } from './editor';
import { iterationsPerSecond, problemMs, scanSeconds } from './vqe';
import { dmGateVsPass } from './noise';
import { noisyClassifierBench } from './noisy';
import { qaoaBench } from './qaoa';
import { noisyQaoaBench, noisyVqeBench } from './noisyQaoa';
import { adjointVsForward, batchBench } from './batch';
import { benchmarkTaskBench } from './benchmarkTask';
import { sequenceBench } from './sequence';
import { textBench } from './text';
import { fmt } from './timing';

const json = process.argv.includes('--json');
const t0 = performance.now();
const out: Record<string, number> = {};
const log = (s: string): void => {
  if (!json) console.log(s);
};

const REPS = 15;

/**
 * Best-of-REPS times (ms) of one read+write pass and of each gate on each qubit position,
 * measured interleaved so that every figure sees the same machine (this VM's memory speed
 * drifts); per gate, the median over positions.
 */
function gateTimes(
  n: number,
  gates: Record<string, (q: number) => Operation>,
): Record<string, number> {
  const state = createState(n);
  const src = createState(n).amp;
  const dst = new Float64Array(src.length);
  const positions = n <= 14 ? [...Array(n).keys()] : [0, 1, 2, Math.floor(n / 2), n - 2, n - 1];
  const progs = Object.entries(gates).map(([name, make]) => ({
    name,
    progs: positions.map((q) => {
      const p = compile({ qubits: n, ops: [make(q)] });
      bindProgram(p, [0.3]);
      return p;
    }),
  }));
  const best = new Map<string, number>();
  const keep = (key: string, ms: number): void => {
    best.set(key, Math.min(best.get(key) ?? Infinity, ms));
  };
  const reps = n >= 20 ? REPS : 4 * REPS;
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    dst.set(src);
    keep('pass', performance.now() - t);
    for (const g of progs)
      g.progs.forEach((p, i) => {
        t = performance.now();
        applyOp(p, 0, state.amp, false);
        keep(`${g.name}@${i}`, performance.now() - t);
      });
  }
  const out: Record<string, number> = { pass: best.get('pass')! };
  for (const g of progs) {
    const times = positions.map((_, i) => best.get(`${g.name}@${i}`)!).sort((x, y) => x - y);
    out[g.name] = times[Math.floor(times.length / 2)]!;
  }
  return out;
}

log(
  'Gates: best of repeated runs, median over qubit positions, against one read+write pass over the',
);
log('state (TypedArray.set copy, the memory-bandwidth floor), all measured interleaved:');
log(
  '   n      pass        RY   ×pass      CNOT   ×pass       CRY   ×pass       RXX   ×pass       RZZ   ×pass',
);
for (const n of [10, 14, 18, 20, 22]) {
  const p0 = [{ kind: 'param' as const, index: 0 }];
  const t = gateTimes(n, {
    ry: (q) => ({ gate: 'RY', targets: [q], params: p0 }),
    cnot: (q) => ({ gate: 'CNOT', targets: [(q + 1) % n, q] }),
    cry: (q) => ({ gate: 'CRY', targets: [(q + 1) % n, q], params: p0 }),
    rxx: (q) => ({ gate: 'RXX', targets: [q, (q + 1) % n], params: p0 }),
    rzz: (q) => ({ gate: 'RZZ', targets: [q, (q + 1) % n], params: p0 }),
  });
  const { pass } = t as { pass: number };
  const cells = ['ry', 'cnot', 'cry', 'rxx', 'rzz'].map(
    (g) => `${fmt(t[g]!).padStart(9)} ${(t[g]! / pass).toFixed(2).padStart(7)}`,
  );
  log(`  ${String(n).padStart(2)} ${fmt(pass).padStart(9)} ${cells.join(' ')}`);
  if (n === 20) {
    out.pass20_ms = pass;
    out.gate20_ms = t.ry!;
    out.gate20_vs_pass = t.ry! / pass;
    out.cnot20_vs_pass = t.cnot! / pass;
    out.crot20_vs_pass = t.cry! / pass;
    out.rxx20_vs_pass = t.rxx! / pass;
    out.rzz20_vs_pass = t.rzz! / pass;
  }
}

const dm = dmGateVsPass();
out.dm12_gate_vs_pass = dm.dm12GateVsPass;
out.dm12_cnot_vs_pass = dm.dm12CnotVsPass;
log(
  `\nNoisy simulation, a 12-qubit density matrix (256 MiB), against one pass over it (${fmt(dm.passMs)}): ` +
    `RY ${fmt(dm.dm12Ms)} = ${dm.dm12GateVsPass.toFixed(2)} passes (≤ 2), CNOT ${dm.dm12CnotVsPass.toFixed(2)}`,
);

const noisyTrain = noisyClassifierBench();
out.noisy_classifier_epochs_per_s = noisyTrain.noisyEpochsPerS;
log(
  `  the default classifier's quantum model (1 qubit × 3 layers, 100 training points, train + ` +
    `evaluate) under a superconducting chip's noise: ${noisyTrain.noisyEpochsPerS.toFixed(1)} ` +
    `epochs/s (parameter shift on ρ), ideal ${noisyTrain.idealEpochsPerS.toFixed(0)} epochs/s`,
);

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
  // Interleaved best-of-12, like the gates: forward and gradient see the same machine.
  let fwd = Infinity;
  let adj = Infinity;
  for (let r = 0; r < 12; r++) {
    let t = performance.now();
    sim.expectation(obs, theta, []);
    fwd = Math.min(fwd, performance.now() - t);
    t = performance.now();
    grad.fill(0);
    sim.gradient(obs, theta, [], grad);
    adj = Math.min(adj, performance.now() - t);
  }
  log(
    `  ${params} params: forward ${fmt(fwd)}, adjoint gradient ${fmt(adj)} = ${(adj / fwd).toFixed(2)} × forward`,
  );
  out[`forward16_${params}_ms`] = fwd;
  out[`adjoint16_${params}_ms`] = adj;
  if (params === 128) {
    out.adjoint_vs_forward = adj / fwd;
    out.adjoint_vs_forward_fused = adjointVsForward(layered(16, params));
    log(
      `  128 params, the fused batched simulator on one state: adjoint gradient ${out.adjoint_vs_forward_fused.toFixed(2)} × its forward run`,
    );
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

log('\nBatched and fused simulation:');
const b = batchBench();
out.batch10_gate_vs_pass = b.batch10GateVsPass;
out.single10_gate_vs_pass = b.single10GateVsPass;
out.batch10_run_ms = b.batch10RunMs;
out.pass10_us = b.pass10Us;
out.workload20_passes_per_gate = b.workload20PassesPerGate;
out.workload20_unfused_passes_per_gate = b.workload20UnfusedPassesPerGate;
out.workload16_adjoint_vs_forward = b.workload16AdjointVsForward;
out.train_q8l10_epochs_per_s = b.trainQ8L10EpochsPerS;
out.train_q6l6_epochs_per_s = b.trainQ6L6EpochsPerS;
log(
  `  10 qubits × 4 layers (RY of an input, RZ, RY on every qubit, CZ ring), 64 inputs: ` +
    `${b.batch10GateVsPass.toFixed(2)} passes over one state per gate and input batched and fused ` +
    `(budget ≤ 1.5), ${b.single10GateVsPass.toFixed(2)} one input at a time unfused ` +
    `(a batched run ${fmt(b.batch10RunMs)}, a pass ${(1000 * b.pass10Us).toFixed(0)} ns)`,
);
log(
  `  20 qubits, 4 × [RY on all, RZ on all, CNOT chain]: ${b.workload20PassesPerGate.toFixed(2)} ` +
    `passes per gate fused (budget ≤ 0.25), ${b.workload20UnfusedPassesPerGate.toFixed(2)} unfused; ` +
    `at 16 qubits the fused adjoint gradient ${b.workload16AdjointVsForward.toFixed(2)} × a forward run`,
);
log(
  `  re-uploading classifier, cross-entropy, 200 points (train 100 + evaluate both halves): ` +
    `8 qubits × 10 layers ${b.trainQ8L10EpochsPerS.toFixed(0)} epochs/s (budget ≥ 50), ` +
    `6 × 6 ${b.trainQ6L6EpochsPerS.toFixed(0)} epochs/s`,
);

log(
  '\nFlagship (default experiment: re-uploading 1 qubit × 3 layers + MLP, 200 points, train + evaluate):',
);
out.flagship_epochs_per_s = await flagshipEpochsPerSecond(200, 'tfjs');
out.flagship_arrays_epochs_per_s = await flagshipEpochsPerSecond(200, 'arrays');
log(
  `  ${out.flagship_epochs_per_s.toFixed(0)} epochs/s, both models, classical in TensorFlow.js ` +
    `(the default; budget ≥ 100); ${out.flagship_arrays_epochs_per_s.toFixed(0)} epochs/s with typed arrays`,
);
out.tfjs_epochs_per_s = await classicalEpochsPerSecond(200, 'tfjs');
out.mlp_epochs_per_s = await classicalEpochsPerSecond(200, 'arrays');
log(
  `  the classical model alone: ${out.tfjs_epochs_per_s.toFixed(0)} epochs/s in TensorFlow.js ` +
    `(CPU backend), ${out.mlp_epochs_per_s.toFixed(0)} epochs/s the same MLP in typed arrays`,
);

out.editor_edit12_ms = editMs();
log(
  `\nEditor: one edit of a 12-qubit, 100-gate circuit (edit, compile, live state): ${fmt(out.editor_edit12_ms)} (budget 50 ms with the page)`,
);

out.vqe_problem_ms = problemMs();
const vqeRates = iterationsPerSecond();
out.vqe_h2_iterations_per_s = vqeRates.h2Parity;
out.vqe_hea4_iterations_per_s = vqeRates.h2Hea4;
out.vqe_scan_s = await scanSeconds();
log(
  `\nMolecule energy (VQE): H₂ problem at one bond length (integrals, Hartree–Fock, 4-qubit ` +
    `Hamiltonian, exact energy) ${fmt(out.vqe_problem_ms)}; ${out.vqe_h2_iterations_per_s.toFixed(0)} ` +
    `iterations/s (H₂, 2 qubits, chemistry ansatz), ${out.vqe_hea4_iterations_per_s.toFixed(0)} ` +
    `(4 qubits, 2 hardware-efficient layers); the 28-point scan ${out.vqe_scan_s.toFixed(2)} s`,
);

const q = qaoaBench();
out.qaoa20_layer_vs_pass = q.layerVsPass;
out.qaoa20_rx_layer_vs_pass = q.rxLayerVsPass;
out.qaoa20_cost_vs_pass = q.costVsPass;
out.qaoa20_mixer_vs_pass = q.mixerVsPass;
out.qaoa20_adjoint_vs_forward = q.adjointVsForward;
out.qaoa20_cost_vector_ms = q.costVectorMs;
out.qaoa20_brute_force_ms = q.bruteForceMs;
out.qaoa20_annealing_ms = q.annealingMs;
out.qaoa20_greedy_ms = q.greedyMs;
log(
  `\nOptimisation (QAOA), MaxCut on a random 3-regular graph of 20 nodes: one layer ` +
    `${q.layerVsPass.toFixed(1)} passes over the state (budget ≤ n + 2 = 22; ` +
    `${q.rxLayerVsPass.toFixed(1)} with complex RX gates instead of RY in the S-rotated frame; cost layer ` +
    `${q.costVsPass.toFixed(2)}, X mixer ${q.mixerVsPass.toFixed(1)}); adjoint gradient ` +
    `${q.adjointVsForward.toFixed(2)}× a forward run (depth 2). Cost of every bitstring ` +
    `${fmt(q.costVectorMs)}, brute force ${fmt(q.bruteForceMs)}, simulated annealing (1,000 sweeps × 10) ` +
    `${fmt(q.annealingMs)}, greedy (10 starts) ${fmt(q.greedyMs)}`,
);

const nq = noisyQaoaBench(10, 2);
out.qaoa_noisy10_iteration_ms = nq.paced.iterationMs;
out.qaoa_noisy10_zne_share = nq.paced.zneShare;
out.qaoa_noisy10_every_iteration_ms = nq.every.iterationMs;
out.qaoa_noisy10_every_zne_share = nq.every.zneShare;
out.qaoa_noisy10_zne_ms = nq.every.zneMs;
const nv = noisyVqeBench().h2;
out.vqe_noisy_h2_iteration_ms = nv.paced.iterationMs;
out.vqe_noisy_h2_zne_share = nv.paced.zneShare;
out.vqe_noisy_h2_every_iteration_ms = nv.every.iterationMs;
log(
  `  under the chip preset's noise (10-qubit density matrix, depth 2): an iteration with its ` +
    `report ${fmt(nq.paced.iterationMs)}, zero-noise extrapolation ${(100 * nq.paced.zneShare).toFixed(0)} % ` +
    `of it (paced, ${nq.paced.mitigated} of ${nq.paced.steps}); at every report ` +
    `${fmt(nq.every.iterationMs)}, ${(100 * nq.every.zneShare).toFixed(0)} % (one extrapolation ` +
    `${fmt(nq.every.zneMs)}). Noisy VQE, H₂: ${fmt(nv.paced.iterationMs)} an iteration, ` +
    `${(100 * nv.paced.zneShare).toFixed(0)} % extrapolating (every report: ${fmt(nv.every.iterationMs)}, ` +
    `${(100 * nv.every.zneShare).toFixed(0)} %)`,
);

const cells = benchmarkTaskBench();
out.benchmark_iqp_kernel10_cell_ms = cells.iqpKernel10CellMs;
out.benchmark_svm10_cell_ms = cells.svm10CellMs;
out.benchmark_mlp10_cell_ms = cells.mlp10CellMs;
out.benchmark_reuploading10_cell_ms = cells.reuploading10CellMs;
out.benchmark_iqp_variational10_step_ms = cells.iqpVariational10StepMs;
log(
  `\nBenchmark task, two curves at d = 10, one cell: IQP kernel (300 states on 10 qubits, ` +
    `240 × 240 and 60 × 240 Gram matrices, the SVM) ${fmt(cells.iqpKernel10CellMs)}; RBF SVM ` +
    `${fmt(cells.svm10CellMs)}; MLP ${fmt(cells.mlp10CellMs)}; data re-uploading (4 qubits, to ` +
    `convergence) ${fmt(cells.reuploading10CellMs)}; one training step of the 10-qubit IQP ` +
    `variational model (32 rows) ${fmt(cells.iqpVariational10StepMs)}, thousands a cell`,
);

const seq = await sequenceBench();
out.sequence_qrnn_epochs_per_s = seq.qrnnSessionEpochsPerS;
out.sequence_qrnn_epoch_ms = seq.qrnnEpochMs;
out.sequence_qlstm_epochs_per_s = seq.qlstmSessionEpochsPerS;
out.sequence_qlstm_epoch_ms = seq.qlstmEpochMs;
log(
  `\nSequences, the default sine (140 training windows of 6 values): a session epoch (quantum ` +
    `model, TensorFlow.js LSTM, both scored) ${seq.qrnnSessionEpochsPerS.toFixed(0)}/s with the ` +
    `QRNN (8 qubits; its own epoch ${fmt(seq.qrnnEpochMs)}), ${seq.qlstmSessionEpochsPerS.toFixed(0)}/s ` +
    `with the QLSTM (4 qubits a gate; ${fmt(seq.qlstmEpochMs)})`,
);

const text = await textBench();
out.text_quixer_epochs_per_s = text.quixerSessionEpochsPerS;
out.text_quixer_epoch_ms = text.quixerEpochMs;
out.text_qlstm_epochs_per_s = text.qlstmSessionEpochsPerS;
out.text_qlstm_epoch_ms = text.qlstmEpochMs;
out.text_qrnn_epochs_per_s = text.qrnnSessionEpochsPerS;
out.text_qrnn_epoch_ms = text.qrnnEpochMs;
log(
  `\nText, the default Markov chain (1,597 training contexts of 4 tokens): a session epoch ` +
    `(quantum model, TensorFlow.js Transformer, both scored) ${text.quixerSessionEpochsPerS.toFixed(1)}/s ` +
    `with Quixer (4 qubits; its own epoch ${fmt(text.quixerEpochMs)}), ` +
    `${text.qlstmSessionEpochsPerS.toFixed(1)}/s with the QLSTM (4 qubits a gate; ${fmt(text.qlstmEpochMs)}), ` +
    `${text.qrnnSessionEpochsPerS.toFixed(1)}/s with the QRNN (7 qubits unrolled; ${fmt(text.qrnnEpochMs)})`,
);

out.bench_seconds = (performance.now() - t0) / 1000;
log(
  `\nBudgets (DESIGN.md §6): gate20_vs_pass ${out.gate20_vs_pass!.toFixed(2)} (≤ 2), ` +
    `adjoint_vs_forward ${out.adjoint_vs_forward!.toFixed(2)} (≤ 4; fused ${out.adjoint_vs_forward_fused!.toFixed(2)}), ` +
    `dm12_gate_vs_pass ${out.dm12_gate_vs_pass.toFixed(2)} (≤ 2), ` +
    `batch10_gate_vs_pass ${out.batch10_gate_vs_pass.toFixed(2)} (≤ 1.5), ` +
    `workload20_passes_per_gate ${out.workload20_passes_per_gate.toFixed(2)} (≤ 0.25), ` +
    `train_q8l10_epochs_per_s ${out.train_q8l10_epochs_per_s.toFixed(0)} (≥ 50), ` +
    `flagship_epochs_per_s ${out.flagship_epochs_per_s.toFixed(0)} (≥ 100); ${out.bench_seconds.toFixed(1)} s`,
);
if (json) console.log(JSON.stringify(out));
