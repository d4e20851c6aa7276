/** Language tags (BCP 47) as users and documents write them: `fr`, `en_GB`, `es-MX`. */
const TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/** A BCP 47 tag in canonical form, or null when it is not one. */
export function canonicalTag(value: string): string | null {
  if (!TAG.test(value.trim())) return null;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Tags that declare no language: `zxx` (no linguistic content: LibreOffice's [None], Word's "do not
 * check spelling" language), `und` (undetermined), `mul` (several), `mis`, Word's `x-none`.
 */
export function isNoLanguage(tag: string): boolean {
  return NO_LANGUAGE.test(tag.trim());
}
const NO_LANGUAGE = /^(?:zxx|und|mul|mis|x-none)(?:-|$)/iu;

let languageNames: Intl.DisplayNames | null | undefined;

/**
 * A language a user names (`--lang`, a config's `language`) in canonical form, or why it is none:
 * `malformed` when it is no tag at all (`english`, `fr FR`), `unknown` when no language or region of
 * it is known (`xx`, `fr-XX`: Intl names none), `no-language` for the tags that declare none (`und`,
 * `zxx`, `mul`). `fr_FR`, as locales write it, is `fr-FR`. Without Intl's names (a runtime without
 * ICU data) a well-formed tag is taken as it is.
 */
export function userLanguageTag(value: string): { tag: string } | { problem: 'malformed' | 'unknown' | 'no-language' } {
  const tag = canonicalTag(value);
  if (!tag) return { problem: 'malformed' };
  if (isNoLanguage(tag)) return { problem: 'no-language' };
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null;
    }
  }
  if (languageNames === null) return { tag };
  let name: string | undefined;
  try {
    name = languageNames.of(tag);
  } catch {
    name = undefined;
  }
  return name === undefined ? { problem: 'unknown' } : { tag };
}

/** What userLanguageTag accepts, for an error's sentence. */
export const LANGUAGE_TAGS_ACCEPTED = 'a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR)';

/** How an error says each of userLanguageTag's problems, after the value given. */
export const LANGUAGE_PROBLEMS: Readonly<Record<'malformed' | 'unknown' | 'no-language', string>> = {
  malformed: 'is not a language code',
  unknown: 'is no known language',
  'no-language': 'names no language',
};
