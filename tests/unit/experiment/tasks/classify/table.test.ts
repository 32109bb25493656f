// Tabular data in the classification schema: what it accepts and refuses (with the field and a
// message), its link round trip, the re-uploading preset on d features, and a benchmark cell opened
// as a classification experiment.
import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../../src/experiment/codec';
import { defaultExperiment } from '../../../../../src/experiment/defaults';
import { benchmarkSchema } from '../../../../../src/experiment/tasks/benchmark';
import {
  cellCannotOpen,
  cellExperiment,
} from '../../../../../src/experiment/tasks/benchmark/openCell';
import {
  circuitSize,
  modelCircuit,
  switchModelKind,
} from '../../../../../src/experiment/tasks/classify/modelKinds';
import { studyBestHyper } from '../../../../../src/experiment/tasks/benchmark/studyHyper';
import { reuploadingCircuit } from '../../../../../src/experiment/tasks/classify/reuploading';
import type { ClassifyExperiment } from '../../../../../src/experiment/types';
import { validateExperiment } from '../../../../../src/experiment/validate';
import { createSimulator } from '../../../../../workers/sim';

const csv = ['a,b,c,label', ...Array.from({ length: 20 }, (_, i) => `${i},${i % 4},${i % 7},${i % 2 ? 'yes' : 'no'}`)].join('\n'); // prettier-ignore

function withTable(table: unknown): Record<string, unknown> {
  const e = JSON.parse(JSON.stringify(defaultExperiment())) as Record<string, unknown>;
  (e['data'] as Record<string, unknown>)['table'] = table;
  return e;
}

function refusal(doc: unknown): { field: string; message: string } {
  const r = validateExperiment(doc);
  if (r.ok) throw new Error('expected the experiment to be refused');
  return { field: r.error.field ?? '', message: r.error.message };
}

describe('data.table', () => {
  it('accepts a benchmark data set at one of its difficulties, and the user’s file', () => {
    const a = validateExperiment(withTable({ dataset: 'linear', difficulty: 6 }));
    expect(a.ok && (a.value as ClassifyExperiment).data.table).toEqual({ dataset: 'linear', difficulty: 6 }); // prettier-ignore
    const b = validateExperiment(withTable({ dataset: 'custom', difficulty: 1, csv }));
    expect(b.ok && (b.value as ClassifyExperiment).data.table?.csv).toBe(csv);
  });

  it('refuses what cannot be drawn, naming the field', () => {
    expect(refusal(withTable({ dataset: 'moons', difficulty: 2 })).field).toBe(
      'data.table.dataset',
    );
    const d = refusal(withTable({ dataset: 'linear', difficulty: 5 }));
    expect(d.field).toBe('data.table.difficulty');
    expect(d.message).toContain('2, 4, 6, 8, 10, 12');
    const big = refusal(withTable({ dataset: 'bars', difficulty: 8 }));
    expect(big.message).toContain('64 features');
    expect(big.message).toContain('at most 16');
    expect(refusal(withTable({ dataset: 'custom', difficulty: 1 })).message).toContain('import a CSV'); // prettier-ignore
    expect(refusal(withTable({ dataset: 'custom', difficulty: 1, csv: 'a,label\n1,x' })).field).toBe('data.table.csv'); // prettier-ignore
  });

  it('refuses an editor circuit reading a feature the points do not have', () => {
    const e = withTable({ dataset: 'linear', difficulty: 4 });
    e['model'] = {
      kind: 'circuit',
      readout: 'fidelity',
      circuit: { qubits: 1, columns: 1, blocks: [], gates: [{ id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'feature', feature: 5, weight: 'w', bias: 'b' }] }] }, // prettier-ignore
    };
    const r = refusal(e);
    expect(r.field).toBe('model.circuit');
    expect(r.message).toContain('reads x6, but the data points have 4 features');
    // The same circuit on the 2-D set is refused too, and with x2 it is accepted.
    delete (e['data'] as Record<string, unknown>)['table'];
    expect(refusal(e).message).toContain('have 2 features');
  });

  it('survives a link, with its own short codes', () => {
    const e = validateExperiment(withTable({ dataset: 'curves', difficulty: 10 }));
    if (!e.ok) throw new Error(e.error.message);
    const link = encodeExperiment(e.value);
    const back = decodeExperiment(link);
    expect(back.ok && back.value).toEqual(e.value);
  });
});

describe('the re-uploading preset on d features', () => {
  it('reads every feature on every qubit, 2d + 1 numbers per qubit and layer', () => {
    const c = reuploadingCircuit({ qubits: 2, layers: 3, entangler: 'cz', features: 5 });
    const sim = createSimulator(c);
    expect(sim.numFeatures).toBe(5);
    expect(sim.numParams).toBe(2 * 3 * (2 * 5 + 1));
    const m = { kind: 'reuploading', qubits: 2, layers: 3, entangler: 'cz', readout: 'fidelity' } as const; // prettier-ignore
    expect(circuitSize(m, 5)).toEqual({ qubits: 2, gates: c.ops.length });
    expect(modelCircuit(m, 5)).toEqual({ circuit: c, channels: [] });
  });
});

describe('switching the preset to the editor on a table', () => {
  it('gives a circuit that reads every feature and passes validation', () => {
    const e = withTable({ dataset: 'custom', difficulty: 1, csv });
    const m = { kind: 'reuploading', qubits: 2, layers: 2, entangler: 'cz', readout: 'fidelity' } as const; // prettier-ignore
    e['model'] = switchModelKind(m, 'circuit', 3);
    const r = validateExperiment(e);
    if (!r.ok) throw new Error(r.error.message);
    const model = (r.value as ClassifyExperiment).model;
    if (model.kind !== 'circuit') throw new Error('expected a circuit');
    const read = model.circuit.gates.flatMap((g) => (g.params ?? []).flatMap((p) => (p.kind === 'feature' ? [p.feature] : []))); // prettier-ignore
    expect([...new Set(read)].sort()).toEqual([0, 1, 2]);
  });
});

describe('a benchmark cell as a classification experiment', () => {
  it('opens on the cell’s data and seed, with the study’s qubit count and layers', () => {
    const b = benchmarkSchema.defaults();
    const bm = { ...b, models: [{ id: 'reuploading' as const, hyper: { learningRate: 0.1, layers: 10, observable: 0 } }] }; // prettier-ignore
    const e = cellExperiment({ sweep: { ...b.sweep, dataset: 'linear' }, models: bm.models, compareSeparable: false }, { model: 'reuploading', difficulty: 8, seed: 4 }); // prettier-ignore
    expect(e.task).toBe('classify');
    expect(e.data.table).toEqual({ dataset: 'linear', difficulty: 8 });
    expect(e.data.seed).toBe(4);
    expect(e.training.seed).toBe(4);
    expect(e.model).toMatchObject({ kind: 'reuploading', qubits: 3, layers: 10 });
    const valid = validateExperiment(JSON.parse(JSON.stringify(e)));
    expect(valid.ok).toBe(true);
    // With the study's settings, the layers the study found best for that cell.
    const study = studyBestHyper('reuploading', 'linear', 8)!.hyper['layers']!;
    const tuned = cellExperiment({ sweep: { ...b.sweep, dataset: 'linear' }, models: bm.models, compareSeparable: false, studyHyper: true }, { model: 'reuploading', difficulty: 8, seed: 4 }); // prettier-ignore
    expect(tuned.model).toMatchObject({ layers: Math.min(10, study) });
  });

  it('opens the user’s file, and refuses the 8 × 8 images with the reason', () => {
    const b = benchmarkSchema.defaults();
    const e = cellExperiment({ sweep: { ...b.sweep, dataset: 'custom', difficulties: [1], csv }, models: b.models, compareSeparable: false }, { model: 'svm', difficulty: 1, seed: 1 }); // prettier-ignore
    expect(e.data.table).toEqual({ dataset: 'custom', difficulty: 1, csv });
    expect(validateExperiment(JSON.parse(JSON.stringify(e))).ok).toBe(true);
    expect(cellCannotOpen({ sweep: { ...b.sweep, dataset: 'bars' } }, 8)).toContain('64');
    expect(cellCannotOpen({ sweep: { ...b.sweep, dataset: 'bars' } }, 4)).toBeNull();
  });
});
