/**
 * The languages a DOCX marks its text with (`w:lang` through the cascade: run, character style,
 * paragraph style, document defaults), weighed by characters: `w:val` for the run's Latin (and other
 * non-East-Asian) text, `w:eastAsia` for its East Asian characters (ECMA-376 Part 1 §17.3.2.20).
 *
 * The document's language is the one covering most characters (Script.language). Each paragraph's
 * (Paragraph.language, the tag covering most of its characters, weighed so) is kept only when the document
 * marks its text with more than one language (primary subtag): a bilingual script whose runs Word or
 * its author tagged per language (an English voice and a French one), which the measure says each in
 * its own language. A document in one language keeps no per-paragraph tag.
 */
import type { Paragraph } from '../../model.js';
import { countEastAsianScript } from '../../text/words.js';
import { isNoLanguage } from '../../text/language-tag.js';

export class MarkedLanguages {
  /** Characters per tag over the document (w:val and w:eastAsia). */
  private readonly totals = new Map<string, number>();
  /** The primary subtags of the paragraphs' tags, lower-cased: more than one makes paragraphs keep theirs. */
  private readonly codes = new Set<string>();
  /** The paragraph being read: its first tag and characters, then any other tags (most paragraphs have one). */
  private tag: string | undefined;
  private chars = 0;
  private others: Map<string, number> | undefined;
  /** Paragraphs kept, each with its tag: set on them at the end when the document is multilingual. */
  private readonly kept: [Paragraph, string][] = [];

  /** A run shown, with its resolved w:lang values. */
  run(lang: string | undefined, langEastAsia: string | undefined, text: string): void {
    if (!lang && !langEastAsia) return;
    // `zxx` (no proofing), `und`, `x-none`: no language declared for this text
    if (lang && isNoLanguage(lang)) lang = undefined;
    if (langEastAsia && isNoLanguage(langEastAsia)) langEastAsia = undefined;
    const eastAsian = langEastAsia ? countEastAsianScript(text) : 0;
    const latin = text.length - eastAsian;
    if (lang && latin > 0) this.add(lang, latin);
    if (eastAsian) this.add(langEastAsia!, eastAsian);
  }

  private add(tag: string, chars: number): void {
    this.totals.set(tag, (this.totals.get(tag) ?? 0) + chars);
    if (this.tag === undefined || this.tag === tag) {
      this.tag = tag;
      this.chars += chars;
    } else {
      const others = (this.others ??= new Map());
      others.set(tag, (others.get(tag) ?? 0) + chars);
    }
  }

  /** The paragraph read ends: `paragraph` is the one kept for it (null when it holds no text). */
  endParagraph(paragraph: Paragraph | null): void {
    let top = this.tag;
    if (this.others) {
      let most = this.chars;
      for (const [tag, chars] of this.others) {
        if (chars > most) [top, most] = [tag, chars];
      }
    }
    if (paragraph && top !== undefined) {
      this.kept.push([paragraph, top]);
      this.codes.add(primary(top));
    }
    this.tag = undefined;
    this.chars = 0;
    this.others = undefined;
  }

  /** The tag covering most characters of the document, if any is set. */
  top(): string | undefined {
    let top: [string, number] | null = null;
    for (const entry of this.totals) if (!top || entry[1] > top[1]) top = entry;
    return top?.[0];
  }

  /** Sets each paragraph's tag when the paragraphs are marked in more than one language. */
  markParagraphs(): void {
    if (this.codes.size < 2) return;
    for (const [paragraph, tag] of this.kept) paragraph.language = tag;
  }
}

/** Regions whose English reads dates day-first, as the spoken tables have them (spoken/languages.ts). */
const DAY_FIRST_ENGLISH = new Set(['gb', 'uk', 'ie', 'au', 'nz', 'za', 'in']);

/**
 * The primary subtag of a tag, lower-cased; English told apart by the order of its dates (`en-GB` and `en-US` are two:
 * a British voice's runs marked en-GB in an en-US script keep their tag, its dates read day-first).
 */
function primary(tag: string): string {
  const dash = tag.indexOf('-');
  const code = (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
  if (code !== 'en' || dash < 0) return code;
  const region = tag.slice(dash + 1).split('-')[0]!.toLowerCase();
  return DAY_FIRST_ENGLISH.has(region) ? 'en-gb' : code;
}
