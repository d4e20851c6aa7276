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
 *
 * Said too, once a sentence, when the voice changes inside a sentence otherwise: the text after the
 * change goes on in lower case ("Et la deuxième" + yellow "règle ?"), or is a short tail after a comma (at
 * most MAX_WORDS words up to the paragraph's end or a sentence end: "Thanks," + "Marie."). One sentence is seldom said by two voices; the
 * side with fewer words is named. A change before a capital that is no short tail is taken for a
 * missing full stop between two voices' sentences, and not said.
 */
import type { Location, Paragraph, Warning } from '../model.js';
import { count, formatLocation, plural, shortText } from '../text/format.js';
import { lazy } from '../text/lazy.js';
import { fullStopAt, SENTENCE_END } from '../text/sentences.js';
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

/**
 * Where a stretch stands in the sentence it shares with another voice: between two stretches of one
 * other key (`inside`: emphasis, maybe), or opening it, ending it, or in its middle beside two others.
 */
type Where = 'inside' | 'start' | 'end' | 'middle';

/** Whether a sentence ends at mark `i` of the text: a sentence end with a space, a closing mark or the text's end after it (not the dots of `www.x.com`). */
function endAt(text: string, i: number): boolean {
  if (!SENTENCE_END.test(text[i]!)) return false;
  const next = text[i + 1];
  if (next !== undefined && !AFTER_END.test(next)) return false;
  return fullStopAt(text, i) !== 'none';
}
const AFTER_END = /[\s"'”’»)\]…!?.。！？]/u;

/** The text from its last sentence end on (all of it when it has none): the part of it in the sentence that follows. */
function sentenceTail(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (endAt(text, i)) return text.slice(i + 1);
  return text;
}

/** The text up to its first sentence end (all of it when it has none): the part of it in the sentence before. */
function sentenceHead(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (endAt(text, i)) {
      // Its closing marks go with it (`?!`, `…`).
      let end = i + 1;
      while (end < text.length && SENTENCE_END.test(text[end]!)) end++;
      return text.slice(0, end);
    }
  }
  return text;
}

/** Whether the text's last letter or digit is followed by a sentence end (`règle ?`, `tomorrow.`; an abbreviation's full stop is none). */
function endsSentence(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, c)) return false;
    if (SENTENCE_END.test(text[i]!) && fullStopAt(text, i) !== 'none') return true;
  }
  return false;
}

/** Whether the text's last mark after its last letter or digit is a comma. */
function endsWithComma(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3001 || c === 0xff0c) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/** Whether the text's first letter is a lower-case one (a letter of a script with no case is not). */
function startsLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, c)) return LOWER().test(String.fromCodePoint(text.codePointAt(i)!));
  }
  return false;
}
const LOWER = lazy(() => /^\p{Ll}$/u);

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

  /**
   * Looks at a paragraph's stretches (stretches.ts: each holds a word, neighbours of other keys),
   * sentence by sentence: stretches meeting with nothing but spaces and commas are one sentence's.
   */
  add(paragraph: Paragraph, stretches: readonly Stretch[]): void {
    for (let i = 0; i < stretches.length; ) {
      let j = i;
      while (j + 1 < stretches.length && openEnd(stretches[j]!.text, stretches[j + 1]!.text) && openStart(stretches[j + 1]!.text)) j++;
      if (j > i) this.sentence(paragraph, stretches, i, j);
      i = j + 1;
    }
  }

  /** Stretches `from`…`to` of a paragraph, of two keys or more, meet inside one sentence: said once. */
  private sentence(paragraph: Paragraph, stretches: readonly Stretch[], from: number, to: number): void {
    // A word or two between two stretches of one other key: emphasis, maybe (each said).
    let said = false;
    // More words between two stretches of one other key: no emphasis, but a voice inside another's sentence all the same.
    let long: { text: string; words: number; key: string | null; around: string | null; sentence: string } | null = null;
    for (let k = from + 1; k < to; k++) {
      const [before, inside, after] = [stretches[k - 1]!, stretches[k]!, stretches[k + 1]!];
      if (before.key !== after.key) continue;
      const text = normaliseSpace(inside.text);
      const words = countNormalWords(text);
      const sentence = `${lastWords(before.text, CONTEXT_WORDS)} ${text} ${firstWords(after.text, CONTEXT_WORDS)}`;
      if (words > MAX_WORDS) {
        if (!long || words < long.words) long = { text, words, key: inside.key, around: before.key, sentence };
        continue;
      }
      this.push(paragraph.location, text, words, inside.key, before.key, sentence, 'inside');
      said = true;
    }
    if (said) return;
    if (long) {
      this.push(paragraph.location, long.text, long.words, long.key, long.around, long.sentence, 'middle');
      return;
    }
    // Else a change of voice where the text after goes on in lower case, or is a short tail ending
    // the sentence ("Et la deuxième" + "règle ?"): a missing full stop between two voices' sentences
    // ("…to the course" + "Today we…") is not said. The fewer words on either side are named.
    let best: { text: string; words: number; key: string | null; around: string | null; sentence: string; where: Where } | null = null;
    for (let k = from + 1; k <= to; k++) {
      const before = stretches[k - 1]!;
      const after = stretches[k]!;
      // Words a PDF shows as a tracked insertion where two voices meet: whose they are is the tracked
      // changes' doubt, said by them (cast.ts `tracked-at-voice-boundary`), not said twice.
      if (before.runs[before.runs.length - 1]?.revision || after.runs[0]?.revision) continue;
      // The parts of the two stretches in this sentence: the first's from its last sentence end, the second's to its first.
      const head = k - 1 === from ? sentenceTail(before.text) : before.text;
      const tail = k === to ? sentenceHead(after.text) : after.text;
      const headWords = countNormalWords(normaliseSpace(head));
      const tailWords = countNormalWords(normaliseSpace(tail));
      const ends = k === to && (k === stretches.length - 1 || endsSentence(after.text));
      // (A short tail opening with a capital goes on with the sentence only after a comma, "Thanks," + "Marie.":
      // else it is a sentence of its own after a missing full stop, "Go to www.x.com" + "Yes, go there.")
      if (!startsLowerCase(after.text) && !(ends && tailWords <= MAX_WORDS && endsWithComma(head))) continue;
      const sentence = `${lastWords(head, CONTEXT_WORDS)} ${firstWords(tail, CONTEXT_WORDS)}`;
      const candidate =
        tailWords <= headWords
          ? { text: normaliseSpace(tail), words: tailWords, key: after.key, around: before.key, sentence, where: (k === to ? 'end' : 'middle') as Where }
          : { text: normaliseSpace(head), words: headWords, key: before.key, around: after.key, sentence, where: (k - 1 === from ? 'start' : 'middle') as Where };
      if (!best || candidate.words < best.words) best = candidate;
    }
    if (best) this.push(paragraph.location, best.text, best.words, best.key, best.around, best.sentence, best.where);
  }

  private push(location: Location, text: string, words: number, key: string | null, around: string | null, sentence: string, where: Where): void {
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
      message:
        where === 'inside'
          ? `${shortText(text)} (${plural(words, 'word')}), ${colour}, stands inside a sentence of ${of} (${shortText(sentence)}): ${counted}, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; ${theirs} in the script.`
          : `${shortText(text)} (${plural(words, 'word')}), ${colour}, ${where === 'end' ? 'ends' : where === 'start' ? 'opens' : 'stands inside'} a sentence of ${of} (${shortText(sentence)}), with no sentence end between them: ${counted}, but one sentence is seldom said by two voices. Check whose words they are; ${theirs} in the script.`,
      location,
      // (`where` said only for a change that is no word or two between one other voice's text, the warning's first case.)
      details: where === 'inside' ? { text, words, voice: key, around, sentence } : { text, words, voice: key, around, sentence, where },
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
