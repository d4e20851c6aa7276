/**
 * A speaker's speech going on in a paragraph with no label, in a script told by speaker labels:
 *
 *     MARIE: Welcome to the museum. Today we walk through three rooms.
 *     The first room holds the oldest maps of the harbour.
 *     PAUL: Can we take pictures inside?
 *
 * Radio and audio-guide writers break a long speech into paragraphs and label only the first; the
 * BBC's scene style says so outright (a technical direction interrupting a speech, the dialogue goes
 * on without repeating the name), and a dubbing script's line may hold a paragraph break between two
 * sentences (tests/fixtures/labels/README.md lists the sources). Such a paragraph was nobody's: a
 * narrator reading MARIE skipped half her words, and nothing said so.
 *
 * The rule: a paragraph with no label, right after a speaker's labelled line (or after another such
 * paragraph), goes on with that speaker when it reads as speech — it has a lower-case letter and ends
 * as a sentence does — and stands where the line stands (the body, outside a table or in the line's own
 * cell), in the look (text colour and background) of the line's text. Between them may stand only
 * directions, which stay nobody's: a paragraph wholly in brackets (`(pause)`), one in capitals
 * (`WIND AND GULLS`, a technical direction as the BBC writes it), one opening with a direction's label
 * (`SFX: …`, `MUSIQUE : …`). A heading (style, outline level or larger type), a scene heading, a short
 * line with no end punctuation (`Room two`, `End of the tour`: a title), another label (a speaker the
 * config leaves out, a field), a table, or text a voice's colour or style claims, ends the speech.
 * A line ending in a comma is no title. After a paragraph that stops mid-sentence (endsOpen: `PAUL: Write
 * to us at`, then `12 Harbour Road,`: a line broken with Shift+Enter, each line a paragraph in its PDF),
 * the speech goes on past a title-like line, and past a label that opens no other line of the script
 * (`NOON: the shop closes…`, said as `label-after-break`, as label-breaks.ts says it in the DOCX).
 *
 * Under a label set apart by a tab (`KID⇥…`: a label table as its PDF reads it, whose row with an empty
 * label cell may be a direction), nothing goes on; nor in a DOCX's label table, whose row with its label
 * cell empty is said as its PDF says it; nor with the config's `continueLabels: false`.
 *
 * Every guess is said (`label-continued`, per voice, quoting the paragraphs), and so is every
 * paragraph after the first speaker's line that reads as speech but is left nobody's
 * (`unlabelled-speech`: after a heading, in another look than the line above, under a tab-set label,
 * with the setting off, or long with no end punctuation), so a wrong guess or a skipped speech is seen
 * at once.
 */
import type { Paragraph, Run, Warning } from '../model.js';
import { headingParagraphs } from '../text/headings.js';
import { count, formatLocation, listOf, plural, shortText } from '../text/format.js';
import { lazy } from '../text/lazy.js';
import { SENTENCE_END } from '../text/sentences.js';
import { countWords, hasWord, isLetterAt, isLetterOrDigitAt, normaliseSpace } from '../text/words.js';
import { isMarkCode } from '../text/code-classes.js';
import { DIRECTIONS } from './label-rows.js';
import { formOf, hasEastAsianLetter, HEAD, LABEL, labelAsWritten, labelKey, openingLabel, openingLabelKey } from '../text/speaker-label.js';
import { isSceneHeading } from './name-lines.js';
import { timecodeAlone, type Timecode } from './timecodes.js';

/** How the labelled reading (match.ts) read a paragraph, before continuations. */
export interface BaseReading {
  runs: Run[];
  fallback: string | null;
  /** The voice whose label opens the paragraph (cut off from `runs`), when one does. */
  label?: string;
  /** That label set apart from its text by a tab (`MARIE⇥…`, typed so, or a label table's row as a PDF reads it). */
  tabbed?: boolean;
  /** The voice a table row's label cell names, for a paragraph of the row's text (the label's cell no line of its own). */
  rowVoice?: string;
  /** The aside of the label (`(off)` of `MARIE (off) :`), shown before the line (match.ts). */
  aside?: string;
  /** The time in the label's brackets (`NARRATOR [00:01:23]:`), the line's time code (match.ts). */
  timecode?: Timecode;
}

/** Why a paragraph that reads as speech was left nobody's. */
export type LeftOutReason = 'look' | 'tabbed' | 'off' | 'no-speaker' | 'after-label' | 'no-end';

export interface LeftOut {
  paragraph: Paragraph;
  text: string;
  words: number;
  reason: LeftOutReason;
  /** The speaker whose line stands above it (reasons `look`, `tabbed`, `off`); the label that ended the speech (`after-label`: `SUPER`, `LEGAL`). */
  after: string | null;
  /** That label as the script writes it (`ＳＵＰＥＲ：`, `LE VENDEUR :`: text/speaker-label.ts labelAsWritten): shown so. */
  written?: string;
}

export interface Continued {
  voice: string;
  text: string;
  words: number;
  /**
   * The label opening the paragraph (`NOON` of `NOON: the shop closes…`), when it opens no other line and
   * stands right after a line broken mid-sentence: read as the speech going on, said as label-breaks.ts says
   * such a label after a line break (`label-after-break`), not as `label-continued`.
   */
  label?: string;
}

export interface Continuations {
  /** Paragraphs read as going on with a speaker's speech, in reading order. */
  continued: Map<Paragraph, Continued>;
  /** Paragraphs reading as speech, after the first speaker's line, left nobody's. */
  leftOut: LeftOut[];
}

/** A Chinese, Japanese or Korean label's marks near the start: brackets, corner brackets, a colon, a slash. */
const EAST_ASIAN_LABEL = /^\s*(?:[【［〔[（(]|[^「『:：/\n]{1,16}[「『:：/])/u;
/** A name in capitals in brackets opening a paragraph, a label of another form (`(MARIE) Non.`, `[MARIE] Non.`). */
const BRACKETED_NAME = /^\s*[([]\s*([^()[\]]{1,30}?)\s*[)\]]/u;
/** A direction wholly in brackets: `(pause)`, `[Music: low strings]`, `（笑）`, `【音乐起】`. */
const BRACKETED = /^\s*(?:\([^()]*\)|\[[^[\]]*\]|（[^（）]*）|【[^【】]*】|［[^［］]*］)\s*$/u;
/** A sentence's end (text/sentences.ts) or a colon or semicolon, and what may close it after (quotes, brackets, spaces): what a said paragraph ends with (`Tenez bon ! »`). */
const SAID_END = /[:;；：]/u;
const CLOSING = /[\s»"”’'」』)）\]]/u;

/** Whether the text ends as a sentence does, closing quotes and brackets after its mark (read from the end: linear). */
function endsAsSaid(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.test(c) || SAID_END.test(c)) return true;
    if (!CLOSING.test(c)) return false;
  }
  return false;
}
/**
 * Words no sentence ends on (articles, prepositions and conjunctions of English, French, Spanish, German and
 * Italian; none that is also a word a line may end on, `in`, `on`, `son`, `die`): a line ending on one
 * stops in the middle of a sentence (`call me at`, `écrivez-nous à`).
 */
const JOINING = new Set(
  ('a an the at of to from for with into onto and or but than my your our their its ' +
    'à au aux de du des le la les un une et ou mais pour avec dans chez sans sous vers sur que mon mes tes sa ses notre nos votre vos ce cette ces ' +
    'el los las del y para por una su sus der das dem des ein eine einen und oder aber mit von zu für auf bei aus nach il gli della di da per nel alla').split(' '),
);

/**
 * Whether a text stops in the middle of a sentence, closing quotes and brackets aside: on a comma (`12
 * Harbour Road,`), `comma`; on a word no sentence ends on (`call me at`: JOINING), `joining`; on another
 * letter or a digit of a script written with spaces, `word` (maybe a sentence typed without its stop).
 * A speech whose last paragraph ends so goes on in the next (the PDF of a line broken with Shift+Enter,
 * where each line is a paragraph). A Chinese or Japanese line ending on a letter is not taken so (often
 * typed without a stop); on its comma (`，`, `、`) it is.
 */
export function endsOpen(text: string): 'comma' | 'joining' | 'word' | null {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ',' || c === '，' || c === '、' || c === '،') return 'comma';
    if (isLetterOrDigitAt(text, i)) {
      if (hasEastAsianLetter(c)) return null;
      let start = i;
      while (start > 0 && i - start < LONGEST_JOINING && (isLetterAt(text, start - 1) || isMarkCode(text.charCodeAt(start - 1)))) start--;
      return JOINING.has(text.slice(start, i + 1).toLowerCase()) ? 'joining' : 'word';
    }
    if (!SPACE.test(c)) return null;
  }
  return null;
}

const SPACE = /\s/u;
/** Longer than any JOINING word: a last word no shorter is read no further (a line of one long "word" costs nothing). */
const LONGEST_JOINING = 8;

/** endsOpen of the runs' text, from its last characters only (no copy of a long line's text). */
function runsEndOpen(runs: readonly Run[]): ReturnType<typeof endsOpen> {
  let tail = '';
  for (let k = runs.length - 1; k >= 0 && tail.length < 2 * LONGEST_JOINING + 8; k--) tail = runs[k]!.text.slice(-64) + tail;
  return endsOpen(tail);
}

/** A text opening with a small letter or a digit (quotes aside): what a sentence going on may open with, as a title seldom does. */
const GOING_ON_START = lazy(() => /^[\s"“‘'«(]*[\p{Ll}\p{N}]/u);

/**
 * A length set apart at a paragraph's end whose unit's full stop closes it (`SPOT 1 — 30 sec.`, `Spot 2 – 30 Sek.`,
 * `SPOT 3 — 20 s.`): the full stop of an abbreviation, not a sentence's — a spot's title, which no speech goes on in.
 */
const LENGTH_STOP = /[—–\-:|·,(]\s*\d{1,3}\s?(?:s|secs?|sek|segs?|mins?|mn)\.$/iu;
/** Words from which a paragraph with no end punctuation may be speech rather than a title: said, not taken. */
const UNSURE_WORDS = 8;

/** `label`: opens with a label no direction's (another speaker's, a field); `title`: short, no end punctuation. Both end a speech, unless it stopped mid-sentence. */
type Kind = 'none' | 'direction' | 'break' | 'label' | 'title' | 'speech' | 'unsure';

/** What an unlabelled paragraph is, as a speech going on past it is concerned. */
function kindOf(text: string, heading: boolean): Kind {
  if (!hasWord(text)) return 'none';
  if (heading || isSceneHeading(text)) return 'break';
  if (BRACKETED.test(text)) return 'direction';
  const named = BRACKETED_NAME.exec(text);
  if (named && formOf(normaliseSpace(named[1]!)) === 'capitals') return 'break';
  const label = LABEL.exec(text);
  if (label && formOf(normaliseSpace(label[1]!))) return DIRECTIONS.has(labelKey(normaliseSpace(label[1]!))) ? 'direction' : 'label';
  // A direction's word in capitals opening it with no colon (`SFX⇥Trolley wheels…`, `MUSIC Strings swell.`: a label table's row as a PDF reads it).
  if (directionWord(text)) return 'direction';
  const eastAsian = hasEastAsianLetter(text.slice(0, 24));
  if (eastAsian && EAST_ASIAN_LABEL.test(text)) return 'break';
  // Capitals and no small letter: a technical direction (`WIND AND GULLS`, `MUSIC UNDER.`).
  if (!/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text) && !eastAsian) return 'direction';
  if (LENGTH_STOP.test(text)) return 'break';
  // (A comma at its end: the sentence goes on, so it is no title: `12 Harbour Road,` in an address.)
  if (endsAsSaid(text) || endsOpen(text) === 'comma') return 'speech';
  return countWords(text) >= UNSURE_WORDS ? 'unsure' : 'title';
}

/** Up to three words in capitals opening a paragraph, before a space or a tab. */
const CAPITALS_HEAD = lazy(() => /^\s*(\p{Lu}[\p{Lu}\p{N}.\-’']*(?:[ \t]\p{Lu}[\p{Lu}\p{N}.\-’']*){0,2})(?=[ \t])/u);

/** Whether the paragraph opens with a direction's label written in capitals (`SFX`, `MUSIC`, `SOUND EFFECT`), whatever follows it. */
function directionWord(text: string): boolean {
  const head = CAPITALS_HEAD().exec(text);
  if (!head) return false;
  const words = head[1]!.split(/[ \t]/u);
  for (let n = words.length; n >= 1; n--) if (DIRECTIONS.has(labelKey(words.slice(0, n).join(' ')))) return true;
  return false;
}

/**
 * The look (text colour and background, `#RRGGBB/…`) holding most letters and digits of the runs from
 * character `from` of their text on (a label cut off before it): the look a line is in.
 */
export function mainLook(runs: readonly Run[], from = 0): string {
  const letters = new Map<string, number>();
  let at = 0;
  for (const run of runs) {
    const start = Math.max(0, from - at);
    at += run.text.length;
    if (start >= run.text.length) continue;
    const count = (run.text.slice(start).match(/[\p{L}\p{N}]/gu) ?? []).length;
    const key = `${run.color}/${run.background ?? ''}`;
    letters.set(key, (letters.get(key) ?? 0) + count);
  }
  let best = '';
  let most = -1;
  for (const [key, count] of letters) if (count > most) [best, most] = [key, count];
  return best;
}

const cellOf = (paragraph: Paragraph) => {
  const cell = paragraph.location.cell;
  return cell ? `${cell.table}:${cell.row}:${cell.column}` : null;
};

/**
 * The paragraphs going on with a speaker's labelled line, and those reading as speech left nobody's.
 * `base` is the labelled reading of each paragraph; `claims` whether a voice's colour or style claims
 * a run of it; `goOn` false (the config's `continueLabels: false`): none goes on, each is said. Linear
 * in the paragraphs.
 */
export function labelContinuations(paragraphs: readonly Paragraph[], base: (paragraph: Paragraph) => BaseReading, claims: (run: Run) => boolean, goOn = true): Continuations {
  const continued = new Map<Paragraph, Continued>();
  const leftOut: LeftOut[] = [];
  const headings = headingParagraphs(paragraphs);
  // `open`: the speech's last paragraph stopped mid-sentence (endsOpen): the next paragraph goes on with it.
  let speech: { voice: string; look: string; cell: string | null; tabbed: boolean; row?: string; open: ReturnType<typeof endsOpen> } | null = null;
  // How many paragraphs each label opens (openingLabelKey): counted once, when a label after a line stopped mid-sentence asks.
  let openings: Map<string, number> | null = null;
  const opensOnce = (key: string) => {
    if (openings === null) {
      openings = new Map();
      for (const p of paragraphs) {
        const runs = p.runs;
        let head = '';
        for (let k = 0; k < runs.length && head.length < HEAD; k++) head += runs[k]!.text;
        const opened = openingLabelKey(head.split('\n', 1)[0]!);
        if (opened !== null) openings.set(opened, (openings.get(opened) ?? 0) + 1);
      }
    }
    return (openings.get(key) ?? 0) <= 1;
  };
  // The label table a speaker's row was last met in, and its text's column: its label stands apart in a
  // column of its own, as a tab sets it apart, so a row of that column with its label cell empty is read
  // as the PDF of the table reads it, a line under a tab-set label (said, `tabbed`; never taken).
  let rows: { table: number; column: number } | null = null;
  let seen = false;
  // The label that ended the last speech (`SUPER:`, `LEGAL:`, `TAG:`, a speaker the config leaves out), when one did.
  let endedBy: string | null = null;
  let endedByWritten: string | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.location.story !== 'body') continue;
    const reading = base(paragraph);
    const at = paragraph.location.cell;
    if (rows !== null && at?.table !== rows.table && hasWord(paragraph.runs.map((r) => r.text).join(''))) rows = null;
    if (reading.label !== undefined) {
      endedBy = null;
      speech = { voice: reading.label, look: mainLook(reading.runs), cell: cellOf(paragraph), tabbed: reading.tabbed === true, open: runsEndOpen(reading.runs) };
      seen = true;
      continue;
    }
    if (reading.rowVoice !== undefined && at) {
      const row = `${at.table}:${at.row}`;
      // The row's first text cell (a notes column after it is no text of the speech's; nor a time code's cell, `Personnage | TC | Texte`).
      if (speech?.row !== row && !timecodeAlone(reading.runs.map((r) => r.text).join(''))) {
        speech = { voice: reading.rowVoice, look: mainLook(reading.runs), cell: cellOf(paragraph), tabbed: true, row, open: null };
        rows = { table: at.table, column: at.column };
        seen = true;
      }
      continue;
    }
    const text = normaliseSpace(paragraph.runs.map((r) => r.text).join(''));
    const inRows = rows !== null && at !== undefined;
    // Read otherwise (a table's label row, an aside, a screenplay's name), or claimed by a colour or a style: not this rule's.
    if (reading.runs !== paragraph.runs || reading.fallback !== null || paragraph.runs.some(claims)) {
      // In a label table, a row read as its label and its text (`SFX⇥Trolley wheels…`) or a label cell left out: as
      // its PDF reads the row, a direction's lets the speech's place stand, another label's ends it.
      if (inRows && reading.runs !== paragraph.runs && !paragraph.runs.some(claims)) {
        const kind = kindOf(normaliseSpace(reading.runs.map((r) => r.text).join('')), false);
        if (kind === 'none' || kind === 'direction') continue;
      }
      if (hasWord(text)) [speech, endedBy] = [null, null];
      continue;
    }
    const cell = cellOf(paragraph);
    if (inRows) {
      // The row's other cells (a time code, its label cell left empty, notes): no text of a speech.
      if (at.column !== rows!.column) continue;
    } else if (cell !== null ? cell !== speech?.cell : speech !== null && speech.cell !== null) {
      // A table's cell other than the line's own, or a paragraph after the table a line's cell is in: the speech ended there.
      if (hasWord(text)) [speech, endedBy] = [null, null];
      continue;
    }
    const heading = headings.has(paragraph);
    let kind = kindOf(text, heading);
    if (kind === 'none' || kind === 'direction') continue;
    // After a speech stopped mid-sentence (`PAUL: Write to us at`, then `12 Harbour Road`): a line with no end
    // opening in small letters or digits, or any after a comma or a word no sentence ends on, goes on with it; so
    // does, after a comma or such a word, a line opening with a label that opens no other line of the script
    // (`call me at` then `NOON: the shop closes…`, said): not after another word, maybe a line typed without its stop.
    let opener: string | undefined;
    if (speech?.open && (kind === 'title' || kind === 'unsure') && (speech.open !== 'word' || GOING_ON_START().test(text))) kind = 'speech';
    else if (speech?.open && speech.open !== 'word' && kind === 'label') {
      const found = openingLabel(text);
      if (found !== null && opensOnce(found.key)) {
        kind = 'speech';
        opener = found.label;
      }
    }
    if (kind === 'break' || kind === 'label' || kind === 'title') {
      // What stands between the speech and what follows: a heading or a title, or a line with a label naming no voice (`SUPER:`).
      const label = heading ? null : LABEL.exec(text);
      endedBy = label ? normaliseSpace(label[1]!) : null;
      endedByWritten = label ? labelAsWritten(endedBy!, label[0]) : null;
      speech = null;
      continue;
    }
    const words = countWords(text);
    const sameLook = speech !== null && mainLook(paragraph.runs) === speech.look;
    if (kind === 'speech' && speech && sameLook && !speech.tabbed && goOn) {
      continued.set(paragraph, opener === undefined ? { voice: speech.voice, text, words } : { voice: speech.voice, text, words, label: opener });
      speech.open = endsOpen(text);
      continue;
    }
    if (seen) {
      const reason = kind === 'unsure' ? 'no-end' : !speech ? (endedBy !== null ? 'after-label' : 'no-speaker') : !sameLook ? 'look' : speech.tabbed ? 'tabbed' : 'off';
      const item: LeftOut = { paragraph, text, words, reason, after: reason === 'after-label' ? endedBy : kind === 'speech' && speech ? speech.voice : null };
      if (reason === 'after-label' && endedByWritten !== null) item.written = endedByWritten;
      leftOut.push(item);
    }
    // A paragraph in another look (a note to the studio) stands between the speech's paragraphs as a direction does.
    if (kind === 'unsure') speech = null;
  }
  return { continued, leftOut };
}

/**
 * The paragraphs read as going on after a line stopped mid-sentence though a label opens them (Continued
 * `label`): what label-breaks.ts says of a label after a line break (`label-after-break`), for a PDF shows
 * a line break as a paragraph of its own.
 */
export function continuationDoubts({ continued }: Continuations): { paragraph: Paragraph; label: string; text: string }[] {
  const doubts: { paragraph: Paragraph; label: string; text: string }[] = [];
  for (const [paragraph, { text, label }] of continued) if (label !== undefined) doubts.push({ paragraph, label, text });
  return doubts;
}

/** Paragraphs quoted in a warning, the rest counted. */
const QUOTED = 3;

function quoted(texts: readonly string[]): string {
  const shown = texts.slice(0, QUOTED).map(shortText);
  const more = texts.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${count(more)} more` : listOf(shown);
}

const WHY: Record<LeftOutReason, (after: string | null, written: string | null) => string> = {
  look: (after) => `in another colour than ${after}’s line above it`,
  tabbed: (after) => `under ${after}’s line, whose label stands apart in a column of its own (after a tab, or in a table), with that place left empty: it may be ${after}’s, a direction or another speaker’s`,
  off: (after) => `under ${after}’s line, left nobody’s because the config sets continueLabels: false`,
  'no-speaker': () => 'with no speaker’s line right above it (a heading or a title stands between)',
  'after-label': (label, written) => `with no speaker’s line right above it (a line opening with "${written ?? `${label}:`}", which names no voice, stands between: an on-screen text, a field or a speaker the config leaves out)`,
  'no-end': () => 'with no end punctuation, so it may be a title or a direction',
};

/**
 * `label-continued`, one per voice: the paragraphs counted for it as going on from its line above;
 * `unlabelled-speech`, one per reason: the paragraphs reading as speech left nobody's.
 */
export function continuationWarnings({ continued, leftOut }: Continuations): Warning[] {
  const warnings: Warning[] = [];
  const byVoice = new Map<string, { paragraphs: Paragraph[]; texts: string[]; words: number }>();
  for (const [paragraph, { voice, text, words, label }] of continued) {
    // (A label read as going on after a line stopped mid-sentence is said as label-after-break: continuationDoubts.)
    if (label !== undefined) continue;
    const entry = byVoice.get(voice) ?? { paragraphs: [], texts: [], words: 0 };
    entry.paragraphs.push(paragraph);
    entry.texts.push(text);
    entry.words += words;
    byVoice.set(voice, entry);
  }
  for (const [voice, { paragraphs, texts, words }] of byVoice) {
    const one = paragraphs.length === 1;
    warnings.push({
      code: 'label-continued',
      message:
        `${plural(paragraphs.length, 'paragraph')} with no speaker label (${plural(words, 'word')}) ${one ? 'is' : 'are'} counted for ${voice}, as going on from ${voice}’s line above ${one ? 'it' : 'them'}: ${quoted(texts)} (${one ? '' : 'the first '}at ${formatLocation(paragraphs[0]!.location)}). ` +
        `If someone else says ${one ? 'it' : 'them'}, write that speaker’s label before ${one ? 'it' : 'each'}.`,
      location: paragraphs[0]!.location,
      details: { voice, paragraphs: paragraphs.length, words, texts, locations: paragraphs.map((p) => p.location) },
    });
  }
  const byReason = new Map<string, LeftOut[]>();
  for (const item of leftOut) {
    const key = `${item.reason}\u0000${item.after ?? ''}`;
    const items = byReason.get(key);
    if (items) items.push(item);
    else byReason.set(key, [item]);
  }
  for (const items of byReason.values()) {
    const { reason, after, written } = items[0]!;
    const one = items.length === 1;
    const words = items.reduce((sum, item) => sum + item.words, 0);
    warnings.push({
      code: 'unlabelled-speech',
      message:
        `${plural(items.length, 'paragraph')} (${plural(words, 'word')}) ${one ? 'reads' : 'read'} as speech but ${one ? 'has' : 'have'} no speaker label, ${WHY[reason](after, written ?? null)}: ${quoted(items.map((i) => i.text))} (${one ? '' : 'the first '}at ${formatLocation(items[0]!.paragraph.location)}). ` +
        `${one ? 'It is' : 'They are'} counted as unassigned text, for nobody. If ${one ? 'it is' : 'they are'} to be recorded, write the speaker’s label before ${one ? 'it' : 'each'}.`,
      location: items[0]!.paragraph.location,
      // `written`: the label that stands between as the script writes it (`LE VENDEUR :`), with reason after-label.
      details: { reason, after, ...(written !== undefined ? { written } : {}), paragraphs: items.length, words, texts: items.map((i) => i.text), locations: items.map((i) => i.paragraph.location) },
    });
  }
  return warnings;
}
