// Lowers the editor's circuit to the simulator's: ops in column order, repeated blocks written
// out, trainable names turned into indices into one flat parameter vector, and noise channels
// placed between the ops for the density-matrix simulator.

import { isChannelName } from './channelCatalog';
import type { Binding, Circuit, CircuitChannel, Operation } from './program';
import { gatesInOrder } from './names';
import type { AngleBinding, EditorCircuit, PlacedGate } from './types';

export interface CompiledEditorCircuit {
  circuit: Circuit;
  /**
   * paramNames[i] is the trainable name behind params[i]; repetitions r ≥ 2 are "name#r". The
   * circuit carries the same list, so a parameter starts from a value drawn for its name (see
   * initParams), whatever the other gates do.
   */
  paramNames: string[];
  /** Input features read: 1 + the highest feature index bound (0 when none). */
  numFeatures: number;
  /**
   * The noise channels placed in the editor, each after the op emitted before it (repeated with
   * their block). Empty for a noiseless circuit; otherwise only the density simulator runs it.
   */
  channels: CircuitChannel[];
}

/**
 * Expects a valid circuit (validateEditorCircuit first). Within a column gates keep their list
 * order; a block's columns are emitted `count` times in a row where the block stands. In a
 * non-shared block, repetition r ≥ 1 (0-based) trains its own copies: name n becomes `n#${r + 1}`.
 */
export function compileEditorCircuit(c: EditorCircuit): CompiledEditorCircuit {
  const byColumn = new Map<number, PlacedGate[]>();
  for (const g of gatesInOrder(c)) {
    const list = byColumn.get(g.column);
    if (list) list.push(g);
    else byColumn.set(g.column, [g]);
  }
  const index = new Map<string, number>();
  const idx = (name: string): number => {
    let k = index.get(name);
    if (k === undefined) {
      k = index.size;
      index.set(name, k);
    }
    return k;
  };
  let numFeatures = 0;
  const bind = (b: AngleBinding, rename: (n: string) => string): Binding => {
    switch (b.kind) {
      case 'const':
        return { kind: 'const', value: b.value };
      case 'param':
        return { kind: 'param', index: idx(rename(b.name)) };
      case 'feature':
        numFeatures = Math.max(numFeatures, b.feature + 1);
        return {
          kind: 'feature',
          feature: b.feature,
          weight: idx(rename(b.weight)),
          bias: idx(rename(b.bias)),
        };
    }
  };
  const ops: Operation[] = [];
  const channels: CircuitChannel[] = [];
  const emit = (column: number, rename: (n: string) => string): void => {
    for (const g of byColumn.get(column) ?? []) {
      if (isChannelName(g.gate)) {
        // Gates in one column act on other wires, so "after the ops so far" is exact.
        channels.push({ name: g.gate, qubits: [...g.targets], p: g.p ?? 0, after: ops.length - 1 });
        continue;
      }
      const op: Operation = { gate: g.gate, targets: [...g.targets] };
      if (g.controls && g.controls.length > 0) {
        op.controls = [...g.controls];
        op.controlStates = g.controlStates ? [...g.controlStates] : g.controls.map(() => 1);
      }
      if (g.params && g.params.length > 0) op.params = g.params.map((b) => bind(b, rename));
      ops.push(op);
    }
  };
  const same = (n: string): string => n;
  const blocks = [...c.blocks].sort((a, b) => a.start - b.start);
  let column = 0;
  for (const block of blocks) {
    for (; column < block.start; column++) emit(column, same);
    for (let r = 0; r < block.count; r++) {
      const rename = r === 0 || block.shared ? same : (n: string) => `${n}#${r + 1}`;
      for (let k = block.start; k < block.end; k++) emit(k, rename);
    }
    column = block.end;
  }
  for (; column < c.columns; column++) emit(column, same);
  const paramNames = [...index.keys()];
  return {
    circuit: { qubits: c.qubits, ops, paramNames: [...paramNames] },
    paramNames,
    numFeatures,
    channels,
  };
}
