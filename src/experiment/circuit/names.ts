// Deterministic names in an editor circuit: gate ids g1, g2, … and trainable names θ1, w1, …
// (always the next unused, never random), and the check every angle binding must pass.

import { CIRCUIT_LIMITS } from './limits';
import type { AngleBinding, EditorCircuit, PlacedGate } from './types';

/** Letters (any script, so θ and φ), digits and _; no '#', which marks repetitions when compiled. */
const NAME_PATTERN = /^[\p{L}\p{N}_]+$/u;

export function isParamName(s: unknown): s is string {
  return (
    typeof s === 'string' &&
    s.length >= 1 &&
    s.length <= CIRCUIT_LIMITS.nameLength &&
    NAME_PATTERN.test(s)
  );
}

/**
 * What the page calls input feature `feature` (0-based, as stored in links): x1 is the horizontal
 * coordinate of a data point (feature 0) and x2 the vertical one, as in the data sets' texts.
 */
export function featureName(feature: number): string {
  return `x${feature + 1}`;
}

/** Trainable names a binding uses (weight before bias). */
export function bindingNames(b: AngleBinding): string[] {
  if (b.kind === 'param') return [b.name];
  if (b.kind === 'feature') return [b.weight, b.bias];
  return [];
}

/** Gates in the order the circuit runs them: by column, ties in list order. */
export function gatesInOrder(c: EditorCircuit): PlacedGate[] {
  return c.gates
    .map((g, i) => ({ g, i }))
    .sort((a, b) => a.g.column - b.g.column || a.i - b.i)
    .map((e) => e.g);
}

/** Every trainable name in the circuit, in order of first use (for "share with…" menus). */
export function trainableNames(c: EditorCircuit): string[] {
  const seen = new Set<string>();
  for (const g of gatesInOrder(c))
    for (const b of g.params ?? []) for (const n of bindingNames(b)) seen.add(n);
  return [...seen];
}

/** `prefix` + the smallest k ≥ 1 not in `taken`; adds it to `taken` so a second call differs. */
export function nextName(taken: Set<string>, prefix: string): string {
  let k = 1;
  while (taken.has(`${prefix}${k}`)) k++;
  const name = `${prefix}${k}`;
  taken.add(name);
  return name;
}

/** The next unused gate id g1, g2, … */
export function nextGateId(c: EditorCircuit): string {
  return nextName(new Set(c.gates.map((g) => g.id)), 'g');
}

/** Hands out fresh trainable names for one edit: θ1, θ2, … (or w1, b1, …) not used in `c`. */
export function nameAllocator(c: EditorCircuit): (prefix: string) => string {
  const taken = new Set(trainableNames(c));
  return (prefix) => nextName(taken, prefix);
}

/** The same binding with fresh trainable names (a copied gate trains on its own). */
export function freshBinding(b: AngleBinding, fresh: (prefix: string) => string): AngleBinding {
  if (b.kind === 'param') return { kind: 'param', name: fresh('θ') };
  if (b.kind === 'feature') return { ...b, weight: fresh('w'), bias: fresh('b') };
  return { ...b };
}

/** Why `b` is not a well-formed binding (field relative to the binding), or null when it is. */
export function checkBinding(b: unknown): { field: string; message: string } | null {
  if (typeof b !== 'object' || b === null) {
    return { field: '', message: 'An angle binding is missing.' };
  }
  const r = b as Record<string, unknown>;
  const name = (field: string, what: string): { field: string; message: string } | null =>
    isParamName(r[field])
      ? null
      : {
          field,
          message: `The ${what} name "${String(r[field])}" must be 1 to ${CIRCUIT_LIMITS.nameLength} letters, digits or _.`,
        };
  switch (r.kind) {
    case 'const': {
      const v = r.value;
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > CIRCUIT_LIMITS.angle) {
        return {
          field: 'value',
          message: `A constant angle must be a number from -${CIRCUIT_LIMITS.angle} to ${CIRCUIT_LIMITS.angle}; got ${String(v)}.`,
        };
      }
      if (typeof r.expr !== 'string' || r.expr.length > CIRCUIT_LIMITS.exprLength) {
        return {
          field: 'expr',
          message: `A constant angle needs its expression as text of at most ${CIRCUIT_LIMITS.exprLength} characters.`,
        };
      }
      return null;
    }
    case 'param':
      return name('name', 'parameter');
    case 'feature': {
      const f = r.feature;
      if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f >= CIRCUIT_LIMITS.features) {
        return {
          field: 'feature',
          message: `The input feature must be one of ${featureName(0)} to ${featureName(CIRCUIT_LIMITS.features - 1)}; got index ${String(f)} (${featureName(0)} is index 0).`,
        };
      }
      return name('weight', 'weight') ?? name('bias', 'bias');
    }
    default:
      return {
        field: 'kind',
        message: `An angle must be a constant, a trainable parameter or an input feature; got "${String(r.kind)}".`,
      };
  }
}
