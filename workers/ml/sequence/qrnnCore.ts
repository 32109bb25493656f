// The quantum recurrent network's shared core (DESIGN.md §5; Li, Wang, Han et al., arXiv
// 2302.03244): its sizes and their checks, and the unrolled circuit, whose per-step encoding each
// model supplies (the forecaster, qrnn.ts: RY(w·x_t + b); the next-token model,
// text/qrnnText.ts: the token's embedding angles). By deferred measurement each step gets a fresh
// data register: historyQubits + steps·dataQubits qubits, H = 0 … nH−1, D_t = nH + t·nD … .

import type { Binding, Circuit, Operation } from '../../sim';
import { QRNN_MAX_QUBITS } from '../../../src/experiment/tasks/sequence/types';

/** The recurrent block's sizes, whatever the steps read. */
export interface QrnnCoreSpec {
  /** Steps unrolled (T): the forecaster's window, the next-token model's context. */
  steps: number;
  /** Qubits of the history register H (carried from step to step). */
  historyQubits: number;
  /** Qubits of each step's data register D_t. */
  dataQubits: number;
  /** Hardware-efficient blocks per step, the same parameters at every step. */
  layers: number;
}

/** Qubits of the unrolled circuit: the history register and one data register per step. */
export function qrnnCoreQubits(spec: QrnnCoreSpec): number {
  return spec.historyQubits + spec.steps * spec.dataQubits;
}

/** Pairs of register positions the RZZ ring joins: none on 1 qubit, one edge on 2, a ring on more. */
export function ringEdges(m: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i + 1 < m; i++) edges.push([i, i + 1]);
  if (m > 2) edges.push([m - 1, 0]);
  return edges;
}

/** Trainable angles of the blocks (shared by every step): layers·(3·(nH + nD) + ring edges). */
export function qrnnBlockParamCount(spec: Omit<QrnnCoreSpec, 'steps'>): number {
  const m = spec.historyQubits + spec.dataQubits;
  return spec.layers * (3 * m + ringEdges(m).length);
}

/**
 * Refuses sizes the model cannot take, with a message naming the field; `steps` is what the
 * model calls its steps in messages ('window', 'context').
 */
export function checkQrnnCore(spec: QrnnCoreSpec, steps: string): void {
  const fields: [keyof QrnnCoreSpec, string][] = [
    ['steps', steps],
    ['historyQubits', 'number of history qubits'],
    ['dataQubits', 'number of data qubits'],
    ['layers', 'number of layers'],
  ];
  for (const [key, words] of fields) {
    const v = spec[key];
    if (!Number.isInteger(v) || v < 1)
      throw new Error(`The quantum recurrent network's ${words} must be a whole number of at least 1; got ${v}.`); // prettier-ignore
  }
  const n = qrnnCoreQubits(spec);
  if (n > QRNN_MAX_QUBITS)
    throw new Error(`The quantum recurrent network unrolls to ${spec.historyQubits} + ${spec.steps} × ${spec.dataQubits} = ${n} qubits (history + ${steps} × data); at most ${QRNN_MAX_QUBITS} fit. Use a shorter ${steps} or fewer qubits.`); // prettier-ignore
}

/** How a model writes each step's input on its data register. */
export interface QrnnEncoding {
  /** Names of the encoding's parameters: the circuit's parameters 0 … names.length − 1. */
  names: readonly string[];
  /** Names of parameters after the blocks' (slots the encoding uses); none by default. */
  after?: readonly string[];
  /** The ops that encode step t on its data register: `data[j]` is D_t's qubit j. */
  ops(t: number, data: readonly number[]): Operation[];
}

/**
 * The unrolled circuit (checked first: `steps` names the steps in messages). Step t: the
 * encoding's ops on D_t, then per layer RX·RZ·RX on every qubit of the register [D_t…, H…] and
 * RZZ on its ring, with the same parameter indices at every step. Parameter layout (paramNames):
 * the encoding's names; then per layer, per register position (d1 …, h1 …) its three angles
 * ("l1.rx1.d1", "l1.rz.d1", "l1.rx2.d1", …), then one angle per ring edge ("l1.zz.d1-h1", …);
 * then the encoding's `after` names.
 */
export function qrnnUnrolledCircuit(
  spec: QrnnCoreSpec,
  steps: string,
  encoding: QrnnEncoding,
): Circuit {
  checkQrnnCore(spec, steps);
  const { steps: T, historyQubits: nH, dataQubits: nD, layers: L } = spec;
  const m = nH + nD;
  const edges = ringEdges(m);
  const position = (i: number): string => (i < nD ? `d${i + 1}` : `h${i - nD + 1}`);
  const paramNames: string[] = [...encoding.names];
  const layerStart: number[] = [];
  for (let l = 1; l <= L; l++) {
    layerStart.push(paramNames.length);
    for (let i = 0; i < m; i++)
      paramNames.push(`l${l}.rx1.${position(i)}`, `l${l}.rz.${position(i)}`, `l${l}.rx2.${position(i)}`); // prettier-ignore
    for (const [a, b] of edges) paramNames.push(`l${l}.zz.${position(a)}-${position(b)}`);
  }
  paramNames.push(...(encoding.after ?? []));
  const param = (index: number): Binding[] => [{ kind: 'param', index }];
  const ops: Operation[] = [];
  for (let t = 0; t < T; t++) {
    const reg: number[] = [];
    for (let j = 0; j < nD; j++) reg.push(nH + t * nD + j);
    for (let h = 0; h < nH; h++) reg.push(h);
    ops.push(...encoding.ops(t, reg.slice(0, nD)));
    for (let l = 0; l < L; l++) {
      let k = layerStart[l]!;
      for (let i = 0; i < m; i++) {
        ops.push({ gate: 'RX', targets: [reg[i]!], params: param(k++) });
        ops.push({ gate: 'RZ', targets: [reg[i]!], params: param(k++) });
        ops.push({ gate: 'RX', targets: [reg[i]!], params: param(k++) });
      }
      for (const [a, b] of edges)
        ops.push({ gate: 'RZZ', targets: [reg[a]!, reg[b]!], params: param(k++) });
    }
  }
  return { qubits: qrnnCoreQubits(spec), ops, paramNames };
}
