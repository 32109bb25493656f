// The numbers behind each placed gate's angles, read from the parameter values the worker used
// (initial draws before training, trained values after): one list per repetition of its block.
import type { AngleBinding, EditorCircuit } from '../experiment/circuit';

/** The current value behind one angle: NaN where the worker has not reported it yet. */
export type TrainedAngle =
  | { kind: 'const'; value: number }
  /** `name` as compiled: repetition r ≥ 2 of a block that does not share is "θ1#r". */
  | { kind: 'param'; name: string; value: number }
  | {
      kind: 'feature';
      feature: number;
      weight: number;
      bias: number;
      /** Compiled names of the weight and the bias. */
      weightName: string;
      biasName: string;
    };

export interface GateValues {
  /** Repetitions of the gate's block (1 outside blocks). */
  count: number;
  /** The block's repetitions share their parameters: one set of values for all. */
  shared: boolean;
  /** reps[r][i]: angle i in repetition r + 1 (one entry when shared or not repeated). */
  reps: TrainedAngle[][];
}

/** Values of every gate, by gate id, from the parameters by compiled name. */
export function trainedValues(
  c: EditorCircuit,
  params: ReadonlyMap<string, number>,
): Map<string, GateValues> {
  const out = new Map<string, GateValues>();
  for (const g of c.gates) {
    const block = c.blocks.find((b) => g.column >= b.start && g.column < b.end);
    const count = block?.count ?? 1;
    const shared = block?.shared ?? false;
    const reps = Array.from({ length: shared ? 1 : count }, (_, r) => {
      const name = (n: string): string => (r === 0 ? n : `${n}#${r + 1}`);
      const get = (n: string): number => params.get(name(n)) ?? NaN;
      return (g.params ?? []).map((b) => angleValue(b, name, get));
    });
    out.set(g.id, { count, shared, reps });
  }
  return out;
}

function angleValue(
  b: AngleBinding,
  name: (n: string) => string,
  get: (n: string) => number,
): TrainedAngle {
  switch (b.kind) {
    case 'const':
      return { kind: 'const', value: b.value };
    case 'param':
      return { kind: 'param', name: name(b.name), value: get(b.name) };
    case 'feature':
      return {
        kind: 'feature',
        feature: b.feature,
        weight: get(b.weight),
        bias: get(b.bias),
        weightName: name(b.weight),
        biasName: name(b.bias),
      };
  }
}
