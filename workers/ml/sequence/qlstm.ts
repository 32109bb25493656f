// The quantum LSTM (QLSTM) of Chen, Yoo & Fang ("Quantum Long Short-Term Memory", arXiv
// 2009.01783) as a trainable forecaster, in the form of the PennyLane community implementations:
// each of the four LSTM gates is a classical linear map into a small variational circuit and one
// out of it; the recurrence (c, h) is classical (the cell and its exact gradient: qlstmCore.ts).
// Here a step reads one value, v_t = [x_t, h_{t−1}], and the head is the forecast
// ŷ = w·h_{T−1} + w0 (scaled units); the loss is the mean squared error.

import type { Rng } from '../../sim';
import { checkWindows, forecasterTraining, type Forecaster } from './forecaster';
import type { QlstmSpec } from './qlstmCircuit';
import { createQlstmCore, type QlstmInputs, type QlstmLoss } from './qlstmCore';

export {
  QLSTM_GATES,
  QLSTM_LIMITS,
  qlstmGateCircuit,
  qlstmLayout,
  qlstmParamCount,
  type QlstmLayout,
  type QlstmSpec,
} from './qlstmCircuit';

/** A QLSTM forecaster; its circuit is the forget gate's (all four have this shape), theta laid out by qlstmLayout. */
export interface Qlstm extends Forecaster {
  readonly spec: QlstmSpec;
}

/**
 * A QLSTM with starting parameters from rng: A_g, B_g and the head's w Glorot-uniform, biases 0
 * but the forget gate's b_f = 1, circuit angles uniform in (−1, 1). Throws a readable Error on a
 * spec out of range (qubits 1–6, hidden 1–8, layers 1–4, window ≥ 1).
 */
export function createQlstm(spec: QlstmSpec, rng: Rng): Qlstm {
  const core = createQlstmCore({ ...spec, inputs: 1, outputs: 1 }, rng);
  const T = spec.window;
  /** Window k's values, each in A's column 0. */
  const windows = (inputs: Float64Array): QlstmInputs => ({ cols: null, vals: inputs });
  /** The squared error of ŷ against targets[k]. */
  const squaredError =
    (targets: Float64Array): QlstmLoss =>
    (y, dy, at, k, weight) => {
      const d = y[at]! - targets[k]!;
      dy[at] = 2 * weight * d;
      return d * d;
    };

  return {
    spec: { ...spec },
    circuit: core.circuit,
    numParams: core.theta.length,
    theta: core.theta,
    predict(inputs, count) {
      checkWindows(T, inputs, null, count);
      return core.outputs(windows(inputs), count);
    },
    ...forecasterTraining(T, core.theta, (inputs, targets, idx, count, weight, g) =>
      core.addLoss(windows(inputs), squaredError(targets), idx, count, weight, g),
    ),
  };
}
