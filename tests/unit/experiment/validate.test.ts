// Validation: every bad field gives a typed 'invalid' error naming the field, in words a student reads.

import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { validateExperiment } from '../../../src/experiment/validate';
import { withField } from './helpers';

const base = defaultExperiment();
const fourClasses = withField(base, 'data.set', 'squares');

const BAD: [what: string, value: unknown, field: string, fragment: string][] = [
  ['30 qubits', withField(base, 'model.qubits', 30), 'model.qubits', 'Quantum model → qubits must be a whole number from 1 to 8; the link asks for 30.'],
  ['1.5 qubits', withField(base, 'model.qubits', 1.5), 'model.qubits', 'asks for 1.5'],
  ['a billion epochs', withField(base, 'training.epochs', 1e9), 'training.epochs', 'Training → epochs must be a whole number from 1 to 10000; the link asks for 1000000000.'],
  ['NaN learning rate (null in JSON)', withField(base, 'training.learningRate', null), 'training.learningRate', 'Training → learning rate must be a number from 0.0001 to 10; the link asks for null.'],
  ['learning rate as text', withField(base, 'training.learningRate', '0.1'), 'training.learningRate', 'asks for "0.1"'],
  ['unknown data set', withField(base, 'data.set', 'mnist'), 'data.set', 'Data → data set must be one of circle, xor'],
  ['negative batch', withField(base, 'training.batchSize', -4), 'training.batchSize', 'Training → batch size must be a whole number from 1 to 5000'],
  ['missing epochs', withField(base, 'training.epochs', undefined), 'training.epochs', 'Training → epochs is missing from the link.'],
  ['20 points', withField(base, 'data.points', 5), 'data.points', 'Data → number of points'],
  ['noise 2', withField(base, 'data.noise', 2), 'data.noise', 'from 0 to 1'],
  ['train ratio 1', withField(base, 'data.trainRatio', 1), 'data.trainRatio', 'from 0.1 to 0.9'],
  ['negative seed', withField(base, 'data.seed', -1), 'data.seed', 'Data → data seed'],
  ['unknown optimizer', withField(base, 'training.optimizer', 'rmsprop'), 'training.optimizer', 'one of adam, sgd'],
  ['unknown gradient', withField(base, 'training.gradient', 'finite'), 'training.gradient', 'one of adjoint, shift'],
  ['too many shots', withField(base, 'training.shots', 2e6), 'training.shots', 'Training → shots'],
  ['l2 above 1', withField(base, 'training.l2', 3), 'training.l2', 'L2 penalty'],
  ['unknown entangler', withField(base, 'model.entangler', 'iswap'), 'model.entangler', 'one of cz, cnot, none'],
  ['unknown readout', withField(base, 'model.readout', 'parity'), 'model.readout', 'one of fidelity, cross-entropy'],
  ['unknown model kind', withField(base, 'model.kind', 'qcnn'), 'model.kind', 'one of reuploading, circuit'],
  ['11 layers', withField(base, 'model.layers', 11), 'model.layers', 'from 1 to 10'],
  ['cross-entropy on too few qubits', withField(withField(fourClasses, 'model.readout', 'cross-entropy'), 'model.qubits', 1), 'model.readout', 'needs at least 2 qubits for 4 classes'],
  ['custom label 2 on a two-class set', withField(base, 'data.custom', [{ x1: 0, x2: 0, label: 2 }]), 'data.custom[0].label', 'your point 1: class (Circle has 2) must be a whole number from 0 to 1; the link asks for 2.'],
  ['custom point outside the square', withField(base, 'data.custom', [{ x1: 0, x2: 1.5, label: 0 }]), 'data.custom[0].x2', 'from -1 to 1'],
  ['custom point without label', withField(base, 'data.custom', [{ x1: 0, x2: 0 }]), 'data.custom[0].label', 'is missing'],
  ['custom points not a list', withField(base, 'data.custom', {}), 'data.custom', 'must be a list'],
  ['too many custom points', withField(base, 'data.custom', Array.from({ length: 2001 }, () => ({ x1: 0, x2: 0, label: 0 }))), 'data.custom', 'at most 2000 entries; the link has 2001'],
  ['baseline size 0 layers', withField(base, 'baseline.size', { hidden: [] }), 'baseline.size.hidden', '1 to 4 layer widths'],
  ['baseline 5 layers', withField(base, 'baseline.size', { hidden: [1, 2, 3, 4, 5] }), 'baseline.size.hidden', 'at most 4'],
  ['baseline width 300', withField(base, 'baseline.size', { hidden: [8, 300] }), 'baseline.size.hidden[1]', 'width of hidden layer 2 must be a whole number from 1 to 256'],
  ['baseline size as text', withField(base, 'baseline.size', 'big'), 'baseline.size', '"match" or a list of layer widths'],
  ['unknown activation', withField(base, 'baseline.activation', 'gelu'), 'baseline.activation', 'one of tanh, relu, sigmoid'],
  ['unknown hidden panel', withField(base, 'view.hidden', ['data', 'toolbar']), 'view.hidden[1]', 'hidden panel must be one of data'],
  ['showTest as text', withField(base, 'view.showTest', 'yes'), 'view.showTest', 'View → show test data must be true or false'],
  ['weights with null', withField(base, 'weights', { quantum: [1, null], classical: [] }), 'weights.quantum[1]', 'Trained parameters → quantum model, entry 2, must be a finite number'],
  ['weights missing classical', withField(base, 'weights', { quantum: [] }), 'weights.classical', 'is missing'],
  ['too many weights', withField(base, 'weights', { quantum: new Array(100001).fill(0), classical: [] }), 'weights.quantum', 'at most 100000'],
  ['unknown engine', withField(base, 'baseline.engine', 'gpu'), 'baseline.engine', 'Classical model → engine must be "tfjs" (TensorFlow.js) or "arrays" (typed arrays); the link asks for "gpu".'],
  ['missing engine', withField(base, 'baseline.engine', undefined), 'baseline.engine', 'Classical model → engine is missing from the link.'],
  ['an unmigrated schema-1 object', withField(base, 'version', 1), 'version', 'schema version'],
  ['version 5 object', withField(base, 'version', 5), 'version', 'schema version'],
  ['wrong task', withField(base, 'task', 'regress'), 'task', 'one of classify, vqe'],
  ['data missing', withField(base, 'data', undefined), 'data', 'Data is missing'],
  ['model a list', withField(base, 'model', []), 'model', 'asks for a list'],
]; // prettier-ignore

describe('validateExperiment', () => {
  it('accepts the default experiment and returns a copy, not the input', () => {
    const e = defaultExperiment();
    const r = validateExperiment(e);
    expect(r).toEqual({ ok: true, value: e });
    if (r.ok) expect(r.value).not.toBe(e);
    if (r.ok && r.value.task === 'classify') expect(r.value.data).not.toBe(e.data);
  });

  it('drops unknown keys at every level', () => {
    const e = {
      ...defaultExperiment(),
      extra: 1,
      data: { ...defaultExperiment().data, colour: 'red' },
    };
    const r = validateExperiment(e);
    expect(r).toEqual({ ok: true, value: defaultExperiment() });
  });

  it('ignores __proto__ keys from JSON', () => {
    const text = JSON.stringify(defaultExperiment()).replace('{', '{"__proto__":{"data":1},');
    expect(validateExperiment(JSON.parse(text)).ok).toBe(true);
  });

  it.each(BAD)('rejects %s', (_what, value, field, fragment) => {
    const r = validateExperiment(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.field).toBe(field);
    expect(r.error.message).toContain(fragment);
  });

  it('rejects what is not an experiment at all', () => {
    for (const v of [null, 3, 'x', [], undefined]) {
      const r = validateExperiment(v);
      expect(r.ok ? '' : r.error.message).toMatch(/The experiment/);
    }
  });

  it('words messages for files too', () => {
    const r = validateExperiment(withField(base, 'model.qubits', 30), 'file');
    expect(r.ok ? '' : r.error.message).toContain('the file asks for 30');
  });

  it('removes repeated hidden panels', () => {
    const r = validateExperiment(withField(base, 'view.hidden', ['data', 'data', 'bloch']));
    expect(r.ok && r.value.view.hidden).toEqual(['data', 'bloch']);
  });
});
