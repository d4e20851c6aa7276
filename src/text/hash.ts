/**
 * SHA-1 of a text as hex (line IDs: the first 8 digits of SHA-1 of "voice\ntext"). In Node through
 * node:crypto, several times faster than a JavaScript SHA-1 on a long script; in a browser
 * hash.browser.ts stands in (package.json's "browser" field) with @noble/hashes — the same digits.
 */
import * as crypto from 'node:crypto';

/** Node's one-shot hash (Node ≥ 20.12: no Hash object per call, a third of the time on short lines). */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha1Hex(text: string): string {
  return oneShot ? oneShot('sha1', text, 'hex') : crypto.createHash('sha1').update(text, 'utf8').digest('hex');
}
