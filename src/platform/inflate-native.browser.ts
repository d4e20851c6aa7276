/**
 * The platform's own inflate, in a browser: DecompressionStream (every current browser takes
 * `deflate-raw` and `deflate`); the output is taken chunk by chunk and the work stops the moment it
 * passes the cap. Stands in for inflate-native.ts (package.json's "browser" field).
 */
export type NativeResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt'; detail: string };

const known = new Map<string, boolean>();

/** Whether this browser's DecompressionStream takes `format` (an older one may not). */
export function hasNativeInflate(format: 'deflate-raw' | 'deflate'): boolean {
  let has = known.get(format);
  if (has === undefined) {
    has = false;
    if (typeof DecompressionStream === 'function') {
      try {
        new DecompressionStream(format);
        has = true;
      } catch {
        // An older browser: no such format.
      }
    }
    known.set(format, has);
  }
  return has;
}

/** Inflates `data`: at most `cap` bytes; `partial`: a stream cut short (or damaged) gives what came before. */
export async function inflateNative(data: Uint8Array, format: 'deflate-raw' | 'deflate', cap: number, partial: boolean): Promise<NativeResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // (The Blob holds a copy: the caller's bytes stay untouched.)
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format)).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large', detail: `more than ${cap} bytes` };
      }
      chunks.push(value);
    }
  } catch (error) {
    if (!partial) return { ok: false, reason: 'corrupt', detail: String((error as Error)?.message ?? error) };
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}

/** No CRC-32 of the platform's in a browser: readers/docx/crc32.ts does it. */
export const nativeCrc32: ((data: Uint8Array) => number) | null = null;
