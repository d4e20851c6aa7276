/**
 * Ligature glyphs (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) carry one code point for two or three letters, and Arabic
 * presentation forms (U+FB50–FDFF, U+FE70–FEFF: a letter's initial, medial, final or isolated shape,
 * lam-alef, ﷲ) stand for the plain letters a writer typed (Chromium's PDFs map Arabic glyphs to them).
 * NFKC is applied to those code points only: normalising all text would also rewrite ², ½ or
 * full-width forms that the script writer typed on purpose. An isolated haraka (U+FE70…) becomes its
 * combining mark alone, without the space NFKC puts before it.
 */
const LIGATURES = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFE]/g;
const HAS_LIGATURE = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFE]/; // no g flag: test() must not keep state

const expand = (c: string): string => {
  const n = c.normalize('NFKC');
  return n.length > 1 && n[0] === ' ' ? n.slice(1) : n;
};

export function expandLigatures(text: string): string {
  return HAS_LIGATURE.test(text) ? text.replace(LIGATURES, expand) : text;
}
