// The models of the benchmark task ("Better than classical?", Bowles, Ahmed & Schuld, arXiv
// 2403.07059), declared once: their names in links, labels, families, qubit counts and the
// hyper-parameters the study searched (its grids, from XanaduAI/qml-benchmarks'
// hyperparameter_settings.py) with the value we start from.

/** One hyper-parameter: the study's grid and our default (one of the grid's values). */
export interface HyperParam {
  name: string;
  label: string;
  values: readonly number[];
  default: number;
  /** What each value means, when the number alone does not say (a choice coded 0, 1, 2). */
  names?: readonly string[];
}

export type BenchmarkModelFamily = 'classical' | 'kernel' | 'variational';

export interface BenchmarkModelDef {
  id: string;
  label: string;
  family: BenchmarkModelFamily;
  quantum: boolean;
  /** The model without entanglement that the Entanglement toggle runs beside it, if any. */
  separable?: string;
  /** Qubits for d features (0 for classical models). */
  qubits(d: number): number;
  /** Most features it takes (its qubit count stays simulable and the kernel fast). */
  maxFeatures: number;
  /** It reads each row as a square image: only data sets with an image side (imageSide) fit. */
  images?: boolean;
  hyper: readonly HyperParam[];
  /** One line for the UI: what the model is, with its reference. */
  description: string;
}

const C_GRID = [0.1, 1, 10, 100] as const;
const none = (): number => 0;

export const BENCHMARK_MODELS = [
  {
    id: 'svm',
    label: 'SVM (RBF)',
    family: 'classical',
    quantum: false,
    qubits: none,
    maxFeatures: 64,
    hyper: [
      { name: 'C', label: 'C', values: C_GRID, default: 1 },
      { name: 'gamma', label: 'γ (width)', values: [0.001, 0.01, 0.1, 1], default: 0.1 },
    ],
    description:
      'A support vector machine with the Gaussian kernel exp(−γ‖x − x′‖²), solved exactly (SMO).',
  },
  {
    id: 'logistic',
    label: 'Logistic regression',
    family: 'classical',
    quantum: false,
    qubits: none,
    maxFeatures: 64,
    hyper: [{ name: 'C', label: 'C', values: C_GRID, default: 1 }],
    description: 'A linear model, P(+1) = σ(w·x + b), with an L2 penalty ‖w‖²/(2C).',
  },
  {
    id: 'mlp',
    label: 'MLP',
    family: 'classical',
    quantum: false,
    qubits: none,
    maxFeatures: 64,
    hyper: [
      { name: 'hidden', label: 'Hidden layers', values: [0, 1, 2], default: 0, names: ['100', '10·10·10·10', '50·10·5'] }, // prettier-ignore
      { name: 'learningRate', label: 'Learning rate', values: [0.001, 0.01, 0.1], default: 0.01 },
      { name: 'alpha', label: 'α (L2 penalty)', values: [0.01, 0.001, 0.0001], default: 0.001 },
    ],
    description:
      'scikit-learn’s MLPClassifier as the study runs it: relu hidden layers, Adam on shuffled batches of 32, L2 penalty α/2·‖W‖², stopped when the training loss stalls (10 epochs within 10⁻⁴, at most 3000); inputs as they are.',
  },
  {
    id: 'cnn',
    label: 'CNN',
    family: 'classical',
    quantum: false,
    qubits: none,
    maxFeatures: 64,
    images: true,
    hyper: [
      { name: 'kernel', label: 'Kernel size', values: [2, 3, 5], default: 3, names: ['2 × 2', '3 × 3', '5 × 5'] }, // prettier-ignore
      {
        name: 'learningRate',
        label: 'Learning rate',
        values: [0.0001, 0.001, 0.01],
        default: 0.001,
      },
    ],
    description:
      'The study’s convolutional network, in TensorFlow.js: two k × k convolutions (32, then 64 channels) each followed by 2 × 2 max-pooling, a dense layer of 128 relu units and one output f, P(+1) = σ(f); sigmoid cross-entropy, Adam on batches of 32, stopped when the loss is flat over 200 steps (at most 10 000); inputs standardised. Reads the rows as s × s images: Bars and stripes only. Slow: minutes a cell at s = 8.',
  },
  {
    id: 'iqpKernel',
    label: 'IQP kernel',
    family: 'kernel',
    quantum: true,
    separable: 'separableKernel',
    qubits: (d) => d,
    maxFeatures: 12,
    hyper: [
      { name: 'repeats', label: 'Embedding repeats', values: [1, 5, 10], default: 1 },
      { name: 'C', label: 'C', values: C_GRID, default: 1 },
    ],
    description:
      'The fidelity kernel |⟨ψ(x′)|ψ(x)⟩|² of the IQP embedding (H, RZ(xᵢ), RZZ(xᵢxⱼ), repeated) of Havlíček et al. (2019), fed to the SVM; inputs scaled to [−π/2, π/2]; d qubits.',
  },
  {
    id: 'projectedKernel',
    label: 'Projected quantum kernel',
    family: 'kernel',
    quantum: true,
    qubits: (d) => d + 1,
    maxFeatures: 11,
    hyper: [
      { name: 'gammaFactor', label: 'γ factor', values: [0.1, 1, 10], default: 1 },
      { name: 'C', label: 'C', values: C_GRID, default: 1 },
      { name: 'steps', label: 'Trotter steps', values: [1, 3, 5], default: 3 },
      { name: 't', label: 'Evolution time t', values: [0.01, 0.1, 1], default: 0.1 },
    ],
    description:
      'Huang et al. (2021): a Gaussian kernel on every qubit’s Bloch vector after a Trotterised Heisenberg evolution by the inputs, fed to the SVM; d + 1 qubits.',
  },
  {
    id: 'separableKernel',
    label: 'Separable kernel',
    family: 'kernel',
    quantum: true,
    qubits: (d) => d,
    maxFeatures: 64,
    hyper: [
      { name: 'layers', label: 'Encoding layers', values: [1, 3, 5, 10], default: 1 },
      { name: 'C', label: 'C', values: C_GRID, default: 1 },
    ],
    description:
      'The fidelity kernel of a product embedding (RX(π/4) and RY(xᵢ) on each qubit, layered): no entanglement, a product of one-qubit overlaps.',
  },
  {
    id: 'reuploading',
    label: 'Data re-uploading',
    family: 'variational',
    quantum: true,
    separable: 'separableVariational',
    qubits: (d) => Math.ceil(d / 3),
    maxFeatures: 36,
    hyper: [
      { name: 'learningRate', label: 'Learning rate', values: [0.001, 0.01, 0.1], default: 0.1 },
      { name: 'layers', label: 'Layers', values: [1, 5, 10, 15], default: 5 },
      { name: 'observable', label: 'Qubits read', values: [0, 1, 2], default: 0, names: ['one', 'half', 'all'] }, // prettier-ignore
    ],
    description:
      'Pérez-Salinas et al. (2020) as the study codes it: ⌈d/3⌉ qubits, layers of Rot(ω∘x)·Rot(θ) with trainable input scaling ω and alternating CZ, trained on weighted fidelities with Adam.',
  },
  {
    id: 'separableVariational',
    label: 'Separable variational',
    family: 'variational',
    quantum: true,
    qubits: (d) => d,
    maxFeatures: 64,
    hyper: [
      { name: 'learningRate', label: 'Learning rate', values: [0.001, 0.01, 0.1], default: 0.1 },
      { name: 'layers', label: 'Encoding layers', values: [1, 3, 5, 10], default: 1 },
    ],
    description:
      'Rot layers and RY(xᵢ) on each qubit, no entanglement; P(+1) = σ(6·mean⟨Zᵢ⟩), cross-entropy, Adam.',
  },
  {
    id: 'iqpVariational',
    label: 'IQP variational',
    family: 'variational',
    quantum: true,
    qubits: (d) => d,
    maxFeatures: 12,
    hyper: [
      { name: 'learningRate', label: 'Learning rate', values: [0.001, 0.01, 0.1], default: 0.001 },
      { name: 'repeats', label: 'Embedding repeats', values: [1, 5, 10], default: 1 },
      { name: 'layers', label: 'Layers', values: [1, 5, 10, 15], default: 5 },
    ],
    description:
      'Havlíček et al. (2019) as the study codes it: the IQP embedding (H, RZ(xᵢ), RZZ(xᵢxⱼ), repeated), then strongly entangling layers (Rot on every qubit, CZ at ranges 1 … n − 1); f = ⟨Z₀Z₁⟩, loss (1 − y·f)/2, Adam; d qubits. Slow: about a minute a cell at d = 10.',
  },
  {
    id: 'dressed',
    label: 'Dressed quantum circuit',
    family: 'variational',
    quantum: true,
    qubits: (d) => d,
    maxFeatures: 12,
    hyper: [
      { name: 'learningRate', label: 'Learning rate', values: [0.001, 0.01, 0.1], default: 0.01 },
      { name: 'layers', label: 'Layers', values: [1, 5, 10, 15], default: 5 },
    ],
    description:
      'Mari et al. (2020) as the study codes it: a = π/2·tanh(W·x), H and RY(aᵢ) on d qubits, layers of RY(w) and a CNOT ring, then logits W′·⟨Z⟩ with softmax cross-entropy, Adam. Slow: about a minute a cell at d = 10.',
  },
] as const satisfies readonly BenchmarkModelDef[];

export type BenchmarkModelId = (typeof BENCHMARK_MODELS)[number]['id'];

/** The model with this id, or undefined. */
export function benchmarkModel(id: string): BenchmarkModelDef | undefined {
  return BENCHMARK_MODELS.find((m) => m.id === id);
}

/** The default value of every hyper-parameter of a model. */
export function defaultHyper(def: BenchmarkModelDef): Record<string, number> {
  return Object.fromEntries(def.hyper.map((h) => [h.name, h.default]));
}
