// The re-uploading preset in editor form against the model's own circuit: a valid circuit, one
// block ×layers, the same parameter count, and the same state once parameters are matched by name.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit, validateEditorCircuit } from '../../../../../src/experiment/circuit';
import type { Entangler } from '../../../../../src/experiment/lists';
import {
  reuploadingCircuit,
  reuploadingEditorCircuit,
} from '../../../../../src/experiment/tasks/classify/reuploading';
import { createRng, createSimulator } from '../../../../../workers/sim';

/**
 * The model's index of an editor name: w/b(2q+1) → RZ's w, b; w/b(2q+2) → RY's; θ(q+1) → RZ(θ).
 * With d features: w/b(dq + f + 1) → feature f's w, b; θ(q+1) → the last rotation.
 */
function modelIndex(name: string, qubits: number, d = 2): number {
  const m = /^([wbθ])(\d+)(?:#(\d+))?$/u.exec(name);
  if (!m) throw new Error(`Unexpected parameter name ${name}`);
  const layer = m[3] ? Number(m[3]) - 1 : 0;
  const k = Number(m[2]) - 1;
  const [qubit, offset] =
    m[1] === 'θ' ? [k, 2 * d] : [Math.floor(k / d), 2 * (k % d) + (m[1] === 'b' ? 1 : 0)];
  return (2 * d + 1) * (layer * qubits + qubit) + offset;
}

const CASES: [number, number, Entangler][] = [
  [1, 3, 'cz'],
  [2, 1, 'cnot'],
  [2, 3, 'cz'],
  [3, 2, 'cnot'],
  [4, 4, 'cz'],
  [4, 3, 'none'],
  [5, 2, 'cnot'],
];

describe('reuploadingEditorCircuit', () => {
  it.each(CASES)('%i qubits, %i layers, %s: valid, one block, 5 parameters per qubit and layer', (n, l, e) => {
    const c = reuploadingEditorCircuit(n, l, e);
    expect(validateEditorCircuit(c)).toBeNull();
    expect(c.blocks).toEqual([{ start: 0, end: c.columns, count: l, shared: false }]);
    const { circuit, paramNames, numFeatures } = compileEditorCircuit(c);
    expect(paramNames).toHaveLength(5 * n * l);
    expect(numFeatures).toBe(2);
    const model = reuploadingCircuit({ qubits: n, layers: l, entangler: e });
    expect(createSimulator(model).numParams).toBe(paramNames.length);
    const count = (ops: { gate: string }[], g: string) => ops.filter((o) => o.gate === g).length;
    for (const g of ['RZ', 'RY']) expect(count(circuit.ops, g)).toBe(count(model.ops, g));
  }); // prettier-ignore

  // Tabular data: every qubit reads all d features (odd and even d end on different rotations).
  const WITH_FEATURES: [number, number, Entangler, number][] = [
    ...CASES.map(([n, l, e]): [number, number, Entangler, number] => [n, l, e, 2]),
    [1, 3, 'cz', 1],
    [2, 2, 'cz', 3],
    [3, 2, 'cnot', 4],
    [2, 3, 'none', 7],
  ];
  it.each(WITH_FEATURES)('%i qubits, %i layers, %s, %i features: the same state as the model', (n, l, e, d) => {
    const rng = createRng(77 + n * 10 + l + 100 * d);
    const { circuit, paramNames } = compileEditorCircuit(reuploadingEditorCircuit(n, l, e, d));
    const model = createSimulator(reuploadingCircuit({ qubits: n, layers: l, entangler: e, features: d })); // prettier-ignore
    const editor = createSimulator(circuit);
    expect(editor.numFeatures).toBe(d);
    const theta = Array.from({ length: model.numParams }, () => (rng.next() - 0.5) * 2 * Math.PI);
    const mapped = paramNames.map((name) => theta[modelIndex(name, n, d)]!);
    expect(new Set(paramNames.map((p) => modelIndex(p, n, d))).size).toBe(theta.length);
    for (let t = 0; t < 3; t++) {
      const x = Array.from({ length: d }, () => rng.next() * 2 - 1);
      const a = Float64Array.from(model.run(theta, x).amp);
      const b = editor.run(mapped, x).amp;
      // 1e-12: the same gates on the same angles, applied in a different but commuting order.
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-12);
    }
  }); // prettier-ignore

  it('refuses sizes it cannot build', () => {
    expect(() => reuploadingEditorCircuit(0, 2, 'cz')).toThrow('1 to 24 qubits');
    expect(() => reuploadingEditorCircuit(2, 21, 'cz')).toThrow('1 to 20 layers');
  });
});
