// The ranges every experiment setting accepts: what the panels offer and what links are checked
// against before any work is done.

export const LIMITS = {
  points: [10, 5000],
  noise: [0, 1],
  trainRatio: [0.1, 0.9],
  seed: [0, 2147483647],
  qubits: [1, 8],
  layers: [1, 10],
  learningRate: [0.0001, 10],
  batchSize: [1, 5000],
  epochs: [1, 10000],
  l2: [0, 1],
  shots: [0, 1000000],
  hiddenWidth: [1, 256],
  hiddenLayers: [1, 4],
  customPoints: [0, 2000],
} as const satisfies Record<string, readonly [number, number]>;
