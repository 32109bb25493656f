import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, greatCircle, project } from '../../../src/charts/blochProjection';

const TOL = 1e-12;

describe('project', () => {
  it('seen from +x at the equator: y to the right, z up, x toward the viewer', () => {
    const view = { azimuth: 0, elevation: 0 };
    const y = project(view, 0, 1, 0);
    expect(y.sx).toBeCloseTo(1, 12);
    expect(y.sy).toBeCloseTo(0, 12);
    const z = project(view, 0, 0, 1);
    expect(z.sy).toBeCloseTo(1, 12);
    expect(project(view, 1, 0, 0).depth).toBeCloseTo(1, 12);
  });

  it('is a rotation: lengths and dot products are kept', () => {
    const view = { azimuth: 37, elevation: -12 };
    const p = [0.3, -0.5, 0.8] as const;
    const q = [-0.6, 0.1, 0.2] as const;
    const a = project(view, ...p);
    const b = project(view, ...q);
    expect(Math.abs(a.sx ** 2 + a.sy ** 2 + a.depth ** 2 - (0.09 + 0.25 + 0.64))).toBeLessThan(TOL);
    const dot = p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
    expect(Math.abs(a.sx * b.sx + a.sy * b.sy + a.depth * b.depth - dot)).toBeLessThan(TOL);
  });

  it('is right-handed (not a mirror image): right × up = toward the viewer', () => {
    const view = { azimuth: -70, elevation: 25 };
    const ex = project(view, 1, 0, 0);
    const ey = project(view, 0, 1, 0);
    const ez = project(view, 0, 0, 1);
    const det =
      ex.sx * (ey.sy * ez.depth - ey.depth * ez.sy) -
      ey.sx * (ex.sy * ez.depth - ex.depth * ez.sy) +
      ez.sx * (ex.sy * ey.depth - ex.depth * ey.sy);
    expect(det).toBeCloseTo(1, 12);
  });

  it('default view: |0⟩ up, |1⟩ down, +x toward the viewer and lower left, elevation 20°', () => {
    const z = project(DEFAULT_VIEW, 0, 0, 1);
    expect(z.sx).toBeCloseTo(0, 12);
    expect(z.sy).toBeCloseTo(Math.cos((20 * Math.PI) / 180), 12);
    expect(z.depth).toBeCloseTo(Math.sin((20 * Math.PI) / 180), 12);
    expect(project(DEFAULT_VIEW, 0, 0, -1).sy).toBeLessThan(0);
    const x = project(DEFAULT_VIEW, 1, 0, 0);
    expect(x.sx).toBeLessThan(0);
    expect(x.sy).toBeLessThan(0);
    expect(x.depth).toBeGreaterThan(0);
  });
});

describe('greatCircle', () => {
  it('splits the equator seen from above the equator into a front and a back half', () => {
    const halves = greatCircle(DEFAULT_VIEW, [1, 0, 0], [0, 1, 0], 360);
    const count = (runs: [number, number][][]) => runs.reduce((n, r) => n + r.length, 0);
    // Half the samples on each side, give or take the points duplicated where runs meet.
    expect(Math.abs(count(halves.front) - count(halves.back))).toBeLessThanOrEqual(4);
    // Every sampled point lies on the projected ellipse: semi-axes 1 (horizontal) and sin(20°).
    const b = Math.sin((20 * Math.PI) / 180);
    for (const run of [...halves.front, ...halves.back])
      for (const [sx, sy] of run) expect(Math.abs(sx * sx + (sy / b) ** 2 - 1)).toBeLessThan(1e-9);
  });

  it('a circle facing the viewer is all front', () => {
    const view = { azimuth: 0, elevation: 0 };
    // The y–z circle, seen from +x, projects onto the outline with depth 0: counted as front.
    const halves = greatCircle(view, [0, 1, 0], [0, 0, 1]);
    expect(halves.back).toHaveLength(0);
  });
});
