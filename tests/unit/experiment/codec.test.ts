// Links: round trips of random valid experiments, the default link's length, size limits and hashes.

import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../src/experiment/base64url';
import {
  MAX_LINK_CHARS,
  decodeExperiment,
  encodeExperiment,
  linkHash,
  readHash,
} from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { experimentFromFile, experimentToFile } from '../../../src/experiment/file';
import { LINK_KEYS_V1 } from '../../../src/experiment/linkKeys';
import type { Experiment } from '../../../src/experiment/types';
import { validateExperiment } from '../../../src/experiment/validate';
import { createRng } from '../../../workers/sim/rng';
import { tenQubitFiveLayers } from './circuitFixture';
import { rawLink } from './helpers';
import { randomAnyExperiment } from './randomExperiment';

const defaultLength = linkHash(defaultExperiment()).length;

describe('base64url', () => {
  it('round-trips bytes of every length 0–70', () => {
    const rng = createRng(5);
    for (let n = 0; n <= 70; n++) {
      const bytes = Uint8Array.from({ length: n }, () => rng.int(256));
      const s = toBase64url(bytes);
      expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(s.length).toBe(Math.ceil((n * 4) / 3));
      expect(fromBase64url(s)).toEqual(bytes);
    }
  });

  it('matches Node’s base64url', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('refuses foreign characters and impossible lengths', () => {
    expect(fromBase64url('ab+c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
    expect(fromBase64url('ab€c')).toBeNull();
  });
});

describe('link key table', () => {
  it('is one to one, and no code is another field’s name', () => {
    const names = Object.keys(LINK_KEYS_V1);
    const codes = Object.values(LINK_KEYS_V1);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, code] of Object.entries(LINK_KEYS_V1))
      if (names.includes(code)) expect(code).toBe(name);
  });
});

describe('encodeExperiment / decodeExperiment', () => {
  it(`keeps the default link short (${defaultLength} characters with "#e=")`, () => {
    console.info(`default link: ${linkHash(defaultExperiment())} (${defaultLength} characters)`);
    expect(defaultLength).toBeLessThanOrEqual(320);
    expect(decodeExperiment(encodeExperiment(defaultExperiment()))).toEqual({
      ok: true,
      value: defaultExperiment(),
    });
  });

  it('round-trips 400 random valid experiments, through links and files', () => {
    const rng = createRng(2024);
    for (let i = 0; i < 400; i++) {
      const e = randomAnyExperiment(rng);
      expect(validateExperiment(e)).toEqual({ ok: true, value: e });
      expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
      expect(readHash(linkHash(e))).toEqual({ ok: true, value: e });
      expect(experimentFromFile(experimentToFile(e))).toEqual({ ok: true, value: e });
    }
  }, 20_000);

  it('gives one link per experiment, whatever the key order of its objects', () => {
    const rng = createRng(77);
    for (let i = 0; i < 150; i++) {
      const e = randomAnyExperiment(rng);
      const link = encodeExperiment(e);
      const reversed = reorderKeys(e, (keys) => keys.reverse()) as Experiment;
      expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(e));
      expect(encodeExperiment(reversed)).toBe(link);
      const shuffled = reorderKeys(e, (keys) => shuffle(keys, rng)) as Experiment;
      expect(encodeExperiment(shuffled)).toBe(link);
      // Opening the link rebuilds the experiment (validation, migration): same link again.
      const opened = decodeExperiment(link);
      expect(opened.ok && encodeExperiment(opened.value)).toBe(link);
    }
  });

  it('fits a 10-qubit, 5-layer custom circuit comfortably in 2000 characters', () => {
    const e: Experiment = {
      ...defaultExperiment(),
      model: { kind: 'circuit', circuit: tenQubitFiveLayers(), readout: 'cross-entropy' },
    };
    const link = linkHash(e);
    console.info(`10-qubit, 5-layer circuit (151 gates): ${link.length} characters`);
    expect(link.length).toBeLessThan(2000);
    expect(readHash(link)).toEqual({ ok: true, value: e });
  });

  it('round-trips circuits whose gate ids are not in list order', () => {
    const circuit = tenQubitFiveLayers();
    circuit.gates.reverse();
    circuit.gates[3]!.id = 'mine';
    circuit.blocks.push({ start: 1, end: 4, count: 3, shared: true });
    const e: Experiment = { ...defaultExperiment(), model: { kind: 'circuit', circuit, readout: 'fidelity' } }; // prettier-ignore
    expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
  });

  it('packs weights as float32, about half the size of a number list', () => {
    const rng = createRng(9);
    const quantum = Array.from({ length: 300 }, () => Math.fround(rng.normal()));
    const e: Experiment = { ...defaultExperiment(), weights: { quantum, classical: [] } };
    const packed = encodeExperiment(e).length;
    const asList = rawLink(e).length;
    expect(packed).toBeLessThan(asList * 0.7);
    expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
  });

  it('keeps weights that do not fit a float32 as numbers', () => {
    const e: Experiment = { ...defaultExperiment(), weights: { quantum: [1e300, 0.1], classical: [] } }; // prettier-ignore
    expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
  });

  it('says "too new" for a newer link format or schema', () => {
    const r = decodeExperiment('2' + encodeExperiment(defaultExperiment()).slice(1));
    expect(r.ok ? '' : r.error.kind).toBe('too-new');
    const s = decodeExperiment(rawLink({ ...defaultExperiment(), version: 7 }));
    expect(s.ok ? null : s.error).toMatchObject({ kind: 'too-new', field: 'version' });
    expect(s.ok ? '' : s.error.message).toContain('(schema 7); this one reads up to schema 4');
  });

  it('refuses an over-long link before decoding it', () => {
    const r = decodeExperiment('1' + 'A'.repeat(MAX_LINK_CHARS));
    expect(r.ok ? '' : r.error.kind).toBe('too-large');
  });

  it('stops a deflate bomb at the size limit', () => {
    const bomb = '1' + toBase64url(deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    const r = decodeExperiment(bomb);
    expect(r.ok ? '' : r.error.kind).toBe('too-large');
  });

  it('reports damaged links as corrupt with a message', () => {
    const link = encodeExperiment(defaultExperiment());
    for (const bad of [
      '',
      '1',
      '1!!!!',
      'x' + link.slice(1),
      link.slice(0, 40),
      '1' + 'A'.repeat(40),
    ]) {
      const r = decodeExperiment(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('corrupt');
      if (!r.ok) expect(r.error.message).toMatch(/link/);
    }
  });

  it('tolerates whitespace from line-wrapped mail', () => {
    const link = encodeExperiment(defaultExperiment());
    const wrapped = link.slice(0, 50) + '\n ' + link.slice(50);
    expect(decodeExperiment(wrapped).ok).toBe(true);
  });
});

describe('readHash', () => {
  it('returns null without an e= part', () => {
    expect(readHash('')).toBeNull();
    expect(readHash('#')).toBeNull();
    expect(readHash('#tab=data')).toBeNull();
  });

  it('finds e= among other parts, with or without "#", percent-encoded or not', () => {
    const e = defaultExperiment();
    const payload = encodeExperiment(e);
    expect(readHash(`#x=1&e=${payload}&y=2`)).toEqual({ ok: true, value: e });
    expect(readHash(`e=${encodeURIComponent(payload)}`)).toEqual({ ok: true, value: e });
    const r = readHash('#e=%E0%A4%A');
    expect(r?.ok).toBe(false);
  });
});

/** A deep copy of a JSON value with each object's keys put in the order `order` gives. */
function reorderKeys(v: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => reorderKeys(x, order));
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(o)).map((k) => [k, reorderKeys(o[k], order)]));
}

function shuffle<T>(list: T[], rng: ReturnType<typeof createRng>): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
