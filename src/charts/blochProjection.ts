// Pure geometry of the Bloch-sphere drawing: an orthographic view from a chosen direction.

/** Viewing direction, degrees: azimuth about +z measured from +x, elevation above the equator. */
export interface View {
  azimuth: number;
  elevation: number;
}

/**
 * The default view, as in textbooks (and QuTiP): +x toward the viewer and lower left, +y to the
 * right, +z up, seen from slightly above the equator.
 */
export const DEFAULT_VIEW: View = { azimuth: 30, elevation: 20 };

/** A projected point: screen right, screen up (unit-sphere units), and depth toward the viewer. */
export interface Projected {
  sx: number;
  sy: number;
  depth: number;
}

/**
 * Projects (x, y, z) orthographically. The viewer sits on d = (cos e·cos a, cos e·sin a, sin e);
 * screen right is r = (−sin a, cos a, 0) and screen up u = d × r, so (r, u, d) is right-handed.
 */
export function project(view: View, x: number, y: number, z: number): Projected {
  const a = (view.azimuth * Math.PI) / 180;
  const e = (view.elevation * Math.PI) / 180;
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const ce = Math.cos(e);
  const se = Math.sin(e);
  const horizontal = x * ca + y * sa;
  return {
    sx: -x * sa + y * ca,
    sy: z * ce - horizontal * se,
    depth: horizontal * ce + z * se,
  };
}

/** A great circle split into the part facing the viewer and the part behind the sphere. */
export interface CircleHalves {
  front: [number, number][][];
  back: [number, number][][];
}

/**
 * Samples the great circle spanned by unit vectors `p` and `q` (cos t·p + sin t·q), projects it and
 * splits it into runs with depth ≥ 0 (front) and < 0 (back), in screen units (sx, sy).
 */
export function greatCircle(
  view: View,
  p: readonly [number, number, number],
  q: readonly [number, number, number],
  samples = 144,
): CircleHalves {
  const halves: CircleHalves = { front: [], back: [] };
  let run: [number, number][] = [];
  let runFront: boolean | null = null;
  for (let i = 0; i <= samples; i++) {
    const t = (2 * Math.PI * i) / samples;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const pt = project(view, c * p[0] + s * q[0], c * p[1] + s * q[1], c * p[2] + s * q[2]);
    const isFront = pt.depth >= 0;
    if (runFront !== null && isFront !== runFront) {
      // Close the run at this sample too, so front and back meet without a gap.
      run.push([pt.sx, pt.sy]);
      (runFront ? halves.front : halves.back).push(run);
      run = [];
    }
    run.push([pt.sx, pt.sy]);
    runFront = isFront;
  }
  if (run.length > 1 && runFront !== null) (runFront ? halves.front : halves.back).push(run);
  return halves;
}
