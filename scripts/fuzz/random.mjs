// Seeded randomness for the fuzzer: every case is drawn from its own seed, so one case can be
// made again without the cases before it.

/** mulberry32: small, fast, good enough to pick mutations. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    /** [0, 1) */
    next,
    /** An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** An integer in [lo, hi]. */
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** An entry of [[weight, value], …] by weight. */
    weighted: (entries) => {
      const total = entries.reduce((sum, [w]) => sum + w, 0);
      let r = next() * total;
      for (const [w, value] of entries) {
        if ((r -= w) < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
  };
  return random;
}

/** The seed of case `n` of a run started with `seed`. */
export function caseSeed(seed, n) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (n + 0x85ebca6b), 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) >>> 0;
}

/** `text` with the characters at `count` random places replaced by picks from `chars` (no giant arrays). */
export function scatter(random, text, count, chars) {
  if (!text.length) return text;
  const places = Array.from({ length: count }, () => random.int(text.length)).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const at of places) {
    if (at < from) continue;
    out += text.slice(from, at) + random.pick(chars);
    from = at + 1;
  }
  return out + text.slice(from);
}

/** Hostile values for attributes and numbers: prototype keys, huge, empty, junk. */
export const HOSTILE_STRINGS = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
  '', ' ', 'auto', 'none', 'nil', 'FFFFFF', '000000', 'ZZZZZZ', '#12', '-1', '0', '1e309', 'NaN', 'Infinity',
  '99999999999999999999', '-99999999', '0x10', 'true', 'false', '\u0000', '%00', '../../../etc/passwd',
  '\u202e\u0644\u0627', '😀😀', 'a'.repeat(70000),
];
