/**
 * SHA-1 of a text as hex (line IDs: the first 8 digits of SHA-1 of "voice\ntext"). In Node through
 * node:crypto, several times faster than a JavaScript SHA-1 on a long script; in a browser
 * hash.browser.ts stands in (package.json's "browser" field) with @noble/hashes — the same digits.
 */
import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');
type OneShot = (algorithm: string, data: string, encoding: 'hex') => string;

let loaded: { crypto: NodeCrypto; oneShot: OneShot | undefined } | undefined;

/**
 * node:crypto, loaded at the first hash rather than with this module: a command that shows no line ID
 * never needs it, and loading it takes ~3.5 ms of a start of ~60. Node's one-shot hash where there is
 * one (Node ≥ 20.12: no Hash object per call, a third of the time on short lines).
 */
function nodeCrypto(): { crypto: NodeCrypto; oneShot: OneShot | undefined } {
  if (!loaded) {
    const crypto = createRequire(import.meta.url)('node:crypto') as NodeCrypto;
    loaded = { crypto, oneShot: (crypto as { hash?: OneShot }).hash };
  }
  return loaded;
}

export function sha1Hex(text: string): string {
  const { crypto, oneShot } = nodeCrypto();
  return oneShot ? oneShot('sha1', text, 'hex') : crypto.createHash('sha1').update(text, 'utf8').digest('hex');
}
