/**
 * Ligature glyphs (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) carry one code point for two or three letters. NFKC is
 * applied to those code points only: normalising all text would also rewrite ², ½ or full-width
 * forms that the script writer typed on purpose.
 */
const LIGATURES = /[\uFB00-\uFB06]/g;
const HAS_LIGATURE = /[\uFB00-\uFB06]/; // no g flag: test() must not keep state

export function expandLigatures(text: string): string {
  return HAS_LIGATURE.test(text) ? text.replace(LIGATURES, (c) => c.normalize('NFKC')) : text;
}
