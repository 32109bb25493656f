// Lesson 7, "Noise and error correction": the error-correction task's bit-flip code (logical against
// physical error, break-even), one deliberate error caught in the circuit sandbox, phase flips
// that slip through, and Shor's code. The numbers quoted are the worker's exact ones
// (workers/sim/noise/qec.ts); tests/unit/lessons check the sandbox step and its try.
import { qecSchema } from '../../src/experiment/tasks/qec';
import type { QecExperiment, QecSettings } from '../../src/experiment/types';
import { circuitOf, editCircuit, moved, place, sandbox } from './sandbox';
import type { LessonSource } from './source';

/** The task's default (bit-flip code, bit flips, p = 0.1, 21 points up to 0.5) with changes. */
function code(patch: Partial<QecSettings> = {}, points?: number): QecExperiment {
  const e = qecSchema.defaults();
  return {
    ...e,
    code: { ...e.code, ...patch },
    training: { ...e.training, epochs: points ?? e.training.epochs },
  };
}

/** The id of the deliberate error in caughtError(): the fourth gate placed. */
export const ERROR_GATE = 'g4';

/**
 * The bit-flip code with no random noise: qubit 0 in RY(π/3)|0⟩ (P(1) = 1/4), encoded onto
 * qubits 1 and 2, an X on qubit 1 as the error, the parities into ancillas 3 and 4, the corrections
 * controlled on the ancillas' pattern, and the decoding. Ends in 0.75 |11000⟩ + 0.25 |11001⟩.
 */
function caughtError() {
  const fix = (q: number, column: number, states: [0 | 1, 0 | 1]) =>
    place('X', column, [q], { controls: [3, 4], controlStates: states });
  return circuitOf(5, 14, [
    place('RY', 0, [0], { angle: 'pi/3' }),
    place('CNOT', 1, [0, 1]),
    place('CNOT', 2, [0, 2]),
    place('X', 3, [1]),
    place('CNOT', 4, [0, 3]),
    place('CNOT', 5, [1, 3]),
    place('CNOT', 6, [1, 4]),
    place('CNOT', 7, [2, 4]),
    fix(0, 8, [1, 0]),
    fix(1, 9, [1, 1]),
    fix(2, 10, [0, 1]),
    place('CNOT', 11, [0, 2]),
    place('CNOT', 12, [0, 1]),
  ]);
}

export const noiseAndErrorCorrection: LessonSource = {
  name: 'noise-and-error-correction',
  title: 'Noise and error correction',
  summary:
    'Protect a qubit from noise with the bit-flip code: syndromes, the break-even point, phase flips, and Shor’s nine-qubit code.',
  steps: [
    {
      title: 'A noisy qubit',
      experiment: code(),
      highlight: 'code',
      text: `Real qubits are noisy. Here the noise flips each qubit, an X error, with probability p = 0.1, so a bare qubit comes out wrong one time in ten.

The **bit-flip code** spreads one qubit over three: $|0\\rangle \\to |000\\rangle$ and $|1\\rangle \\to |111\\rangle$. If one of the three flips, the other two outvote it. The figures in **Results** compare: the logical error of the code is 0.028, against 0.1 for a bare qubit, more than three times better.`,
      question: {
        ask: 'Where does 0.028 come from?',
        answer:
          'The code fails only when two or three of its qubits flip. Two of them flip in 3 ways, each with probability $p^2(1-p)$, and all three with probability $p^3$. In all: $3p^2(1-p) + p^3 = 3p^2 - 2p^3 = 0.03 - 0.002 = 0.028$ at p = 0.1.',
      },
    },
    {
      title: 'Finding the error without looking',
      experiment: code(),
      highlight: 'model',
      text: `**Circuits of the code** shows its steps: **Encode**, **Noise**, **Syndrome**, **Correct** and **Decode**. The trick is the syndrome. Two extra qubits, the *ancillas*, learn the **parities** of qubits 0 and 1 and of qubits 1 and 2: do they agree or not? A single flip breaks one or both parities, and the pattern names the flipped qubit, which **Correct** flips back.

No ancilla ever learns whether the data is 0 or 1. Under **Syndrome**, see how often each pattern comes up at p = 0.1.`,
      question: {
        ask: 'Why not simply measure the three qubits and take a vote?',
        answer:
          'That works for bits, but it would destroy a qubit. The code must also protect superpositions such as $\\alpha|000\\rangle + \\beta|111\\rangle$, and measuring the qubits would collapse them to $|000\\rangle$ or $|111\\rangle$. The parities are the same for both parts of the superposition, so measuring them reveals the error and nothing about α and β.',
      },
    },
    {
      title: 'Catch an error yourself',
      experiment: sandbox(caughtError()),
      highlight: 'editor',
      text: `Here is the code in the **circuit sandbox**, without random noise: an **X** on qubit 1, right after the encoding, plays the error. Qubit 0 starts in a superposition made by RY(π/3): 0 with probability 0.75, 1 with 0.25.

Read **Probabilities**: $|11000\\rangle$ with 0.75 and $|11001\\rangle$ with 0.25. The rightmost digit, qubit 0, is back in its superposition. The two leftmost digits are the ancillas, qubits 4 and 3: both read 1, the pattern that names qubit 1, and the controlled X flipped it back.`,
      try: {
        task: 'Move the error: drag the X from wire q1 to wire q2. Which pattern do the ancillas show now, and is qubit 0 still safe?',
        conditions: [
          { metric: 'probability', of: '10000', atLeast: 0.74, atMost: 0.76 },
          { metric: 'probability', of: '10001', atLeast: 0.24, atMost: 0.26 },
        ],
        done: '**Caught again.** Ancilla 3 reads 0 and ancilla 4 reads 1, the pattern for qubit 2, and qubit 0 keeps its 0.75 and 0.25. Now try two X errors at once: the code is fooled.',
        solve: editCircuit((c) => moved(c, ERROR_GATE, [2])),
      },
    },
    {
      title: 'Logical against physical',
      experiment: code(),
      highlight: 'results',
      text: `Press **Play** to sweep p from 0 to 0.5, one point a step. The chart draws the code's logical error against the physical error p, beside the line of a bare qubit.

Below the **break-even** point the code wins; above it, the code loses. For this code, $3p^2 - 2p^3$ stays below p all the way up to p = 0.5. That is with perfect gates: on a real quantum computer, the extra qubits and gates of the code make errors of their own, and break-even comes much sooner.`,
      question: {
        ask: 'At p = 0.3, which is better, and by how much?',
        answer:
          'The code: $3 \\cdot 0.3^2 - 2 \\cdot 0.3^3 = 0.27 - 0.054 = 0.216$, against 0.3 for a bare qubit. At p = 0.5 both are 0.5: a qubit that flips half the time carries no information at all, coded or not.',
      },
    },
    {
      title: 'Phase flips slip through',
      experiment: code({ channel: 'phaseFlip' }),
      highlight: 'code',
      text: `Qubits also suffer **phase flips**, Z errors, which turn $|1\\rangle$ into $-|1\\rangle$ and leave $|0\\rangle$ alone. The noise here is phase flips, and the bit-flip code is worse than nothing: logical error 0.244, against 0.1. Read **Why the code no longer protects** in **Results**.

Now choose **Phase-flip code (3 qubits)** under **Code**. It is the same code in the X basis: Hadamards turn phase flips into bit flips and back. The logical error drops to 0.028 again.`,
      question: {
        ask: 'Why is the bit-flip code worse than a bare qubit against phase flips?',
        answer:
          'A Z on any one of its three qubits leaves $|000\\rangle$ alone and flips the sign of $|111\\rangle$: a Z on the logical qubit, which the parities cannot see. With three qubits to hit instead of one, an odd number of Z errors happens with probability $3p(1-p)^2 + p^3 = 0.244$ at p = 0.1.',
      },
    },
    {
      title: 'Shor’s code',
      experiment: code({ kind: 'shor', channel: 'depolarizing', p: 0.05, pMax: 0.2 }),
      highlight: 'results',
      text: `Real noise makes X, Y and Z errors. **Shor's code** (1995) nests the two codes: a phase-flip code whose three qubits are each a bit-flip code, nine qubits in all. It corrects any single error on any one qubit.

The noise here is *depolarising*: X, Y or Z, each with probability p/3. At p = 0.05 the code beats a bare qubit, 0.033 against 0.05. Press **Play** to sweep p up to 0.2: the curves cross near p = 0.085, the break-even of this code.`,
      question: {
        ask: 'Why does a code that corrects any single error lose at larger p?',
        answer:
          'It can fail once two of its nine qubits go wrong (not every pair of errors breaks it, but many do). With 36 pairs among nine qubits, two errors happen with probability about $36p^2$ for small p, against p for a bare qubit: the code only wins while p is small. That is the idea of a **threshold**: adding qubits helps only below some error rate.',
      },
    },
  ],
};
