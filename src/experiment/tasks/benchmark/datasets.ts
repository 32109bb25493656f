// The benchmark task's data sets (Bowles, Ahmed & Schuld, "Better than classical?", arXiv
// 2403.07059), declared once: their names in links, labels, descriptions (the formula and the
// reference) and difficulty sweeps. The worker's generators (workers/ml/benchmark/data) follow them.

/** Stable names of the benchmark data sets (used in links: never rename one). */
export type BenchmarkDatasetId =
  'linear' | 'manifold' | 'manifoldM' | 'curves' | 'hyperplanes' | 'bars' | 'custom';

/** The parameter a data set's difficulty sweep varies. */
export interface Difficulty {
  /** Its symbol in the study: d, m, D, k or s. */
  name: string;
  /** What it is, in words, for the UI. */
  label: string;
  /** The values we sweep (the study's, capped so that d ≤ 12 or 64 pixels). */
  values: readonly number[];
  /** The value a new experiment starts with; one of `values`. */
  default: number;
}

/** One benchmark data set as the schema and the page know it. */
export interface BenchmarkDatasetDef {
  id: BenchmarkDatasetId;
  label: string;
  /** One or two sentences for the UI: the formula and the reference. */
  description: string;
  difficulty: Difficulty;
  /** Features per row at a difficulty value (0 for the user's data: its file says; sweepFeatures). */
  features(difficulty: number): number;
  /** For image data: the side s of the s × s image a row is, pixel (r, c) at feature r·s + c. */
  imageSide?(difficulty: number): number;
}

const REF = 'Bowles, Ahmed & Schuld 2024 (arXiv 2403.07059)';

/** Every benchmark data set, in the order the UI lists them. */
export const BENCHMARK_DATASET_DEFS: readonly BenchmarkDatasetDef[] = [
  {
    id: 'linear',
    label: 'Linearly separable',
    description: `Points uniform in [−1, 1]^d with |x₁ + … + x_d| > 0.02·d, labelled sign(x₁ + … + x_d); 300 points, 240 train / 60 test. ${REF}.`,
    difficulty: { name: 'd', label: 'Input dimension', values: [2, 4, 6, 8, 10, 12], default: 4 },
    features: (d) => d,
  },
  {
    id: 'manifold',
    label: 'Hidden manifold',
    description: `x = tanh(c F/√m − b) for Gaussian latent points c ∈ ℝ^m (m = 6), Gaussian F and uniform b; labels from a random one-hidden-layer network of c split at its median (exactly balanced). Goldt et al. 2020, as in ${REF}.`,
    difficulty: { name: 'd', label: 'Input dimension', values: [2, 4, 6, 8, 10, 12], default: 6 },
    features: (d) => d,
  },
  {
    id: 'manifoldM',
    label: 'Hidden manifold (latent dimension)',
    description: `The hidden manifold model in d = 10 dimensions, x = tanh(c F/√m − b), with the latent dimension m as the difficulty; labels from a random network of c split at its median. ${REF}.`,
    difficulty: {
      name: 'm',
      label: 'Manifold dimension',
      values: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20],
      default: 6,
    },
    features: () => 10,
  },
  {
    id: 'curves',
    label: 'Two curves',
    description: `Two copies of a random degree-D Fourier curve in ℝ^10, one shifted by 1/(2D) along (1, …, 1), with noise σ = 0.01; each feature standardised to mean 0 and std 1. ${REF}.`,
    difficulty: { name: 'D', label: 'Fourier degree', values: [2, 5, 10, 15, 20], default: 5 },
    features: () => 10,
  },
  {
    id: 'hyperplanes',
    label: 'Hyperplanes and parity',
    description: `A Gaussian point z ∈ ℝ³ is labelled by the parity of how many of k random hyperplanes it lies above (classes balanced), embedded as x = zE in ℝ^10 and standardised per feature. ${REF}.`,
    difficulty: {
      name: 'k',
      label: 'Number of hyperplanes',
      values: [2, 5, 10, 15, 20],
      default: 2,
    },
    features: () => 10,
  },
  {
    id: 'bars',
    label: 'Bars and stripes',
    description: `s × s images of ±1 pixels with random whole columns (bars, −1) or rows (stripes, +1) lit, plus Gaussian noise σ = 0.5; d = s², 1,000 train / 200 test. ${REF}.`,
    difficulty: { name: 's', label: 'Image side', values: [4, 8], default: 4 },
    features: (s) => s * s,
    imageSide: (s) => s,
  },
  {
    id: 'custom',
    label: 'Your data (CSV)',
    description:
      'Your own rows from a CSV file: numeric features and one label column of two values. Each seed splits them at random, 80% to train and 20% to test, and standardises every feature by the train rows.',
    difficulty: { name: 'file', label: 'Your file', values: [1], default: 1 },
    features: () => 0,
  },
];

/** The data set with this id, or undefined. */
export function benchmarkDatasetDef(id: string): BenchmarkDatasetDef | undefined {
  return BENCHMARK_DATASET_DEFS.find((d) => d.id === id);
}
