// The Training panel's gradient choice says what the worker does: the adjoint method on an ideal
// simulator, the parameter-shift rule on the density matrix under noise (adjointRefusal), with a
// hint why, QAOA's faster way to the same values named.
import { describe, expect, it } from 'vitest';
import { GRADIENT_CHOICES } from '../../../src/experiment/lists';
import {
  NOISY_EXACT_LABEL,
  gradientChoices,
  noisyExactHint,
} from '../../../src/panels/gradientChoices';

describe('gradientChoices', () => {
  it('offers the adjoint method without noise', () => {
    expect(gradientChoices(false)).toEqual(GRADIENT_CHOICES);
    expect(gradientChoices(false)[0]!.label).toBe('Exact (adjoint)');
  });
  it('under noise names the parameter-shift rule for the exact choice; the link value stays', () => {
    expect(gradientChoices(true)).toEqual([
      { value: 'adjoint', label: 'Exact (parameter shift under noise)' },
      { value: 'shift', label: 'Parameter shift' },
    ]);
    expect(NOISY_EXACT_LABEL).toBe(gradientChoices(true)[0]!.label);
  });
});

describe('noisyExactHint', () => {
  it('says why, in one sentence, and how QAOA gets the same values', () => {
    for (const task of ['classify', 'vqe', 'qaoa', 'sequence'] as const) {
      const hint = noisyExactHint(task);
      expect(hint).toMatch(/^Noise cannot be run backwards, as the adjoint method needs: the exact gradient /); // prettier-ignore
      expect(hint.split('. ').length).toBe(1);
    }
    expect(noisyExactHint('vqe')).toMatch(/parameter-shift rule on the noisy state, two runs per angle\.$/); // prettier-ignore
    expect(noisyExactHint('sequence')).toMatch(/keeps the noisy state after each rotation/);
    expect(noisyExactHint('qaoa')).toMatch(/derivative through the noisy run \(the parameter-shift rule’s values\)\.$/); // prettier-ignore
  });
});
