// Ready-made matrices for the matrix-multiplication task's grid: the identity, a rotation,
// random integers (seeded) and Pauli X (⊗ Z for 4 × 4), each as row-major entries of size n.

import type { Choice } from '../../lists';
import { createRng } from '../../rng';
import type { MatmulSize } from './types';

export const MATMUL_PRESET_CHOICES = [
  { value: 'identity', label: 'Identity' },
  { value: 'rotation', label: 'Rotation by 30°' },
  { value: 'random', label: 'Random integers' },
  { value: 'pauli', label: 'Pauli X (⊗ Z)' },
] as const satisfies readonly Choice<string>[];
export type MatmulPreset = (typeof MATMUL_PRESET_CHOICES)[number]['value'];

/** Entries rounded to 6 decimals, so links stay short. */
const tidy = (v: number): number => Math.round(v * 1e6) / 1e6 + 0;

/** The 2 × 2 rotation by θ, or for n = 4 two of them on the diagonal. */
function rotation(n: MatmulSize, theta: number): number[] {
  const c = tidy(Math.cos(theta));
  const s = tidy(Math.sin(theta));
  const r2 = [c, -s, s, c];
  if (n === 2) return r2;
  const out = new Array<number>(16).fill(0);
  for (const off of [0, 2])
    for (let r = 0; r < 2; r++)
      for (let q = 0; q < 2; q++) out[(off + r) * 4 + off + q] = r2[r * 2 + q]!;
  return out;
}

/** Integers from −3 to 3, drawn from `seed` (never all zero). */
function randomIntegers(n: MatmulSize, seed: number): number[] {
  const rng = createRng(seed);
  for (;;) {
    const m = Array.from({ length: n * n }, () => rng.int(7) - 3);
    if (m.some((v) => v !== 0)) return m.map((v) => v + 0);
  }
}

/** The preset's matrix of size n; `seed` picks the random integers. */
export function presetMatrix(preset: MatmulPreset, n: MatmulSize, seed = 1): number[] {
  switch (preset) {
    case 'identity':
      return Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
    case 'rotation':
      return rotation(n, Math.PI / 6);
    case 'random':
      return randomIntegers(n, seed);
    case 'pauli':
      // X = [[0, 1], [1, 0]]; X ⊗ Z = [[0, Z], [Z, 0]] with Z = diag(1, −1).
      return n === 2 ? [0, 1, 1, 0] : [0, 0, 1, 0, 0, 0, 0, -1, 1, 0, 0, 0, 0, -1, 0, 0];
  }
}
