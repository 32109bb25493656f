// Edits of a molecule experiment that keep it consistent: a change of molecule or form also
// moves what no longer fits (HeH⁺ has no 2-qubit form; the chemistry ansatz is H₂'s; a custom sum
// has no Hartree–Fock state; an editor circuit is rebuilt for a new qubit count).
import { ansatzCircuit, problemQubits } from '../../experiment/tasks/vqe/ansatz';
import type { VqeAnsatz, VqeExperiment, VqeProblem } from '../../experiment/types';

/** The experiment with `patch` applied to its problem, and its ansatz made to fit. */
export function withProblem(e: VqeExperiment, patch: Partial<VqeProblem>): VqeExperiment {
  const problem: VqeProblem = { ...e.problem, ...patch };
  if (problem.molecule === 'heh+') problem.form = 'jw4';
  let ansatz: VqeAnsatz = e.ansatz;
  if (ansatz.kind === 'givens' && problem.molecule !== 'h2')
    ansatz = { kind: 'hea', layers: 2, start: problem.molecule === 'custom' ? 'zero' : 'hf' };
  if (ansatz.kind === 'hea' && ansatz.start === 'hf' && problem.molecule === 'custom')
    ansatz = { ...ansatz, start: 'zero' };
  if (ansatz.kind === 'circuit' && ansatz.circuit.qubits !== problemQubits(problem))
    ansatz = { kind: 'circuit', circuit: ansatzCircuit({ kind: 'hea', layers: 2, start: 'zero' }, problem) }; // prettier-ignore
  return { ...e, problem, ansatz };
}

/** The experiment with another kind of ansatz; the editor opens on the preset that was chosen. */
export function withAnsatzKind(e: VqeExperiment, kind: VqeAnsatz['kind']): VqeExperiment {
  if (kind === e.ansatz.kind) return e;
  const start = e.problem.molecule === 'custom' ? 'zero' : 'hf';
  const ansatz: VqeAnsatz =
    kind === 'circuit'
      ? { kind, circuit: ansatzCircuit(e.ansatz, e.problem) }
      : kind === 'givens'
        ? { kind }
        : { kind, layers: 2, start };
  return { ...e, ansatz };
}
