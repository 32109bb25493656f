// The shapes shared by the benchmark task's data sets and models ("Better than classical?",
// Bowles, Ahmed & Schuld, arXiv 2403.07059): tabular data with labels ±1, split in two.

/** A binary data set of d features per row, labels −1 or +1, split into train and test. */
export interface TabularData {
  /** Features per row. */
  d: number;
  /** Train rows, row-major: row i is xTrain[i·d … i·d + d − 1]. */
  xTrain: Float64Array;
  /** Label of each train row: −1 or +1. */
  yTrain: Int8Array;
  /** Test rows, row-major like xTrain. */
  xTest: Float64Array;
  yTest: Int8Array;
}

/** A symmetric kernel (Gram) matrix over rows, row-major n × n, or between two sets (n × m). */
export interface Gram {
  rows: number;
  cols: number;
  /** k[i·cols + j] = k(a_i, b_j). */
  k: Float64Array;
}
