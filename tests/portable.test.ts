/**
 * The pieces that replaced Node built-ins in the core, so that it runs in a browser too, checked
 * against those built-ins: CRC-32 (node:zlib), inflate (node:zlib), line IDs (node:crypto SHA-1),
 * byte search (Buffer).
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, crc32 as nodeCrc32, deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { castByColour } from '../src/attribute/cast.js';
import type { Paragraph, Script } from '../src/model.js';
import { indexOfBytes, latin1 } from '../src/readers/byte-search.js';
import { crc32 } from '../src/readers/docx/crc32.js';
import { inflate, InflateError, type InflateOptions } from '../src/readers/inflate.js';

/** Deterministic bytes: text-like and random stretches, as a document part has. */
function sample(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = i % 97 < 60 ? 97 + ((x >>> 16) % 26) : (x >>> 8) & 0xff;
  }
  return out;
}

describe('crc32', () => {
  it('equals node:zlib crc32 on every length from 0 to 64 and on 1 MB', () => {
    for (let n = 0; n <= 64; n++) {
      const data = sample(n, n + 1);
      expect(crc32(data)).toBe(nodeCrc32(data) >>> 0);
    }
    const big = sample(1 << 20, 7);
    expect(crc32(big)).toBe(nodeCrc32(big) >>> 0);
    // The check value of the CRC-32 catalogue: "123456789".
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('inflate', () => {
  const engines: InflateOptions['engine'][] = ['native', 'fflate'];
  const text = sample(300_000, 3);
  const raw = deflateRawSync(text);
  const zlib = deflateSync(text);

  for (const engine of engines) {
    it(`${engine}: gives zlib's bytes back, raw and zlib-wrapped, into an exact buffer or not`, async () => {
      expect(await inflate(raw, { format: 'deflate-raw', cap: text.length, engine })).toEqual(text);
      expect(await inflate(raw, { format: 'deflate-raw', cap: text.length, exact: true, engine })).toEqual(text);
      expect(await inflate(zlib, { format: 'deflate', cap: 1 << 30, engine })).toEqual(text);
      expect(await inflate(deflateRawSync(new Uint8Array(0)), { format: 'deflate-raw', cap: 10, engine })).toEqual(new Uint8Array(0));
    });

    it(`${engine}: stops at the cap (a bomb costs no more than the cap), refuses what is not DEFLATE`, async () => {
      const bomb = deflateRawSync(new Uint8Array(200 * 1024 * 1024));
      const error = await inflate(bomb, { format: 'deflate-raw', cap: 1024 * 1024, engine }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InflateError);
      expect((error as InflateError).reason).toBe('too-large');
      // No clock: 64 MB of zeros, not ended, then a block no inflater can read (of the reserved type,
      // 0b11). Stopped as the output passes the 1 MB cap, the inflater never reaches that block (64 kB
      // on): too large. One that inflated the whole before weighing it would read it: corrupt.
      const open = deflateRawSync(new Uint8Array(64 * 1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
      const tail = new Uint8Array(open.length + 1);
      tail.set(open);
      tail[open.length] = 0b111;
      expect(((await inflate(tail, { format: 'deflate-raw', cap: 1 << 30, engine }).catch((e: unknown) => e)) as InflateError).reason).toBe('corrupt');
      expect(((await inflate(tail, { format: 'deflate-raw', cap: 1024 * 1024, engine }).catch((e: unknown) => e)) as InflateError).reason).toBe('too-large');
      const exact = await inflate(raw, { format: 'deflate-raw', cap: text.length - 1, exact: true, engine }).catch((e: unknown) => e);
      expect((exact as InflateError).reason).toBe('too-large');
      const corrupt = await inflate(new Uint8Array([0xff, 0xff, 0xff, 0, 1, 2]), { format: 'deflate-raw', cap: 100, engine }).catch((e: unknown) => e);
      expect((corrupt as InflateError).reason).toBe('corrupt');
      const cut = await inflate(raw.subarray(0, raw.length >> 1), { format: 'deflate-raw', cap: text.length, engine }).catch((e: unknown) => e);
      expect((cut as InflateError).reason).toBe('corrupt');
    });

    it(`${engine}: partial: a stream cut short gives what it holds, a prefix of the whole`, async () => {
      const cut = zlib.subarray(0, zlib.length >> 1);
      const got = await inflate(cut, { format: 'deflate', cap: 1 << 30, partial: true, engine });
      expect(got.length).toBeGreaterThan(text.length / 4);
      expect(got.length).toBeLessThan(text.length);
      expect(got).toEqual(text.subarray(0, got.length));
    });
  }

  it('leaves the caller\'s bytes as they were', async () => {
    const copy = raw.slice();
    await inflate(raw, { format: 'deflate-raw', cap: text.length });
    expect(raw).toEqual(copy);
  });
});

describe('line IDs', () => {
  it('are the first 8 hex digits of node:crypto\'s SHA-1 of "voice\\ntext", as before', () => {
    const texts = ['Welcome to the safety course.', 'Écran 1 — « Bienvenue » : 1 200 collaborateurs', '日本語のナレーション', 'Emoji 🎙️ and a lone surrogate \ud800 here'];
    const paragraphs: Paragraph[] = texts.map((text, i) => ({ runs: [{ text, color: '#404040', background: null }], location: { story: 'body', paragraph: i + 1 } }));
    const script: Script = { file: 't.docx', format: 'docx', paragraphs, warnings: [], facts: { trackedChanges: false } };
    const lines = castByColour(script).lines;
    expect(lines).toHaveLength(texts.length);
    for (const line of lines) {
      expect(line.id).toBe(createHash('sha1').update(`${line.voice ?? ''}\n${line.text}`).digest('hex').slice(0, 8));
    }
  });
});

describe('byte search', () => {
  it('finds what Buffer.indexOf finds', () => {
    const hay = Buffer.from(randomBytes(4096).map((b) => 97 + (b % 4)));
    for (const needle of ['a', 'ab', 'abcd', 'dddd', 'abcdabcd', 'zz']) {
      for (const from of [0, 1, 100, 4090]) {
        expect(indexOfBytes(hay, Buffer.from(needle), from)).toBe(hay.indexOf(needle, from));
      }
    }
    expect(latin1(new Uint8Array([0x25, 0x50, 0xe9, 0x80, 0xff]))).toBe(Buffer.from([0x25, 0x50, 0xe9, 0x80, 0xff]).toString('latin1'));
  });
});
