// Feature scaling fitted on the train rows, as scikit-learn's MinMaxScaler: the study scales every
// quantum model's inputs to [−π/2, π/2] (fit on the train set, applied to both sets).

/** Maps each feature's train range [min, max] onto [lo, hi]; a constant feature maps to lo. */
export interface MinMax {
  /** Scaled copy of rows × d numbers (test rows may fall outside [lo, hi]). */
  apply(x: Float64Array): Float64Array;
}

/** The min–max scaler of the train rows x (rows × d) onto [lo, hi]. */
export function fitMinMax(x: Float64Array, d: number, lo: number, hi: number): MinMax {
  const min = new Float64Array(d).fill(Infinity);
  const max = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < x.length; i++) {
    const f = i % d;
    if (x[i]! < min[f]!) min[f] = x[i]!;
    if (x[i]! > max[f]!) max[f] = x[i]!;
  }
  const scale = Float64Array.from({ length: d }, (_, f) =>
    max[f]! > min[f]! ? (hi - lo) / (max[f]! - min[f]!) : 0,
  );
  return {
    apply: (rows) => rows.map((v, i) => lo + (v - min[i % d]!) * scale[i % d]!),
  };
}
