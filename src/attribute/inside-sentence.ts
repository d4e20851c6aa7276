/**
 * A word or two in another voice's colour inside a sentence ("press the" + red "red" + "button and
 * leave"): writers colour a word for emphasis (a key term, a button's name), and a reader of the page
 * takes it as the voice's around it, not as another voice cutting in for a word. vo-lines counts by
 * colour, as the script's coding says; such a stretch is counted for its own colour's voice, and said
 * (`voice-inside-sentence`), so that a narrator checks it before recording.
 *
 * Said when a paragraph's stretch of at most MAX_WORDS words stands between two stretches of one other
 * voice (or both unassigned), with nothing but spaces and commas where they meet on either side: no
 * sentence end, colon, dash, quote or bracket (an interjection set off by dashes, "— No! —", is a voice
 * cutting in, and is not said); an abbreviation's full stop is none ("ask Dr." + red "Martin" + "about
 * it": text/sentences.ts).
 */
import type { Location, Paragraph, Warning } from '../model.js';
import { count, formatLocation, plural, shortText } from '../text/format.js';
import { fullStopAt } from '../text/sentences.js';
import { countNormalWords, isLetterOrDigitAt, isSpaceCode, normaliseSpace } from '../text/words.js';
import type { Stretch } from './stretches.js';

/** The most words a stretch may hold to be taken for emphasis: longer, it is a line of its own. */
const MAX_WORDS = 4;
/** Said one by one, up to this many in a script; the rest in one more. */
const SAID = 20;
/** Words of the sentence around it quoted on either side. */
const CONTEXT_WORDS = 5;

/**
 * Whether the text from its last letter or digit to its end holds nothing but spaces and commas (and
 * an abbreviation's full stop, `Ask Dr.` before `following`, the text after it: text/sentences.ts).
 */
function openEnd(text: string, following: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, c)) return true;
    // (The low half of a letter outside the BMP: its high half decides.)
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) continue;
    if (c === 0x2e && fullStopAt(text, i, following) === 'none') continue;
    if (!isSpaceCode(c) && c !== 0x2c && c !== 0x3001 && c !== 0xff0c) return false;
  }
  return false;
}

/** The same, from its start to its first letter or digit. */
function openStart(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, c)) return true;
    if (!isSpaceCode(c) && c !== 0x2c && c !== 0x3001 && c !== 0xff0c) return false;
  }
  return false;
}

/** The last (first) `n` words of a text. */
const lastWords = (text: string, n: number) => {
  const words = normaliseSpace(text).split(' ');
  return (words.length > n ? '…' : '') + words.slice(-n).join(' ');
};
const firstWords = (text: string, n: number) => {
  const words = normaliseSpace(text).split(' ');
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
};

/** The `voice-inside-sentence` warnings of a script, gathered paragraph by paragraph. */
export class InsideSentence {
  private readonly said: Warning[] = [];
  private more = 0;
  private moreWords = 0;
  private first: Location | undefined;

  constructor(private readonly nameOf: (key: string | null) => string) {}

  /** Looks at a paragraph's stretches (stretches.ts: each holds a word, neighbours of other keys). */
  add(paragraph: Paragraph, stretches: readonly Stretch[]): void {
    for (let i = 1; i + 1 < stretches.length; i++) {
      const [before, inside, after] = [stretches[i - 1]!, stretches[i]!, stretches[i + 1]!];
      if (before.key !== after.key || inside.key === before.key) continue;
      if (!openEnd(before.text, inside.text) || !openStart(inside.text) || !openEnd(inside.text, after.text) || !openStart(after.text)) continue;
      const text = normaliseSpace(inside.text);
      const words = countNormalWords(text);
      if (words > MAX_WORDS) continue;
      this.push(paragraph.location, text, words, inside.key, before.key, `${lastWords(before.text, CONTEXT_WORDS)} ${text} ${firstWords(after.text, CONTEXT_WORDS)}`);
    }
  }

  private push(location: Location, text: string, words: number, key: string | null, around: string | null, sentence: string): void {
    if (this.said.length >= SAID) {
      this.first ??= location;
      this.more++;
      this.moreWords += words;
      return;
    }
    const name = this.nameOf;
    const colour = key === null ? 'in no voice’s colour' : `in ${name(key)}’s colour`;
    const of = around === null ? 'unassigned text' : name(around);
    const counted = key === null ? 'it is counted as unassigned text, as its colour says' : `it is counted for ${name(key)}, as its colour says`;
    const theirs = around === null ? 'if it is not to be recorded, give it the colour of the text around it' : `if it is ${name(around)}’s, give it ${name(around)}’s colour`;
    this.said.push({
      code: 'voice-inside-sentence',
      message: `${shortText(text)} (${plural(words, 'word')}), ${colour}, stands inside a sentence of ${of} (${shortText(sentence)}): ${counted}, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; ${theirs} in the script.`,
      location,
      details: { text, words, voice: key, around, sentence },
    });
  }

  warnings(): Warning[] {
    if (this.more === 0) return this.said;
    const one = this.more === 1;
    return [
      ...this.said,
      {
        code: 'voice-inside-sentence',
        message: `${count(this.more)} more ${one ? 'stretch' : 'stretches'} of a few words (${plural(this.moreWords, 'word')}) ${one ? 'stands' : 'stand'} in another voice’s colour inside a sentence, each counted by its colour: check them in the script too (the first is at ${formatLocation(this.first!)}).`,
        details: { more: this.more, words: this.moreWords },
      },
    ];
  }
}
