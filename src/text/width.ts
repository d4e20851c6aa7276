/**
 * Width folding: the full-width forms of ASCII (`ＮＡ`, `：`, as Japanese and Chinese input methods
 * type Latin letters) read as ASCII, and half-width katakana (`ﾅﾚｰｼｮﾝ`, `ｶﾞ`) as katakana — what
 * Unicode's compatibility normalisation (NFKC) does to those two blocks, and nothing else (NFKC also
 * turns `①` into `1` and `ﬁ` into `fi`, which a label never needs). Used to compare speaker labels:
 * the text shown is never changed, only the form in which two labels are found equal.
 */

/** Full-width ASCII (U+FF01–FF5E), the ideographic space and half-width katakana (U+FF61–FF9F). */
const FOLDABLE = /[\uFF01-\uFF5E\u3000\uFF61-\uFF9F]/u;

/** A voiced or semi-voiced sound mark (combining, as NFKC makes of half-width `ﾞ` `ﾟ`). */
const isSoundMark = (c: string) => c === '\u3099' || c === '\u309A';

/** One character folded: full-width ASCII to ASCII, the ideographic space to a space, half-width katakana to katakana. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (code >= 0xff61 && code <= 0xff9f) return c.normalize('NFKC');
  return c;
}

/** A text width-folded, and where each of its characters ends in the text it was folded from. */
export interface FoldedText {
  text: string;
  ends: number[] | null;
}

/**
 * `text` width-folded, and for each character of the folded text the offset in `text` just after
 * it (`ends`): a prefix of the folded text `k` characters long is the prefix of `text` `ends[k - 1]`
 * long (null when nothing was folded: the prefix is as long). A half-width sound mark joins the
 * kana before it (`ｶﾞ` is `ガ`, one character).
 */
export function foldWidthMapped(text: string): FoldedText {
  // Most text holds none: each character its own (ends null).
  if (!FOLDABLE.test(text)) return { text, ends: null };
  // One string per character of the folded text (joined once: no copy of the text per sound mark).
  const out: string[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f.length === 1 && isSoundMark(f) && out.length > 0) {
      const joined = (out[out.length - 1]! + f).normalize('NFC');
      if (joined.length === 1) {
        out[out.length - 1] = joined;
        ends[ends.length - 1] = i + 1;
        continue;
      }
    }
    for (let k = 0; k < f.length; k++) {
      out.push(f[k]!);
      ends.push(i + 1);
    }
  }
  return { text: out.join(''), ends };
}

/** `text` width-folded (foldWidthMapped). */
export const foldWidth = (text: string): string => (FOLDABLE.test(text) ? foldWidthMapped(text).text : text);

/** The length in `original` of the prefix that is `length` characters of its folded text. */
export const originalLength = (mapped: FoldedText, length: number): number => (length <= 0 ? 0 : mapped.ends === null ? length : mapped.ends[length - 1]!);
