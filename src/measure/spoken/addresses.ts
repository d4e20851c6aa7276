/**
 * E-mail and web addresses as they are said: `info at acme dot com`, `W W W point acme point F R`.
 * The scheme (`https://`) is not said, nor a query string or fragment; each piece is said as a word,
 * or spelled when that is how it is said (no vowel, two letters: `fr`, `io`, `www`).
 */
import type { SpokenLanguage } from './languages.js';
import { cardinal } from './numbers.js';

const EMAIL = /^([\p{L}\d._%+-]+)@((?:[\p{L}\d-]+\.)+\p{L}{2,})$/u;
const URL_PATTERN = /^(?:(https?|ftp):\/\/)?((?:[\p{L}\d-]+\.)+(\p{L}{2,}))(\/[^\s?#]*)?(?:[?#]\S*)?$/iu;

/** Top-level domains recognised without `www.` or a scheme (`acme.com`); `README.md` is not an address. */
const TLDS = new Set(
  'com org net edu gov io co fr de es it uk eu be ch ca us au nz ie nl pt lu at dk se no fi pl cz info biz app dev ai tv me shop online site pro mx ar br cl jp cn in ma tn sn qc'.split(' '),
);

export function isAddress(core: string): boolean {
  // Both patterns need a dot with something after it: most tokens ("word.") are out before the
  // Unicode patterns (costly to compile and run) are tried.
  if (!/\.[^.\s]/.test(core)) return false;
  if (EMAIL.test(core)) return true;
  const m = URL_PATTERN.exec(core);
  if (!m) return false;
  return m[1] !== undefined || /^www\./i.test(m[2]!) || TLDS.has(m[3]!.toLowerCase());
}

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

export function readAddress(core: string, language: SpokenLanguage, letters: (run: string) => string): string {
  const email = EMAIL.exec(core);
  if (email) return `${sayDotted(email[1]!, language, letters)} ${language.words.at} ${sayDotted(email[2]!, language, letters)}`;
  const url = URL_PATTERN.exec(core)!;
  let words = sayDotted(url[2]!, language, letters);
  const path = (url[4] ?? '').split('/').filter(Boolean);
  for (const segment of path) words += ` ${language.words.slash} ${sayDotted(segment, language, letters)}`;
  return words;
}
