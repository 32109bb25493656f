// Parts of the schema every task shares: the trained parameters a link may carry.

/** Trained parameters of both models, in each model's own flat order (empty when a task has none). */
export interface Weights {
  quantum: number[];
  classical: number[];
}
