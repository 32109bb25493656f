// Lesson 2, "Two qubits": the circuit sandbox with two wires. Product states, then CNOT makes the
// Bell state, whose qubits lose their Bloch arrows; a try builds the Bell state that disagrees.
// Its claims are checked by simulation in tests/unit/lessons/sandboxLessons.test.ts.
import { added, circuitOf, editCircuit, place, sandbox } from './sandbox';
import type { LessonSource } from './source';

const COLUMNS = 6;
/** H on qubit 0, then CNOT 0 → 1: (|00⟩ + |11⟩)/√2. */
const bell = () => circuitOf(2, COLUMNS, [place('H', 0, [0]), place('CNOT', 1, [0, 1])]);

export const twoQubits: LessonSource = {
  name: 'two-qubits',
  title: 'Two qubits',
  summary:
    'Two qubits: product states, the CNOT gate, a Bell state, and why entangled qubits lose their arrows.',
  steps: [
    {
      title: 'Two wires, four outcomes',
      experiment: sandbox(circuitOf(2, COLUMNS, [place('X', 0, [1])])),
      highlight: 'editor',
      text: `Two qubits have four basis states: $|00\\rangle$, $|01\\rangle$, $|10\\rangle$ and $|11\\rangle$. In these names **qubit 0 is the rightmost digit**, as in binary numbers; in the editor, q0 is the top wire.

Here an X flips qubit 1 only, so the state is $|10\\rangle$: qubit 1 reads 1, qubit 0 reads 0. **Probabilities** give $|10\\rangle$ probability 1. There is one Bloch sphere per qubit: q0 points up, q1 points down. Each qubit has a state of its own: this is a **product state**, $|1\\rangle \\otimes |0\\rangle$.`,
    },
    {
      title: 'A superposition on one qubit',
      experiment: sandbox(circuitOf(2, COLUMNS, [place('H', 0, [0])])),
      highlight: 'editor',
      text: `Now H acts on qubit 0 alone, and the state is $(|00\\rangle + |01\\rangle)/\\sqrt{2}$: two outcomes, with probability 0.5 each.

Look at the Bloch spheres: q0's arrow lies on the equator, q1's still points up, and both arrows reach the surface of their spheres. This is still a product state: each qubit can be described on its own, and measuring one tells you nothing about the other.

Drag an **H** onto q1 as well. Now all four outcomes have probability 0.25, and there are still two full-length arrows.`,
    },
    {
      title: 'CNOT entangles',
      experiment: sandbox(bell()),
      highlight: 'editor',
      text: `The **CNOT** flips its target, qubit 1, when its control, qubit 0, is 1. After H, qubit 0 is in a superposition of 0 and 1, so the CNOT makes the **Bell state** $(|00\\rangle + |11\\rangle)/\\sqrt{2}$.

**Probabilities**: 0.5 for $|00\\rangle$, 0.5 for $|11\\rangle$, nothing for $|01\\rangle$ or $|10\\rangle$. The two qubits always agree.

Now look at the **Bloch vectors**: both arrows have shrunk to nothing, (0.00, 0.00, 0.00). This is **entanglement**: the pair is in one definite state, but neither qubit has a state of its own.`,
      question: {
        ask: 'Why do the arrows vanish?',
        answer:
          'A Bloch arrow shows what can be learnt from one qubit alone: its coordinates are the averages $\\langle X \\rangle$, $\\langle Y \\rangle$ and $\\langle Z \\rangle$ of that qubit. In the Bell state all three are 0: measured alone, each qubit gives 0 or 1 at random, in any basis. The information is all in the **correlations** between the two qubits, which one arrow per qubit cannot show. A qubit whose arrow has length 0 is *maximally mixed*.',
      },
    },
    {
      title: 'Measure the pair',
      experiment: sandbox(bell(), { shots: 1000, rounds: 100 }),
      highlight: 'results',
      text: `Press **Play** and watch the counts in **Results**. Every shot gives $|00\\rangle$ or $|11\\rangle$, about half each, and never $|01\\rangle$ or $|10\\rangle$. Each qubit alone is a fair coin, yet the two coins always land the same way.

Now drag an **H** onto each wire after the CNOT and press **Play** again. This measures both qubits in another basis, the X basis, and they still always agree. An unentangled pair of qubits can always agree in one basis, but never in two at once.`,
      question: {
        ask: 'Could you use a Bell pair to send a message instantly, by measuring your qubit?',
        answer:
          'No. Whatever is done to one qubit alone, the other qubit still gives 0 or 1 with probability 0.5 each: its arrow stays at the centre. The agreement only shows when the two lists of outcomes are compared, and comparing them needs an ordinary message.',
      },
    },
    {
      title: 'Build another Bell state',
      experiment: sandbox(bell()),
      highlight: 'editor',
      text: `There are four Bell states. The one here, $(|00\\rangle + |11\\rangle)/\\sqrt{2}$, always agrees. Can you build one that always **disagrees**?

Start from this circuit and add one gate from the palette, before or after the CNOT. Watch **Probabilities** and **Bloch vectors** as you try: in a Bell state both arrows stay at the centre.`,
      try: {
        task: 'Make $|01\\rangle$ and $|10\\rangle$ come up half the time each, and $|00\\rangle$ and $|11\\rangle$ never.',
        conditions: [
          { metric: 'probability', of: '01', atLeast: 0.49, atMost: 0.51 },
          { metric: 'probability', of: '10', atLeast: 0.49, atMost: 0.51 },
        ],
        done: '**Well done!** An X on one of the qubits turns agreement into disagreement: $(|01\\rangle + |10\\rangle)/\\sqrt{2}$. Neither qubit has an arrow: it is just as entangled.',
        solve: editCircuit((c) => added(c, place('X', 2, [1]))),
      },
    },
  ],
};
