// Fuzz: more than 10,000 truncated, bit-flipped, random and crafted links; each must decode to a
// valid experiment or a typed error with a message, and none may throw.

import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment, readHash } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { experimentFromFile, experimentToFile } from '../../../src/experiment/file';
import type { ExperimentErrorKind, Result } from '../../../src/experiment/result';
import type { Experiment } from '../../../src/experiment/types';
import { validateExperiment } from '../../../src/experiment/validate';
import { createRng } from '../../../workers/sim/rng';
import type { Rng } from '../../../workers/sim/rng';
import { tenQubitFiveLayers } from './circuitFixture';
import { leafPaths, rawLink, withField } from './helpers';
import { randomExperiment, randomVqeExperiment } from './randomExperiment';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const KINDS: readonly string[] = ['invalid', 'too-new', 'corrupt', 'too-large'];

type Kind = 'ok' | ExperimentErrorKind;

/** What one test decoded: how many inputs, of which kinds, and what went wrong. */
interface Run {
  count: number;
  tally: Record<Kind, number>;
  failures: string[];
}

/** Totals over all tests, for the final count. */
const total: Run = { count: 0, tally: emptyTally(), failures: [] };

function emptyTally(): Record<Kind, number> {
  return { ok: 0, invalid: 0, 'too-new': 0, corrupt: 0, 'too-large': 0 };
}

function newRun(): Run {
  return { count: 0, tally: emptyTally(), failures: [] };
}

/** Decodes without letting anything escape, and checks the shape of what comes back. */
function check(into: Run, run: () => Result<Experiment> | null): void {
  const record = (kind: Kind): void => {
    into.tally[kind]++;
    total.tally[kind]++;
  };
  const failure = (message: string): void => {
    into.failures.push(message);
    total.failures.push(message);
  };
  into.count++;
  total.count++;
  let r: Result<Experiment> | null;
  try {
    r = run();
  } catch (err) {
    failure(`threw ${String(err)}`);
    return;
  }
  if (r === null) return;
  if (r.ok) {
    record('ok');
    const again = validateExperiment(r.value);
    if (!again.ok || JSON.stringify(again.value) !== JSON.stringify(r.value))
      failure(`accepted an experiment that does not validate: ${JSON.stringify(r.value)}`);
  } else {
    const { kind, field, message } = r.error;
    if (!KINDS.includes(kind) || typeof field !== 'string' || message.length < 10)
      failure(`bad error ${JSON.stringify(r.error)}`);
    else record(kind);
  }
}

/** The control of every fuzz test: an intact input opens, as the experiment it was made from. */
function expectOpens(r: Result<Experiment> | null, e: Experiment): void {
  expect(r).not.toBeNull();
  if (!r!.ok) expect.fail(`a valid experiment did not open: ${r!.error.message}`);
  expect(r!.value).toEqual(e);
}

function randomJson(rng: Rng, depth = 0): unknown {
  const r = rng.int(depth > 3 ? 5 : 7);
  if (r === 0) return null;
  if (r === 1) return rng.next() < 0.5;
  if (r === 2) return rng.next() < 0.5 ? rng.int(2000) - 1000 : (rng.next() - 0.5) * 1e12;
  if (r === 3) return randomText(rng, rng.int(8), true);
  if (r === 4) return rng.int(3);
  if (r === 5) return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
  const keys = [
    'version',
    'data',
    'model',
    'set',
    'qubits',
    'weights',
    'quantum',
    'x',
    '__proto__',
  ];
  return Object.fromEntries(
    Array.from({ length: rng.int(5) }, () => [
      keys[rng.int(keys.length)]!,
      randomJson(rng, depth + 1),
    ]),
  );
}

function randomText(rng: Rng, n: number, unicode: boolean): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += unicode ? String.fromCodePoint(rng.int(0x10ffff - 0xe000) + (rng.next() < 0.5 ? 0 : 0xe000)).replace(/[\uD800-\uDFFF]/g, '') : ALPHABET[rng.int(64)]!; // prettier-ignore
  return s;
}

const WRONG: unknown[] = [null, 'x', -1, 1e9, 0.5, true, [], {}, undefined, 30, -0.0001, [1, 'a']];

const rng = createRng(77);
const valid: Experiment[] = [
  defaultExperiment(),
  { ...defaultExperiment(), model: { kind: 'circuit', circuit: tenQubitFiveLayers(), readout: 'fidelity' } }, // prettier-ignore
  ...Array.from({ length: 4 }, () => randomExperiment(rng)).filter((e) => !e.weights),
  ...Array.from({ length: 4 }, () => randomVqeExperiment(rng)).filter((e) => !e.weights),
  { ...defaultExperiment(), weights: { quantum: [0.5, -1.25, 3], classical: [1, 2] } },
];

const validPaths = valid.map((e) => leafPaths(e));

/** Generous: the fuzz runs in a few seconds alone, but shares the machine with other test files. */
const TIMEOUT = 30_000;

describe('decodeExperiment under fuzzing', () => {
  it(
    'survives every truncation of valid links',
    () => {
      const run = newRun();
      for (const e of valid.slice(0, 4)) {
        const link = encodeExperiment(e);
        for (let n = 0; n < link.length; n++) check(run, () => decodeExperiment(link.slice(0, n)));
        expectOpens(decodeExperiment(link), e);
      }
      expect(run.failures.slice(0, 5)).toEqual([]);
      expect(run.tally.corrupt).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'survives every single bit flip of every payload character',
    () => {
      const run = newRun();
      for (const e of [valid[0]!, valid[2]!, valid[valid.length - 1]!]) {
        const link = encodeExperiment(e);
        expectOpens(decodeExperiment(link), e);
        for (let i = 0; i < link.length; i++)
          for (let bit = 0; bit < 6; bit++) {
            const c = ALPHABET.indexOf(link[i]!);
            const flipped = i === 0 ? String.fromCharCode(link.charCodeAt(0) ^ (1 << bit)) : ALPHABET[c ^ (1 << bit)]!; // prettier-ignore
            check(run, () => decodeExperiment(link.slice(0, i) + flipped + link.slice(i + 1)));
          }
      }
      expect(run.failures.slice(0, 5)).toEqual([]);
      expect(run.tally.corrupt).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'survives random strings, in the base64url alphabet and in arbitrary unicode',
    () => {
      const run = newRun();
      for (let i = 0; i < 2500; i++) {
        const n = rng.int(400);
        check(run, () => decodeExperiment((rng.next() < 0.5 ? '1' : '') + randomText(rng, n, false))); // prettier-ignore
        check(run, () => readHash('#e=' + randomText(rng, rng.int(60), true)));
        check(run, () => experimentFromFile(randomText(rng, rng.int(60), rng.next() < 0.5)));
      }
      expect(run.failures.slice(0, 5)).toEqual([]);
      expect(run.tally.corrupt).toBeGreaterThan(0);
      // The same three entry points open intact input.
      for (const e of valid) {
        expectOpens(decodeExperiment(encodeExperiment(e)), e);
        expectOpens(readHash('#e=' + encodeExperiment(e)), e);
        expectOpens(experimentFromFile(experimentToFile(e)), e);
      }
    },
    TIMEOUT,
  );

  it(
    'survives valid deflate of random JSON values',
    () => {
      const run = newRun();
      for (let i = 0; i < 1500; i++) {
        const value = randomJson(rng);
        check(run, () => decodeExperiment(rawLink(value)));
        check(run, () => experimentFromFile(JSON.stringify({ experiment: value })));
      }
      expect(run.failures.slice(0, 5)).toEqual([]);
      expect(run.tally.invalid + run.tally.corrupt).toBeGreaterThan(0);
      // Valid experiments packed the same way open.
      for (const e of valid) {
        expectOpens(decodeExperiment(rawLink(e)), e);
        expectOpens(experimentFromFile(JSON.stringify({ experiment: e })), e);
      }
    },
    TIMEOUT,
  );

  it(
    'survives valid experiments with one field of the wrong type or out of range',
    () => {
      const run = newRun();
      for (let i = 0; i < 2000; i++) {
        const k = rng.int(valid.length);
        const e = valid[k]!;
        const paths = validPaths[k]!;
        const path = paths[rng.int(paths.length)]!;
        const bad = withField(e, path, WRONG[rng.int(WRONG.length)]);
        check(run, () => decodeExperiment(rawLink(bad)));
      }
      expect(run.failures.slice(0, 5)).toEqual([]);
      expect(run.tally.invalid).toBeGreaterThan(0);
      // Each experiment the bad fields were put into opens as it is.
      for (const e of valid) expectOpens(decodeExperiment(rawLink(e)), e);
    },
    TIMEOUT,
  );

  it(
    `ran at least 10,000 links`,
    () => {
      console.info(`fuzzed ${total.count} links:`, total.tally);
      expect(total.failures.slice(0, 5)).toEqual([]);
      expect(total.count).toBeGreaterThanOrEqual(10000);
      expect(total.tally.ok).toBeGreaterThan(0);
      expect(total.tally.invalid).toBeGreaterThan(0);
      expect(total.tally.corrupt).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
