// The barren-plateau sweep, worked out from the settings alone: its qubit counts, the depth at
// each, and the parameter whose derivative is measured. Shared by the validator, the worker and
// the page, so all three agree on the points.

import type { PlateauSettings } from './types';

/** The qubit counts of the sweep, in order: minQubits, minQubits + step, … up to maxQubits. */
export function plateauQubits(
  s: Pick<PlateauSettings, 'minQubits' | 'maxQubits' | 'qubitStep'>,
): number[] {
  const out: number[] = [];
  for (let n = s.minQubits; n <= s.maxQubits; n += Math.max(1, s.qubitStep)) out.push(n);
  return out;
}

/** Layers of the circuit on n qubits. */
export function plateauLayers(s: Pick<PlateauSettings, 'layers' | 'scaling'>, n: number): number {
  return s.scaling === 'perQubit' ? s.layers * n : s.layers;
}

/**
 * The index of the differentiated parameter among the L·n rotation angles (parameter l·n + q is
 * the rotation on qubit q in layer l): the first, or the one on the middle qubit of the middle layer.
 */
export function plateauComponent(
  s: Pick<PlateauSettings, 'component'>,
  n: number,
  layers: number,
): number {
  return s.component === 'first' ? 0 : Math.floor(layers / 2) * n + Math.floor(n / 2);
}
