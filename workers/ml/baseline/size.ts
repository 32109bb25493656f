// Sizing the classical baseline: an MLP whose parameter count is as close as possible to the
// quantum model's, so the comparison is of like with like.

/** Trainable numbers of an MLP 2 → hidden… → outputs (weights and biases). */
export function mlpParamCount(hidden: readonly number[], inputs: number, outputs: number): number {
  let count = 0;
  let prev = inputs;
  for (const h of [...hidden, outputs]) {
    count += prev * h + h;
    prev = h;
  }
  return count;
}

/** Hidden layers (one or two of equal width, 1–64 units) whose count is closest to `target`. */
export function matchHidden(target: number, inputs: number, outputs: number): number[] {
  let best: number[] = [1];
  let bestGap = Infinity;
  for (const depth of [1, 2]) {
    for (let w = 1; w <= 64; w++) {
      const hidden = new Array<number>(depth).fill(w);
      const gap = Math.abs(mlpParamCount(hidden, inputs, outputs) - target);
      if (gap < bestGap) {
        best = hidden;
        bestGap = gap;
      }
    }
  }
  return best;
}
