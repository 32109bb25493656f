// The variational quantum eigensolver as a task session: the ansatz circuit's parameters follow
// the gradient of ⟨H⟩ (adjoint, or parameter shift with shots) one optimiser step per iteration;
// a scan runs it along the bond length, each point warm-started from the previous one.

import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { ansatzCircuit } from '../../../src/experiment/tasks/vqe/ansatz';
import type { VqeExperiment } from '../../../src/experiment/types';
import { createOptimizer } from '../../ml/optim';
import { initParams } from '../../ml/quantumClassifier';
import type { ScanRow, VqeInfo, VqeReport } from '../../protocol';
import { createRng, createSimulator, probabilities, type GradientMethod } from '../../sim';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { buildProblem } from './problem';
import { descend } from './descend';
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

function gradientMethod(e: VqeExperiment): GradientMethod {
  const t = e.training;
  if (t.gradient === 'adjoint') return { kind: 'adjoint' };
  return t.shots > 0
    ? { kind: 'shift', shots: t.shots, rng: createRng(t.seed + 0x7f4a7c15) }
    : { kind: 'shift' };
}

function createVqeSession(e: VqeExperiment): TaskSession {
  const problem = buildProblem(e.problem);
  const { circuit } = compileEditorCircuit(ansatzCircuit(e.ansatz, e.problem));
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
  let theta: Float64Array = initParams(circuit, n, createRng(e.training.seed));
  const method = gradientMethod(e);
  const opt = { name: e.training.optimizer, learningRate: e.training.learningRate, l2: 0 };
  let optimizer = createOptimizer(opt, n);
  const grad = new Float64Array(n);
  let epoch = 0;
  let ms = 0;

  const measure = (): VqeReport => ({ epoch, energy: sim.expectation(obs, theta, []), ms });
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
    let start: Float64Array = theta.slice();
    for (let i = 0; i < rows.length; i++) {
      await yieldToEvents();
      const p = problems[i]!;
      const train = sim.observable({ terms: [...p.terms, ...p.penalty] });
      const result = descend(sim, train, start, opt, method, Math.max(200, e.training.epochs));
      rows[i]!.vqe = sim.expectation(sim.observable({ terms: p.terms }), result.theta, []);
      start = result.theta;
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
      const t0 = performance.now();
      grad.fill(0);
      sim.gradient(cost, theta, [], grad, method);
      optimizer.step(theta, grad);
      ms = performance.now() - t0;
      epoch++;
      return measure();
    },
    pictures() {
      const state = sim.run(theta, []);
      return [{ kind: 'probabilities', epoch, probabilities: probabilities(state) }];
    },
    weights: () => ({ quantum: Array.from(theta), classical: [] }),
    setWeights(w) {
      if (w.quantum.length !== n || w.classical.length !== 0)
        throw new Error(`The ansatz has ${n} parameters; the link holds ${w.quantum.length}.`);
      theta = Float64Array.from(w.quantum);
      optimizer = createOptimizer(opt, n);
    },
    circuit,
    params: () => theta.slice(),
    actions: e.problem.molecule === 'custom' ? {} : { scan },
    dispose() {},
  };
}

export const vqeRunner: TaskRunner<'vqe'> = {
  prepare: async () => undefined,
  create: createVqeSession,
};
