// The key table of link format 1 (like TensorFlow Playground's state table): each field name of
// the experiment and its circuit is written as a short code in links. Frozen: an entry may be
// appended for a new field, but never changed or removed, or old links stop opening. Tasks added
// since append their own codes (TaskSchema.linkKeys).

import { TASK_NAMES, TASK_SCHEMAS } from './tasks/registry';

/** Field name → its two-letter code in links. Names not listed are written as they are. */
export const LINK_KEYS_V1: Readonly<Record<string, string>> = {
  // Experiment
  version: 'vr',
  task: 'tk',
  data: 'da',
  model: 'mo',
  training: 'tn',
  baseline: 'bl',
  view: 'vw',
  weights: 'wt',
  // Data
  set: 'ds',
  points: 'pt',
  noise: 'nz',
  trainRatio: 'tr',
  seed: 'sd',
  custom: 'cu',
  label: 'lb',
  // Model
  kind: 'ki',
  qubits: 'qb',
  layers: 'ly',
  entangler: 'en',
  readout: 'ro',
  circuit: 'ci',
  // Training
  optimizer: 'op',
  learningRate: 'lr',
  batchSize: 'bs',
  epochs: 'ep',
  gradient: 'gr',
  shots: 'sh',
  // Baseline and view
  size: 'sz',
  activation: 'ac',
  hidden: 'hi',
  showTest: 'te',
  discretize: 'dz',
  // Weights
  quantum: 'qu',
  classical: 'cl',
  // Editor circuit
  columns: 'co',
  gates: 'ga',
  blocks: 'bk',
  gate: 'gt',
  column: 'cn',
  targets: 'tg',
  controls: 'cs',
  controlStates: 'cv',
  params: 'pa',
  expr: 'ex',
  value: 'va',
  name: 'nm',
  feature: 'fe',
  weight: 'wg',
  bias: 'bi',
  start: 'sa',
  end: 'nd',
  count: 'ct',
  shared: 'su',
  // Schema 2
  engine: 'eg',
  // Schema 4
  speed: 'sp',
  locked: 'lk',
  // Noise (noise.ts; the section itself is `noise`, 'nz', like the data's noise level). A
  // benchmark's hyper-parameter gamma is written with this code too.
  p1: 'g1',
  p2: 'g2',
  gamma: 'ad',
  lambda: 'pd',
  p01: 'm0',
  p10: 'm1',
};

/**
 * The whole table: link format 1's, then each task's own codes in registry order. Field names
 * shared by tasks keep their one code (registry.test checks that no code means two names).
 */
export const LINK_KEYS: Readonly<Record<string, string>> = Object.assign(
  {},
  LINK_KEYS_V1,
  ...TASK_NAMES.map((t) => TASK_SCHEMAS[t].linkKeys),
);

const REVERSE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LINK_KEYS).map(([name, code]) => [code, name]),
);
/** Deeper than any experiment gets; deeper parts of a crafted link are dropped, not recursed into. */
const MAX_DEPTH = 32;

function renameKeys(v: unknown, table: Readonly<Record<string, string>>, depth: number): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, table, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const name = Object.prototype.hasOwnProperty.call(table, k) ? table[k]! : k;
    if (name !== '__proto__') out[name] = renameKeys(x, table, depth + 1);
  }
  return out;
}

/** Field names → link codes, everywhere in a JSON value. */
export function shortenKeys(v: unknown): unknown {
  return renameKeys(v, LINK_KEYS, 0);
}

/** Link codes → field names, everywhere in a JSON value (unknown codes kept as they are). */
export function expandKeys(v: unknown): unknown {
  return renameKeys(v, REVERSE, 0);
}
