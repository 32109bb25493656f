// The comparison caveat: fires for the review's XOR numbers with a reason built from the widths
// and the data set, and stays silent when the MLP keeps up, mid-run, or when it is large.
import { describe, expect, it } from 'vitest';
import {
  CAVEAT_GAP,
  comparisonCaveat,
  hiddenWords,
  widthSearchText,
  type CaveatInput,
} from '../../../../src/tasks/classify/comparisonCaveat';

/** The review's run: XOR, 2-qubit circuit at 1.00, one tanh neuron at 0.58 train, 0.51 test. */
const XOR: CaveatInput = {
  epoch: 60,
  epochs: 60,
  quantumTrain: 1,
  classicalTrain: 0.58,
  classicalTest: 0.51,
  hidden: [1],
  params: 7,
  activation: 'tanh',
  dataset: 'xor',
  classes: 2,
};

describe('comparisonCaveat', () => {
  it('fires for the XOR run and says why in terms of its widths and data', () => {
    const c = comparisonCaveat(XOR);
    expect(c?.kind).toBe('too-small');
    expect(c?.text).toBe(
      'The classical model has one hidden layer of 1 neuron (7 parameters): one tanh neuron ' +
        'splits the plane with one straight line, and XOR needs two straight lines, one along ' +
        'each axis. It reaches 0.58 on the training points against the quantum model’s 1.00; ' +
        'its test accuracy 0.51 says the model is too small, not that quantum is better.',
    );
  });

  it('stays silent when the MLP matches the quantum model', () => {
    expect(comparisonCaveat({ ...XOR, classicalTrain: 0.99, classicalTest: 1 })).toBeNull();
    expect(comparisonCaveat({ ...XOR, classicalTrain: 1, quantumTrain: 0.97 })).toBeNull();
  });

  it('needs a gap of CAVEAT_GAP: 0.10 fires, 0.09 does not', () => {
    expect(comparisonCaveat({ ...XOR, classicalTrain: 1 - CAVEAT_GAP })).not.toBeNull();
    expect(comparisonCaveat({ ...XOR, classicalTrain: 0.91 })).toBeNull();
  });

  it('waits for the run to finish', () => {
    expect(comparisonCaveat({ ...XOR, epoch: 59 })).toBeNull();
    expect(comparisonCaveat({ ...XOR, epoch: 0, epochs: 0 })).toBeNull();
    expect(comparisonCaveat({ ...XOR, epoch: 61 })).not.toBeNull();
  });

  it('says nothing about a large MLP (a training problem, not its size)', () => {
    expect(comparisonCaveat({ ...XOR, hidden: [32], params: 162 })).toBeNull();
    expect(comparisonCaveat({ ...XOR, hidden: [8, 8], params: 106 })).toBeNull();
    expect(comparisonCaveat({ ...XOR, hidden: [8], params: 42 })).not.toBeNull();
  });

  it('follows the data set and the first width', () => {
    const circle = comparisonCaveat({ ...XOR, dataset: 'circle', hidden: [2], params: 12, activation: 'relu' }); // prettier-ignore
    expect(circle?.kind).toBe('too-small');
    expect(circle?.text).toContain('one hidden layer of 2 neurons (12 parameters)');
    expect(circle?.text).toContain('its 2 ReLU neurons in the first layer give it two straight lines'); // prettier-ignore
    expect(circle?.text).toContain('Circle needs a closed curve around the centre');
    // Enough neurons for XOR's two lines, but stuck: a different verdict.
    const stalled = comparisonCaveat({ ...XOR, hidden: [3], params: 17, classicalTrain: 0.83 });
    expect(stalled?.kind).toBe('stalled');
    expect(stalled?.text).toContain('enough neurons in principle for XOR');
    expect(stalled?.text).toContain('in 60 epochs');
    expect(stalled?.text).not.toContain('too small');
    // Four classes through one neuron: parallel bands, not "one line".
    const squares = comparisonCaveat({ ...XOR, dataset: 'squares', classes: 4, params: 11 });
    expect(squares?.text).toContain('parallel straight lines');
  });
});

describe('hiddenWords', () => {
  it('names widths, not a count of layers', () => {
    expect(hiddenWords([1])).toBe('one hidden layer of 1 neuron');
    expect(hiddenWords([3])).toBe('one hidden layer of 3 neurons');
    expect(hiddenWords([8, 4])).toBe('two hidden layers of widths 8 × 4');
  });
});

describe('widthSearchText', () => {
  const tried = [
    { width: 1, trainAccuracy: 0.58 },
    { width: 2, trainAccuracy: 0.83 },
    { width: 3, trainAccuracy: 0.97 },
    { width: 4, trainAccuracy: 0.99 },
  ];
  const base = { token: 1, target: 1, tolerance: 0.02, cap: 64 };
  it('says what it found and what the smaller widths reached', () => {
    expect(widthSearchText({ ...base, tried, found: 4, done: true })).toBe(
      'Width 4 reaches 0.99 train accuracy (width 1: 0.58, 2: 0.83, 3: 0.97), against the ' +
        'quantum model’s 1.00: the classical model now has one hidden layer of 4 neurons and ' +
        'trains again.',
    );
  });
  it('says when no width up to the cap reaches it, and that nothing changed', () => {
    const text = widthSearchText({ ...base, cap: 3, tried: tried.slice(0, 3), found: null, done: true }); // prettier-ignore
    expect(text).toMatch(/^No width from 1 to 3 reaches 0\.98 train accuracy \(the best, width 3, reaches 0\.97\); nothing was changed/); // prettier-ignore
  });
  it('shows progress while it runs', () => {
    const text = widthSearchText({ ...base, tried: tried.slice(0, 2), found: null, done: false });
    expect(text).toContain('width 2 reached 0.83');
  });
});
