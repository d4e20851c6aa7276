import type { Line } from './types.js';
import { normaliseSpace } from '../../text/words.js';

/**
 * Hyphens at line ends. A word broken by the typesetter ("narra-" / "tion") is one word again
 * without its hyphen; a compound broken at its own hyphen ("e-" / "learning", "plain-" / "pied")
 * keeps it. Either way it counts as one word. Nothing in the PDF tells the two apart (both are
 * the same hyphen glyph), so the evidence is weighed, strongest first:
 *   1. the letters: a digit beside the hyphen, a one-letter first part (no typesetter leaves one
 *      letter on a line: `e-learning`, `c’est-à-dire`), a last part of one or two letters (TeX
 *      carries three at least; French pronouns are that short: `demandez-en`, `est-il`) or a
 *      capital after a lower-case part (`Lyon-Corbas`), a French pronoun after a verb
 *      (`inscrivez-vous`), a number written out in two words (`ninety-nine`, `twenty-first`,
 *      `vingt-deux`, `quatre-vingt-quinze`, `soixante-dix`: never one solid word, in English or
 *      French) mean a real hyphen;
 *   2. the document itself: the same word written elsewhere with its hyphen, or solid; a
 *      typesetter that draws its breaks as U+2010 HYPHEN (Chromium, for soft hyphens) while the
 *      text's own hyphens are U+002D tells them apart for us;
 *      LibreOffice draws the hyphen of its own breaks by a text operator of its own, apart from the
 *      word it breaks, and a typed one within its word's piece (Line.hyphenApart): where a document
 *      has such a hyphen, they tell the two apart too, one break being enough (`when-` / `ever`,
 *      `some-` / `thing`: a short script's single break was kept before, rule 3 needing three);
 *      a word of two function words English writes solid (`when-` / `ever`, `them-` / `selves`: SOLID)
 *      is broken, whoever drew it;
 *   3. whether this document's typesetter hyphenates at all: one that breaks words leaves many
 *      hyphens at line ends, or breaks words that the document also writes solid; one that does
 *      not (LibreOffice and browsers without hyphenation dictionaries) only ever breaks after a
 *      real hyphen. In a hyphenating document the break is the typesetter's. (Parts that are words
 *      of their own prove nothing: TeX breaks some-where and light-house as readily as voice-over.)
 *      Only breaks that 1 and 2 leave open count, each word once: a compound's own hyphen says
 *      nothing of the typesetter, nor does one text set several times with the same line breaks
 *      (four versions of a spot, "ninety-" / "nine" in each, made four "hyphens" of one).
 * Hyphenation patterns (TeX's, as in npm `hyphen`) were tried and left out: producers do not
 * break where the patterns do (en-us patterns give `record-ed`, TeX and Word print `re-corded`),
 * and compounds are as breakable by the patterns as any word (`plain|pied`), so the patterns tell
 * neither case apart. Soft hyphens (U+00AD) are always breaks and are handled before this.
 */

/**
 * A letter or digit, then a hyphen (U+002D or U+2010) closing the line; one opening the next. U+FFFD
 * stands for a letter drawn that cannot be read (operators.ts: pdfTeX's bitmap fonts' ligatures): TeX
 * breaks "dif-" / "ficulties" before its fi, and the word is one word whatever its letters read.
 */
const BROKEN = /[\p{L}\p{N}\uFFFD][-\u2010]$/u;
const LETTER_START = /^[\p{L}\p{N}\uFFFD]/u;
const TOKEN_EDGE = /^[^\p{L}\p{N}\uFFFD]+|[^\p{L}\p{N}\uFFFD]+$/gu;

/** Share of line joins that end in a hyphen above which a document is taken to hyphenate. */
const HYPHENATING_SHARE = 0.02;

const lastToken = (text: string) => {
  const t = text.trimEnd();
  return t.slice(t.search(/\S+$/u));
};
const firstToken = (text: string) => text.trimStart().match(/^\S+/u)?.[0] ?? '';

/** The letters of a word part next to the hyphen: after an elision (d’e-) or an earlier hyphen (c’est-à-). */
function leftPart(token: string): string {
  const word = token.slice(0, -1);
  const m = word.match(/[\p{L}\p{M}\p{N}\uFFFD]+$/u);
  return m ? m[0] : '';
}
function rightPart(token: string): string {
  const m = token.match(/^[\p{L}\p{M}\p{N}\uFFFD]+/u);
  return m ? m[0] : '';
}

export type HyphenVerdict = 'break' | 'keep';

/**
 * A word as compared with its other writings: lower case, and a letter that cannot be read (U+FFFD)
 * with the f's before it as one: TeX sets "difficulties" with its ffi ligature, but broken "dif-" /
 * "ficulties" with f then fi, each ligature a U+FFFD in a bitmap font: "di�culties" and "dif�culties"
 * are one word.
 */
const formKey = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('\uFFFD') ? lower.replace(/f*\uFFFD/g, '\uFFFD') : lower;
};

/** Whether a line's text (trailing spaces aside) ends in a hyphen: the cheap test before the real one. */
function endsInHyphen(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === 0x2d || c === 0x2010;
}

/**
 * Whether `line` ends in a hyphen after a letter or digit and `next` opens with one. The cheap test
 * reads the line's last run, the string the paragraph's runs are made of anyway (reading the whole
 * line's text would build it once more for every line of a long script).
 */
function isBroken(line: Line, next: Line): boolean {
  const last = line.runs[line.runs.length - 1];
  if (!last || !endsInHyphen(last.text)) return false;
  return BROKEN.test(line.text.trimEnd()) && LETTER_START.test(next.text.trimStart());
}

/**
 * French pronouns joined to a verb by a hyphen (demandez-vous, répond-elle, donnez-leur): a line
 * break after such a hyphen is the compound's own. The shorter ones are caught by their length.
 */
const ENCLITICS = new Set(['elle', 'elles', 'nous', 'vous', 'ils', 'les', 'lui', 'leur', 'leurs', 'moi', 'toi', 'même', 'mêmes']);

/**
 * Numbers written out in words, the parts a hyphen joins: in English a unit after tens
 * ("ninety-nine", "twenty-first"), in French any two number words (the 1990 spelling joins them
 * all: "quatre-vingt-quinze", "deux-cents"). No number is one solid word made of two of them, so a
 * line-end hyphen between two is the number's own.
 */
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
]);
const NOMBRES = new Set([
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
  'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille',
  'unième', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième',
  'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'vingtième', 'centième', 'millième',
]);

/** Whether two parts make a number written out (English or French). */
function numberWords(left: string, right: string): boolean {
  const a = left.toLowerCase(), b = right.toLowerCase();
  return (TENS.has(a) && UNITS.has(b)) || (NOMBRES.has(a) && NOMBRES.has(b));
}

/**
 * English words made of two function words that are written solid, never with a hyphen ("whenever",
 * "something", "themselves"): a line-end hyphen between their parts is a typesetter's break
 * whichever producer drew it, in a short script with that one break as in a long one. Compounds of
 * content words ("well-known", "self-aware", "voice-over") are not here: they are written both ways,
 * and the other rules judge them. ("no-one" and "every-day" are written with a hyphen too: left out.)
 */
const SOLID = new Set([
  'whenever', 'whatever', 'whoever', 'whomever', 'wherever', 'whichever', 'however', 'whatsoever',
  'something', 'someone', 'somebody', 'somewhere', 'somehow', 'sometimes', 'somewhat',
  'anything', 'anyone', 'anybody', 'anywhere', 'anyhow', 'anyway',
  'everything', 'everyone', 'everybody', 'everywhere', 'nothing', 'nobody', 'nowhere',
  'therefore', 'thereby', 'whereas', 'whereby', 'hereby', 'without', 'within', 'throughout',
  'itself', 'himself', 'herself', 'myself', 'yourself', 'yourselves', 'ourselves', 'themselves',
]);

/** U+2010 HYPHEN: what browsers draw where a soft hyphen breaks a line. */
const HYPHEN = '\u2010';

/** Rule 1: the letters beside the hyphen say it is a compound's own (see the header). */
function realByLetters(left: string, right: string): boolean {
  if (!left || !right) return true;
  if (ENCLITICS.has(right.toLowerCase())) return true;
  if (/\p{N}/u.test(left.slice(-1) + right[0])) return true;
  if ([...left].length === 1 || [...right].length <= 2) return true;
  if (/^\p{Lu}/u.test(right) && left !== left.toUpperCase()) return true;
  return numberWords(left, right);
}

/**
 * Where a hyphenating document leaves a break open (rule 3): an English adverb in -ly, then a
 * word of COMPOUND_AFTER_LY letters or more ("electrostatically-" / "dissipative", "highly-" /
 * "flammable") is a compound broken at its own hyphen (LibreOffice draws its hyphenation breaks
 * and the text's hyphens alike, U+002D), not a word a typesetter broke: hyphenation patterns keep
 * "ly" with the letters after it when a word goes on ("ral-ly-ing", "jel-ly-fish": three or four
 * letters carried, no word of six). Parts that are merely words elsewhere in the document are
 * left to rule 3 (TeX breaks "every-" / "thing" and "some-" / "where" as readily).
 */
function adverbCompound(left: string, right: string): boolean {
  return left.length >= 5 && right.length >= COMPOUND_AFTER_LY && left.endsWith('ly') && LOWER_START.test(right);
}

/** Letters of the word after an adverb in -ly at a line end for the two to be a compound. */
const COMPOUND_AFTER_LY = 6;
const LOWER_START = /^[a-z]/;

export class Hyphenation {
  /** How often the document writes each form a line-end hyphen could stand for, inside lines. */
  private readonly forms = new Map<string, number>();
  private readonly hyphenates: boolean;
  /**
   * The typesetter marks its own breaks with U+2010 (Chromium does, for soft hyphens) and the
   * document writes no U+2010 inside its lines: then a U+2010 at a line end is a break, and a
   * hyphen-minus there is a real hyphen.
   */
  private readonly marksBreaks: boolean;
  /**
   * The typesetter draws its breaks' hyphens apart from the word they break (LibreOffice: Line.hyphenApart)
   * at one line end or more: then such a hyphen is a break wherever it stands, and a line-end hyphen
   * within its word's piece is one the text typed.
   */
  private readonly drawsBreaksApart: boolean;

  /** `paragraphs`: every paragraph of the document as its visual lines, in order. */
  constructor(paragraphs: Line[][]) {
    let joins = 0;
    const candidates: [string, string][] = [];
    let apart = false;
    for (const lines of paragraphs) {
      joins += lines.length - 1;
      for (let l = 0; l < lines.length - 1; l++) {
        if (isBroken(lines[l], lines[l + 1])) {
          candidates.push([leftPart(lastToken(lines[l].text)), rightPart(firstToken(lines[l + 1].text))]);
          if (lines[l].hyphenApart) apart = true;
        }
      }
    }
    this.drawsBreaksApart = apart;
    if (!candidates.length) {
      this.hyphenates = this.marksBreaks = false;
      return;
    }
    let breakGlyphs = 0, insideGlyphs = 0;
    for (const lines of paragraphs) {
      for (let l = 0; l < lines.length; l++) {
        const text = lines[l].text.trimEnd();
        if (!text.includes(HYPHEN)) continue;
        const atEnd = l < lines.length - 1 && text.endsWith(HYPHEN);
        if (atEnd) breakGlyphs++;
        if (text.slice(0, atEnd ? -1 : undefined).includes(HYPHEN)) insideGlyphs++;
      }
    }
    this.marksBreaks = breakGlyphs > 0 && insideGlyphs === 0;
    // Count only the forms that can decide a case: the solid and hyphenated words.
    for (const [a, b] of candidates) {
      this.forms.set(formKey(a + b), 0);
      this.forms.set(formKey(`${a}-${b}`), 0);
    }
    for (const lines of paragraphs) {
      for (let l = 0; l < lines.length; l++) {
        const tokens = normaliseSpace(lines[l].text).split(' ').filter(Boolean);
        // A line's broken end and the start carried over to the next line are not words.
        const broken = l < lines.length - 1 && isBroken(lines[l], lines[l + 1]);
        const carried = l > 0 && isBroken(lines[l - 1], lines[l]);
        tokens.forEach((token, i) => {
          if ((broken && i === tokens.length - 1) || (carried && i === 0)) return;
          this.count(token);
        });
      }
    }
    const solidElsewhere = candidates.some(([a, b]) => this.seen(a + b) > this.seen(`${a}-${b}`));
    // The breaks left open by the letters and by the document's other writings, each word once.
    const open = new Set<string>();
    for (const [a, b] of candidates) {
      if (realByLetters(a, b) || adverbCompound(a, b) || this.seen(`${a}-${b}`) > this.seen(a + b)) continue;
      open.add(`${a}-${b}`.toLowerCase());
    }
    this.hyphenates = solidElsewhere || (open.size >= 3 && open.size >= HYPHENATING_SHARE * joins);
  }

  private count(token: string): void {
    const word = formKey(token.replace(TOKEN_EDGE, ''));
    const n = this.forms.get(word);
    if (n !== undefined) this.forms.set(word, n + 1);
    // The part after an elision is a word too: d’e-learning, l’entrepôt.
    const elided = word.match(/^\p{L}{1,2}['’](.+)$/u);
    if (elided) {
      const m = this.forms.get(elided[1]);
      if (m !== undefined) this.forms.set(elided[1], m + 1);
    }
  }

  private seen(word: string): number {
    return this.forms.get(formKey(word)) ?? 0;
  }

  /**
   * Whether the hyphen ending `line` (before `next` in the same paragraph) breaks a word, keeps a
   * compound, or is no line-end hyphen at all (null).
   */
  verdict(line: Line, next: Line): HyphenVerdict | null {
    if (!isBroken(line, next)) return null;
    const left = leftPart(lastToken(line.text));
    const right = rightPart(firstToken(next.text));
    if (realByLetters(left, right)) return 'keep';
    if (this.marksBreaks) return line.text.trimEnd().endsWith(HYPHEN) ? 'break' : 'keep';
    if (this.drawsBreaksApart) return line.hyphenApart ? 'break' : 'keep';
    const solid = this.seen(left + right), hyphenated = this.seen(`${left}-${right}`);
    if (hyphenated !== solid) return hyphenated > solid ? 'keep' : 'break';
    if (SOLID.has((left + right).toLowerCase())) return 'break';
    if (this.hyphenates && adverbCompound(left, right)) return 'keep';
    return this.hyphenates ? 'break' : 'keep';
  }
}
