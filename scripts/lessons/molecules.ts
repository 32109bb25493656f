// Lesson 5, "Molecules": VQE on H₂ (2 qubits, parity form) against Hartree–Fock and exact
// diagonalisation, chemical accuracy, a stretched bond, and the dissociation curve. The try's
// reach is checked in tests/unit/lessons/tries.test.ts; the energies quoted are the worker's
// (STO-3G; ../shared/DESIGN.md).
import { vqeSchema } from '../../src/experiment/tasks/vqe';
import type { VqeExperiment } from '../../src/experiment/types';
import type { LessonSource } from './source';

/** The default molecule (H₂ at 0.735 Å, 2 qubits, the chemistry-inspired ansatz) at `bondLength`. */
function atBond(bondLength: number): VqeExperiment {
  const e = vqeSchema.defaults();
  return { ...e, problem: { ...e.problem, bondLength } };
}

export const molecules: LessonSource = {
  name: 'molecules',
  title: 'Molecules',
  summary:
    'Find the energy of the hydrogen molecule with a variational quantum eigensolver, compare it with Hartree–Fock, and draw the curve of breaking the bond.',
  steps: [
    {
      title: 'Hydrogen on two qubits',
      experiment: atBond(0.735),
      highlight: 'problem',
      text: `A molecule's lowest energy, its **ground state**, decides its shape and how it reacts. Here is the simplest molecule, H₂, with its nuclei 0.735 Å apart, in a minimal basis set. The parity mapping and two symmetries leave a Hamiltonian on just **2 qubits**.

**Results** shows two energies to compare with, in hartree (Ha). **Hartree–Fock**, −1.1170 Ha, is the classic estimate in which each electron feels only the others' average. The **Exact energy**, −1.1373 Ha, comes from diagonalising the Hamiltonian. Hartree–Fock misses 0.020 Ha: the *correlation energy*.`,
    },
    {
      title: 'Run the eigensolver',
      experiment: atBond(0.735),
      highlight: 'run',
      text: `The **variational quantum eigensolver** (VQE) prepares a trial state with a circuit, measures its energy $\\langle H \\rangle$, and lets a classical optimiser turn the circuit's angles to lower it. No trial state can go below the true ground-state energy, so lower is always better.

Press **Play** and watch the energy chart fall from about the Hartree–Fock energy to the exact line. Chemists call a result good when it is within **chemical accuracy** of the exact energy, 1.6 mHa = 0.0016 Ha: the **Error** figure turns green there.`,
      try: {
        task: 'Bring VQE within chemical accuracy: at most 0.0016 Ha above the exact energy.',
        conditions: [{ metric: 'error', atMost: 0.0016 }],
        done: '**Within chemical accuracy!** Let it run on: this circuit can reach the exact energy to many more decimals.',
      },
    },
    {
      title: 'The ansatz',
      experiment: atBond(0.735),
      highlight: 'model',
      text: `The circuit that makes the trial states is the **ansatz**; see it in the **Ansatz** panel. This one is chemistry-inspired. It starts from the Hartree–Fock state, $|01\\rangle$, and mixes in the state in which both electrons have moved to the higher orbital, $|10\\rangle$, with one angle θ:
$\\cos(\\theta/2)|01\\rangle + \\sin(\\theta/2)|10\\rangle$.

One parameter is enough, because H₂'s ground state in this basis has exactly this form. Choose **Hardware-efficient layers** under **Ansatz** and press **Play**: more parameters, a longer way down, but it gets there too.`,
    },
    {
      title: 'Stretch the bond',
      experiment: atBond(2),
      highlight: 'problem',
      text: `Now the nuclei are 2.0 Å apart, almost three times as far. Look at the energies before you press Play: Hartree–Fock is now 0.165 Ha above the exact energy, a hundred times chemical accuracy.

Press **Play**: VQE still finds the exact energy. Hartree–Fock fails because it puts both electrons in one shared orbital, as if the bond were still there. A stretched molecule is nearly two separate atoms with one electron each, and describing that takes both configurations at once.`,
      question: {
        ask: 'Why can VQE fix what Hartree–Fock gets wrong here?',
        answer:
          'Hartree–Fock keeps a single configuration, $|01\\rangle$. The ansatz can mix in the second one, $|10\\rangle$, in whatever proportion lowers the energy; as the atoms separate, the two weigh more and more equally. That mixing is the electron correlation Hartree–Fock leaves out.',
      },
    },
    {
      title: 'Break the bond',
      experiment: atBond(0.735),
      highlight: 'results',
      text: `At the bottom of **Results**, find **Dissociation curve** and press **Scan bond length**. VQE runs at 28 bond lengths from 0.3 to 3.0 Å and draws the energy against distance, beside Hartree–Fock and exact.

The lowest point of the curve is the bond length the molecule settles at. To its left the nuclei push each other away; to its right the bond breaks, and the energy levels off at that of two hydrogen atoms. Watch how Hartree–Fock climbs ever higher instead.`,
      question: {
        ask: 'The exact curve levels off near −0.933 Ha at 3 Å, and its lowest point is −1.137 Ha. How much energy does it take to pull the atoms apart?',
        answer:
          'About −0.933 − (−1.137) = 0.204 Ha, or 5.5 eV (1 Ha ≈ 27.2 eV). The measured value for H₂ is about 4.7 eV: a minimal basis set is a rough description of the molecule, even when the quantum computation on it is exact.',
      },
    },
  ],
};
