// Seeded pseudo-random numbers: every random choice that must reproduce takes one of these.
// xoshiro128** (Blackman & Vigna) seeded through splitmix32; period 2^128 − 1.

/** A seeded generator: `next()` is uniform in [0, 1) with 32 bits of randomness. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate (Box–Muller, mean 0, variance 1). */
  normal(): number;
  /** The generator's state, to resume the same stream later. */
  state(): Uint32Array;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator from an integer seed (any finite number; the low 32 bits count) or a saved state. */
export function createRng(seed: number | Uint32Array): Rng {
  const s = new Uint32Array(4);
  if (typeof seed === 'number') {
    const mix = splitmix32(Number.isFinite(seed) ? seed : 0);
    for (let i = 0; i < 4; i++) s[i] = mix();
  } else {
    s.set(seed.subarray(0, 4));
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;

  const nextU32 = (): number => {
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    const n2 = (s2 ^ s0) >>> 0;
    const n3 = (s3 ^ s1) >>> 0;
    s[1] = (s1 ^ n2) >>> 0;
    s[0] = (s0 ^ n3) >>> 0;
    s[2] = (n2 ^ t) >>> 0;
    s[3] = rotl(n3, 11);
    return r;
  };

  const rng: Rng = {
    next: () => nextU32() / 4294967296,
    int: (n) => Math.floor((nextU32() / 4294967296) * n),
    // Box–Muller; the second deviate of each pair is dropped so that state() alone resumes the stream.
    normal: () => {
      let u = 0;
      while (u === 0) u = rng.next();
      const v = rng.next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    state: () => s.slice(),
  };
  return rng;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
