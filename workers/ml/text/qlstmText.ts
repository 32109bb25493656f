// The quantum LSTM as a next-token model: the forecaster's cell (sequence/qlstmCore.ts) reading one
// token per step, v_t = [onehot(w_t), h_{t−1}] (the one-hot picks a column of A_g), with a head of
// one logit per token, W·h_{T−1} + b, and the softmax cross-entropy (mean nats) as the loss. Its
// gradient is the cell's exact one (backpropagation through time with the simulator's adjoint).

import type { Rng } from '../../sim';
import { miniBatchTraining } from '../miniBatchTraining';
import { checkQlstmSpec, qlstmLayout } from '../sequence/qlstmCircuit';
import { createQlstmCore, type QlstmLoss } from '../sequence/qlstmCore';
import { checkTokens, checkTokenSpec, TOKEN_LIMITS, type NextTokenModel } from './nextToken';

/** The next-token QLSTM's sizes. */
export interface QlstmTextSpec {
  /** Tokens (V), 2–16: the width of a step's one-hot input and the number of logits. */
  vocab: number;
  /** Tokens read per prediction (T), 2–8: one LSTM step each. */
  context: number;
  /** Qubits of each gate's circuit (n), as QLSTM_LIMITS. */
  qubits: number;
  /** Size of the hidden and cell state (h), as QLSTM_LIMITS. */
  hidden: number;
  /** Variational layers of each gate's circuit (L), as QLSTM_LIMITS. */
  layers: number;
}

/** The limits createQlstmText checks beyond QLSTM_LIMITS (sequence/qlstmCircuit.ts): [least, most]. */
export const QLSTM_TEXT_LIMITS = TOKEN_LIMITS;

/** A next-token QLSTM; its circuit is one gate's (all four have this shape). */
export interface QlstmText extends NextTokenModel {
  readonly spec: QlstmTextSpec;
}

/** The sequence QLSTM's spec of the same cell (window = context). */
const cellSpec = (spec: QlstmTextSpec) => ({
  window: spec.context,
  qubits: spec.qubits,
  hidden: spec.hidden,
  layers: spec.layers,
});

/**
 * Trainable parameters: 4·(n(V+h) + n + 3nL + hn + h) + V·h + V, laid out as
 * qlstmLayout(spec, V, V) (sequence/qlstmCircuit.ts).
 */
export function qlstmTextParamCount(spec: QlstmTextSpec): number {
  return qlstmLayout(cellSpec(spec), spec.vocab, spec.vocab).total;
}

/** Refuses a spec the model cannot take, with a message naming the field. */
function checkSpec(spec: QlstmTextSpec): void {
  checkTokenSpec('quantum LSTM', spec);
  checkQlstmSpec(cellSpec(spec));
}

/** The mean of −log softmax(y)[target] is the loss; ∂/∂y_i = p_i − [i = target]. */
const crossEntropy =
  (vocab: number, targets: Int32Array): QlstmLoss =>
  (y, dy, at, k, weight) => {
    const target = targets[k]!;
    let max = -Infinity;
    for (let i = 0; i < vocab; i++) max = Math.max(max, y[at + i]!);
    let sum = 0;
    for (let i = 0; i < vocab; i++) {
      const e = Math.exp(y[at + i]! - max);
      dy[at + i] = e;
      sum += e;
    }
    for (let i = 0; i < vocab; i++)
      dy[at + i] = weight * (dy[at + i]! / sum - (i === target ? 1 : 0));
    return Math.log(sum) - (y[at + target]! - max);
  };

/**
 * A next-token QLSTM with starting parameters from rng (as the forecaster's: A_g, B_g and the
 * head's W Glorot-uniform, biases 0 but the forget gate's b_f = 1, circuit angles uniform in
 * (−1, 1)). Throws a readable Error on a spec out of range (vocab 2–16, context 2–8, qubits,
 * hidden and layers as QLSTM_LIMITS).
 */
export function createQlstmText(spec: QlstmTextSpec, rng: Rng): QlstmText {
  checkSpec(spec);
  const { vocab: V, context: T } = spec;
  const core = createQlstmCore({ ...cellSpec(spec), inputs: V, outputs: V }, rng);
  const { theta } = core;
  const numParams = theta.length;
  const addLoss = (
    inputs: Int32Array,
    targets: Int32Array,
    idx: Int32Array | null,
    count: number,
    weight: number,
    g: Float64Array,
  ): number =>
    core.addLoss({ cols: inputs, vals: null }, crossEntropy(V, targets), idx, count, weight, g);

  return {
    spec: { ...spec },
    circuit: core.circuit,
    qubits: spec.qubits,
    vocab: V,
    context: T,
    numParams,
    theta,
    probabilities(inputs, count) {
      checkTokens(T, V, inputs, null, count);
      const out = core.outputs({ cols: inputs, vals: null }, count);
      for (let k = 0; k < count; k++) {
        const row = out.subarray(k * V, (k + 1) * V);
        const max = Math.max(...row);
        let sum = 0;
        for (let i = 0; i < V; i++) sum += row[i] = Math.exp(row[i]! - max);
        for (let i = 0; i < V; i++) row[i] = row[i]! / sum;
      }
      return out;
    },
    ...miniBatchTraining(
      theta,
      (inputs: Int32Array, targets: Int32Array, count: number) =>
        checkTokens(T, V, inputs, targets, count),
      addLoss,
    ),
  };
}
