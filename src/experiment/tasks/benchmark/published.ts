// The study's published mean test accuracies (Bowles, Ahmed & Schuld, "Better than classical?",
// arXiv 2403.07059; DESIGN.md §5), shown beside ours in the benchmark table. Keys are our data-set
// and model ids; the study's SVC is our "svm", its MLPClassifier our "mlp".

export interface PublishedAccuracy {
  dataset: string;
  difficulty: number;
  model: string;
  /** Mean test accuracy over the study's runs, 0 … 1. */
  accuracy: number;
}

const rows = (
  dataset: string,
  difficulties: readonly number[],
  table: Record<string, readonly number[]>,
): PublishedAccuracy[] =>
  Object.entries(table).flatMap(([model, values]) =>
    values.map((v, i) => ({ dataset, difficulty: difficulties[i]!, model, accuracy: v / 100 })),
  );

export const PUBLISHED: readonly PublishedAccuracy[] = [
  ...rows('linear', [4, 8], {
    svm: [100, 100],
    mlp: [100, 100],
    reuploading: [100, 96.7],
    separableVariational: [98.3, 96.7],
    iqpKernel: [81.7, 90],
    iqpVariational: [84, 88.7],
  }),
  ...rows('curves', [2, 5, 10, 20], {
    svm: [100, 100, 97, 100],
    iqpKernel: [100, 100, 95, 83],
    reuploading: [100, 99, 85, 67],
    iqpVariational: [100, 92, 78, 63],
  }),
  ...rows('hyperplanes', [2, 5, 20], {
    mlp: [92, 84, 74],
    reuploading: [95, 87, 72],
    svm: [93, 82, 67],
  }),
];

/** The study's accuracy for a model on a data set at a difficulty, if it published one. */
export function publishedAccuracy(
  dataset: string,
  difficulty: number,
  model: string,
): number | undefined {
  return PUBLISHED.find(
    (p) => p.dataset === dataset && p.difficulty === difficulty && p.model === model,
  )?.accuracy;
}
