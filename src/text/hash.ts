/**
 * SHA-1 of a text as hex (line IDs: the first 8 digits of SHA-1 of "voice\ntext"). In Node through
 * node:crypto, several times faster than a JavaScript SHA-1 on a long script; in a browser
 * hash.browser.ts stands in (package.json's "browser" field) with @noble/hashes — the same digits.
 */
import { createHash } from 'node:crypto';

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
