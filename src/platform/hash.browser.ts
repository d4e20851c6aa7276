/**
 * SHA-1 of a text as hex, in a browser: @noble/hashes (no synchronous SHA-1 in Web Crypto). Stands
 * in for hash.ts (node:crypto) through package.json's "browser" field; the same digits.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const utf8 = new TextEncoder();

export function sha1Hex(text: string): string {
  return bytesToHex(sha1(utf8.encode(text)));
}
