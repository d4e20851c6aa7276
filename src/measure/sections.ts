/**
 * Sections and spots: where a script divides into parts a client times separately ("does spot 2
 * fit in 20 seconds?"), and each part's words and time per voice. Pure.
 *
 * A section starts at a heading, found (strongest first) by:
 *  - an outline level (DOCX `w:outlineLvl`, direct or from the style chain);
 *  - a heading style name (`heading 2`, `Titre 1`…; `Title` is the document's title);
 *  - a paragraph style used only for short unassigned lines, with voice lines between them;
 *  - (PDF) a short unassigned line set larger than the body text;
 *  - a spot marker in a short unassigned line: `SPOT 1`, `:30`, `30"`, `30s`, `(RADIO, 30")`,
 *    `60 sec`, `0:30`.
 * A section runs to the next heading of the same or a higher level, so a chapter holds its
 * screens. A duration in the heading is the section's target; the config may set or override it.
 */
import type { Line } from '../attribute/cast.js';
import type { Location, Paragraph, Warning } from '../model.js';
import { recordingSeconds } from './pace.js';
import type { SyllablesAndPauses } from './timing.js';
import { countNormalWords, countWordsUpTo, isLetterAt, isLetterOrDigitAt, LETTER_OR_DIGIT, normaliseSpace } from '../text/words.js';
import { count, formatDuration, formatLocation, listOf, plural } from '../text/format.js';
import { styleHeadingLevel } from '../text/headings.js';
import { lazy } from '../text/lazy.js';
import { type SectionTarget } from '../config/settings.js';

/** How a section's heading was recognised. */
export type SectionSource = 'outline' | 'heading-style' | 'short-line-style' | 'font-size' | 'spot-marker' | 'start';

export interface SectionVoice {
  name: string;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
}

export interface Section {
  /** The heading as written (whitespace collapsed). */
  title: string;
  location: Location;
  /** 1 = outermost. A section runs to the next heading of the same or a lower number. */
  level: number;
  source: SectionSource;
  /** The longest the section may take, in seconds: from a duration in its heading, or the config. */
  targetSeconds: number | null;
  targetFrom: 'heading' | 'config' | null;
  /** The voices' words, spoken words and time in the section (unassigned text is not recorded). */
  words: number;
  spokenWords: number;
  seconds: number;
  voices: SectionVoice[];
}

export interface SectionInput {
  paragraphs: readonly Paragraph[];
  /** Every line of the script in reading order (casting.lines). */
  lines: readonly Line[];
  /** The voices in report order, with their pace (and their syllable rate with syllable timing). */
  voices: readonly { name: string; wpm: number; syllablesPerSecond?: number }[];
  /**
   * With syllable timing: each line's syllables and pauses, by index in `lines`. A section's time is
   * then each voice's syllables at its rate plus the pauses, as the report times the voice.
   */
  syllables?: readonly SyllablesAndPauses[];
  targets?: readonly SectionTarget[];
  /**
   * Paragraph texts already read (whitespace collapsed) with their words, by paragraph index, as
   * casting keeps them (attribute/cast.ts `paragraphTextsOf`); the others are read here.
   */
  texts?: readonly ({ text: string; words: number } | undefined)[] | null;
  /**
   * The voices are the colours found (no config, no legend): a spot marker in a colour group is that
   * group's text, never a heading, and is said (`spots-unread`) rather than left unread in silence.
   */
  colourGroups?: boolean;
}

/** Spot markers a warning quotes at most (spots-unread). */
const MAX_MARKERS_SAID = 20;

/** Text before the first heading, when a voice speaks there. */
export const START_TITLE = 'Before the first heading';

const MAX_HEADING_WORDS = 15;
/** A line set this much larger than the body text stands apart (PDF). */
const LARGER = 1.15;
/** Shortest duration read as a target: "2s" in a short line is a pause, not a spot. */
const MIN_TARGET_SECONDS = 5;

/**
 * A capital opening a text: the same pattern, with the same flags, as legend.ts's and speaker-label.ts's
 * capital tests, which V8 compiles once for all (a pattern of its own, `[\p{Lu}\p{N}]`, cost ~2.5 M
 * instructions to build and compile).
 */
const UPPER_START = /^\p{Lu}/u;

/** Whether a UTF-16 unit is whitespace by a regular expression's `\s`. */
function isPatternSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a code point is a capital (`\p{Lu}`) or a digit (`\p{N}`); ASCII decided without a regular expression. */
function isUpperOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  const char = String.fromCodePoint(cp);
  // A digit (`\p{N}`) is a letter or digit that is no letter: the general categories do not overlap.
  return UPPER_START.test(char) || (LETTER_OR_DIGIT.test(char) && !isLetterAt(char, 0));
}

/** A label's name may hold these besides capitals and digits: space . & ' ’ / ( ) - */
const isNameMark = (cp: number) => cp === 0x20 || cp === 0x2e || cp === 0x26 || cp === 0x27 || cp === 0x2019 || cp === 0x2f || cp === 0x28 || cp === 0x29 || cp === 0x2d;

/**
 * "SFX:", "MUSIC:", "ANNOUNCER:", "LEGAL (…):" — a label opening a direction or a speaker's line: its
 * name, or null. What `/^\s*([\p{Lu}\p{N}][\p{Lu}\p{N} .&'’/()-]{0,30}?)\s*[:：]/u` finds (its group), as a
 * loop over code points: compiled for text beyond Latin-1, that pattern's thirty copies of two Unicode
 * classes cost a small script's run ~14 M instructions (bench/README.md, the twenty-eighth session).
 */
export function labelName(text: string): string | null {
  let i = 0;
  while (i < text.length && isPatternSpace(text.charCodeAt(i))) i++;
  const start = i;
  let cp = text.codePointAt(i);
  if (cp === undefined || !isUpperOrDigit(cp)) return null;
  i += cp > 0xffff ? 2 : 1;
  // The shortest name that spaces and a colon follow, up to 30 characters after its first.
  for (let n = 0; ; n++) {
    let j = i;
    while (j < text.length && isPatternSpace(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 0x3a || c === 0xff1a) return text.slice(start, i);
    if (n === 30) return null;
    cp = text.codePointAt(i);
    if (cp === undefined || !(isNameMark(cp) || isUpperOrDigit(cp))) return null;
    i += cp > 0xffff ? 2 : 1;
  }
}
/** `(RADIO, 30")`, `(TV :30)`: the medium and length of a spot, in parentheses. */
/** The medium's word whole: "télé" ends on "é", after which an ASCII `\b` never falls, so "no letter follows". */
const MEDIUM = /^\(\s*(?:radio|tv|t\.v\.|télé|television|télévision|web|online|cinema|cinéma|pre-roll|podcast)(?![A-Za-zÀ-ÖØ-öø-ÿ])[^()]*\)$/iu;
const SPOT_WORD = /\bspot\s*(?:#|n[°o]\.?\s*)?\s*\d+[a-z]?\b/iu;

/**
 * The forms of a length, each with what a text must hold for it to match (`needs`: the `\p{N}` of the
 * second and third is built, when first used, only for a text with a colon or a quote mark).
 */
const DURATION_FORMS: { pattern: () => RegExp; needs?: (text: string) => boolean; seconds: (m: RegExpExecArray) => number; check?: (text: string, m: RegExpExecArray) => boolean }[] = [
  // 0:30, 1:00 (m:ss), set apart like the forms below, so "open at 6:30 every day" is a time of day;
  // nor a clock time set apart ("Doors open — 10:30", "Mon–Fri, 9:00–17:30": clockTime).
  { pattern: lazy(() => /(?<=(?:^|[—–\-(,/|·])\s*)(\d{1,2}):([0-5]\d)(?![\d:])(?=\s*(?:$|[)\]—–\-,;/|·]))/gu), seconds: (m) => Number(m[1]) * 60 + Number(m[2]), check: (text, m) => !clockTime(text, m) },
  // :30, :60
  { pattern: lazy(() => /(?<![\p{N}:])[:：](\d{2})(?!\d)/gu), needs: (text) => COLON_SECONDS_ANYWHERE.test(text), seconds: (m) => Number(m[1]) },
  // 30", 30”, 30″, 30'', 30’’ — unless the quote mark closes a quotation ("Top 30"), nor the
  // seconds of 1'30" (a minute and a half, not 30 seconds).
  { pattern: lazy(() => /(?<!\p{N}|\p{N}\s?['’′])(\d{1,3})\s?(″|''|’’|"|”)/gu), needs: (text) => SECONDS_MARK.test(text) && MARKED_SECONDS_ANYWHERE.test(text), seconds: (m) => Number(m[1]), check: (text, m) => closesNoQuote(text, m.index + m[0].length - m[2]!.length) },
  // 30s, 60 sec, 30 seconds, 30 secondes, 30 Sekunden — set apart by a dash, a parenthesis or a
  // comma ("SPOT 3 — 15s", "(RADIO, 30s)"), so "in her 40s" or "hold for 10 seconds" are not, nor
  // "30s–40s" (an age range) — but a spot's number before the dash is no range ("Spot 2 – 30 Sek.").
  {
    pattern: lazy(() => /(?<=(?:^|[—–\-(,:/|·])\s*)(?<!(?<!spot\s*(?:#|n[°o]\.?\s*)?|\d)\d+\s*s?\s*[–-]\s*)(\d{1,3})\s?(?:s|secs?|seconds?|secondes?|segs?|segundos?|sek|sekunden)\b\.?(?!\s*[–-]\s*\d)(?=\s*(?:$|[)\]—–\-,;/|·]))/giu),
    seconds: (m) => Number(m[1]),
  },
];
/** A mark the third form's seconds end with (`″`, `''`, `’’`, `"`, `”`). */
const SECONDS_MARK = /[″'’"”]/;
/**
 * What the second and third forms need, without their `\p{N}` look-behinds (so the forms are built
 * only for a text that may match: a heading's `Storyboard : gestes` or `d’accident` builds neither):
 * a colon and two digits, not a third; a digit, perhaps a space, and a seconds mark.
 */
const COLON_SECONDS_ANYWHERE = /[:：]\d\d(?!\d)/;
const MARKED_SECONDS_ANYWHERE = /\d\s?(?:″|''|’’|"|”)/;

const ASCII_DIGIT = /\d/;

/** A `"` or `”` after a number is a seconds mark only when it does not close an open quotation. */
function closesNoQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const mark = text[index]!;
  if (mark === '"') return (before.match(/"/g)?.length ?? 0) % 2 === 0;
  if (mark === '”') return (before.match(/“/g)?.length ?? 0) <= (before.match(/”/g)?.length ?? 0);
  return true;
}

/** `3 × `, `2 x `: a count of spots before their length (`Acme Summer Radio — 3 × :30`), which is then no length of the heading's. */
const SPOT_COUNT = /\d\s*[×xX*]\s*$/u;
/** A time just before (`9:00–`) or after (`–17:30`) an `h:mm`: a range of clock times. */
const TIME_BEFORE = /\d{1,2}[:h.]\d\d\s*[–—-]\s*$/u;
const TIME_AFTER = /^\s*[–—-]\s*\d{1,2}[:h.]\d\d/u;
/** `10:30 am`, `8:00 pm`, `9:00 h`: a time of day. */
const DAY_HALF_AFTER = /^\s*(?:[ap]\.?m\b\.?|h\b|hrs?\b|uhr\b)/iu;
/** Words beside a time of day: opening hours, days, from/until (English, French, Spanish, German). */
const CLOCK_WORDS = lazy(
  () => /(?<![\p{L}\p{N}])(?:open|opens|opening|doors|hours|closes?|closing|from|until|till|daily|mon|tue|tues|wed|thu|thurs|fri|sat|sun|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|am|pm|ouvert|ouverte|ouverture|fermeture|horaires?|dès|jusqu|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|abierto|horario|desde|hasta|geöffnet|öffnungszeiten|uhr)(?![\p{L}\p{N}])/iu,
);
/**
 * Words that name a spot, a medium or a length (`SPOT 1 — 2:00`, `Durée : 30 s`, `TV 30 sec`; one makes an
 * `h:mm` a spot's length whatever its size: `Length — 3:00`, `TV — 2:00`), anywhere, whole or not: what a
 * text must hold to name one (namesLength). Case-insensitive as a reader reads them.
 */
const LENGTH_WORD_ANYWHERE = lazy(() => /spots?|length|duration|durée|duree|dauer|duración|trt|runtime|radio|tv|télé|web|online|cinema|cinéma|podcast|pre-roll/iu);
/** One of those words, and nothing else: tested on a text's runs of letters and digits. */
const NAMED_LENGTH_WORD = lazy(() => /^(?:spots?|length|duration|durée|duree|dauer|duración|trt|runtime|radio|tv|télé|web|online|cinema|cinéma|podcast|pre-roll)$/iu);

/**
 * Whether a text names a spot, a medium or a length by one of those words, whole: with no letter or
 * digit (`[\p{L}\p{N}]`, case-insensitively) just before or after it. As code, not as the one pattern
 * `(?<![\p{L}\p{N}])(?:spots?|…|pre-roll)(?![\p{L}\p{N}])` with the `iu` flags, whose case-insensitive
 * Unicode classes cost most of its building at every run that met a heading with a digit and one of
 * the words anywhere (`durée cible : 9 minutes`; `téléphone … 215`): every word is letters but
 * `pre-roll`'s hyphen, and a letter is all a letter matches case-insensitively, so a whole word is a
 * whole run of letters and digits (`pre-roll` two runs and the hyphen between). The same answer on
 * every text (tests/regex-as-code.test.ts compares it with the pattern).
 */
export function namesLength(text: string): boolean {
  if (!LENGTH_WORD_ANYWHERE().test(text)) return false;
  const word = NAMED_LENGTH_WORD();
  const n = text.length;
  // `[\p{L}\p{N}]` under the `i` and `u` flags: the letters and digits, and the one mark a letter is
  // case-insensitively (U+0345, which folds to ι).
  const inWord = (i: number): boolean => isLetterOrDigitAt(text, i) || text.charCodeAt(i) === 0x345;
  const runEnd = (from: number): number => {
    let i = from;
    while (i < n && inWord(i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    return i;
  };
  for (let i = 0; i < n; ) {
    if (!inWord(i)) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const end = runEnd(i);
    if (word.test(text.slice(i, end))) return true;
    if (text.charCodeAt(end) === 0x2d && end + 1 < n && inWord(end + 1) && word.test(text.slice(i, runEnd(end + 1)))) return true;
    i = end;
  }
  return false;
}

/**
 * Whether an `h:mm` set apart in a heading is a clock time rather than a length: in a range of times
 * (`Mon–Fri, 9:00–17:30`), before `am`/`pm`/`h`, beside opening hours' or days' words (`Doors open —
 * 10:30`), or two minutes or more with no word naming a spot or a length (`Store hours — 8:00`).
 */
function clockTime(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (TIME_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) || TIME_AFTER.test(text.slice(end, end + 10))) return true;
  if (DAY_HALF_AFTER.test(text.slice(end, end + 8))) return true;
  if (namesLength(text)) return false;
  return CLOCK_WORDS().test(text) || Number(m[1]) >= 2;
}

/**
 * Words of a sound or music cue (`MUSIC UP — 10 sec`, `Silence — 5 seconds`, `SOUND OF WAVES, 8 SEC`,
 * `Beat — 5 sec`): a line opening with one, with no spot's number, is a timed cue, not a spot.
 */
const CUE_WORD =
  /^(?:music|musics|sfx|fx|sound|sounds|beat|beats|silence|pause|hold|bed|sting|stinger|jingle|ambience|ambiance|atmos|atmosphere|applause|laughter|effect|effects|musique|bruit|bruits|bruitage|son|sons|virgule|música|musica|sonido|efecto|musik|geräusch|stille)$/iu;

/** A full stop closing a duration's unit (`30 sec.`, `30 Sek.`, `20 s.`, `1 min.`): it ends no sentence. */
const UNIT_STOP = /\d\s?(?:s|secs?|sek|segs?|mins?|mn)\.$/iu;

/** A label that names a length: `Durée`, `Duration`, `Spot length`, `Durée du spot`, `TRT`… */
const LENGTH_WORD = /^(?:durée|duree|duration|length|longueur|runtime|run|running|trt|timing|dauer|länge|spotlänge|duración|duracion|duração|duracao|durata|lunghezza)$/iu;
const SECONDS_UNIT = String.raw`(?:s|secs?|seconds?|secondes?|segs?|segundos?|sek|sekunden|secondi)\.?`;
const MINUTES_UNIT = String.raw`(?:mn|mins?|minutes?|minuten|minutos?|minuti)\.?`;
/** A length and nothing else (written in ASCII: scripts/bundle-cli.mjs escapes no String.raw): `:30`, `0:30`, `1:30`, `30"`, `30 s`, `30 secondes`, `1 min`, `1 min 30`, `1'30"`. */
const LENGTH_VALUE = new RegExp(
  String.raw`^(?:` +
    String.raw`(?<m1>\d{1,2})?[:\uFF1A](?<s1>[0-5]\d)` +
    String.raw`|(?<s2>\d{1,4})\s?(?:\u2033|''|\u2019\u2019|"|\u201D|${SECONDS_UNIT})` +
    String.raw`|(?<m3>\d{1,2})\s?${MINUTES_UNIT}(?:\s?(?:et\s|and\s|y\s|und\s)?(?<s3>[0-5]?\d)(?:\s?(?:\u2033|''|\u2019\u2019|"|\u201D|${SECONDS_UNIT}))?)?` +
    String.raw`|(?<m4>\d{1,2})\s?['\u2019\u2032](?<s4>[0-5]\d)(?:\u2033|''|\u2019\u2019|"|\u201D)?` +
    String.raw`)$`,
  'iu',
);
const MEDIUM_WORD = /^(?:radio|tv|t\.v\.|télé|tele|television|télévision|web|online|cinema|cinéma|ciné|cine|pre-roll|preroll|podcast|social|digital|ctv|ott|streaming)$/iu;
/** `:60`, `:90`: seconds after a colon, a spot's length however many. */
const COLON_SECONDS = /^[:：](\d{2})$/u;
/** Between a medium and its length: `TV :30`, `TV — :30`, `RADIO, 60"`, `WEB: 15 s`. */
const MEDIUM_SEPARATOR = /^(?:[—–\-,|·]|[:：](?=\s))?\s*/u;

/**
 * `TV :30`, `RADIO 60"`, `TV 30 sec`, `WEB — 0:15`: a medium word and a length, and nothing else —
 * the length in seconds (null for anything else). Such a line is a spot's title, never a speaker's
 * label (`TV:` is no voice).
 */
export function mediumLength(text: string): number | null {
  const medium = leadingWord(text.trim());
  if (!medium || !MEDIUM_WORD.test(medium[1]!)) return null;
  const rest = text.trim().slice(medium[0].length).replace(MEDIUM_SEPARATOR, '').replace(/\.$/u, '').trim();
  // `:60`: a minute's spot, as agencies write it (LENGTH_VALUE's m:ss stops at :59).
  const colon = COLON_SECONDS.exec(rest);
  if (colon) return Number(colon[1]) >= MIN_TARGET_SECONDS ? Number(colon[1]) : null;
  const m = LENGTH_VALUE.exec(rest);
  if (!m?.groups) return null;
  const g = m.groups;
  const total = Number(g.m1 ?? g.m3 ?? g.m4 ?? 0) * 60 + Number(g.s1 ?? g.s2 ?? g.s3 ?? g.s4 ?? 0);
  return total >= MIN_TARGET_SECONDS && total <= MAX_LINE_SECONDS ? total : null;
}
/** Longest length read from a line of its own: a spot or a screen, not a programme. */
const MAX_LINE_SECONDS = 3600;

/**
 * `Durée : `, `Spot length: ` opening a line, and what follows it is not blank: [the label with its
 * colon and the spaces after it, the label's words], or null. What
 * `/^([\p{L}][\p{L} .'’-]{0,40}?)\s*[:：]\s*(?=\S)/u` finds, as a loop over code points (see labelName).
 */
export function lengthLabel(text: string): [string, string] | null {
  if (text.length === 0 || !isLetterAt(text, 0)) return null;
  let i = text.codePointAt(0)! > 0xffff ? 2 : 1;
  // The shortest name that spaces, a colon, spaces and something else follow, up to 40 characters after its first.
  for (let n = 0; ; n++) {
    let j = i;
    while (j < text.length && isPatternSpace(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 0x3a || c === 0xff1a) {
      j++;
      while (j < text.length && isPatternSpace(text.charCodeAt(j))) j++;
      if (j < text.length) return [text.slice(0, j), text.slice(0, i)];
    }
    if (n === 40 || i >= text.length) return null;
    const cp = text.codePointAt(i)!;
    if (!(cp === 0x20 || cp === 0x2e || cp === 0x27 || cp === 0x2019 || cp === 0x2d || isLetterAt(text, i))) return null;
    i += cp > 0xffff ? 2 : 1;
  }
}

/**
 * The word opening a text (letters, dots and hyphens), with the spaces and the comma after it:
 * [all of it, the word], or null. What the pattern `^([\p{L}.-]+)\s*,?\s*` (flag `u`) finds, as a loop over code points.
 */
export function leadingWord(text: string): [string, string] | null {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!(c === 0x2e || c === 0x2d || isLetterAt(text, i, c))) break;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (i === 0) return null;
  let j = i;
  while (j < text.length && isPatternSpace(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 0x2c) j++;
  while (j < text.length && isPatternSpace(text.charCodeAt(j))) j++;
  return [text.slice(0, j), text.slice(0, i)];
}

/**
 * The length a line of its own gives the heading above it — `Durée : 30 secondes`,
 * `Duration: 30 s`, `Spot length: :30`, `:30`, `(30 sec)`, `(RADIO, 30")`, `1 min 30` — in
 * seconds, or null when the line says anything else. Such a line is not a section: it is the
 * target of the section whose heading it follows.
 */
export function durationLine(text: string): number | null {
  if (!ASCII_DIGIT.test(text)) return null;
  let rest = normaliseSpace(text).trim();
  if (rest.length > 80) return null;
  // `Durée : …`, `Spot length: …`: the label must name a length.
  const label = lengthLabel(rest);
  if (label) {
    const words = label[1]!.split(/[\s'’.-]+/u).filter(Boolean);
    if (words.length > 4 || !words.some((w) => LENGTH_WORD.test(w))) return null;
    rest = rest.slice(label[0].length);
  }
  // `(30 sec)`, `[:30]`, `(RADIO, 30")`, `(TV :30)`.
  const bracketed = /^[([](.*)[)\]]\.?$/u.exec(rest);
  if (bracketed) {
    rest = bracketed[1]!.trim();
    const medium = leadingWord(rest);
    if (medium && MEDIUM_WORD.test(medium[1]!) && medium[0].length < rest.length) rest = rest.slice(medium[0].length);
  }
  rest = rest.replace(/\.$/u, '').trim();
  const m = LENGTH_VALUE.exec(rest);
  if (!m?.groups) {
    // `:60`: a minute's spot, as agencies write it (LENGTH_VALUE's m:ss stops at :59).
    const colon = COLON_SECONDS.exec(rest);
    return colon && Number(colon[1]) >= MIN_TARGET_SECONDS ? Number(colon[1]) : null;
  }
  const g = m.groups;
  const minutes = Number(g.m1 ?? g.m3 ?? g.m4 ?? 0);
  const seconds = Number(g.s1 ?? g.s2 ?? g.s3 ?? g.s4 ?? 0);
  const total = minutes * 60 + seconds;
  return total >= MIN_TARGET_SECONDS && total <= MAX_LINE_SECONDS ? total : null;
}

/** The duration a heading names, in seconds (the first one found), or null. */
export function durationIn(text: string): number | null {
  // Every form names its seconds in ASCII digits (`\d`): most lines have none, and are done with at once.
  if (!ASCII_DIGIT.test(text)) return null;
  let best: { index: number; seconds: number } | null = null;
  for (const form of DURATION_FORMS) {
    if (form.needs && !form.needs(text)) continue;
    const pattern = form.pattern();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (form.check && !form.check(text, m)) continue;
      // `3 × :30`: three spots of that length, not a length.
      if (m.index > 0 && SPOT_COUNT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const seconds = form.seconds(m);
      if (seconds < MIN_TARGET_SECONDS) continue;
      if (!best || m.index < best.index) best = { index: m.index, seconds };
      break;
    }
  }
  // `TV 30 sec`: a length after a medium's word, set apart by nothing but a space.
  return best?.seconds ?? mediumLength(text) ?? namedLength(text);
}

/** A title's parts, as dashes, bars, brackets and commas set them apart (`SPOT 8 — 1 min`). */
const TITLE_PARTS = /\s*[—–|·(),[\]]\s*|\s+-\s+/u;
/** `max`, `maximum` after a length (`20 sec. max`): the length is the most a spot may take. */
const MAX_AFTER = /\s*\b(?:max|maxi|maximum)\b\.?$/iu;

/**
 * A length written in minutes, or in minutes and seconds, or with `max` after it, set apart in a
 * title that names a spot, a medium or a length (`SPOT 8 — 1 min`, `SPOT 1 — 1'00"`, `SPOT 3 — 1 min
 * 30`, `SPOT 11 — 20 sec. max`), in seconds; null for anything else. (An `h:mm` is DURATION_FORMS', where
 * a time of day is told apart.)
 */
function namedLength(text: string): number | null {
  if (!namesLength(text)) return null;
  for (const part of text.split(TITLE_PARTS)) {
    const value = part.replace(MAX_AFTER, '').replace(/\.$/u, '').trim();
    if (value.length === 0 || !ASCII_DIGIT.test(value)) continue;
    const m = LENGTH_VALUE.exec(value);
    if (!m?.groups || m.groups.s1 !== undefined) continue;
    const g = m.groups;
    const total = Number(g.m3 ?? g.m4 ?? 0) * 60 + Number(g.s2 ?? g.s3 ?? g.s4 ?? 0);
    if (total >= MIN_TARGET_SECONDS && total <= MAX_LINE_SECONDS) return total;
  }
  return null;
}

/**
 * Text in a title that looks like a length (`0:30:00`, `30 sec`, `:30`, `1'`): a title naming a spot
 * with such text and no length read is said (`section-length-unread`), not left without a target in silence.
 */
const LENGTH_LIKE = /\d+(?:[:：]\d\d)+|[:：]\d\d|\d+\s?(?:″|''|’’|"|”|['’′]|secs?\b|sec\.|seconds?|secondes?|sek\b|sekunden|segs?\b|segundos?|mins?\b|minutes?|minuten|mn\b)/giu;
/** An `h:mm` and nothing else: what a time of day is written as. */
const HOUR_MINUTES = /^\d{1,2}[:：][0-5]\d$/u;

/**
 * The length-like text of a title naming a spot, a medium or a length, or null. A time of day is
 * none (`Spot 2 — Open 9:00–17:00`, `SPOT 3 — Open 9:00`, `8:00 am`): an `h:mm` in a range of
 * times, before `am`/`pm`/`h`, or beside opening hours' or days' words.
 */
export function unreadLength(text: string): string | null {
  if (!ASCII_DIGIT.test(text) || !(SPOT_WORD.test(text) || namesLength(text))) return null;
  LENGTH_LIKE.lastIndex = 0;
  for (let m = LENGTH_LIKE.exec(text); m; m = LENGTH_LIKE.exec(text)) {
    if (SPOT_COUNT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (HOUR_MINUTES.test(m[0])) {
      const end = m.index + m[0].length;
      if (TIME_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) || TIME_AFTER.test(text.slice(end, end + 10))) continue;
      if (DAY_HALF_AFTER.test(text.slice(end, end + 8)) || CLOCK_WORDS().test(text)) continue;
    }
    return m[0];
  }
  return null;
}

/**
 * Short enough, and not shaped like a sentence, a direction or a labelled line: what a heading
 * looks like when nothing else says it is one.
 */
function looksLikeHeading(text: string, spotLabel = false): boolean {
  const words = countWordsUpTo(text, MAX_HEADING_WORDS + 1);
  if (words === 0 || words > MAX_HEADING_WORDS) return false;
  // A full stop closing a length's unit (`SPOT 1 — 30 sec.`) ends no sentence.
  if (/[.:;,]$/u.test(text) && !/\.\.\.$|…$/u.test(text) && !(spotLabel && UNIT_STOP.test(text))) return false;
  if (/^[[(]/u.test(text) && !(spotLabel && MEDIUM.test(text))) return false;
  const name = labelName(text);
  if (name !== null && /\p{L}/u.test(name) && !(spotLabel && SPOT_WORD.test(name))) return false;
  return true;
}

/** A short unassigned line that marks a spot: `SPOT 1 — :30`, `(RADIO, 30")`, `Tag — 0:10`. */
export function isSpotMarker(text: string): boolean {
  // `TV :30`, `RADIO 60"`: a medium and a length (`TV :` reads as a label otherwise).
  if (mediumLength(text) !== null) return true;
  if (!looksLikeHeading(text, true)) return false;
  if (SPOT_WORD.test(text)) return true;
  // `MUSIC UP — 10 sec`, `Silence — 5 seconds`: a timed cue.
  const first = leadingWord(text);
  if (first && CUE_WORD.test(first[1]!)) return false;
  return durationIn(text) !== null;
}

interface Heading {
  index: number;
  paragraph: Paragraph;
  title: string;
  level: number;
  source: SectionSource;
  /** Lines of their own under the heading, before any voice line, that give its length (`Durée : 30 secondes`). */
  lengths: { seconds: number; paragraph: Paragraph; text: string }[];
}

/** `TITLE: "Garden"`, `Spot title: Garden`, `Titre du spot : Le jardin`, `TITEL: …`: a spot's title field, its value. */
const TITLE_FIELD = /^(?:spot\s+)?(?:title|titre|titel|título|titulo|titolo)(?:\s+(?:du\s+spot|of\s+(?:the\s+)?spot))?\s*[:：]\s*(\S.*)$/iu;
/** Quotation marks around a whole title: `"Garden"`, `“Garden”`, `« Le jardin »`. */
const QUOTES_AROUND = /^["“”«‘'’]\s*(.*?)\s*["“”»’']$/u;
/** A title field opens with a T (any case): most paragraphs are done with at once. */
const TITLE_START = /^\s*(?:spot\s+)?[tT]/iu;
/** Fields of a header block read around its title field, each way. */
const BLOCK_FIELDS = 6;
/**
 * The fields of an agency's header block besides its title and length (`CLIENT:`, `PRODUCT:`,
 * `ISCI:`, `Ad-ID:`, `JOB #:`, `MEDIUM:`…, in English, French, Spanish and German), with what each
 * says of the spot: 3 a code naming it alone (ISCI, Ad-ID), 2 its product, 1 its campaign or brand,
 * 0 nothing of its own (client, agency, job, medium).
 */
export const AGENCY_FIELDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...['isci', 'ad-id', 'adid', 'ad id', 'spot code', 'code', 'clock number', 'key number', 'code isci'].map((name) => [name, 3] as const),
  ...['product', 'produit', 'producto', 'produkt', 'prodotto', 'spot name'].map((name) => [name, 2] as const),
  ...['campaign', 'campagne', 'campaña', 'kampagne', 'campagna', 'brand', 'marque', 'marca', 'marke'].map((name) => [name, 1] as const),
  ...['client', 'cliente', 'kunde', 'annonceur', 'advertiser', 'agency', 'agence', 'agencia', 'agentur', 'job', 'job no', 'job no.', 'job #', 'job number', 'medium', 'media', 'média', 'medio', 'medien', 'writer', 'copywriter', 'rédacteur', 'date', 'version'].map((name) => [name, 0] as const),
]);
const FIELD_COLON = /[:：]/u;
const SPACES = /\s+/gu;
/** `CLIENT:\tAcme`, `Job #: 4471`: a field's name (lower case, spaces collapsed) and value, or null. */
function fieldOf(text: string): { name: string; value: string } | null {
  const colon = text.search(FIELD_COLON);
  if (colon <= 0 || colon > 24) return null;
  const value = text.slice(colon + 1).trim();
  if (value.length === 0) return null;
  const name = text.slice(0, colon).trim().toLowerCase().replace(SPACES, ' ');
  return AGENCY_FIELDS.has(name) || lengthLabel(text) !== null ? { name, value } : null;
}

/** Values by a location's story and paragraph number: the paragraph a line belongs to, without a key string per look-up. */
class ByParagraph<T> {
  private readonly stories = new Map<string, Map<number, T>>();
  get(location: Location): T | undefined {
    return this.stories.get(location.story)?.get(location.paragraph);
  }
  set(location: Location, value: T): void {
    let numbers = this.stories.get(location.story);
    if (!numbers) this.stories.set(location.story, (numbers = new Map()));
    numbers.set(location.paragraph, value);
  }
}
/** The document's title (the `Title` style): no spot, and a header block under it heads a spot of its own. */
const isDocumentTitle = (h: Heading) => h.source === 'heading-style' && h.level === 0;
const inBody = (location: Location) => location.story === 'body' || location.story === 'textbox';

function paragraphText(paragraph: Paragraph): string {
  return normaliseSpace(paragraph.runs.map((run) => run.text).join(''));
}

/**
 * Each paragraph's text and words, read on first use: most paragraphs are never a heading's
 * candidate, and casting has read most of them already.
 */
class ParagraphTexts {
  private readonly texts: (string | undefined)[];
  private readonly words: (number | undefined)[];
  constructor(private readonly paragraphs: readonly Paragraph[], known: SectionInput['texts']) {
    this.texts = new Array(paragraphs.length);
    this.words = new Array(paragraphs.length);
    if (known) {
      for (let i = 0; i < paragraphs.length; i++) {
        const entry = known[i];
        if (entry) {
          this.texts[i] = entry.text;
          this.words[i] = entry.words;
        }
      }
    }
  }
  text(i: number): string {
    return (this.texts[i] ??= paragraphText(this.paragraphs[i]!));
  }
  wordsOf(i: number): number {
    return (this.words[i] ??= countNormalWords(this.text(i)));
  }
}

/** The type size that carries the most words: the body text (PDF). */
function bodySize(paragraphs: readonly Paragraph[], texts: ParagraphTexts): number | null {
  // One size (or none) is the body's whatever its words: no paragraph needs counting.
  const sizes = new Set<number>();
  for (const p of paragraphs) if (p.fontSize !== undefined && sizes.add(p.fontSize).size > 1) break;
  if (sizes.size < 2) return sizes.size === 1 ? sizes.values().next().value! : null;
  const words = new Map<number, number>();
  paragraphs.forEach((p, i) => {
    if (p.fontSize !== undefined) words.set(p.fontSize, (words.get(p.fontSize) ?? 0) + texts.wordsOf(i));
  });
  let best: number | null = null;
  for (const [size, count] of words) if (best === null || count > words.get(best)!) best = size;
  return best;
}

/**
 * Paragraph styles used only for short unassigned lines that look like headings, at least twice,
 * each with its own text, and a voice line between any two of them (so speaker names, which
 * repeat, and sound cues, which sit next to one another, do not pass). The style carrying the most
 * words is the body's.
 */
function shortLineStyles(
  paragraphs: readonly Paragraph[],
  texts: ParagraphTexts,
  unassigned: (i: number) => boolean,
  voicedBetween: (from: number, to: number) => boolean,
): Set<string> {
  const uses = new Map<string, number[]>();
  paragraphs.forEach((p, i) => {
    if (!p.style || !inBody(p.location)) return;
    const list = uses.get(p.style);
    if (list) list.push(i);
    else uses.set(p.style, [i]);
  });
  // Only a style used twice or more, only for unassigned lines, can be one: when none is, no word needs counting.
  if (![...uses.values()].some((indexes) => indexes.length >= 2 && indexes.every(unassigned))) return new Set();
  const words = new Map<string, number>();
  for (const [style, indexes] of uses) words.set(style, indexes.reduce((sum, i) => sum + texts.wordsOf(i), 0));
  let bodyStyle: string | null = null;
  for (const [style, count] of words) if (bodyStyle === null || count > words.get(bodyStyle)!) bodyStyle = style;
  const styles = new Set<string>();
  for (const [style, indexes] of uses) {
    if (style === bodyStyle || indexes.length < 2) continue;
    if (!indexes.every((i) => unassigned(i) && looksLikeHeading(texts.text(i)))) continue;
    // Headings name different parts; a speaker's name before each of their lines repeats.
    if (new Set(indexes.map((i) => texts.text(i).toLowerCase())).size < indexes.length) continue;
    const separated = indexes.every((i, k) => k === 0 || voicedBetween(indexes[k - 1]! + 1, i));
    if (separated) styles.add(style);
  }
  return styles;
}

/** What the lines of a paragraph say of it (a paragraph with no line has none). */
interface ParagraphLines {
  /** One of them is a voice's. */
  voiced: boolean;
  /** The first voice that speaks in it. */
  voice?: string;
  /** The words of its voices' lines. */
  words: number;
}

/** A short line shaped like a spot marker in a colour group's text (no config): it divides nothing. */
interface VoicedMarker {
  paragraph: Paragraph;
  text: string;
  voice: string;
  /** The words of the voice's lines in it (counted as the voice's). */
  words: number;
  /** A field of a spot's header block (`TITLE: "Garden"`, `LENGTH: :30`, `CLIENT: Acme`), not a marker of its own. */
  field: boolean;
}

function findHeadings(input: SectionInput): { headings: Heading[]; voicedMarkers: VoicedMarker[] } {
  const { paragraphs } = input;
  const texts = new ParagraphTexts(paragraphs, input.texts);
  const linesOf = new ByParagraph<ParagraphLines>();
  for (const line of input.lines) {
    let entry = linesOf.get(line.location);
    if (!entry) linesOf.set(line.location, (entry = { voiced: false, words: 0 }));
    if (line.voice !== null) {
      entry.words += line.words;
      if (!entry.voiced) {
        entry.voiced = true;
        entry.voice = line.voice;
      }
    }
  }
  const voicedMarkers: VoicedMarker[] = [];
  const paragraphLines = paragraphs.map((p) => linesOf.get(p.location));
  // A paragraph with no line at all (the legend) is no heading; nor is one a voice speaks.
  const unassigned = (i: number) => paragraphLines[i] !== undefined && !paragraphLines[i].voiced;
  // Whether a voice speaks in a paragraph from index `from` to before `to`.
  const voicedBetween = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (paragraphLines[j]?.voiced) return true;
    return false;
  };
  const styles = shortLineStyles(paragraphs, texts, unassigned, voicedBetween);
  const body = bodySize(paragraphs, texts);

  const headings: (Heading & { rank?: number })[] = [];
  /**
   * A `TITLE:` field (`TITLE: "Garden"`, `Titre du spot : Le jardin`) with a length field (`LENGTH: :30`,
   * `Durée : 30 secondes`) near it, among the unassigned lines around it (no voice between): the spot
   * the block heads, named by its title — its name, the length's paragraph and seconds — or null.
   */
  const headerBlock = (index: number): { title: string; at: number; seconds: number } | null => {
    if (!unassigned(index) || !TITLE_START.test(texts.text(index))) return null;
    const field = TITLE_FIELD.exec(texts.text(index));
    if (!field) return null;
    const title = field[1]!.replace(QUOTES_AROUND, '$1').trim();
    if (title.length === 0 || countWordsUpTo(title, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) return null;
    for (const step of [1, -1]) {
      for (let j = index + step, n = 0; j >= 0 && j < paragraphs.length && n < BLOCK_FIELDS; j += step) {
        if (paragraphLines[j] === undefined) continue;
        if (!unassigned(j) || TITLE_FIELD.test(texts.text(j))) break;
        n++;
        const text = texts.text(j);
        if (lengthLabel(text) === null) continue;
        const seconds = durationLine(text);
        if (seconds !== null) return { title, at: j, seconds };
      }
    }
    return null;
  };
  /**
   * An agency's header block with no TITLE field (`CLIENT: Acme` / `PRODUCT: Roadster` / `LENGTH: :30` /
   * `ISCI: ACME0002H`), opening at paragraph `index`: consecutive unassigned field lines, one of them a
   * length and another an agency's field. The spot it heads is named by what names it best (its
   * ISCI or Ad-ID code, else its product, else its campaign or brand, else its first field as written):
   * that name, the length's paragraph and seconds — or null.
   */
  const fieldBlock = (index: number): { title: string; at: number; seconds: number } | null => {
    const first = fieldOf(texts.text(index));
    if (!first) return null;
    let length: { at: number; seconds: number } | null = null;
    let name: { rank: number; value: string } | null = null;
    for (let j = index, n = 0; j < paragraphs.length && n < BLOCK_FIELDS + 1; j++) {
      if (paragraphLines[j] === undefined) continue;
      if (!unassigned(j)) break;
      const text = texts.text(j);
      // A block with a title field is headerBlock's.
      if (TITLE_START.test(text) && TITLE_FIELD.test(text)) return null;
      const field = j === index ? first : fieldOf(text);
      if (!field) break;
      n++;
      const rank = AGENCY_FIELDS.get(field.name);
      if (rank === undefined) {
        const seconds: number | null = length ? null : durationLine(text);
        if (seconds !== null) length = { at: j, seconds };
      } else if (!name || rank > name.rank) name = { rank, value: field.value };
    }
    if (!length || !name) return null;
    const value = name.rank > 0 ? name.value.replace(QUOTES_AROUND, '$1').trim() : texts.text(index);
    if (value.length === 0 || countWordsUpTo(value, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) return null;
    return { title: value, ...length };
  };
  /**
   * An agency's header block typed in a voice's colour (`TITLE: "Garden"` / `LENGTH: :30`, `TITRE :` / `DURÉE :`,
   * `CLIENT:`, `ISCI:`), opening at paragraph `index`: consecutive field lines of that one voice, a length among them
   * and a title or another agency's field. The voice's words as its colour says, and no spot's header (said:
   * spot-markers-voiced): the block's paragraphs, or null.
   */
  const voicedBlock = (index: number): number[] | null => {
    const voice = paragraphLines[index]!.voice;
    const block: number[] = [];
    let length = false;
    let named = false;
    for (let j = index; j < paragraphs.length && block.length <= BLOCK_FIELDS; j++) {
      const lines = paragraphLines[j];
      if (lines === undefined) continue;
      if (!lines.voiced || lines.voice !== voice) break;
      const text = texts.text(j);
      const title = TITLE_START.test(text) ? TITLE_FIELD.exec(text) : null;
      if (title) {
        if (countWordsUpTo(title[1]!, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) break;
        named = true;
      } else {
        const field = fieldOf(text);
        if (!field) break;
        if (AGENCY_FIELDS.has(field.name)) named = true;
        else if (durationLine(text) !== null) length = true;
        else break;
      }
      block.push(j);
    }
    return length && named ? block : null;
  };
  // The paragraphs of such blocks in a voice's colour.
  const voicedFields = new Set<number>();
  // The last heading while no voice has spoken since: a length on a line of its own is its target.
  let open: Heading | null = null;
  const heading = (index: number, level: number, source: SectionSource, rank?: number) => {
    const entry: Heading & { rank?: number } = { index, paragraph: paragraphs[index]!, title: texts.text(index), level, source, lengths: [] };
    if (rank !== undefined) entry.rank = rank;
    headings.push(entry);
    open = entry;
  };
  // What a paragraph style's name says: a heading level, the title (0), or nothing; read once per style.
  const styleLevels = new Map<string, number | null>();
  const styleLevel = (style: string) => {
    let level = styleLevels.get(style);
    if (level === undefined) {
      level = styleHeadingLevel(style);
      styleLevels.set(style, level);
    }
    return level;
  };
  // The agency's header block of a spot (`CLIENT:` / `TITLE: "Garden"` / `LENGTH: :30` / `MEDIUM:`): its length field, by paragraph.
  const blockLengths = new Map<number, number>();
  paragraphs.forEach((paragraph, index) => {
    if (!inBody(paragraph.location) || paragraphLines[index] === undefined) return;
    if (blockLengths.has(index)) return;
    if (paragraphLines[index].voiced) open = null;
    else {
      // (A block under a heading, a marker or a block of its own gives that one its length.)
      const block = headerBlock(index) ?? (open === null || isDocumentTitle(open) ? fieldBlock(index) : null);
      if (block) {
        const entry: Heading = { index, paragraph, title: block.title, level: -1, source: 'spot-marker', lengths: [{ seconds: block.seconds, paragraph: paragraphs[block.at]!, text: texts.text(block.at) }] };
        headings.push(entry);
        blockLengths.set(block.at, block.seconds);
        open = entry;
        return;
      }
      if (open) {
        // `Durée : 30 secondes` under a spot's title (a line, a table cell) is the spot's length, not a
        // section of its own: as one, it would hold the same lines as the spot and count them twice.
        const seconds = durationLine(texts.text(index));
        if (seconds !== null) {
          open.lengths.push({ seconds, paragraph, text: texts.text(index) });
          return;
        }
      }
    }
    const named = paragraph.style ? styleLevel(paragraph.style) : null;
    if (paragraph.outlineLevel !== undefined) heading(index, paragraph.outlineLevel, 'outline');
    else if (named !== null) heading(index, named, 'heading-style');
    else if (!unassigned(index)) {
      // (With named voices too: a marker in a voice's colour is that voice's words, said: spot-markers-voiced; so
      // are the fields of a spot's header block in a voice's colour.)
      const text = texts.text(index);
      // (Named voices only: with colour groups, spots-unread says the markers, and black holds the fields as it holds the directions.)
      if (!input.colourGroups && !voicedFields.has(index) && FIELD_COLON.test(text)) for (const j of voicedBlock(index) ?? []) voicedFields.add(j);
      const field = voicedFields.has(index);
      if (field || (ASCII_DIGIT.test(text) && isSpotMarker(text))) voicedMarkers.push({ paragraph, text, voice: paragraphLines[index].voice!, words: paragraphLines[index].words, field });
      return;
    }
    else if (paragraph.style && styles.has(paragraph.style)) heading(index, 1, 'short-line-style');
    else if (body !== null && paragraph.fontSize !== undefined && paragraph.fontSize >= body * LARGER && looksLikeHeading(texts.text(index))) {
      heading(index, 0, 'font-size', paragraph.fontSize);
    } else if (isSpotMarker(texts.text(index))) heading(index, -1, 'spot-marker');
  });

  // Larger type is a higher level: rank the sizes set apart, largest first.
  const sizes = [...new Set(headings.flatMap((h) => (h.rank === undefined ? [] : [h.rank])))].sort((a, b) => b - a);
  for (const h of headings) if (h.rank !== undefined) h.level = sizes.indexOf(h.rank) + 1;
  return { headings, voicedMarkers };
}

/**
 * Levels for spot markers, and spots side by side: a section with a target of its own is a spot, and
 * spots never hold spots. A spot marker sits one level under the heading above it (a campaign title),
 * or at the top; but a marker after a spot is that spot's sibling (`Spot A` in Heading 2, then a bold
 * `SPOT B — :30`), and so is a spot in a heading style after a marker (a bold `0:45`, then Heading 2
 * spots), unless the styled spot has no voice line of its own before the marker: then it is the markers'
 * title. A heading holding spots is their container (returned): a length in it is not its target
 * (`Campaign — 60 sec` over Heading 2 spots of :30). The document's title (level 0) is never a spot.
 */
function placeSpots(headings: readonly Heading[], targeted: (h: Heading) => boolean, holdsLines: (from: Heading, to: Heading) => boolean): Set<Heading> {
  const containers = new Set<Heading>();
  let above = 0;
  // The run of sibling spots open: its level, and whether a marker opened it (then styled spots after it are its siblings).
  let run: { level: number; opener: Heading } | null = null;
  let previous: Heading | null = null;
  for (const h of headings) {
    const before = previous;
    previous = h;
    if (h.source === 'spot-marker') {
      // A spot in a heading style with no voice line of its own before the marker is the markers' title
      // (`Campaign — 45 sec` in Heading 1, or one the config times, over bold `SPOT 1 — :30` markers):
      // it holds them, as a marker with no line of its own holds the styled spots after it.
      if (run && run.opener === before && before.source !== 'spot-marker' && !holdsLines(before, h)) {
        h.level = before.level + 1;
        run = { level: h.level, opener: h };
        continue;
      }
      h.level = run ? run.level : above + 1;
      run ??= { level: h.level, opener: h };
      continue;
    }
    const spot = h.level > 0 && targeted(h);
    if (run && h.level <= run.level) run = null;
    if (spot) {
      // (A marker with no voice line of its own before the styled spot is their title: `Agency: … Two spots, :30 and :15`.)
      if (run && run.opener.source === 'spot-marker' && before !== null && holdsLines(before, h)) h.level = run.level;
      else if (run && run.opener.source === 'spot-marker') run = { level: h.level, opener: h };
      else if (run) {
        // A styled spot under a styled spot: the outer one holds spots.
        containers.add(run.opener);
        run = { level: h.level, opener: h };
      } else run = { level: h.level, opener: h };
    } else if (!run) above = h.level;
  }
  // Any heading holding a targeted section is a container.
  headings.forEach((h, k) => {
    for (let j = k + 1; j < headings.length && headings[j]!.level > h.level; j++) {
      if (targeted(headings[j]!)) {
        containers.add(h);
        break;
      }
    }
  });
  return containers;
}

/** A title or a config's key as they are compared: compatibility forms folded, case and spaces aside, quotes and dashes of one kind. */
function titleKey(text: string): string {
  return normaliseSpace(text.normalize('NFKC'))
    .trim()
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-');
}

/** Whether a title starts with a config's key and a character that is no letter nor figure (`SPOT 2 — …`, not `SPOT 20`). */
function startsWithKey(title: string, key: string): boolean {
  return title.length > key.length && title.startsWith(key) && !/[\p{L}\p{N}]/u.test(title[key.length]!);
}

/**
 * The headings a config's key names (`sections: {"SPOT 2": …}`): those whose title is the key, case and spaces aside;
 * else those whose title starts with it and a sign that is no letter nor figure (`SPOT 2 — “Morning Rush”`, not
 * `SPOT 20`), when they are one title. A key starting several titles (`Radio` before `Radio campaign — 45 sec` and
 * `RADIO :60`) names none of them: which one it is for is not the tool's to guess (`section-target-ambiguous`).
 */
function headingsOfKey<H extends { title: string }>(headings: readonly H[], target: string): { named: H[]; several: H[] } {
  const key = titleKey(target);
  const exact = headings.filter((h) => titleKey(h.title) === key);
  if (exact.length > 0) return { named: exact, several: [] };
  const started = headings.filter((h) => startsWithKey(titleKey(h.title), key));
  if (new Set(started.map((h) => titleKey(h.title))).size > 1) return { named: [], several: started };
  return { named: started, several: [] };
}

/**
 * The sections of a script with each voice's words and time, and warnings for config targets that name
 * none; `starts`: where each section starts, by index in `lines` (a section runs to the next one's start
 * at its level or above, and holds the lines up to the next section's start as its own).
 */
export function findSections(input: SectionInput): { sections: Section[]; starts: number[]; warnings: Warning[] } {
  const found = findHeadings(input);
  let headings = found.headings;
  const targets = input.targets ?? [];
  // The first line of each paragraph, indexed when a heading first needs it (most scripts have none).
  let lineIndex: ByParagraph<number> | null = null;
  const startOf = (h: Heading) => {
    if (!lineIndex) {
      const index = (lineIndex = new ByParagraph<number>());
      input.lines.forEach((line, i) => {
        if (index.get(line.location) === undefined) index.set(line.location, i);
      });
    }
    return lineIndex.get(h.paragraph.location) ?? 0;
  };
  // A length in the heading's own text, else on a line of its own under it (`Durée : 30 secondes`).
  const lengthOf = (h: Heading) => durationIn(h.title) ?? h.lengths[0]?.seconds ?? null;
  // By target, the headings it names (headingsOfKey); the last target naming a heading is its target.
  const keyed = targets.map((target) => ({ target, ...headingsOfKey(headings, target.title) }));
  const configTarget = (h: Heading) => [...keyed].reverse().find((k) => k.named.includes(h))?.target;
  const holdsLines = (from: Heading, to: Heading) => {
    for (let i = startOf(from), end = startOf(to); i < end; i++) if (input.lines[i]!.voice !== null && inBody(input.lines[i]!.location)) return true;
    return false;
  };
  const containers = placeSpots(headings, (h) => configTarget(h) !== undefined || lengthOf(h) !== null, holdsLines);
  const targetOf = (h: Heading) => {
    const fromConfig = configTarget(h);
    if (fromConfig) return { targetSeconds: fromConfig.maxSeconds, targetFrom: 'config' as const };
    // A heading holding spots is not timed by a length it names (`3 × :30`, `Campaign — 60 sec`): its spots are.
    const fromHeading = containers.has(h) ? null : lengthOf(h);
    return fromHeading === null ? { targetSeconds: null, targetFrom: null } : { targetSeconds: fromHeading, targetFrom: 'heading' as const };
  };
  const voicedBefore = (lineIndexExclusive: number) => input.lines.slice(0, lineIndexExclusive).some((l) => l.voice !== null && inBody(l.location));

  // The document's title: one heading above all the others, before any voice line, with no
  // target. It spans the whole script, which the summary already shows.
  const top = Math.min(...headings.map((h) => h.level));
  const outermost = headings.filter((h) => h.level === top);
  if (outermost.length === 1 && outermost[0] === headings[0] && !voicedBefore(startOf(headings[0]!)) && targetOf(headings[0]!).targetSeconds === null) {
    headings = headings.slice(1);
  }
  // Levels as 1, 2, 3… whatever numbering the headings used.
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);

  const paces = new Map(input.voices.map((v) => [v.name, v]));
  const timed = input.syllables;
  const measure = (from: number, to: number) => {
    const byVoice = new Map<string, SectionVoice>(input.voices.map((v) => [v.name, { name: v.name, lineCount: 0, words: 0, spokenWords: 0, seconds: 0 }]));
    // With syllable timing, each voice's syllables and pauses in the section.
    const said = timed ? new Map<string, SyllablesAndPauses>(input.voices.map((v) => [v.name, { syllables: 0, pauseSeconds: 0 }])) : null;
    for (let i = from; i < to; i++) {
      const line = input.lines[i]!;
      if (line.voice === null || !inBody(line.location)) continue;
      const voice = byVoice.get(line.voice);
      if (!voice) continue;
      voice.lineCount++;
      voice.words += line.words;
      voice.spokenWords += line.spokenWords;
      if (said) {
        const sum = said.get(line.voice)!;
        sum.syllables += timed![i]!.syllables;
        sum.pauseSeconds += timed![i]!.pauseSeconds;
      }
    }
    // Unrounded seconds of each voice, at its own pace: by syllables (at its rate, pauses added) or by words.
    const exact = (v: SectionVoice) => {
      const pace = paces.get(v.name)!;
      const sum = said?.get(v.name);
      return sum && pace.syllablesPerSecond ? sum.syllables / pace.syllablesPerSecond + sum.pauseSeconds : (v.spokenWords / pace.wpm) * 60;
    };
    const voices = [...byVoice.values()].map((v) => ({ ...v, seconds: said ? Math.round(exact(v) * 10) / 10 : recordingSeconds(v.spokenWords, paces.get(v.name)!.wpm) }));
    const seconds = Math.round(voices.reduce((sum, v) => sum + exact(v), 0) * 10) / 10;
    return { words: voices.reduce((s, v) => s + v.words, 0), spokenWords: voices.reduce((s, v) => s + v.spokenWords, 0), seconds, voices };
  };

  const sections: Section[] = [];
  const starts: number[] = [];
  if (headings.length > 0) {
    const firstStart = startOf(headings[0]!);
    if (voicedBefore(firstStart)) {
      const first = input.lines.find((l) => inBody(l.location))!;
      starts.push(0);
      sections.push({ title: START_TITLE, location: first.location, level: 1, source: 'start', targetSeconds: null, targetFrom: null, ...measure(0, firstStart) });
    }
  }
  headings.forEach((h, k) => {
    const next = headings.slice(k + 1).find((other) => other.level <= h.level);
    const end = next ? startOf(next) : input.lines.length;
    starts.push(startOf(h));
    sections.push({ title: h.title, location: h.paragraph.location, level: levels.indexOf(h.level) + 1, source: h.source, ...targetOf(h), ...measure(startOf(h), end) });
  });

  const warnings: Warning[] = [];
  // Two lengths for one section (`SPOT 1 — :30` over `Durée : 45 secondes`): which one the studio
  // times against is not for the tool to guess, unless the config sets it.
  for (const h of headings) {
    // (A heading holding spots is timed by neither: containers.)
    if (containers.has(h)) continue;
    const found = [...(durationIn(h.title) === null ? [] : [{ seconds: durationIn(h.title)!, where: 'its title' }]), ...h.lengths.map((l) => ({ seconds: l.seconds, where: `${formatLocation(l.paragraph.location)} ("${l.text}")` }))];
    if (new Set(found.map((f) => f.seconds)).size < 2) continue;
    if (configTarget(h) !== undefined) continue;
    warnings.push({
      code: 'section-lengths-differ',
      message: `Section "${h.title}" (${formatLocation(h.paragraph.location)}) gives two lengths: ${found.map((f) => `${formatDuration(f.seconds)} in ${f.where}`).join(', ')}; the section is timed against the first, ${formatDuration(found[0]!.seconds)}. If that is not the length to record, set it in the config: sections: {"${h.title}": {maxSeconds: …}}.`,
      location: h.paragraph.location,
      details: { section: h.title, lengths: found.map((f) => f.seconds) },
    });
  }
  // A title naming a spot and a length that was not read (`SPOT 12 — 0:30:00`): no target, said.
  for (const h of headings) {
    if (containers.has(h) || targetOf(h).targetSeconds !== null) continue;
    const text = unreadLength(h.title);
    if (text === null) continue;
    warnings.push({
      code: 'section-length-unread',
      message: `Section "${h.title}" (${formatLocation(h.paragraph.location)}) seems to give a length ("${text}") that vo-lines cannot read, so it has no target. Write the length as :30, 0:30, 30 s or 1 min, or set it in the config: sections: {"${h.title}": {maxSeconds: …}}.`,
      location: h.paragraph.location,
      details: { section: h.title, text },
    });
  }
  // Spot markers in a colour group's text (no config): the spots they mark are not read, and the user is told why.
  if (found.voicedMarkers.length > 0 && input.colourGroups) {
    const markers = found.voicedMarkers;
    const groups = [...new Set(markers.map((m) => m.voice))];
    const first = markers[0]!;
    const more = markers.length > 1 ? ` and ${markers.length - 1} more` : '';
    warnings.push({
      code: 'spots-unread',
      message: `"${first.text}" (${formatLocation(first.paragraph.location)})${more} look${markers.length > 1 ? '' : 's'} like ${markers.length > 1 ? 'spots’ titles or lengths' : 'a spot’s title or length'}, but no voices are named (no config, no legend), so ${markers.length > 1 ? 'they are' : 'it is'} read as the text of ${groups.length > 1 ? 'the colour groups' : 'the colour group'} ${groups.join(' and ')}: the script is not divided into spots there, and no spot is timed against its length. Spot markers like these will be read once the voices are named (vo-lines init writes a config).`,
      location: first.paragraph.location,
      details: { texts: markers.slice(0, MAX_MARKERS_SAID).map((m) => m.text), count: markers.length, groups },
    });
  }
  // Spot markers in a named voice's colour (a config or a legend making black a voice, the markers black): the voice's
  // words, as its colour says, and no spot's title; said, with the words they add to the voice's count.
  if (found.voicedMarkers.length > 0 && !input.colourGroups) {
    const markers = found.voicedMarkers;
    const voices = [...new Set(markers.map((m) => m.voice))];
    const words = markers.reduce((sum, m) => sum + m.words, 0);
    const first = markers[0]!;
    const many = markers.length > 1;
    const more = many ? ` and ${count(markers.length - 1)} more` : '';
    // The fields of a spot's header block (`TITLE:`, `LENGTH:`, `CLIENT:`) among them: said as such.
    const fields = markers.reduce((sum, m) => sum + (m.field ? 1 : 0), 0);
    const what = fields === 0 ? (many ? 'spots’ titles or lengths' : 'a spot’s title or length') : fields === markers.length ? 'the fields of a spot’s header (its title, length, client…)' : 'spots’ titles, lengths or header fields';
    warnings.push({
      code: 'spot-markers-voiced',
      message:
        `"${first.text}" (${formatLocation(first.paragraph.location)})${more} look${many ? '' : 's'} like ${what}, but ${many ? 'they are' : 'it is'} in the colour of ${listOf(voices, 'and')}, ` +
        `so ${many ? 'they are' : 'it is'} counted as ${voices.length > 1 ? 'their' : `${voices[0]}'s`} words (${plural(words, 'word')}, which are not read aloud): the script is not divided into spots there, and no spot is timed against its length. ` +
        `Set ${fields === 0 ? 'spot titles' : fields === markers.length ? 'the header’s fields' : 'spot titles and header fields'} apart from the voice's text (a heading style, or a colour of no voice), or check ${voices.length > 1 ? 'those voices’' : `${voices[0]}'s`} count.`,
      location: first.paragraph.location,
      // `fields`: how many of them are a spot's header fields (none: no detail).
      details: fields > 0 ? { texts: markers.slice(0, MAX_MARKERS_SAID).map((m) => m.text), count: markers.length, voices, words, fields } : { texts: markers.slice(0, MAX_MARKERS_SAID).map((m) => m.text), count: markers.length, voices, words },
    });
  }
  for (const { target, named, several } of keyed) {
    if (several.length > 0) {
      const titles = several.map((h) => `"${h.title}" (${formatLocation(h.paragraph.location)})`);
      warnings.push({
        code: 'section-target-ambiguous',
        message: `The config sets a target of ${formatDuration(target.maxSeconds)} for section "${target.title}", but the titles of ${count(several.length)} sections start with it, ${listOf(titles, 'and')}: the target is given to ${several.length === 2 ? 'neither' : 'none of them'}, for which one it is for is not clear. Name the section by its whole title in the config (sections: {"${several[0]!.title}": {maxSeconds: ${target.maxSeconds}}}).`,
        location: several[0]!.paragraph.location,
        details: { section: target.title, maxSeconds: target.maxSeconds, sections: several.map((h) => h.title) },
      });
      continue;
    }
    if (named.length > 0) continue;
    const known = sections.filter((s) => s.source !== 'start').map((s) => `"${s.title}"`);
    warnings.push({
      code: 'unknown-section',
      message: `The config sets a target of ${formatDuration(target.maxSeconds)} for section "${target.title}", but no section of the script has that title (${known.length ? `sections: ${known.join(', ')}` : 'the script has no sections'}).`,
      details: { section: target.title, maxSeconds: target.maxSeconds, sections: sections.map((s) => s.title) },
    });
  }
  return { sections, starts, warnings };
}
