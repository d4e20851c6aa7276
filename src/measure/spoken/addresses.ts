/**
 * E-mail and web addresses as they are said: `info at acme dot com`, `W W W point acme point F R`.
 * The scheme (`https://`) is not said, nor a query string or fragment; each piece is said as a word,
 * or spelled when that is how it is said (no vowel, two letters: `fr`, `io`, `www`).
 */
import { addressParts } from '../../text/addresses.js';
import type { SpokenLanguage } from './languages.js';
import { cardinal } from './numbers.js';

/** Whether a token is an address (the one test: text/addresses.ts). */
export const isAddress = (core: string): boolean => addressParts(core) !== null;

/** Pieces split on `-`, `_`, `+` and between letters and digits, with the separators said. */
function sayPiece(piece: string, language: SpokenLanguage, letters: (run: string) => string): string {
  const words: string[] = [];
  for (const part of piece.split(/([-_+])/)) {
    if (part === '') continue;
    if (part === '-') words.push(language.words.dash);
    else if (part === '_') words.push(language.words.underscore);
    else if (part === '+') words.push(language.words.plus);
    else for (const run of part.match(/\p{L}+|\d+|[^\p{L}\d]+/gu) ?? []) {
      if (/^\d+$/.test(run)) words.push(cardinal(language, run));
      else if (/\p{L}/u.test(run)) words.push(letters(run));
    }
  }
  return words.join(' ');
}

function sayDotted(text: string, language: SpokenLanguage, letters: (run: string) => string): string {
  return text
    .split('.')
    .filter(Boolean)
    .map((piece) => sayPiece(piece, language, letters))
    .join(` ${language.words.dot} `);
}

/** An address (isAddress) as it is said: the pieces of an e-mail, or a web address's host, port and path (no scheme, query or fragment). */
export function readAddress(core: string, language: SpokenLanguage, letters: (run: string) => string): string {
  const parts = addressParts(core)!;
  if (parts.kind === 'email') return `${sayDotted(parts.local, language, letters)} ${language.words.at} ${sayDotted(parts.domain, language, letters)}`;
  let words = sayDotted(parts.host, language, letters);
  if (parts.port !== undefined) words += ` ${cardinal(language, parts.port)}`;
  for (const segment of parts.path.split('/').filter(Boolean)) words += ` ${language.words.slash} ${sayDotted(segment, language, letters)}`;
  return words;
}
