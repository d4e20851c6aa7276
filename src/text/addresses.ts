/**
 * Web and e-mail addresses as people write them in a script: the one test of what is an address, for
 * the casting (a run that looks like a link: attribute/links.ts), the spoken-form counting (an address
 * said piece by piece: measure/spoken/addresses.ts) and the PDF reader (an address wrapped over two
 * lines is one word: readers/pdf/paragraphs.ts).
 *
 * An address is one of:
 * - an e-mail, `local@domain.tld` (maybe after `mailto:`): the `@` says it, any top-level domain;
 * - a web address with a scheme (`https://`, `ftp://`…) or opening with `www.` and a name: any
 *   top-level domain;
 * - a bare domain (`exemple.fr`, `who.int/news`) ending in a top-level domain of BARE_TLDS, or of
 *   PATH_TLDS when a path, query or fragment follows (`acme.store/promo`: `file.store` alone is a
 *   word and a file's ending, not an address); its top-level domain in lower case, or the whole
 *   address in capitals (`ACME.FR`), so that a missing space after a sentence's end (`the end.It
 *   was…`, `fin.Me voici`) is no address.
 * Then maybe a port (`:8080`), a path (`/a/b`), a query and a fragment (`?x=1#top`). Labels are
 * letters, figures and hyphens, each ending in its dot (no two ways to match a domain: linear).
 */

/**
 * Top-level domains a bare domain may end in: the generic ones of old (com, org, net, edu, gov, int,
 * mil, info, biz), the country codes of the markets scripts are written for (Europe, the Americas,
 * francophone Africa, Asia-Pacific) and those used as generic ones (io, co, ai, me, tv), Québec's and
 * Paris's. Left out: two-letter codes that are words or file endings more often than addresses in a
 * script (`md`, `sh`, `py`, `js`, `so`, `to`, `is`, `am`).
 */
import { lazy } from './lazy.js';

const BARE_TLDS = new Set(
  (
    'com org net edu gov int mil info biz io co ai me tv eu ' +
    'fr be ch lu ca qc uk ie de at es it pt nl se no dk fi pl cz ro gr hu ru ' +
    'us mx br ar cl au nz jp cn in ma tn dz sn ci quebec paris'
  ).split(' '),
);
/**
 * Top-level domains that are English words (`acme.store`, `ma-boutique.shop`): an address only with a
 * path, a query or a fragment after them, or with `www.` or a scheme (`file.store`, `the.media`,
 * `photo.studio` alone are not).
 */
const PATH_TLDS = new Set('app dev pro shop online site store tech studio media'.split(' '));

/** A scheme (`https://`, `ftp://`, `sftp://`) or `mailto:`. */
const SCHEME = /^([a-z][a-z0-9+.-]{0,15}):\/\//iu;
const MAILTO = /^mailto:/iu;
const EMAIL = lazy(() => /^([\p{L}\p{M}\p{N}._%+'’-]+)@((?:[\p{L}\p{M}\p{N}-]+\.)+(\p{L}{2,}))$/u);
/** A host (labels each ending in their dot, then the top-level domain), a port, a path, a query or fragment. */
const WEB = lazy(() => /^((?:[\p{L}\p{M}\p{N}-]+\.)+(\p{L}{2,}))(?::(\d{1,5}))?(\/[^\s?#]*)?([?#]\S*)?$/u);
/** Marks around an address that are no part of it: quotes, brackets, the sentence's punctuation. */
const LEAD = /^[\s([{<"'“‘«]+/u;
const TRAIL = /[\s)\]}>"'”’».,;:!?]+$/u;
/** Longer than this, text is not looked at as one address (bounds the work on hostile input). */
const ADDRESS_MOST = 512;

/** An address cut into what is said of it. */
export type AddressParts =
  | { kind: 'email'; local: string; domain: string }
  | { kind: 'web'; host: string; port?: string; path: string };

/**
 * The parts of `core` when it is one address and nothing else (no marks around it: see isAddress),
 * or null. Linear in its length; nothing past ADDRESS_MOST characters is one.
 */
export function addressParts(core: string): AddressParts | null {
  if (core.length > ADDRESS_MOST) return null;
  // Every address holds a dot with something after it: most words are out before the patterns run.
  const dot = core.indexOf('.');
  if (dot <= 0 || dot === core.length - 1) return null;
  const at = core.indexOf('@');
  if (at >= 0) {
    const email = EMAIL().exec(MAILTO.test(core) ? core.slice(7) : core);
    return email ? { kind: 'email', local: email[1]!, domain: email[2]! } : null;
  }
  const scheme = SCHEME.exec(core);
  const rest = scheme ? core.slice(scheme[0].length) : core;
  const web = WEB().exec(rest);
  if (!web) return null;
  const [, host, tld, port, path = '', after] = web as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
  const parts: AddressParts = { kind: 'web', host: host, path, ...(port !== undefined ? { port } : {}) };
  // `www.` then a name and its ending (`www.example` alone is no address).
  if (scheme || /^www\d?\.[^.]+\./iu.test(host)) return parts;
  // A bare domain: its ending says it, in lower case (or all in capitals).
  if (tld !== tld.toLowerCase() && /\p{Ll}/u.test(rest)) return null;
  const ending = tld.toLowerCase();
  if (BARE_TLDS.has(ending)) return parts;
  return PATH_TLDS.has(ending) && (path.length > 1 || after !== undefined) ? parts : null;
}

/** Whether `text` is one address (a web address, an e-mail) and nothing else, the marks around it aside. */
export function isAddress(text: string): boolean {
  if (text.length > ADDRESS_MOST + 32) return false;
  const bare = text.replace(LEAD, '').replace(TRAIL, '');
  if (bare === '' || /\s/u.test(bare)) return false;
  return addressParts(bare) !== null;
}
