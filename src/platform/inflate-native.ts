/**
 * The platform's own inflate, in Node: node:zlib, synchronous (no stream machinery to load or run;
 * the browser's stand-in, inflate-native.browser.ts, uses DecompressionStream). zlib stops as soon
 * as the output would pass `maxOutputLength`, so a zip bomb costs no more than the cap. Also the
 * platform's CRC-32 where it has one (zlib.crc32, Node ≥ 20.15), many times faster than ours.
 */
import * as zlib from 'node:zlib';
import { constants, inflateRawSync, inflateSync } from 'node:zlib';

export type NativeResult =
  | { ok: true; bytes: Uint8Array }
  /** `too-large`: past the cap; `corrupt`: not DEFLATE, or cut short when `partial` is not set. */
  | { ok: false; reason: 'too-large' | 'corrupt'; detail: string };

/** Whether this platform inflates `format` natively: always, in Node. */
export function hasNativeInflate(_format: 'deflate-raw' | 'deflate'): boolean {
  return true;
}

/** The largest output buffer made at once for an expected size: a larger output comes in more. */
const MAX_ONE_BUFFER = 64 * 1024 * 1024;

/**
 * Inflates `data`: at most `cap` bytes; `partial`: a stream cut short gives what it holds (Z_SYNC_FLUSH).
 * `expected`: the size the output should have (a ZIP entry's declared size): zlib then writes into
 * one buffer one byte larger, not 16 KiB pieces joined at the end (a copy of the whole part).
 */
export async function inflateNative(data: Uint8Array, format: 'deflate-raw' | 'deflate', cap: number, partial: boolean, expected?: number): Promise<NativeResult> {
  const options: zlib.ZlibOptions = { maxOutputLength: Math.max(1, cap), ...(partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) };
  if (expected !== undefined && expected > 0) options.chunkSize = Math.max(constants.Z_MIN_CHUNK, Math.min(expected + 1, MAX_ONE_BUFFER));
  try {
    const out = format === 'deflate-raw' ? inflateRawSync(data, options) : inflateSync(data, options);
    if (out.length > cap) return { ok: false, reason: 'too-large', detail: `more than ${cap} bytes` };
    return { ok: true, bytes: new Uint8Array(out.buffer, out.byteOffset, out.length) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large', detail: `more than ${cap} bytes` };
    return { ok: false, reason: 'corrupt', detail: String((error as Error)?.message ?? error) };
  }
}

/** zlib's CRC-32 (the ZIP checksum) where this Node has it; null: use readers/docx/crc32.ts. */
export const nativeCrc32: ((data: Uint8Array) => number) | null =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (data) => (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32(data) : null;
