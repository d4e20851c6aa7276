/**
 * A hyperlink inside a voice's line (Run.link: a web address, an e-mail, a link inside the document).
 * Word and LibreOffice show a link in their Hyperlink style (blue #0563C1, underlined) whatever the
 * colour of the line around it, and a reader takes it as part of that line: "Questions? Write to
 * safety@example.com." is the Host's to say, address included. Read by its colour, the address would
 * be a voice of its own (no config) or nobody's (a config), missing from the booth script.
 *
 * The rule, paragraph by paragraph, on the keys casting gave its runs (a run of link text next to link
 * text is one link):
 * - the link's neighbours are the nearest runs before and after it that hold a word and are no link;
 * - with one neighbour, or two of one key, the link takes that key, whatever its own colour;
 * - between two keys (a link where one voice's text ends and another's begins), it is in the sentence
 *   of the text before it ("For details see" + link + ". Now…": the voice before), unless a sentence
 *   ends between them ("That is all." + link + "is where we go next.": the voice after);
 * - a paragraph of link text only (an address on a line of its own) keeps its own colour's reading, and
 *   so does a link whose words are in the colours of two keys (coloured within by its author).
 * Every link that so took another key than its own colour's is said (`links-in-lines`), quoted with
 * the voice it was counted for. Linear in the paragraph's runs.
 */
import type { Location, Paragraph, Run, Warning } from '../model.js';
import { count, plural, shortText } from '../text/format.js';
import { fullStopAt, SENTENCE_END } from '../text/sentences.js';
import { countWords, hasWord, isLetterOrDigitAt, normaliseSpace } from '../text/words.js';

/** Whether any run of the paragraphs is a link's. */
export function hasLinks(paragraphs: readonly Paragraph[]): boolean {
  for (const paragraph of paragraphs) for (const run of paragraph.runs) if (run.link) return true;
  return false;
}

/**
 * Whether a sentence ends between the last letter or digit of run `from` and the first of run `to`
 * (the runs between hold none): a mark that ends one, a full stop closing an abbreviation (`see Mr.`
 * + a link) ending none (text/sentences.ts). One a reader cannot tell (`St.` before a capital) is
 * taken for none: the link stays in the sentence before it.
 */
function endsBetween(runs: readonly Run[], from: number, to: number): boolean {
  const tail = runs[from]!.text;
  let last = tail.length;
  for (let i = tail.length - 1; i >= 0; i--) {
    const c = tail.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isLetterOrDigitAt(tail, i - 1)) break;
    if (isLetterOrDigitAt(tail, i, c)) break;
    last = i;
  }
  const head = runs[to]!.text;
  let first = head.length;
  for (let i = 0; i < head.length; i++) {
    if (isLetterOrDigitAt(head, i)) {
      first = i;
      break;
    }
  }
  // One text from the word before the gap to the word after it, the gap's marks read in it.
  const lead = tail.slice(Math.max(0, last - 16), last);
  let between = '';
  for (let k = from + 1; k < to && between.length < 256; k++) between += runs[k]!.text;
  const gap = tail.slice(last) + between + head.slice(0, first);
  const text = lead + gap + head.slice(first, first + 16);
  for (let i = lead.length, end = lead.length + gap.length; i < end; i++) {
    if (SENTENCE_END.test(text[i]!) && fullStopAt(text, i) === 'end') return true;
  }
  return false;
}

/** A link counted for another key than its own colour's. */
interface Moved {
  text: string;
  words: number;
  own: string | null;
  key: string | null;
  location: Location;
}

/** Links quoted in the warning, at most. */
const QUOTED = 3;

/** The links of a script's paragraphs given the voice of the line they stand in, and the warning that says so. */
export class LinkCasting {
  private readonly moved: Moved[] = [];
  private movedCount = 0;
  private movedWords = 0;
  private readonly voices = new Set<string>();

  constructor(private readonly nameOf: (key: string | null) => string) {}

  /**
   * The keys of a paragraph's runs, its links given the key of the line around them (see the file's
   * comment); `keys` (the keys casting gave the runs) is left as it is, a new array is returned.
   */
  keys(paragraph: Paragraph, runs: readonly Run[], keys: readonly (string | null)[]): (string | null)[] {
    const n = runs.length;
    const out = keys.slice();
    const worded: boolean[] = new Array(n);
    for (let k = 0; k < n; k++) worded[k] = hasWord(runs[k]!.text);
    // For each run, the nearest run before it holding a word and no link (-1 when none).
    const before: number[] = new Array(n);
    let last = -1;
    for (let k = 0; k < n; k++) {
      before[k] = last;
      if (worded[k] && !runs[k]!.link) last = k;
    }
    let k = 0;
    // The nearest such run after the link being looked at (found once, then moved on).
    let after = -1;
    while (k < n) {
      if (!runs[k]!.link) {
        k++;
        continue;
      }
      let to = k;
      while (to + 1 < n && runs[to + 1]!.link) to++;
      if (after <= to) {
        after = -1;
        for (let j = to + 1; j < n; j++) {
          if (worded[j] && !runs[j]!.link) {
            after = j;
            break;
          }
        }
        if (after < 0) after = n;
      }
      const b = before[k]!;
      const a = after < n ? after : -1;
      // A link holding words of two keys was coloured within by its author: it keeps them.
      let wordedLink = false;
      let oneKey = true;
      let first: string | null = null;
      for (let j = k; j <= to; j++) {
        if (!worded[j]) continue;
        if (!wordedLink) first = keys[j]!;
        else if (keys[j] !== first) oneKey = false;
        wordedLink = true;
      }
      if (wordedLink && oneKey && (b >= 0 || a >= 0)) {
        const key = b < 0 ? keys[a]! : a < 0 || keys[a] === keys[b] ? keys[b]! : endsBetween(runs, b, k) ? keys[a]! : keys[b]!;
        let raw = '';
        let own: string | null | undefined;
        for (let j = k; j <= to; j++) {
          if (worded[j] && out[j] !== key && own === undefined) own = out[j]!;
          out[j] = key;
          raw += runs[j]!.text;
        }
        if (own !== undefined) this.add(paragraph, raw, own, key);
      }
      k = to + 1;
    }
    return out;
  }

  private add(paragraph: Paragraph, raw: string, own: string | null, key: string | null): void {
    const text = normaliseSpace(raw);
    const words = countWords(text);
    this.movedCount++;
    this.movedWords += words;
    this.voices.add(this.nameOf(key));
    if (this.moved.length < QUOTED) this.moved.push({ text, words, own, key, location: paragraph.location });
  }

  /** `links-in-lines`: the links given the voice of their line, said once for the script (none: no warning). */
  warnings(): Warning[] {
    if (this.movedCount === 0) return [];
    const n = this.movedCount;
    const one = n === 1;
    const quoted = this.moved.map((m) => `${shortText(m.text)} for ${this.nameOf(m.key)}`);
    const more = n - this.moved.length;
    const listed = quoted.join(', ') + (more > 0 ? `, and ${count(more)} more` : '');
    return [
      {
        code: 'links-in-lines',
        message:
          `${one ? 'A link' : `${count(n)} links`} (${plural(this.movedWords, 'word')}) inside a voice’s line ${one ? 'was' : 'were'} counted for the voice of ${one ? 'that line' : 'those lines'}, not by ${one ? 'its' : 'their'} own colour ` +
          `(Word and LibreOffice show links in blue whatever the colour around them): ${listed}. Check ${one ? 'it' : 'them'} in the script.`,
        location: this.moved[0]!.location,
        details: {
          links: n,
          words: this.movedWords,
          voices: [...this.voices],
          quoted: this.moved.map((m) => ({ text: m.text, words: m.words, countedFor: m.key, ownColour: m.own, location: m.location })),
        },
      },
    ];
  }
}
