// The variational quantum eigensolver as a task session: the ansatz circuit's parameters follow
// the gradient of ⟨H⟩ (adjoint, or parameter shift with shots) one optimiser step per iteration;
// a scan runs it along the bond length, each point warm-started from the previous one. Under
// noise the ansatz trains on the density-matrix simulator (noisyVqe.ts) with an ideal twin beside
// it; each report adds the twin's energy, and the zero-noise extrapolation as often as its share
// of the time allows (noisyTwin.ts), on the last iteration and whenever training stops.

import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { ansatzCircuit } from '../../../src/experiment/tasks/vqe/ansatz';
import type { VqeExperiment } from '../../../src/experiment/types';
import { initParams } from '../../ml/quantumClassifier';
import type { ScanRow, VqeInfo, VqeReport } from '../../protocol';
import { createRng, createSimulator, probabilities } from '../../sim';
import { IDEAL_NOISE } from '../../sim/noise/noiseModel';
import type { NoiseModel } from '../../sim/noise/types';
import { createZnePacer, noiseModelOf, type ZnePacer } from '../noisyTwin';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { createTrainer, gradientMethod, optimizerSpec } from '../trainer';
import { buildProblem } from './problem';
import { descend } from './descend';
import { createNoisyVqe } from './noisyVqe';
import { SECTOR_PENALTY_HA } from './sectorPenalty';

/** The scan settings in `arg` when they are sound, else the experiment's own. */
function scanRange(arg: unknown, fallback: VqeExperiment['scan']): VqeExperiment['scan'] {
  const a = arg as Partial<VqeExperiment['scan']> | null;
  const ok =
    a !== null &&
    typeof a === 'object' &&
    Number.isFinite(a.from) &&
    Number.isFinite(a.to) &&
    Number.isInteger(a.points) &&
    a.from! < a.to! &&
    a.from! >= 0.3 &&
    a.to! <= 3 &&
    a.points! >= 2 &&
    a.points! <= 60;
  return ok ? { from: a.from!, to: a.to!, points: a.points! } : fallback;
}

const yieldToEvents = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * The session of `e`; `noise` null trains on the statevector simulator alone, unless the ansatz
 * has noise channels placed. A noise model (even all zero, as the tests use) or channels train on
 * the density matrix, with both applied, and the ideal twin beside it.
 * `pacer` decides which iterations' reports carry the extrapolation (createZnePacer(1): all).
 */
export function createVqeSession(
  e: VqeExperiment,
  noise: NoiseModel | null = noiseModelOf(e),
  pacer: ZnePacer = createZnePacer(),
): TaskSession {
  const problem = buildProblem(e.problem);
  const { circuit, channels } = compileEditorCircuit(ansatzCircuit(e.ansatz, e.problem));
  if (circuit.qubits !== problem.qubits)
    throw new Error(
      `The ansatz has ${circuit.qubits} qubits, but the Hamiltonian acts on ${problem.qubits}: ` +
        'give the circuit as many qubits as the Hamiltonian has.',
    );
  const sim = createSimulator(circuit);
  const obs = sim.observable({ terms: problem.terms });
  /** What training minimises: ⟨H⟩, plus the electron-number penalty on spin-orbital qubits. */
  const cost = sim.observable({ terms: [...problem.terms, ...problem.penalty] });
  const n = sim.numParams;
  const start = initParams(circuit, n, createRng(e.training.seed));
  const method = gradientMethod(e.training);
  const opt = optimizerSpec(e.training);
  // Built first: a circuit too large for a density matrix is refused before anything else runs.
  // Channels placed in an editor-built ansatz make it noisy under ideal settings too
  // (isNoisyExperiment); the ideal twin trains the circuit without them.
  const noiseModel = noise ?? (channels.length > 0 ? IDEAL_NOISE : null);
  const noisy = noiseModel
    ? createNoisyVqe(circuit, noiseModel, problem, e.training, start, opt, channels)
    : null;
  // Without noise, the model itself; with noise, its ideal twin: same start and optimiser, with
  // the exact adjoint gradient (the twin shows what the noise costs, not what shots cost).
  const ideal = createTrainer(start, opt, (theta, grad) => {
    sim.gradient(cost, theta, [], grad, noisy ? { kind: 'adjoint' } : method);
  });
  /** The model the student trains: its weights are saved, its state is drawn. */
  const model = noisy?.trainer ?? ideal;
  let epoch = 0;
  let ms = 0;

  /** Whether the last report carries all it can (under noise, the extrapolation). */
  let complete = true;
  /** The report of the models now, with the extrapolation when `mitigate` (under noise). */
  const report = (mitigate: boolean): VqeReport => {
    const idealEnergy = sim.expectation(obs, ideal.theta, []);
    complete = !noisy || mitigate;
    if (!noisy) return { epoch, energy: idealEnergy, ms };
    const energy = noisy.energy();
    const r: VqeReport = { epoch, energy, ms, ideal: idealEnergy };
    if (mitigate) r.mitigated = pacer.extrapolate(() => noisy.mitigate(energy));
    return r;
  };
  /** A report at rest (the load, new weights) carries everything. */
  const measure = (): VqeReport => report(true);
  const info: VqeInfo = {
    task: 'vqe',
    circuit,
    qubits: problem.qubits,
    numParams: n,
    terms: problem.terms,
    exactEnergy: problem.exactEnergy,
    hartreeFock: problem.hartreeFock,
    nuclearRepulsion: problem.nuclearRepulsion,
    penalty: problem.penalty.length > 0 ? SECTOR_PENALTY_HA : null,
  };

  /** Energies along the scan's bond lengths, VQE warm-started from the previous point. */
  const scan = async (
    arg: unknown,
    progress: (p: { kind: 'scan'; rows: ScanRow[]; done: boolean }) => void,
  ): Promise<void> => {
    // The page sends the scan range it shows (changing it does not rebuild the session).
    const { from, to, points } = scanRange(arg, e.scan);
    const lengths = Array.from({ length: points }, (_, i) => from + ((to - from) * i) / (points - 1)); // prettier-ignore
    const problems = lengths.map((r) => buildProblem(e.problem, r));
    const rows: ScanRow[] = problems.map((p, i) => ({
      bondLength: lengths[i]!,
      hartreeFock: p.hartreeFock ?? NaN,
      vqe: null,
      exact: p.exactEnergy,
    }));
    progress({ kind: 'scan', rows: rows.map((r) => ({ ...r })), done: false });
    // The scan stays ideal under noise (the page says so): it traces the molecule's curve from
    // the ideal model's parameters, as the session would train it with the noise off.
    let warm: Float64Array = ideal.theta.slice();
    for (let i = 0; i < rows.length; i++) {
      await yieldToEvents();
      const p = problems[i]!;
      const train = sim.observable({ terms: [...p.terms, ...p.penalty] });
      const result = descend(sim, train, warm, opt, method, Math.max(200, e.training.epochs));
      rows[i]!.vqe = sim.expectation(sim.observable({ terms: p.terms }), result.theta, []);
      warm = result.theta;
      progress({ kind: 'scan', rows: rows.map((r) => ({ ...r })), done: i === rows.length - 1 });
    }
  };

  return {
    info,
    get epoch() {
      return epoch;
    },
    measure,
    step() {
      return pacer.step(epoch + 1 === e.training.epochs, (due) => {
        const t0 = performance.now();
        noisy?.trainer.step();
        ideal.step();
        ms = performance.now() - t0;
        epoch++;
        return report(due());
      });
    },
    settle: () => (complete ? null : report(true)),
    pictures() {
      const p = noisy ? noisy.probabilities() : probabilities(sim.run(ideal.theta, []));
      return [{ kind: 'probabilities', epoch, probabilities: p }];
    },
    weights: () => ({ quantum: Array.from(model.theta), classical: [] }),
    setWeights(w) {
      if (w.quantum.length !== n || w.classical.length !== 0)
        throw new Error(`The ansatz has ${n} parameters; the link holds ${w.quantum.length}.`);
      // The twin restarts from the same parameters, so that the gap stays the noise's alone.
      ideal.reset(w.quantum);
      noisy?.trainer.reset(w.quantum);
    },
    circuit,
    params: () => model.theta.slice(),
    actions: e.problem.molecule === 'custom' ? {} : { scan },
    dispose() {},
  };
}

export const vqeRunner: TaskRunner<'vqe'> = {
  prepare: async () => undefined,
  create: createVqeSession,
};
