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
