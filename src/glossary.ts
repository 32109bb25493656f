// What the page's terms mean, in one to three sentences each: the text of the (i) buttons
// (src/panels/InfoTip.tsx). Written for a high-school student, and meant to stay true for a
// physicist: say less rather than something wrong.

/** One explained term: `term` names it in the button's "About …" label, `text` explains it. */
export interface GlossaryEntry {
  readonly term: string;
  readonly text: string;
}

export const GLOSSARY = {
  // The data
  noise: {
    term: 'noise',
    text: 'How messy the data is. In most sets a noise of p gives each point a chance of p/2 to carry a wrong class; in the Gaussian, spiral and moons sets it scatters the points so the classes overlap.',
  },
  trainRatio: {
    term: 'train ratio',
    text: 'The share of the points the models learn from (the training set). The rest are kept back as the test set, to check how a model does on points it has never seen.',
  },
  seed: {
    term: 'seed',
    text: 'The starting number of the random draws. The same seed gives the same draws every time, so a result can be repeated exactly; another seed gives another random start.',
  },

  // Training
  optimizer: {
    term: 'optimiser',
    text: 'The rule that changes the parameters, step by step, to lower the loss. SGD (stochastic gradient descent) steps straight downhill along the gradient; Adam also remembers its recent steps and scales each parameter’s step, which usually learns faster.',
  },
  learningRate: {
    term: 'learning rate',
    text: 'How big a step the optimiser takes. Too small and training crawls; too large and the loss jumps around instead of going down.',
  },
  batchSize: {
    term: 'batch size',
    text: 'How many training points the models look at before each change of their parameters. Small batches give many quick, noisy steps; large batches give fewer, smoother ones.',
  },
  epochs: {
    term: 'epochs',
    text: 'An epoch is one pass over all the training points. Training stops after this many epochs.',
  },
  iterations: {
    term: 'iterations',
    text: 'An iteration is one step of the optimiser: the circuit’s energy and its gradient are computed, and every angle moves once. Training stops after this many iterations.',
  },
  l2: {
    term: 'L2 penalty',
    text: 'A cost for large parameters, added to the loss: the number here times half the sum of their squares. It keeps both models from bending themselves around every single training point (overfitting); 0 turns it off.',
  },
  gradients: {
    term: 'gradients',
    text: 'The gradient says how the loss changes when each angle of the circuit is nudged, so the optimiser knows which way to turn it. “Exact (adjoint)” reads it off the simulated quantum state in one backward sweep, which only a simulator can do; “Parameter shift” runs the circuit again with each angle shifted up and down (twice per angle for a plain rotation), as a real quantum computer would have to. Under noise the simulated state is a density matrix and noise cannot be run backwards, so the exact choice uses the parameter-shift rule on it instead.',
  },
  shots: {
    term: 'shots',
    text: 'A quantum computer gives one random outcome each time its qubits are measured; one run is a shot. Probabilities estimated from a few shots are noisy (more shots, less noise), while 0 uses the simulation’s exact probabilities.',
  },

  // Noise (the Noise panel)
  noiseModel: {
    term: 'noise model',
    text: 'What a real quantum chip gets wrong, in a few numbers: errors after gates, a slow loss of the state while it waits, and misread measurements. Ideal is a perfect simulator; the chip preset takes its numbers from a published data sheet, and Very noisy makes the effects easy to see.',
  },
  gateError1: {
    term: 'one-qubit gate error',
    text: 'The chance that a one-qubit gate is followed by a random X, Y or Z error on its qubit (depolarising noise). The best chips today reach about 0.0005; at 0.01 a deep circuit loses much of what it computed.',
  },
  gateError2: {
    term: 'two-qubit gate error',
    text: 'The chance that a two-qubit gate such as CNOT or CZ is followed by a random error on its two qubits. It is the weak spot of today’s chips: about 0.003 to 0.01, ten times the one-qubit error.',
  },
  relaxation: {
    term: 'relaxation per layer',
    text: 'In each layer of the circuit, the chance that a qubit in |1⟩ falls to |0⟩, set by the chip’s T1 time: γ = 1 − e^(−t/T1) for a layer lasting t. Today’s chips lose about 0.001 or less per layer; 0.01 is a chip ten times worse.',
  },
  dephasing: {
    term: 'dephasing per layer',
    text: 'In each layer, the chance that a qubit’s superposition loses its phase without losing energy, so it fades into a plain mixture of 0 and 1. It comes from the chip’s T2 time; today about 0.0004 to 0.001 per layer.',
  },
  readoutError: {
    term: 'readout error',
    text: 'The chance that measuring a qubit gives the wrong answer: 0→1 reads 1 for a qubit in |0⟩, 1→0 reads 0 for one in |1⟩. Today’s chips misread about 0.005 to 0.01 of the time, and 1→0 is often the larger, as |1⟩ can decay while it is measured.',
  },

  noiseChannel: {
    term: 'noise channels',
    text: 'Noise placed by hand on a wire at one step, like a gate: a bit flip applies X with probability p, damping lets |1⟩ decay, reset sets the qubit to |0⟩. The state becomes a mixture, so a circuit with channels is simulated as a density matrix (at most 12 qubits) and trains by the parameter-shift rule.',
  },

  // The quantum model
  quantumCircuit: {
    term: 'quantum circuits',
    text: 'A quantum circuit is a sequence of gates applied to qubits, read left to right, and measured at the end. Here some gate angles depend on the data point and others are trained, so the circuit works as a model whose measured probabilities give the class.',
  },
  reuploading: {
    term: 'data re-uploading',
    text: 'The data point enters the circuit again in every layer, as rotation angles w·x + θ with trained weights w and angles θ. Repeating the input lets even one qubit draw curved class boundaries. “Circuit editor” lets you build your own model instead.',
  },
  qubits: {
    term: 'qubits',
    text: 'A qubit is the quantum version of a bit: besides 0 and 1 it can be in a superposition of both, and qubits can be entangled with each other. Each extra qubit doubles the numbers the simulation has to keep.',
  },
  layers: {
    term: 'layers',
    text: 'How many times the block of gates is repeated, each time with its own trainable angles. More layers make a more flexible model with more parameters, and slower training.',
  },
  entangler: {
    term: 'entangling ring',
    text: 'Two-qubit gates that link each qubit to the next, in a ring, after every layer, so the qubits can become entangled and work together. CZ flips the sign of the state when both qubits are 1; CNOT flips the second qubit when the first is 1; None leaves the qubits independent.',
  },
  readout: {
    term: 'readout',
    text: 'How the final quantum state becomes a class and a loss. Fidelity to class states: each class has its own target state of the first qubit, and the closer the state is to a target (the higher its fidelity), the more the model votes for that class. Cross-entropy: the probabilities of measuring 0, 1, 2 … on the first qubits are the class probabilities, and the loss is −log of the right class’s probability.',
  },
  bloch: {
    term: 'Bloch sphere',
    text: 'A ball that shows the state of one qubit: the north pole is 0, the south pole is 1, and the other points are superpositions. Each dot is a test point where the circuit sends it (inside the ball when the qubit is entangled with others), and the rings are the class targets a good model sends its points to.',
  },
  trainableParameter: {
    term: 'trainable parameters',
    text: 'A number inside the model, here a gate’s rotation angle, that training adjusts to lower the loss. Choose another gate’s parameter to make the two gates share one value.',
  },
  inputFeature: {
    term: 'input features',
    text: 'The angle is computed from the data point: angle = w·x + b, where x is one of the point’s coordinates (x1 across, x2 up) and the weight w and bias b are trained. This is how the circuit reads its input.',
  },

  // The classical model
  mlp: {
    term: 'multilayer perceptron',
    text: 'A classical neural network. Each neuron adds up its inputs with trained weights and passes the sum through an activation function; layers of neurons lead from the point (x1, x2) to one score per class.',
  },
  hiddenLayers: {
    term: 'hidden layers',
    text: 'The layers of neurons between the input and the output, given as their widths (“8, 8” is two layers of 8). “Match the quantum size” picks widths that give about as many parameters as the quantum model has.',
  },
  activation: {
    term: 'activation',
    text: 'The function each neuron applies to its sum; without it the network could only draw straight boundaries. tanh and sigmoid are smooth S-shaped curves; ReLU keeps positive values and turns negative ones into 0.',
  },
  engine: {
    term: 'classical engine',
    text: 'What computes the classical network: TensorFlow.js (a machine-learning library, with 32-bit numbers) or plain arrays of 64-bit numbers written for this page, which are faster at this size. Both start from the same weights and see the same batches.',
  },

  // Results of a classifier
  loss: {
    term: 'loss and accuracy',
    text: 'The loss measures how wrong a model’s predictions are; training pushes it down. Accuracy is the share of points put in the right class. The classical model’s loss is cross-entropy, −log of the probability it gives the right class, while the quantum model’s depends on its readout, so compare the accuracies.',
  },
  decisionBoundary: {
    term: 'decision boundaries',
    text: 'Each square is coloured by the class a model predicts at every spot, paler where it is unsure; where the colours meet is its decision boundary. The dots are the data: a good model has each dot in the area of its own colour.',
  },
  discretize: {
    term: 'discretize',
    text: 'Colours each spot only by the predicted class, without paler shades where the model is unsure.',
  },

  // The molecule task
  vqe: {
    term: 'VQE',
    text: 'The variational quantum eigensolver: a quantum circuit with adjustable angles prepares a state of the molecule’s electrons, the energy of that state is measured, and a classical optimiser turns the angles to lower it. The lowest energy reached is an estimate of the molecule’s ground-state energy, compared here with the exact answer.',
  },
  bondLength: {
    term: 'bond length',
    text: 'The distance between the molecule’s two nuclei, in ångström (1 Å = 0.1 nanometre). The energy changes with it, and is lowest near the length the real molecule has.',
  },
  qubitMapping: {
    term: 'qubit mapping',
    text: 'How the electrons’ places become qubits. Jordan–Wigner uses one qubit per spin orbital (4 for H₂ here), 1 when an electron is in it; the parity mapping stores running parities of those instead (is the count so far odd or even), and two of its qubits are fixed by the number of electrons and their spin, so H₂ fits on 2 qubits.',
  },
  hamiltonian: {
    term: 'Hamiltonian',
    text: 'The operator whose average value in a state is that state’s energy; its lowest eigenvalue is the ground-state energy. Here it is a sum of Pauli terms: a number times X, Y or Z on chosen qubits (0.5 Z0 Z1 is 0.5 times Z on qubit 0 and Z on qubit 1).',
  },
  spinChains: {
    term: 'spin chains',
    text: 'Ready-made Hamiltonians of qubits in a row, standard tests for VQE. The Ising chain pairs neighbours with −Z Z and adds a sideways field −X on each qubit; the Heisenberg chain pairs neighbours with X X + Y Y + Z Z.',
  },
  ansatz: {
    term: 'ansatz',
    text: 'The circuit whose angles VQE trains: a guess at the shape of the answer (“Ansatz” is German for “approach”). A good ansatz can reach the true ground state with few parameters.',
  },
  hardwareEfficient: {
    term: 'hardware-efficient ansatz',
    text: 'Layers of single-qubit rotations and CNOTs, chosen because real quantum chips run them easily rather than because of the chemistry. It is flexible, but its many angles can be hard to train.',
  },
  doubleExcitation: {
    term: 'double excitation',
    text: 'Both electrons jump together from the lower orbital to the higher one. H₂’s exact ground state here is a mix of the Hartree–Fock state and this doubly excited state, so one angle is enough: the smallest case of the unitary coupled-cluster (UCC) ansatz.',
  },
  hartreeFock: {
    term: 'Hartree–Fock',
    text: 'The best answer in which each electron only feels the average of the others, ignoring how electrons avoid each other. It is a cheap classical estimate that lies above the exact energy; as a starting state it is just X gates that put the electrons in the lowest orbitals.',
  },
  energies: {
    term: 'the energies',
    text: 'Energies are in hartree (Ha), the atomic unit of energy (about 27.2 electronvolts); lower is more stable. “Exact” is the Hamiltonian’s lowest eigenvalue, computed directly (possible for a few qubits; exact for this small model of the molecule), and the error is the gap between VQE and exact.',
  },
  chemicalAccuracy: {
    term: 'chemical accuracy',
    text: 'An error below 1.6 millihartree (about 1 kcal/mol), the precision chemists usually need for energy differences to be useful. The error turns green when VQE is that close to the exact energy.',
  },
  stateProbabilities: {
    term: 'state probabilities',
    text: 'The chance of reading each string of bits when all qubits are measured in the state VQE has prepared. In the Jordan–Wigner mapping each bit says whether a spin orbital holds an electron.',
  },

  // Optimisation (QAOA)
  qaoa: {
    term: 'QAOA',
    text: 'The quantum approximate optimisation algorithm: starting from every bitstring at once, it alternates a cost layer, which turns each bitstring’s phase by its cost, and a mixer layer, which lets the bitstrings exchange amplitude. The angles γ and β of each layer are trained so that measuring gives good bitstrings often.',
  },
  maxcut: {
    term: 'MaxCut',
    text: 'Split the nodes of a graph into two sides so that as many edges as possible (or as much edge weight) run between the sides. Each node is a qubit; its bit says its side.',
  },
  portfolio: {
    term: 'portfolio selection',
    text: 'Choose exactly B of n assets to get the highest expected return minus q times the risk (the variance of the chosen assets’ total return). Each asset is a qubit; 1 means chosen.',
  },
  traffic: {
    term: 'traffic routing',
    text: 'Each car takes one of a few routes; a road used by k cars adds k² to the congestion, so crowded roads cost more and more. Each (car, route) pair is a qubit; a penalty makes each car take exactly one route (Neukart et al. 2017).',
  },
  qubo: {
    term: 'QUBO and Ising models',
    text: 'A QUBO gives a cost to each string of bits x: the sum of Q_ij·x_i·x_j. An Ising model does the same with spins z = ±1: a constant plus h_i·z_i plus J_ij·z_i·z_j terms; one becomes the other with z = 1 − 2x.',
  },
  penalty: {
    term: 'penalty weight',
    text: 'QAOA finds the lowest cost over all bitstrings, so a rule such as “exactly 3 assets” is added as a cost: the weight times the squared amount by which it is broken. Automatic picks a weight large enough that breaking the rule never pays.',
  },
  depth: {
    term: 'depth p',
    text: 'How many times the cost and mixer layers repeat, each with its own two angles. Deeper circuits can get closer to the best answer; on a ring the best depth-p QAOA cuts (2p+1)/(2p+2) of the edges.',
  },
  mixer: {
    term: 'mixer',
    text: 'The layer that moves amplitude between bitstrings. The X mixer flips single bits and reaches every bitstring; the XY mixer swaps neighbouring 01 and 10, so starting from all bitstrings with B ones (a Dicke state) it never leaves them: the budget holds by itself.',
  },
  growth: {
    term: 'layer by layer',
    text: 'Optimise depth 1 first, then add a layer that starts as “do nothing” and optimise depth 2 from there, and so on: each depth starts from the best answer of the one before.',
  },
  approximationRatio: {
    term: 'approximation ratio',
    text: 'How close the expected result is to the best possible, from 0 (the worst bitstring) to 1 (the optimum). For MaxCut it is the expected cut divided by the largest cut.',
  },
  annealing: {
    term: 'simulated annealing',
    text: 'A classical method: flip one bit at a time, always keeping a flip that lowers the cost and sometimes one that raises it, less and less often as the “temperature” falls. It escapes many local minima and is hard to beat on small problems.',
  },
  greedy: {
    term: 'greedy search',
    text: 'A classical method: from a random bitstring, keep flipping the single bit that lowers the cost most until no flip helps; repeat from a few starts and keep the best.',
  },
  amplitudeEncoding: {
    term: 'amplitude encoding',
    text: 'Storing numbers in the amplitudes of a quantum state: a matrix A of n × n entries becomes a state of 2·log2(n) qubits whose amplitude at |i⟩|j⟩ is A_ij/‖A‖, where ‖A‖ (the Frobenius norm) is the square root of the sum of all squared entries, so that the probabilities add up to 1.',
  },
  blockEncoding: {
    term: 'block encoding',
    text: 'A way to put a matrix that is not unitary into a quantum circuit: a bigger unitary U holds B/‖B‖ in one block. Applying U and then keeping only the runs where some qubits read 0 applies B/‖B‖ to the state.',
  },
  postSelection: {
    term: 'post-selection',
    text: 'Measuring some qubits and keeping a run only when they give the wanted value (here register j = 0). The runs kept hold the result; the others are thrown away, so the success probability p says how many runs the answer costs.',
  },
  landscape: {
    term: 'QAOA landscape',
    text: 'The expected result of a one-layer QAOA for every pair of angles γ (cost) and β (mixer): the hills and valleys the optimiser walks through. The line is the path the angles took while training.',
  },
  bitstrings: {
    term: 'measured bitstrings',
    text: 'Measuring the trained state gives one bitstring per shot, more often the more likely it is. The bars are the probabilities of the most likely bitstrings; the marks show how often each came up in the shots.',
  },
  barrenPlateau: {
    term: 'barren plateau',
    text: 'A cost landscape so flat that its slope is almost zero everywhere: for random circuits the spread (variance) of a gradient component falls exponentially with the number of qubits, so an optimiser finds no direction to go without exponentially many shots.',
  },
  localCost: {
    term: 'global and local cost',
    text: 'A global cost looks at all qubits at once (here Z on every qubit); a local one at one or two qubits at a time (Z₀Z₁, or the average of each qubit’s Z). With a shallow circuit a local cost’s gradient shrinks only slowly with more qubits; a global one’s shrinks exponentially.',
  },
  gradientVariance: {
    term: 'gradient variance',
    text: 'How much one component of the gradient, ∂C/∂θ, spreads over random circuits. Its mean is zero, so its variance says how large the slope typically is: a variance of 10⁻⁴ means slopes of about 0.01.',
  },
} as const satisfies Readonly<Record<string, GlossaryEntry>>;

/** A term the page can explain: the `term` of an InfoTip. */
export type GlossaryTerm = keyof typeof GLOSSARY;

/** The glossary's terms, in the order above. */
export const GLOSSARY_TERMS = Object.keys(GLOSSARY) as GlossaryTerm[];
