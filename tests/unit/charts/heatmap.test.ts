import { describe, expect, it } from 'vitest';
import {
  FLAT_TINT,
  MAX_TINT,
  confidence,
  hexToRgb,
  paintCells,
  pixelToData,
  tint,
} from '../../../src/charts/heatmap';

const BLUE = hexToRgb('#0072b2');
const ORANGE = hexToRgb('#e69f00');
/** Colour channels are bytes: rounding may move them by one. */
const BYTE = 1;

function expectRgb(out: Uint8ClampedArray, cell: number, rgb: readonly number[]) {
  for (let k = 0; k < 3; k++)
    expect(Math.abs((out[4 * cell + k] ?? -99) - (rgb[k] ?? 0))).toBeLessThanOrEqual(BYTE);
  expect(out[4 * cell + 3]).toBe(255);
}

describe('hexToRgb and tint', () => {
  it('parses #rrggbb', () => {
    expect(hexToRgb('#0072b2')).toEqual([0, 114, 178]);
    expect(() => hexToRgb('blue')).toThrow();
  });
  it('mixes with white: 0 is white, 1 the colour, clamped outside', () => {
    expect(tint(BLUE, 0)).toEqual([255, 255, 255]);
    expect(tint(BLUE, 1)).toEqual([0, 114, 178]);
    expect(tint(BLUE, 2)).toEqual([0, 114, 178]);
    expect(tint([0, 0, 0], 0.5)).toEqual([128, 128, 128]);
  });
});

describe('confidence', () => {
  it('is 0 for the uniform guess and 1 for certainty', () => {
    expect(confidence(0.5, 2)).toBeCloseTo(0, 12);
    expect(confidence(1, 2)).toBeCloseTo(1, 12);
    expect(confidence(1 / 3, 3)).toBeCloseTo(0, 12);
    expect(confidence(1, 4)).toBeCloseTo(1, 12);
  });
  it('is |2p − 1| for two classes (a diverging map around p = ½)', () => {
    for (const p of [0.55, 0.7, 0.9, 0.99]) expect(confidence(p, 2)).toBeCloseTo(2 * p - 1, 12);
  });
});

describe('paintCells', () => {
  it('shades two classes by p(class 1): white at ½, each class colour toward its side', () => {
    const probs = new Float32Array([0.5, 0.5, 0, 1, 1, 0, 0.25, 0.75]);
    const out = new Uint8ClampedArray(16);
    paintCells(probs, 2, [BLUE, ORANGE], false, out);
    expectRgb(out, 0, [255, 255, 255]);
    expectRgb(out, 1, tint(ORANGE, MAX_TINT));
    expectRgb(out, 2, tint(BLUE, MAX_TINT));
    expectRgb(out, 3, tint(ORANGE, MAX_TINT * 0.5));
  });
  it('uses the argmax class and its rescaled confidence for more classes', () => {
    const probs = new Float32Array([0.2, 0.2, 0.6, 1 / 3, 1 / 3, 1 / 3]);
    const out = new Uint8ClampedArray(8);
    const GREEN = hexToRgb('#009e73');
    paintCells(probs, 3, [BLUE, ORANGE, GREEN], false, out);
    expectRgb(out, 0, tint(GREEN, MAX_TINT * 0.4));
    // A tie with the uniform guess is white whichever class wins it.
    expectRgb(out, 1, [255, 255, 255]);
  });
  it('discretised: a flat tint of the argmax class whatever the confidence', () => {
    const probs = new Float32Array([0.51, 0.49, 0.01, 0.99]);
    const out = new Uint8ClampedArray(8);
    paintCells(probs, 2, [BLUE, ORANGE], true, out);
    expectRgb(out, 0, tint(BLUE, FLAT_TINT));
    expectRgb(out, 1, tint(ORANGE, FLAT_TINT));
  });
  it('leaves cells without numbers white', () => {
    const out = new Uint8ClampedArray(4);
    paintCells(new Float32Array([NaN, NaN]), 2, [BLUE, ORANGE], false, out);
    expectRgb(out, 0, [255, 255, 255]);
  });
});

describe('pixelToData', () => {
  const box = { left: 34, top: 6, side: 240 };
  const TOL = 1e-12;
  it('maps the corners and centre of the plot square to [−1, 1]² with x2 upward', () => {
    const tl = pixelToData(34, 6, box)!;
    expect(tl[0]).toBeCloseTo(-1, 12);
    expect(tl[1]).toBeCloseTo(1, 12);
    const br = pixelToData(274, 246, box)!;
    expect(br[0]).toBeCloseTo(1, 12);
    expect(br[1]).toBeCloseTo(-1, 12);
    const c = pixelToData(154, 126, box)!;
    expect(Math.abs(c[0])).toBeLessThan(TOL);
    expect(Math.abs(c[1])).toBeLessThan(TOL);
    const q = pixelToData(34 + 180, 6 + 60, box)!;
    expect(q[0]).toBeCloseTo(0.5, 12);
    expect(q[1]).toBeCloseTo(0.5, 12);
  });
  it('ignores the axes margin', () => {
    expect(pixelToData(20, 100, box)).toBeNull();
    expect(pixelToData(100, 260, box)).toBeNull();
  });
});
