// Edits of an error-correction lesson keep it valid, and the chart's numbers and words are right:
// the analytic 3p² − 2p³, the error axis, the formats and the verdict at the chosen p.
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import { validateExperiment } from '../../../../src/experiment/validate';
import {
  analyticCurve,
  crossing,
  errorTop,
  formatFixed,
  formatP,
  formatProbability,
  repetitionLogical,
  verdict,
} from '../../../../src/tasks/qec/qecCurves';
import { sweepSpacing, withCode, withPoints } from '../../../../src/tasks/qec/qecEdits';

const defaults = () => TASK_SCHEMAS.qec.defaults();

describe('qec edits', () => {
  it('keeps p and pMax within their limits and rounds a slider’s float noise away', () => {
    const e = withCode(defaults(), { p: 0.1 + 0.2, pMax: 0.7 });
    expect(e.code.p).toBe(0.3);
    expect(e.code.pMax).toBe(0.7);
    expect(withCode(e, { p: 1.5 }).code.p).toBe(1);
    expect(withCode(e, { p: -0.2 }).code.p).toBe(0);
    expect(withCode(e, { pMax: 0.01 }).code.pMax).toBe(0.05);
    expect(withCode(e, { kind: 'phaseFlip' }).code).toEqual({ ...e.code, kind: 'phaseFlip' });
    expect(validateExperiment(withCode(e, { p: 2, pMax: 9 })).ok).toBe(true);
  });

  it('sets the sweep’s points as a whole number from 2 to 101', () => {
    expect(withPoints(defaults(), 11).training.epochs).toBe(11);
    expect(withPoints(defaults(), 500).training.epochs).toBe(101);
    expect(withPoints(defaults(), 1).training.epochs).toBe(2);
    expect(withPoints(defaults(), 7.4).training.epochs).toBe(7);
    expect(sweepSpacing(0.5, 21)).toBeCloseTo(0.025, 12);
  });
});

describe('qec chart numbers', () => {
  it('gives 3p² − 2p³: 0.028 at p = 0.1, break-even (p) at 0.5 and 1', () => {
    expect(repetitionLogical(0.1)).toBeCloseTo(0.028, 12);
    expect(repetitionLogical(0.5)).toBeCloseTo(0.5, 12);
    expect(repetitionLogical(1)).toBeCloseTo(1, 12);
    const curve = analyticCurve(0.5, 11);
    expect(curve).toHaveLength(11);
    expect(curve[2]).toEqual({ p: 0.1, logical: repetitionLogical(0.1) });
    expect(curve.at(-1)!.p).toBe(0.5);
  });

  it('finds where the encoded curve meets the bare one from below, between computed points', () => {
    const pt = (p: number, logical: number) => ({ p, logical, unencoded: p });
    // Below the bare line by 0.05 at 0.1, above it by 0.05 at 0.2: they meet half-way.
    const met = crossing([pt(0, 0), pt(0.1, 0.05), pt(0.2, 0.25), pt(0.3, 0.4)]);
    expect(met?.p).toBeCloseTo(0.15, 12);
    expect(met?.value).toBeCloseTo(0.15, 12);
    // The 3-qubit code's points meet it at 0.5 exactly; a code worse from the start never does.
    const sweep = [0, 0.25, 0.5].map((p) => pt(p, repetitionLogical(p)));
    expect(crossing(sweep)).toEqual({ p: 0.5, value: 0.5 });
    expect(crossing([pt(0, 0), pt(0.1, 0.2), pt(0.2, 0.3)])).toBeNull();
    expect(crossing([pt(0, 0), pt(0.1, 0.01)])).toBeNull();
  });

  it('tops the error axis at pMax or above every value, in tenths, at most 1', () => {
    expect(errorTop(0.5, [0.028, 0.5])).toBe(0.5);
    expect(errorTop(0.5, [0.61])).toBe(0.7);
    expect(errorTop(0.05, [0.0075])).toBe(0.1);
    expect(errorTop(1, [1.2])).toBe(1);
    expect(errorTop(0.3, [NaN])).toBe(0.3);
  });

  it('prints probabilities with 4 significant digits and p as typed', () => {
    expect(formatProbability(0.028000000000000004)).toBe('0.02800');
    expect(formatProbability(0.1)).toBe('0.1000');
    expect(formatProbability(null)).toBe('—');
    // The simulation's rounding noise at p = 0 shows as the 0 it is, not "-0.0000".
    expect(formatProbability(-1e-17)).toBe('0.000');
    expect(formatFixed(-1e-17)).toBe('0.0000');
    expect(formatFixed(0.02800000001)).toBe('0.0280');
    expect(formatP(0.1)).toBe('0.1');
    expect(formatP(0.07500000000000001)).toBe('0.075');
  });

  it('says whether the code helps, by how much, and when it hurts', () => {
    expect(verdict(0.1, 0.028, 0.1)).toBe(
      'At p = 0.1 the code helps: the encoded qubit fails about 3.6 times less often than a bare qubit.',
    );
    expect(verdict(0.1, 0.2, 0.1)).toMatch(/hurts: .* about 2 times more often/);
    expect(verdict(0.5, 0.5, 0.5)).toBe('At p = 0.5 the code and a bare qubit fail equally often.');
    expect(verdict(0, 0, 0)).toMatch(/nothing goes wrong/);
  });
});
