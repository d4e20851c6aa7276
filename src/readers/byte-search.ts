/** Searching and reading bytes as text, without Node's Buffer: the readers run in a browser too. */

/** Where `needle` first occurs in `haystack` at or after `from`; -1 when it does not. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  if (first === undefined) return Math.min(Math.max(from, 0), haystack.length);
  const last = haystack.length - needle.length;
  for (let at = haystack.indexOf(first, from); at >= 0 && at <= last; at = haystack.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && haystack[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

/** The bytes of an ASCII string. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * Bytes as ISO-8859-1 text, one character per byte (TextDecoder's "latin1" is really windows-1252).
 * `apply` with the typed array itself, not a spread (which iterates it): ~7 times faster for the
 * few hundred bytes of a PDF stream's dictionary, of which the preflight reads thousands.
 */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]);
  return text;
}
