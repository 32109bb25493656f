// Lesson 8, "Multiplying matrices with qubits": the quantum matrix-multiplication subroutine
// (Bernasconi, Berti, Del Corso & Poggiali, IEEE Access 2024) in the matmul task: A loaded as
// amplitudes, B as a block of a unitary, a post-selection, and what reading AB out by shots costs.
import { matmulSchema } from '../../src/experiment/tasks/matmul';
import type { MatmulExperiment } from '../../src/experiment/types';
import { solveFor } from './source';
import type { LessonSource } from './source';

/** The task's experiment with these matrices (row-major) and shots. */
function product(size: 2 | 4, a: number[], b: number[], shots = 0): MatmulExperiment {
  const e = matmulSchema.defaults();
  return { ...e, matrices: { size, a, b }, training: { ...e.training, shots } };
}

const A2 = [1, 2, 3, 4];
const B2 = [2, -1, 1, 3];

export const multiplyingMatrices: LessonSource = {
  name: 'multiplying-matrices',
  title: 'Multiplying matrices with qubits',
  summary:
    'A quantum subroutine that multiplies two matrices in the amplitudes of a state: how they are loaded, why one measurement must succeed, and what reading the product costs.',
  steps: [
    {
      title: 'Matrices as amplitudes',
      experiment: product(2, A2, B2),
      highlight: 'matrices',
      text: `A state of $n$ qubits holds $2^n$ amplitudes, so it can hold a matrix. Here $A$ and $B$ are 2 × 2: the **Matrices** panel shows them, and the product $AB$ computed classically is in **Results**.

The subroutine uses three registers $i$, $j$, $l$ of one qubit each. **Load A** prepares $\\sum_{ij} A_{ij} |i\\rangle|j\\rangle / \\|A\\|_F$: each entry of $A$ becomes the amplitude of one basis state, divided by the Frobenius norm $\\|A\\|_F$ (the square root of the sum of all squared entries) so that the probabilities add up to 1.`,
    },
    {
      title: 'B inside a unitary',
      experiment: product(2, A2, B2),
      highlight: 'model',
      text: `$B$ is not unitary, so no gate is $B$ itself. Instead $U_B$ is a larger unitary on registers $j$ and $l$ that holds $B/\\|B\\|_F$ as one of its blocks: it sends $|j\\rangle|0\\rangle$ to $\\sum_l B_{jl}/\\|B\\|_F \\, |0\\rangle|l\\rangle$, plus a part where register $j$ is no longer 0. This trick is called a **block encoding**.

Keep only the runs where $j$ reads 0. The amplitude left on $|i\\rangle|0\\rangle|l\\rangle$ is the sum over $j$ of $A_{ij}B_{jl}$: exactly $(AB)_{il}/(\\|A\\|_F\\|B\\|_F)$. Compare the two columns of the table.`,
    },
    {
      title: 'The price of post-selection',
      experiment: product(2, A2, B2),
      highlight: 'results',
      text: `Keeping only the runs with $j = 0$ has a price: they happen with probability $p = \\|AB\\|_F^2/(\\|A\\|_F^2\\|B\\|_F^2)$, the **success probability** in **Results**. Here it is about 0.49, so half of the runs are thrown away.

$p$ is never above 1, and it is small when multiplying by $B$ loses much of the norm of $A$. Try the presets, or type your own entries, and watch $p$ change.`,
      try: {
        task: 'Find two 2 × 2 matrices for which the post-selection almost always succeeds.',
        conditions: [{ metric: 'success', atLeast: 0.9 }],
        done: '**Done!** When $A$ and $B$ line up (here: one row and one column carry everything), no amplitude is lost.',
        solve: solveFor('matmul', (e) => ({
          ...e,
          matrices: { size: 2, a: [1, 1, 0, 0], b: [1, 0, 1, 0] },
        })),
      },
      question: {
        ask: 'Why is $p$ exactly $1/2$ for $A = I$ and $B = I$ (2 × 2)?',
        answer:
          'Then $AB = I$, so $\\|AB\\|_F^2 = 2$, while $\\|A\\|_F^2\\|B\\|_F^2 = 2 \\cdot 2 = 4$: $p = 2/4$. For $n × n$ identities $p = 1/n$: the bigger the matrices, the more runs the post-selection throws away.',
      },
    },
    {
      title: 'Four by four on six qubits',
      experiment: matmulSchema.defaults(),
      highlight: 'results',
      text: `Now $A$ and $B$ are 4 × 4, and each register has two qubits: six qubits in all, 64 amplitudes. The circuit is the same three boxes.

Look at the table: every amplitude matches $(AB)_{il}/(\\|A\\|_F\\|B\\|_F)$ to rounding, about $10^{-16}$. That is the exact simulation. A real quantum computer gives no amplitudes, though: only measurements.`,
      question: {
        ask: 'Multiplying two 4 × 4 matrices takes 64 multiplications on paper. How many qubits would the subroutine need for two 1024 × 1024 matrices?',
        answer:
          'Each register needs $\\log_2 1024 = 10$ qubits, so 30 qubits in all. The number of qubits grows only with the logarithm of the size: that is the promise. The catch is in loading $A$ and $B$, and in reading $AB$ back out.',
      },
    },
    {
      title: 'Reading the product out',
      experiment: matmulSchema.defaults(),
      highlight: 'shots',
      text: `Press **Play**: the circuit is measured 10,000 times in 20 rounds. Only the shots with $j = 0$ count, and each entry's estimate is $\\|A\\|_F\\|B\\|_F\\sqrt{\\text{count}/N}$. Watch the **error** of the estimate fall as the shots add up, next to the expected error, which shrinks like $1/\\sqrt{N p}$.

Shots give only the size of each entry, never its sign: the sign sits in a phase that a measurement cannot see. Reading out all $n^2$ entries to good precision takes many shots: that cost is part of every quantum speed-up claim.`,
      question: {
        ask: 'How many more shots halve the error?',
        answer:
          'Four times as many: the error falls like $1/\\sqrt{N}$. Ten times fewer errors take a hundred times more shots, and a small success probability $p$ multiplies the shots needed by $1/p$.',
      },
    },
  ],
};
