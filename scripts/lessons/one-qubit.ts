// Lesson 1, "One qubit": the circuit sandbox with one wire. |0⟩ on the Bloch sphere, X, H, RY and
// RZ, then measuring shot by shot. Its claims are checked by simulation in
// tests/unit/lessons/sandboxLessons.test.ts.
import { circuitOf, editCircuit, place, retyped, sandbox } from './sandbox';
import type { LessonSource } from './source';

const COLUMNS = 6;

export const oneQubit: LessonSource = {
  name: 'one-qubit',
  title: 'One qubit',
  summary:
    'Meet a single qubit: its arrow on the Bloch sphere, the X and H gates, rotations and phases, and measuring it shot by shot.',
  steps: [
    {
      title: 'A qubit starts in |0⟩',
      experiment: sandbox(circuitOf(1, COLUMNS, [])),
      highlight: 'editor',
      text: `Welcome to the **circuit sandbox**! The **Circuit** panel at the top holds one qubit: a wire, read from left to right, with no gates on it yet. Every qubit starts in the state $|0\\rangle$.

Look at **State of the circuit** beside the wire. Under **Probabilities**, $|0\\rangle$ has probability 1. Under **Bloch vectors**, the arrow of qubit q0 points straight up, to the north pole of the sphere: (0.00, 0.00, 1.00). The sphere is how we picture one qubit: every point on its surface is a state.`,
    },
    {
      title: 'X flips it',
      experiment: sandbox(circuitOf(1, COLUMNS, [place('X', 0, [0])])),
      highlight: 'editor',
      text: `Now an **X** gate sits on the wire. X is the quantum NOT: it turns $|0\\rangle$ into $|1\\rangle$, and $|1\\rangle$ into $|0\\rangle$.

Look at the state: the probability of $|1\\rangle$ is now 1, and that of $|0\\rangle$ is 0. The arrow points straight down, to the south pole: (0.00, 0.00, −1.00). On the sphere, X is a half turn about the x axis.

Drag a second **X** from the gate palette onto the wire, just after the first. Where does the arrow point now?`,
      question: {
        ask: 'What does X followed by X do?',
        answer:
          'It brings the qubit back to $|0\\rangle$: two half turns about the same axis make a whole turn. X undoes itself.',
      },
    },
    {
      title: 'H makes a superposition',
      experiment: sandbox(circuitOf(1, COLUMNS, [place('H', 0, [0])])),
      highlight: 'editor',
      text: `The **H** (Hadamard) gate turns $|0\\rangle$ into $(|0\\rangle + |1\\rangle)/\\sqrt{2}$, an equal **superposition**. It is not secretly 0 or 1: it is a new state of its own, called $|+\\rangle$.

Look at the arrow: it lies on the equator and points along x, (1.00, 0.00, 0.00). Both probabilities read 0.500. Under **Amplitudes** the two squares are the same size: each amplitude is $1/\\sqrt{2} \\approx 0.707$, and a probability is the square of an amplitude's size, $0.707^2 \\approx 0.5$.`,
    },
    {
      title: 'Turn it with RY',
      experiment: sandbox(circuitOf(1, COLUMNS, [place('RY', 0, [0], { angle: 'pi/4' })])),
      highlight: 'editor',
      text: `**RY(θ)** turns the arrow by the angle θ about the y axis: from the north pole towards the equator, and on to the south pole at θ = π. After RY(θ) on $|0\\rangle$, the probability of measuring 1 is $P(1) = \\sin^2(\\theta/2)$.

Here θ = π/4, so $P(1) = \\sin^2(\\pi/8) \\approx 0.146$. Click the RY gate on the wire to open its settings, type another angle under **Angle (radians; pi/4, -3*pi/8, 0.5 …)** and press Enter. Watch the arrow and the probabilities follow.`,
      try: {
        task: 'Make $|1\\rangle$ come up 3 times in 4: choose the RY angle so that $P(1) = 0.75$.',
        conditions: [{ metric: 'probability', of: '1', atLeast: 0.74, atMost: 0.76 }],
        done: '**Yes!** $\\sin^2(\\theta/2) = 3/4$ when $\\theta/2 = \\pi/3$: θ = 2π/3 ≈ 2.094. (4π/3 works too: same height on the sphere, other side.)',
        solve: editCircuit((c) => retyped(c, 'g1', '2pi/3')),
      },
    },
    {
      title: 'RZ turns the phase',
      experiment: sandbox(
        circuitOf(1, COLUMNS, [place('H', 0, [0]), place('RZ', 1, [0], { angle: 'pi/2' })]),
      ),
      highlight: 'editor',
      text: `**RZ(θ)** turns the arrow about the z axis, the vertical one. Here H puts the arrow on the equator, and RZ(π/2) turns it a quarter turn around, from x to y: (0.00, 1.00, 0.00).

Now look at the probabilities: still 0.500 and 0.500. What changed is the **phase**. Under **Amplitudes** the two squares keep their size but not their colours, and the colour shows the phase. The state is now $(|0\\rangle + i|1\\rangle)/\\sqrt{2}$, up to an overall phase. Change the RZ angle: the arrow circles the equator, the probabilities never move.`,
      question: {
        ask: 'Why does RZ after H change no probability?',
        answer:
          'RZ(θ) multiplies the amplitude of $|0\\rangle$ by $e^{-i\\theta/2}$ and that of $|1\\rangle$ by $e^{i\\theta/2}$. Both factors have size 1, so the sizes of the amplitudes, and with them the probabilities, stay the same: only the relative phase changes. On the sphere, a turn about the z axis keeps the height of the arrow, $\\langle Z \\rangle$, and the height alone sets the probabilities: $P(0) = (1 + \\langle Z \\rangle)/2$.',
      },
    },
    {
      title: 'Measure, shot by shot',
      experiment: sandbox(circuitOf(1, COLUMNS, [place('H', 0, [0])]), {
        shots: 100,
        rounds: 100,
        speed: 'slow',
      }),
      highlight: 'results',
      text: `A quantum computer never shows you the arrow. Measuring gives one outcome, 0 or 1, and the superposition is gone. To see the probabilities, you run the circuit again and again: each run is a **shot**.

Press **Step**: one shot, one outcome, counted in **Results**. Then press **Play** for 100 shots and watch the counts close in on 0.5. After N shots a frequency is typically within about $1/\\sqrt{N}$ of its probability. In the **Measure** panel, set **Shots** to 10000 and press **Play** again: the gap shrinks about tenfold.`,
      question: {
        ask: 'After 100 shots, $|1\\rangle$ came up 56 times. Is the qubit biased towards 1?',
        answer:
          'Probably not. After 100 shots a frequency is typically within about $1/\\sqrt{100} = 0.1$ of its probability, so 0.56 instead of 0.5 is quite normal. After 10000 shots the typical gap is 0.01, and 0.56 would be very suspicious.',
      },
    },
  ],
};
