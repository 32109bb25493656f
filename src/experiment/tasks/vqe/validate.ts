// Checks of a molecule-energy experiment's own sections, field by field, for validateExperiment.

import type { Checker } from '../../checker';
import { Invalid, own, type Obj } from '../../checker';
import { validateEditorCircuit } from '../../circuit/validate';
import type { EditorCircuit } from '../../circuit/types';
import { checkViewCore, checkTrainingCore } from '../../commonChecks';
import { copyCircuit } from '../../copyCircuit';
import { problemQubits } from './ansatz';
import { parsePauliSum } from './pauliText';
import {
  ANSATZ_CHOICES,
  MOLECULE_CHOICES,
  QUBIT_FORM_CHOICES,
  START_CHOICES,
  VQE_HIDEABLE,
  type VqeAnsatz,
  type VqeExperiment,
  type VqeProblem,
  type ScanSettings,
} from './types';
import { choiceValues } from '../../lists';

export const VQE_LIMITS = {
  bondLength: [0.3, 3],
  hamiltonianChars: [0, 4000],
  /** Qubits of a custom Hamiltonian (exact diagonalisation stays sparse up to here). */
  customQubits: [1, 12],
  layers: [1, 10],
  scanPoints: [2, 60],
} as const;

function checkProblem(c: Checker, v: unknown): VqeProblem {
  const o = c.obj(v, 'problem', 'Problem');
  const molecule = c.pick(
    o,
    'molecule',
    'problem.molecule',
    'molecule',
    choiceValues(MOLECULE_CHOICES),
  );
  const bondLength = c.num(o, 'bondLength', 'problem.bondLength', 'bond length (Å)', VQE_LIMITS.bondLength, false); // prettier-ignore
  const form = c.pick(o, 'form', 'problem.form', 'qubit form', choiceValues(QUBIT_FORM_CHOICES));
  const text = own(o, 'hamiltonian');
  if (typeof text !== 'string' || text.length > VQE_LIMITS.hamiltonianChars[1])
    c.bad('problem.hamiltonian', 'Hamiltonian', `text of at most ${VQE_LIMITS.hamiltonianChars[1]} characters`, text); // prettier-ignore
  if (molecule === 'heh+' && form === 'parity2')
    throw new Invalid('problem.form', 'Problem → HeH⁺ has only the 4-qubit form (the 2-qubit reduction uses H₂\'s symmetry).'); // prettier-ignore
  if (molecule === 'custom') {
    const parsed = parsePauliSum(text, VQE_LIMITS.customQubits[1]);
    if (!parsed.ok)
      throw new Invalid('problem.hamiltonian', `Problem → Hamiltonian: ${parsed.message}`);
  }
  return { molecule, bondLength, form, hamiltonian: text };
}

function checkAnsatz(c: Checker, v: unknown, problem: VqeProblem): VqeAnsatz {
  const o = c.obj(v, 'ansatz', 'Ansatz');
  const kind = c.pick(o, 'kind', 'ansatz.kind', 'kind', choiceValues(ANSATZ_CHOICES));
  if (kind === 'hea') {
    const layers = c.num(o, 'layers', 'ansatz.layers', 'layers', VQE_LIMITS.layers, true);
    const start = c.pick(o, 'start', 'ansatz.start', 'starting state', choiceValues(START_CHOICES));
    if (start === 'hf' && problem.molecule === 'custom')
      throw new Invalid('ansatz.start', 'Ansatz → a custom Hamiltonian has no Hartree–Fock state: start from |0…0⟩.'); // prettier-ignore
    return { kind, layers, start };
  }
  if (kind === 'givens') {
    if (problem.molecule !== 'h2')
      throw new Invalid('ansatz.kind', 'Ansatz → the chemistry-inspired ansatz is made for H₂; pick the hardware-efficient one or build a circuit.'); // prettier-ignore
    return { kind };
  }
  const circuit = own(o, 'circuit');
  const bad = validateEditorCircuit(circuit, 'ansatz.circuit');
  if (bad) throw new Invalid(bad.field, bad.message);
  const copy = copyCircuit(circuit as EditorCircuit);
  const needed = problemQubits(problem);
  if (copy.qubits !== needed)
    throw new Invalid('ansatz.circuit', `Ansatz → the circuit has ${copy.qubits} qubits, but the Hamiltonian acts on ${needed}.`); // prettier-ignore
  return { kind, circuit: copy };
}

function checkScan(c: Checker, v: unknown): ScanSettings {
  const o = c.obj(v, 'scan', 'Bond length scan');
  const from = c.num(o, 'from', 'scan.from', 'from (Å)', VQE_LIMITS.bondLength, false);
  const to = c.num(o, 'to', 'scan.to', 'to (Å)', VQE_LIMITS.bondLength, false);
  if (to <= from)
    throw new Invalid('scan.to', `Bond length scan → "to" (${to} Å) must be more than "from" (${from} Å).`); // prettier-ignore
  const points = c.num(o, 'points', 'scan.points', 'points', VQE_LIMITS.scanPoints, true);
  return { from, to, points };
}

/** Every section of a molecule-energy experiment but version, task and weights. */
export function checkVqe(c: Checker, o: Obj): Omit<VqeExperiment, 'version' | 'task' | 'weights'> {
  const problem = checkProblem(c, own(o, 'problem'));
  const t = c.obj(own(o, 'training'), 'training', 'Training');
  const view = c.obj(own(o, 'view'), 'view', 'View');
  return {
    problem,
    ansatz: checkAnsatz(c, own(o, 'ansatz'), problem),
    training: checkTrainingCore(c, t, 'iterations'),
    scan: checkScan(c, own(o, 'scan')),
    view: checkViewCore(c, view, VQE_HIDEABLE),
  };
}
