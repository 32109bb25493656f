import { describe, expect, it } from 'vitest';
import { readLinkFlags } from '../../../src/app/linkFlags';
import { readHash } from '../../../src/experiment/codec';
import { linkHash } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';

const HASH = linkHash(defaultExperiment());

describe('readLinkFlags', () => {
  it('reads ?embed in the query and leaves the fragment as it is', () => {
    expect(readLinkFlags('?embed', HASH)).toEqual({ embed: true, search: '?embed', hash: HASH });
  });

  it.each([
    ['?embed after the fragment', `${HASH}?embed`],
    ['&embed after the fragment', `${HASH}&embed`],
    ['?embed= after the fragment', `${HASH}?embed=`],
  ])('moves %s into the query', (_what, hash) => {
    const f = readLinkFlags('', hash);
    expect(f).toEqual({ embed: true, search: '?embed', hash: HASH });
    const opened = readHash(f.hash);
    expect(opened?.ok).toBe(true);
  });

  it('keeps other query parameters', () => {
    expect(readLinkFlags('?lang=en', `${HASH}?embed`).search).toBe('?lang=en&embed');
  });

  it('is no embed without the flag', () => {
    expect(readLinkFlags('', HASH)).toEqual({ embed: false, search: '', hash: HASH });
    expect(readLinkFlags('', '')).toEqual({ embed: false, search: '', hash: '' });
    expect(readLinkFlags('?embedded', '#e=1x').embed).toBe(false);
  });
});

describe('readHash', () => {
  it('opens a link with ?embed stuck to its end (as people paste it)', () => {
    const r = readHash(`${HASH}?embed`);
    expect(r).toEqual({ ok: true, value: defaultExperiment() });
  });
});
