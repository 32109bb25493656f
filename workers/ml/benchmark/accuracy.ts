// Classification accuracy of the benchmark's models: the share of labels ±1 predicted right.

/** Fraction of rows where pred equals y (0 … 1). Throws on different lengths or no rows. */
export function accuracy(pred: Int8Array, y: Int8Array): number {
  if (pred.length !== y.length)
    throw new Error(`Accuracy: ${pred.length} predictions for ${y.length} labels.`);
  if (y.length === 0) throw new Error('Accuracy: there are no rows to score.');
  let right = 0;
  for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) right++;
  return right / y.length;
}
