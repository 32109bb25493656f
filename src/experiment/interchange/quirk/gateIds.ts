// Quirk's gate ids (as its circuit JSON stores them) and what each means here. Quirk's fixed
// powers of a Pauli follow one rule, A^e = e^{iπe/2}·R_A(πe) (so Z^e = P(πe) exactly, X^½ = SX),
// which the importer and exporter both rely on. Learned from Quirk's gate list; written anew.

export type Axis = 'X' | 'Y' | 'Z';

/** A fixed power A^exponent of a Pauli, in Quirk's convention above. */
export interface PauliPower {
  axis: Axis;
  exponent: number;
}

const power = (axis: Axis, exponent: number): PauliPower => ({ axis, exponent });

/** Every fixed power Quirk has (its X, Y, Z are the powers 1), by id. */
export const POWER_IDS: Readonly<Record<string, PauliPower>> = (() => {
  const table: Record<string, PauliPower> = {};
  const roots: [string, number][] = [
    ['½', 1 / 2], ['⅓', 1 / 3], ['¼', 1 / 4], ['⅛', 1 / 8], ['⅟₁₆', 1 / 16], ['⅟₃₂', 1 / 32],
  ]; // prettier-ignore
  for (const axis of ['X', 'Y', 'Z'] as const) {
    table[axis] = power(axis, 1);
    for (const [name, e] of roots) {
      table[`${axis}^${name}`] = power(axis, e);
      table[`${axis}^-${name}`] = power(axis, -e);
    }
  }
  // Z alone has these (and no inverses of them).
  table['Z^⅟₆₄'] = power('Z', 1 / 64);
  table['Z^⅟₁₂₈'] = power('Z', 1 / 128);
  return table;
})();

/** The id of A^exponent when Quirk has a fixed gate for it (to 1e-12), else undefined. */
export function powerId(axis: Axis, exponent: number): string | undefined {
  for (const [id, p] of Object.entries(POWER_IDS)) {
    if (p.axis === axis && Math.abs(p.exponent - exponent) <= 1e-12) return id;
  }
  return undefined;
}

/** Rotations by a formula angle: Rxft(θ) = RX(θ) exactly, likewise Y and Z. */
export const ROTATION_FORMULA_IDS: Readonly<Record<string, Axis>> = {
  Rxft: 'X',
  Ryft: 'Y',
  Rzft: 'Z',
};

/** Powers by a formula exponent: X^ft(e) = X^e (the rule above). */
export const POWER_FORMULA_IDS: Readonly<Record<string, Axis>> = {
  'X^ft': 'X',
  'Y^ft': 'Y',
  'Z^ft': 'Z',
};

/**
 * Controls: the basis they read (X and Y ones turn that basis to Z around the column) and the
 * state they wait for (1: the axis' −1 eigenstate |1⟩, |−⟩, |−i⟩; 0: the +1 one).
 */
export const CONTROL_IDS: Readonly<Record<string, { basis: Axis; state: 0 | 1 }>> = {
  '•': { basis: 'Z', state: 1 },
  '◦': { basis: 'Z', state: 0 },
  '⊖': { basis: 'X', state: 1 },
  '⊕': { basis: 'X', state: 0 },
  '(/)': { basis: 'Y', state: 1 },
  '⊗': { basis: 'Y', state: 0 },
};

export const SWAP_ID = 'Swap';
export const HADAMARD_ID = 'H';
export const MEASURE_ID = 'Measure';
/** Quirk's spacer: an empty box that only holds a wire open. */
export const SPACER_ID = '…';

/** What a Quirk item that leaves the state alone is, for the skipped list; and its wire span. */
export interface Passive {
  what: string;
  span: number;
}

const PASSIVE_PATTERNS: readonly [RegExp, string, string][] = [
  [/^Bloch$/, "Quirk's Bloch sphere display", 'a display, nothing to import'],
  [/^Amps(\d+)$/, "Quirk's amplitude display", 'a display, nothing to import'],
  [/^Chance(\d*)$/, "Quirk's chance display", 'a display, nothing to import'],
  [/^Density(\d*)$/, "Quirk's density matrix display", 'a display, nothing to import'],
  [/^Sample(\d+)$/, "Quirk's sample display", 'a display, nothing to import'],
  [/^(?:rev)?input[ABR](\d+)$/, "Quirk's input marker", 'it only feeds arithmetic gates, nothing to import'], // prettier-ignore
  [/^set[ABR]$/, "Quirk's input value", 'it only feeds arithmetic gates, nothing to import'],
];

/** The item when `id` is one that cannot change the state (displays, input markers), else null. */
export function passiveItem(id: string): Passive | null {
  for (const [re, name, why] of PASSIVE_PATTERNS) {
    const m = re.exec(id);
    if (m) return { what: `${name} (${why})`, span: Math.max(1, Number(m[1] || 1)) };
  }
  return null;
}

/** Gates that change the state but with time (Quirk animates them), which a fixed circuit cannot. */
export function isTimeDependent(id: string): boolean {
  return /^(?:[XYZ]\^-?t|e\^-?i[XYZ]t|grad\^-?t\d+)$/.test(id);
}

/** Quirk's id for each editor gate that is one Quirk gate (named controls written as "•"). */
export const EXPORT_IDS = {
  H: 'H',
  X: 'X',
  Y: 'Y',
  Z: 'Z',
  S: 'Z^½',
  SDG: 'Z^-½',
  T: 'Z^¼',
  TDG: 'Z^-¼',
  SX: 'X^½',
} as const;
