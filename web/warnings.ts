/**
 * The library's warnings in the page's words (English or French), from their `details`: the numbers,
 * texts and colours each sentence needs. A warning whose details are not as expected (a library of
 * another version) gets null, and the page shows the library's English sentence, as it does for a code
 * it does not know. The advice is the page's: what to do in Word, in a PDF viewer or by dropping a
 * config with the script, never a command-line option. Pure (no DOM): tests/web-warnings.test.ts
 * checks every sentence without a browser.
 */
import { LABELS_SOURCE } from '../dist/attribute/speaker-labels.js';
import { START_TITLE } from '../dist/measure/sections.js';
import type { Warning } from '../dist/model.js';
import type { Key, Words } from './i18n.js';
import { NAMES_SOURCE } from './protocol.js';

/** What a sentence is made of: the page's words, and the library's own (English) text where the page has none. */
export type Part = string | { en: string };

export interface Speaker {
  w: Words;
  /** A colour as the page names it: "#0070C0 bleu" (with "(surlignage ou trame)" for a background). */
  colour(hex: string, background?: boolean): string;
  /** A voice as the page shows it (a colour group by its colour); null: text of no voice. */
  voice(name: string | null): string;
  /**
   * In a comparison: how a voice the two versions tell apart otherwise is marked in each (its
   * colours, its name, its style), when that is not by its colours alone in both; else null.
   */
  marks?(name: string): { old: string; new: string } | null;
  /** The script's legend, when the voices were read from one: its text and where it is (`furniture-left-out`'s `legend`). */
  legend?: { text: string; story: string } | null;
}

/**
 * Codes the page says in its own words: here (SENTENCES), in web/app.ts `warningText` (the first
 * ones, which build their own nodes), or inside a `legend-rejected` warning (its reasons).
 */
export const APP_WARNINGS = ['confusable-colours', 'unknown-colour', 'struck-text', 'legend-not-recorded-majority', 'highlight-no-colour', 'annotation-marks', 'legend-rejected'] as const;
export const LEGEND_REASONS = ['same-colour', 'colour-not-used', 'ambiguous-colour', 'body-colour', 'one-voice-takes-all', 'legends-disagree', 'conflicting-entries', 'name-colour-differs', 'no-voice-lines'] as const;

/**
 * Codes left in the library's English on purpose, and why: rare, and about the file's inner workings
 * more than about whose lines are whose. tests/web-warnings.test.ts fails on a code made in src/ that
 * is neither said by the page nor listed here.
 */
export const LEFT_IN_ENGLISH: Record<string, string> = {
  'textbox-fill-unknown': 'its details say what the fill is only in the library\'s English (a picture, a colour it cannot work out): rare, and technical',
  'since-voice-map-borrowed': 'made by `check --since` only, about a git revision\'s config; the page reads no git history',
  'since-unreadable': 'made by `check --since` only, about a git revision\'s version of the script; the page reads no git history',
  'config-rules-not-inherited': 'made by `check` only, about configs in nested folders; the page reads one script with at most one config',
  'config-misnamed': 'made where the command line looks for a config in the script\'s folder and above (a file named almost vo-lines.config.yaml); the page looks in no folder: it reads the config dropped with the script, whatever its name',
  'label-said-opener': 'made by `init` only, about the config it proposes from speakers\' labels; the page proposes no config',
  'no-voice-map': '`check`\'s error for a script it cannot check (no legend, and a config that names no voice), not a warning; the page shows colour groups instead',
};

type Details = Record<string, unknown>;
type Sentence = (d: Details, s: Speaker, warning: Warning) => Part[] | null;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every(isNumber);

/** "page 2" / "pages 1, 3", with the article French wants there: "la page 2", "les pages 1, 3". */
const pagesOf = (s: Speaker, pages: number[]) => (s.w.lang === 'fr' ? `${pages.length > 1 ? 'les' : 'la'} ${s.w.pages(pages)}` : s.w.pages(pages));
const say = (s: Speaker, key: Key, values: Record<string, string | number> = {}): string => s.w.t(key, values);
const count = (s: Speaker, n: number, en: [string, string], fr: [string, string]) => s.w.count(n, { en: en[0], fr: fr[0] }, { en: en[1], fr: fr[1] });
/** The end of a long line, from a word on: where a label out of place stands. */
const lineEnd = (text: string) => {
  if (text.length <= 60) return text;
  const tail = text.slice(-56);
  const word = tail.indexOf(' ');
  return `…${word >= 0 ? tail.slice(word + 1) : tail}`;
};
/** The first lines quoted, as the library gives them ("…" past `max` characters). */
/** A voice as the page shows it, opening a sentence: "Text of no voice", not "text of no voice". */
const voiceFirst = (s: Speaker, name: string | null) => {
  const said = s.voice(name);
  return name === null ? said.charAt(0).toLocaleUpperCase(s.w.lang) + said.slice(1) : said;
};
const quoted = (s: Speaker, texts: string[], shown = 2, max = 60) => texts.slice(0, shown).map((text) => s.w.quote(text, max)).join(', ');

/** A legend's bracket pairs (legend-directions.ts), as the page names them. */
const BRACKET_KEYS: Record<string, Key> = { '[]': 'bracketSquare', '()': 'bracketRound', '{}': 'bracketCurly', '<>': 'bracketAngle' };
/** The looks a legend may say are not recorded, which vo-lines does not apply (legend-directions.ts). */
const LOOK_KEYS: Record<string, Key> = { underlined: 'lookUnderlined', italics: 'lookItalics', bold: 'lookBold', strikethrough: 'lookStrikethrough', capitals: 'lookCapitals', highlighted: 'lookHighlighted' };

/** A text as the furniture warnings compare it with the legend's: spaces folded, case aside. */
const furnitureKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where, among the texts `furniture-left-out` quotes, the legend's are: the run of them that, one after another, make
 * its text (as src/readers/pdf/furniture-legend.ts finds it); null when none does.
 */
function legendRun(texts: readonly string[], legend: string): { from: number; to: number } | null {
  const wanted = furnitureKey(legend);
  for (let from = 0; from < texts.length; from++) {
    let joined = '';
    for (let to = from; to < texts.length; to++) {
      joined = furnitureKey(joined ? `${joined} ${texts[to]!}` : texts[to]!);
      if (joined === wanted) return { from, to };
      if (!wanted.startsWith(joined)) break;
    }
  }
  return null;
}

/** `dates-read-day-first` / `dates-read-month-first`: the signs the text gave (one example each), the dates read its way. */
function datesRead(d: Details, s: Speaker, marked: Key, unmarked: Key): string[] | null {
  if (typeof d.signs !== 'object' || d.signs === null || !strings(d.dates) || !d.dates.length) return null;
  const signs = Object.values(d.signs as Record<string, unknown>).filter(isString);
  if (!signs.length) return null;
  const values = { signs: signs.map((sign) => s.w.quote(sign, 30)).join(', '), dates: s.w.list(d.dates.slice(0, 3)) };
  // One voice's own dates read in the other order than the rest of the script's (details.voice; no language marks).
  if (Object.hasOwn(d, 'voice')) {
    if (!(d.voice === null || isString(d.voice)) || (d.read !== 'en-GB' && d.read !== 'en-US')) return null;
    const gb = d.read === 'en-GB';
    const dates = values.dates + (isNumber(d.total) && d.total > 3 ? ', …' : '');
    return [
      say(s, d.dates.length === 1 ? 'wDatesVoiceOne' : 'wDatesVoice', {
        voice: voiceFirst(s, d.voice as string | null),
        signs: values.signs,
        dates,
        order: say(s, gb ? 'dateOrderDayFirst' : 'dateOrderMonthFirst'),
        other: say(s, gb ? 'dateOrderMonthFirst' : 'dateOrderDayFirst'),
        read: say(s, gb ? 'englishBritish' : 'englishAmerican'),
        otherLanguage: say(s, gb ? 'englishAmerican' : 'englishBritish'),
        otherTag: gb ? 'en-US' : 'en-GB',
      }),
    ];
  }
  if (!isString(d.declared)) return [say(s, unmarked, values)];
  return [say(s, marked, { ...values, declared: s.w.language(d.declared), tag: d.declared })];
}

const SENTENCES: Record<string, Sentence> = {
  'label-out-of-place': (d, s) =>
    isString(d.label) && isString(d.voice) && isNumber(d.lines) && strings(d.firstLines)
      ? [say(s, 'wLabelOutOfPlace', { label: s.w.quote(d.label, 40), voice: d.voice, lines: s.w.linesCount(d.lines), first: d.firstLines.slice(0, 2).map((text) => s.w.quote(lineEnd(text), 62)).join(', ') })]
      : null,
  // Lines in one voice's colour opening with another voice's name: counted by their colour (legend9).
  'label-names-other-voice': (d, s) =>
    isString(d.label) && isString(d.voice) && isString(d.labelVoice) && isNumber(d.lines) && d.lines > 0 && strings(d.firstLines)
      ? [say(s, d.lines === 1 ? 'wLabelNamesOtherVoiceOne' : 'wLabelNamesOtherVoice', { lines: s.w.linesCount(d.lines), voice: s.voice(d.voice), label: s.w.quote(d.label, 40), labelVoice: s.voice(d.labelVoice), first: quoted(s, d.firstLines) + (d.lines > d.firstLines.slice(0, 2).length ? ', …' : '') })]
      : null,
  'plain-text': (d, s) => (isNumber(d.words) && isNumber(d.lines) && strings(d.firstLines) ? [say(s, 'wPlainText', { words: s.w.words(d.words), lines: s.w.linesCount(d.lines), first: quoted(s, d.firstLines) })] : null),

  'mixed-word': (d, s) => {
    if (!isString(d.word) || !Array.isArray(d.voices) || !d.voices.every((v) => v === null || isString(v))) return null;
    const word = d.word.length > 80 ? `${d.word.slice(0, 40)}…${d.word.slice(-20)}` : d.word;
    return [say(s, 'wMixedWord', { word: s.w.quote(word, 90), voices: s.w.list((d.voices as (string | null)[]).map((v) => s.voice(v))) })];
  },

  'language-mismatch': (d, s) => {
    if (!isString(d.declared) || !isString(d.guessed)) return null;
    return [say(s, 'wLanguageMismatch', { declared: s.w.language(d.declared), tag: d.declared, guessed: s.w.language(d.guessed), code: d.guessed })];
  },
  'language-from-text': (d, s) => {
    if (!isString(d.declared) || !isString(d.guessed)) return null;
    // Told by its words (not its characters or alphabet): a guess, so how to undo it is said.
    if (d.by === 'words') return [say(s, 'wLanguageFromWords', { declared: s.w.language(d.declared), tag: d.declared, written: s.w.language(d.guessed), code: d.declared.split('-')[0]! })];
    // Told by letters no language it knows uses (ł, ř, å…): a language it may not know at all.
    if (d.by === 'letters' && isString(d.letters)) {
      const values = { declared: s.w.language(d.declared), tag: d.declared, letters: d.letters, written: s.w.language(d.guessed), code: d.declared.split('-')[0]! };
      return [say(s, d.guessed.startsWith('und') ? 'wLanguageFromLettersUnknown' : 'wLanguageFromLetters', values)];
    }
    return [say(s, 'wLanguageFromText', { declared: s.w.language(d.declared), tag: d.declared, written: s.w.language(d.guessed) })];
  },
  'language-setting-mismatch': (d, s) => {
    if (!isString(d.language) || !isString(d.guessed) || !isString(d.by)) return null;
    const unknown = d.guessed.startsWith('und');
    const guessed = s.w.language(d.guessed);
    let seen: string;
    if (d.by === 'words') seen = say(s, 'wSeenWords', { guessed });
    else if (d.by === 'letters' && isString(d.letters)) seen = say(s, unknown ? 'wSeenLettersUnknown' : 'wSeenLetters', { guessed, letters: d.letters });
    else seen = say(s, unknown ? 'wSeenWrittenUnknown' : 'wSeenWritten', { guessed });
    const values = { language: s.w.language(d.language), tag: d.language, seen, guessed };
    if (d.source === '--lang') return [say(s, 'wLanguageSettingGiven', values)];
    return [say(s, unknown ? 'wLanguageSettingConfigOther' : 'wLanguageSettingConfig', values)];
  },
  'character-pace': (d, s) => {
    if (!isString(d.language) || !isNumber(d.pace) || typeof d.assumed !== 'boolean') return null;
    return [say(s, d.assumed ? 'wCharacterPace' : 'wCharacterPaceGiven', { language: s.w.language(d.language), pace: s.w.number(d.pace) })];
  },
  'japanese-syllables': (_d, s) => [say(s, 'wJapaneseSyllables')],
  'abjad-syllables': (_d, s) => [say(s, 'wAbjadSyllables')],
  'language-unknown': (_d, s) => [say(s, 'wLanguageUnknown')],
  'voice-language-guessed': (d, s) => {
    if (!isString(d.language) || !isString(d.scriptLanguage) || !isNumber(d.words) || !isNumber(d.signs) || !isNumber(d.scriptSigns)) return null;
    const values = { language: s.w.language(d.language), script: s.w.language(d.scriptLanguage), signs: s.w.number(d.signs), scriptSigns: s.w.number(d.scriptSigns), words: s.w.words(d.words), code: d.scriptLanguage.split('-')[0]! };
    if (d.voice === null) return [say(s, 'wUnassignedLanguageGuessed', values)];
    return isString(d.voice) ? [say(s, 'wVoiceLanguageGuessed', { ...values, voice: s.voice(d.voice) })] : null;
  },
  'voice-language-contradicted': (d, s) => {
    if (!isString(d.voice) || !isString(d.configured) || !isString(d.guessed) || !isNumber(d.signs) || !isNumber(d.configuredSigns) || !isNumber(d.words)) return null;
    return [say(s, 'wVoiceLanguageContradicted', { voice: s.voice(d.voice), configured: s.w.language(d.configured), guessed: s.w.language(d.guessed), signs: s.w.number(d.signs), configuredSigns: s.w.number(d.configuredSigns), words: s.w.words(d.words), code: d.guessed })];
  },
  'voice-language-overridden': (d, s) => {
    if (!isString(d.voice) || !isString(d.language) || !isString(d.found) || !isString(d.by) || !isString(d.source)) return null;
    // On the page, "--lang" is the language she chose there ("Read it as …").
    const chosen = d.source === '--lang';
    const language = s.w.language(d.language);
    const intro = chosen ? say(s, 'wOverriddenChosen', { language }) : say(s, 'wOverriddenConfig', { tag: d.language });
    const values = { intro, asked: say(s, chosen ? 'wOverriddenAsChosen' : 'wOverriddenAsConfig'), voice: s.voice(d.voice), language, found: s.w.language(d.found), code: d.found };
    if (d.by === 'marks') return [say(s, 'wVoiceLanguageOverriddenMarks', values)];
    if (!isNumber(d.signs) || !isNumber(d.givenSigns) || !isNumber(d.words)) return null;
    return [say(s, 'wVoiceLanguageOverriddenWords', { ...values, signs: s.w.number(d.signs), givenSigns: s.w.number(d.givenSigns), words: s.w.words(d.words) })];
  },
  'voice-language-doubt': (d, s) => {
    if (!isString(d.voice) || !isString(d.language) || !isString(d.scriptLanguage) || !isNumber(d.words) || !isNumber(d.signs) || !isNumber(d.scriptSigns)) return null;
    return [say(s, 'wVoiceLanguageDoubt', { voice: s.voice(d.voice), language: s.w.language(d.language), script: s.w.language(d.scriptLanguage), signs: s.w.number(d.signs), scriptSigns: s.w.number(d.scriptSigns), words: s.w.words(d.words), code: d.language.split('-')[0]! })];
  },

  'no-spoken-forms': (d, s) => (isString(d.language) ? [say(s, 'wNoSpokenForms', { language: s.w.language(d.language) })] : null),

  'scanned-pages': (d, s) => (numbers(d.pages) ? [say(s, 'wScannedPages', { pages: pagesOf(s, d.pages) })] : null),
  'page-unreadable': (d, s) => {
    if (!isNumber(d.page)) return null;
    const sentence = say(s, 'wPageUnreadable', { page: s.w.number(d.page) });
    // What pdf.js said is its own English: shown as such, after the sentence.
    return isString(d.error) && d.error ? [sentence, ' (', { en: d.error }, ')'] : [sentence];
  },
  'invisible-text': (d, s) => (numbers(d.pages) ? [say(s, 'wInvisibleText', { pages: pagesOf(s, d.pages) })] : null),
  'covered-text': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.words) || !isString(d.text)) return null;
    const text = d.text ? `${s.w.colon}${s.w.quote(d.text, 100)}` : '';
    return [say(s, 'wCoveredText', { pages: pagesOf(s, d.pages), words: s.w.words(d.words), text })];
  },
  'background-unknown': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.words) || !isString(d.text)) return null;
    const text = d.text ? `${s.w.colon}${s.w.quote(d.text, 100)}` : '';
    return [say(s, 'wBackgroundUnknown', { pages: pagesOf(s, d.pages), words: s.w.words(d.words), text })];
  },
  'tab-or-columns': (d, s) => {
    if (!numbers(d.pages) || !Array.isArray(d.lines)) return null;
    const lines = (d.lines as unknown[]).filter((l): l is { page: number; parts: string[]; next: string } => typeof l === 'object' && l !== null && strings((l as { parts?: unknown }).parts) && isString((l as { next?: unknown }).next) && isNumber((l as { page?: unknown }).page));
    if (!lines.length) return null;
    const quotes = lines.map((l) => say(s, 'wTabOrColumnsLine', { parts: l.parts.map((part) => s.w.quote(part, 60)).join(say(s, 'wAnd')), next: s.w.quote(l.next, 60) })).join(s.w.semicolon);
    return [say(s, 'wTabOrColumns', { pages: pagesOf(s, d.pages), lines: quotes })];
  },
  'highlight-paints-nothing': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.highlights)) return null;
    return [say(s, d.highlights === 1 ? 'wHighlightPaintsNothingOne' : 'wHighlightPaintsNothing', { highlights: count(s, d.highlights, ['highlight', 'highlights'], ['surlignage', 'surlignages']), pages: pagesOf(s, d.pages) })];
  },
  'highlight-transparent': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.highlights)) return null;
    return [say(s, d.highlights === 1 ? 'wHighlightTransparentOne' : 'wHighlightTransparent', { highlights: count(s, d.highlights, ['highlight', 'highlights'], ['surlignage', 'surlignages']), pages: pagesOf(s, d.pages) })];
  },
  'glyph-colours-unknown': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.characters) || !isString(d.text)) return null;
    const text = d.text ? `${s.w.colon}${s.w.quote(d.text, 100)}` : '';
    return [say(s, 'wGlyphColoursUnknown', { pages: pagesOf(s, d.pages), characters: count(s, d.characters, ['character', 'characters'], ['caractère', 'caractères']), text })];
  },
  'pdf-bidi-order-unsure': (d, s) => {
    if (!numbers(d.pages) || !Array.isArray(d.lines)) return null;
    const lines = (d.lines as unknown[]).filter((l): l is { text: string } => typeof l === 'object' && l !== null && isString((l as { text?: unknown }).text));
    if (!lines.length) return null;
    return [say(s, lines.length === 1 ? 'wBidiOrderUnsureOne' : 'wBidiOrderUnsure', { pages: pagesOf(s, d.pages), texts: quoted(s, lines.map((l) => l.text), 3, 80) })];
  },
  'masked-text': (d, s) => {
    if (!numbers(d.pages) || !isString(d.text)) return null;
    const text = d.text ? `${s.w.colon}${s.w.quote(d.text, 100)}` : '';
    return [say(s, 'wMaskedText', { pages: pagesOf(s, d.pages), text })];
  },
  'text-off-page': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.lines) || d.lines < 1 || !isString(d.text)) return null;
    return [
      say(s, d.lines === 1 ? 'wTextOffPageOne' : 'wTextOffPage', {
        pages: pagesOf(s, d.pages),
        where: say(s, d.edge === 'clip' ? 'wOffClip' : 'wOffPage'),
        lines: s.w.number(d.lines),
        text: s.w.quote(d.text, 100),
        voices: offVoices(d.voices, s),
      }),
    ];
  },
  'unmapped-glyphs': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.characters) || !strings(d.words)) return null;
    const words = d.words.length ? ` (${d.words.map((word) => s.w.quote(word)).join(', ')})` : '';
    return [say(s, 'wUnmappedGlyphs', { characters: count(s, d.characters, ['character', 'characters'], ['caractère', 'caractères']), pages: pagesOf(s, d.pages), words })];
  },
  'rotated-text': (d, s) => (numbers(d.pages) ? [say(s, 'wRotatedText', { pages: pagesOf(s, d.pages) })] : null),
  'aside-under-label': (d, s) => {
    if (!isNumber(d.asides) || !isNumber(d.words) || !Array.isArray(d.firstAsides)) return null;
    const pairs = (d.firstAsides as unknown[]).filter((p): p is { aside: string; line: string } => typeof p === 'object' && p !== null && isString((p as { aside?: unknown }).aside) && isString((p as { line?: unknown }).line));
    if (!pairs.length) return null;
    const first = pairs[0]!;
    return d.asides === 1
      ? [say(s, 'wAsideUnderLabel', { aside: s.w.quote(first.aside, 60), line: s.w.quote(first.line, 80), words: s.w.words(d.words) })]
      : [say(s, 'wAsidesUnderLabels', { asides: s.w.number(d.asides), first: quoted(s, pairs.map((p) => p.aside), 3), words: s.w.words(d.words) })];
  },
  // An English script's dates read in the order its text writes (measure/english-variant.ts): the signs seen, the dates.
  'dates-read-day-first': (d, s) => datesRead(d, s, 'wDatesDayFirst', 'wDatesDayFirstUnmarked'),
  'dates-read-month-first': (d, s) => datesRead(d, s, 'wDatesMonthFirst', 'wDatesMonthFirstUnmarked'),
  // A voice marked partly en-GB, partly en-US (spoken10): its ambiguous dates read by the majority of its words' marks.
  'date-order-mixed-marks': (d, s) => {
    if (!(d.voice === null || isString(d.voice)) || !isString(d.read) || !isString(d.other) || !isNumber(d.readWords) || !isNumber(d.otherWords)) return null;
    if (!strings(d.dates) || !d.dates.length || !isNumber(d.total) || (d.order !== 'day-first' && d.order !== 'month-first')) return null;
    const total = d.readWords + d.otherWords;
    if (total <= 0) return null;
    const dayFirst = d.order === 'day-first';
    const order = say(s, dayFirst ? 'dateOrderDayFirst' : 'dateOrderMonthFirst');
    const [read, other] = dayFirst ? (['englishBritish', 'englishAmerican'] as const) : (['englishAmerican', 'englishBritish'] as const);
    const dates = s.w.list(d.dates.slice(0, 3)) + (d.total > 3 ? ', …' : '');
    const values = { voice: voiceFirst(s, d.voice as string | null), read: say(s, read), readTag: d.read, readShare: s.w.percent(d.readWords / total), other: say(s, other), otherTag: d.other, otherShare: s.w.percent(d.otherWords / total), dates, order };
    return [say(s, d.total === 1 ? 'wDateOrderMixedMarksOne' : 'wDateOrderMixedMarks', values)];
  },
  'date-order-unclear': (d, s) => {
    if (!strings(d.dayFirst) || !strings(d.monthFirst) || !strings(d.dates) || !d.dates.length || !isString(d.read)) return null;
    const order = say(s, d.read === 'day-first' ? 'dateOrderDayFirst' : 'dateOrderMonthFirst');
    return [say(s, 'wDateOrderUnclear', { dayFirst: d.dayFirst.slice(0, 2).join(', '), monthFirst: d.monthFirst.slice(0, 2).join(', '), dates: s.w.list(d.dates.slice(0, 3)), order })];
  },
  'figures-said-as-written': (d, s) => {
    if (!Array.isArray(d.figures) || !d.figures.length || !isNumber(d.total)) return null;
    const figures = d.figures as { text?: unknown; paragraph?: unknown }[];
    if (!figures.every((f) => isString(f.text) && isNumber(f.paragraph))) return null;
    const texts = figures.slice(0, 3).map((f) => `${s.w.quote(f.text as string, 40)} (¶${f.paragraph as number})`).join(', ') + (d.total > 3 ? ', …' : '');
    return [say(s, d.total === 1 ? 'wFiguresAsWrittenOne' : 'wFiguresAsWrittenMany', { count: s.w.number(d.total), texts })];
  },
  'raised-figure-ambiguous': (d, s) => {
    if (!isString(d.text) || !isString(d.reading)) return null;
    return [say(s, d.reading === 'power' ? 'wRaisedFigurePower' : 'wRaisedFigureCall', { text: s.w.quote(d.text, 30) })];
  },
  'furniture-against-text': (d, s) => {
    if (!numbers(d.pages) || !strings(d.texts) || !d.texts.length || !isString(d.include)) return null;
    return [say(s, d.texts.length === 1 ? 'wFurnitureAgainstText' : 'wFurnitureAgainstTexts', { pages: pagesOf(s, d.pages), texts: quoted(s, d.texts, 3, 60), include: d.include })];
  },
  'furniture-left-out': (d, s) => {
    if (!numbers(d.pages) || !strings(d.texts) || !d.texts.length || !isString(d.story) || !isNumber(d.lines) || !isNumber(d.words) || !isString(d.include)) return null;
    const where = say(s, d.story === 'footer' ? 'furnitureFoot' : d.story === 'header' ? 'furnitureTop' : 'furnitureBoth');
    const kind = say(s, d.story === 'footer' ? 'furnitureKindFooters' : d.story === 'header' ? 'furnitureKindHeaders' : 'furnitureKindBoth');
    const values = { kind, where, pages: pagesOf(s, d.pages), texts: quoted(s, d.texts, 3, 80), lines: count(s, d.lines, ['line', 'lines'], ['ligne', 'lignes']), words: s.w.words(d.words), include: d.include };
    if (d.legend !== true) return [say(s, 'wFurnitureLeftOut', values)];
    // The script's legend, read from the page's header or footer, is among the texts left out (pdfhdr4): said as the
    // legend, not as a header to count; the others quoted. Its texts told apart by the page's legend; else it is said to be among them.
    const legend = s.legend && (s.legend.story === 'header' || s.legend.story === 'footer') ? s.legend : null;
    const legendWhere = say(s, legend?.story === 'header' ? 'legendInHeader' : legend?.story === 'footer' ? 'legendInFooter' : 'legendInHeaderOrFooter');
    const run = legend ? legendRun(d.texts, legend.text) : null;
    const others = run ? [...d.texts.slice(0, run.from), ...d.texts.slice(run.to + 1)] : [];
    if (!run || others.length === 0) return [say(s, 'wFurnitureLeftOut', values), ' ', say(s, 'furnitureLegendAmong', { legendWhere })];
    return [say(s, others.length === 1 ? 'wFurnitureLeftOutLegend' : 'wFurnitureLeftOutLegendMany', { ...values, texts: quoted(s, others, 3, 80), legendWhere })];
  },
  'furniture-read-as-line': (d, s) => {
    if (!numbers(d.pages) || !strings(d.texts) || !d.texts.length || !isString(d.story) || !isNumber(d.lines) || !isNumber(d.words)) return null;
    const where = say(s, d.story === 'footer' ? 'furnitureFoot' : d.story === 'header' ? 'furnitureTop' : 'furnitureBoth');
    const values = { where, pages: pagesOf(s, d.pages), texts: quoted(s, d.texts, 3, 80), lines: count(s, d.lines, ['line', 'lines'], ['ligne', 'lignes']), words: s.w.words(d.words) };
    return [say(s, d.texts.length === 1 ? 'wFurnitureReadAsLine' : 'wFurnitureReadAsLines', values)];
  },
  'labels-alone': (d, s) => {
    if (!strings(d.written) || !d.written.length || !Array.isArray(d.voices)) return null;
    const counts: string[] = [];
    for (const v of d.voices as unknown[]) {
      const e = v as { voice?: unknown; words?: unknown };
      if (!isString(e.voice) || !isNumber(e.words)) return null;
      counts.push(say(s, 'leftOutOf', { voice: s.voice(e.voice), words: s.w.words(e.words) }));
    }
    const names = s.w.list(d.written.slice(0, 4).map((n) => s.w.quote(n)));
    return [say(s, d.written.length === 1 ? 'wLabelsAlone' : 'wLabelsAloneMany', { names, counts: counts.join(s.w.semicolon) })];
  },
  'furniture-in-voice-colour': (d, s) => {
    if (!numbers(d.pages) || !strings(d.texts) || !d.texts.length || !isString(d.story)) return null;
    const where = say(s, d.story === 'footer' ? 'furnitureFoot' : d.story === 'header' ? 'furnitureTop' : 'furnitureBoth');
    return [say(s, d.texts.length === 1 ? 'wFurnitureInVoiceColour' : 'wFurnitureInVoiceColours', { pages: pagesOf(s, d.pages), texts: quoted(s, d.texts, 3, 60), where })];
  },
  'paragraphs-unspaced': (d, s) => {
    if (!numbers(d.pages) || !d.pages.length || !Array.isArray(d.samples) || !isNumber(d.joins)) return null;
    const texts = (d.samples as Details[]).map((sample) => sample.text).filter(isString);
    if (!texts.length) return null;
    const more = d.joins > texts.length ? ` ${say(s, 'andMore', { n: s.w.number(d.joins - texts.length) })}` : '';
    return [say(s, 'wParagraphsUnspaced', { pages: pagesOf(s, d.pages), samples: quoted(s, texts, 3, 90) + more, read: say(s, d.joins === 1 ? 'unspacedOne' : 'unspacedMany') })];
  },
  'legend-directions-applied': (d, s) => {
    if (!isString(d.sentence) || !strings(d.brackets) || !d.brackets.length || !isNumber(d.paragraphs) || !isNumber(d.paragraphWords) || !isNumber(d.linesWithBrackets) || !isNumber(d.wordsInLines)) return null;
    const brackets = s.w.list(d.brackets.map((pair) => say(s, BRACKET_KEYS[pair] ?? 'bracketSquare')));
    let parts = '';
    if (d.paragraphs > 0) parts += say(s, 'legendDirParagraphs', { paragraphs: count(s, d.paragraphs, ['paragraph', 'paragraphs'], ['paragraphe', 'paragraphes']), words: s.w.words(d.paragraphWords) });
    if (d.wordsInLines > 0) parts += say(s, d.wordsInLines === 1 ? 'legendDirInLinesOne' : 'legendDirInLines', { words: s.w.words(d.wordsInLines), lines: count(s, d.linesWithBrackets, ['line', 'lines'], ['réplique', 'répliques']) });
    return [say(s, 'wLegendDirectionsApplied', { sentence: s.w.quote(d.sentence, 120), brackets, parts })];
  },
  'legend-directions-not-applied': (d, s) => {
    if (!isString(d.sentence) || !strings(d.notApplied) || !d.notApplied.length) return null;
    const sentence = s.w.quote(d.sentence, 120);
    const looks = d.notApplied.filter((n) => n !== 'brackets' && LOOK_KEYS[n]).map((n) => say(s, LOOK_KEYS[n]!));
    const said: string[] = [];
    if (looks.length) said.push(say(s, 'wLegendDirectionsNotApplied', { sentence, what: s.w.list(looks) }));
    if (d.notApplied.includes('brackets')) said.push(say(s, 'wLegendDirectionsBrackets', { sentence }));
    return said.length ? [said.join(' ')] : null;
  },
  'headings-unassigned': (d, s) => {
    if (!isString(d.colour) || !isNumber(d.headings) || !isNumber(d.words) || !strings(d.firstLines)) return null;
    const colour = s.colour(d.colour, d.background === true);
    const headings = count(s, d.headings, ['heading', 'headings'], ['titre', 'titres']);
    return [say(s, d.headings === 1 ? 'wHeadingUnassigned' : 'wHeadingsUnassigned', { headings, words: s.w.words(d.words), colour, first: quoted(s, d.firstLines, 3, 60) })];
  },
  'notes-left-out': (d, s) => {
    if (!isNumber(d.footnotes) || !isNumber(d.endnotes) || !isNumber(d.words) || !isString(d.include)) return null;
    const kinds = [
      ...(d.footnotes ? [count(s, d.footnotes, ['footnote', 'footnotes'], ['note de bas de page', 'notes de bas de page'])] : []),
      ...(d.endnotes ? [count(s, d.endnotes, ['endnote', 'endnotes'], ['note de fin', 'notes de fin'])] : []),
    ];
    if (!kinds.length) return null;
    return [say(s, 'wNotesLeftOut', { notes: kinds.join(say(s, 'wAnd')), words: s.w.words(d.words), include: d.include })];
  },
  'notes-unreadable': (d, s) => {
    if (!strings(d.notes) || !d.notes.length || !d.notes.every((n) => n === 'footnotes' || n === 'endnotes')) return null;
    const names = d.notes.map((n) => say(s, n === 'footnotes' ? 'wFootnotes' : 'wEndnotes'));
    return [say(s, 'wNotesUnreadable', { notes: names.join(say(s, 'wAnd')) })];
  },
  'labels-not-counted': (d, s) => {
    if (!strings(d.names) || !d.names.length || !isNumber(d.lines) || !isNumber(d.words)) return null;
    const colon = s.w.colon.trimEnd();
    const names = s.w.list(d.names.slice(0, 6).map((name) => `${name}${colon}`).concat(d.names.length > 6 ? [say(s, 'wMoreNames', { n: s.w.number(d.names.length - 6) })] : []));
    return [say(s, d.groups === true ? (d.lines === 1 ? 'wLabelNotCountedGroups' : 'wLabelsNotCountedGroups') : d.shared === true ? (d.lines === 1 ? 'wLabelNotCountedShared' : 'wLabelsNotCountedShared') : d.lines === 1 ? 'wLabelNotCounted' : 'wLabelsNotCounted', { names, lines: s.w.linesCount(d.lines), words: s.w.words(d.words), left: d.words === 1 ? 'laissé' : 'laissés' })];
  },
  'background-under-colours': (d, s) => {
    if (!isString(d.background) || !isNumber(d.words) || !isNumber(d.setApart) || !Array.isArray(d.colours)) return null;
    const colours = (d.colours as unknown[]).map((c) => (typeof c === 'object' && c !== null ? (c as Details) : null));
    if (!colours.length || !colours.every((c) => c && isString(c.colour) && isNumber(c.words))) return null;
    const list = colours.map((c) => say(s, 'wColourWords', { colour: s.colour(c!.colour as string), words: s.w.words(c!.words as number) })).join(', ');
    const apart = d.setApart === d.words ? say(s, 'wBackgroundApartAll', { words: s.w.words(d.words) }) : say(s, 'wBackgroundApartSome', { n: s.w.number(d.setApart), words: s.w.words(d.words) });
    return [say(s, 'wBackgroundUnderColours', { background: s.colour(d.background, true), colours: list, apart, config: say(s, 'config') })];
  },
  'speakers-share-voice': (d, s) => {
    if (!isString(d.voice) || !Array.isArray(d.speakers) || d.speakers.length < 2) return null;
    const speakers = d.speakers as unknown[];
    const named = speakers.map((sp) => (typeof sp === 'object' && sp !== null ? (sp as Details) : null));
    if (!named.every((sp) => sp && isString(sp.name) && isNumber(sp.lines))) return null;
    const colon = s.w.colon.trimEnd();
    const list = s.w.list(named.map((sp) => `${sp!.name as string}${colon} ${s.w.linesCount(sp!.lines as number)}`));
    const config = named.map((sp) => `${sp!.name as string}: { label: ${sp!.name as string} }`).join(', ');
    return [say(s, 'wSpeakersShareVoice', { voice: d.voice, n: s.w.number(named.length), speakers: list, config })];
  },
  'emphasis-coded': (d, s) => {
    const side = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Details) : null);
    const e = side(d.emphasised), p = side(d.plain);
    if (!e || !p || !isNumber(e.lines) || !isNumber(e.words) || !isString(e.first) || !isNumber(p.lines) || !isNumber(p.words) || !isString(p.first)) return null;
    if (d.voice !== null && !isString(d.voice)) return null;
    const font = (v: unknown) => (isString(v) ? v : null);
    let kind: string, inKind: string, notKind: string;
    if (d.kind === 'italic') [kind, inKind, notKind] = [say(s, 'wEmItalics'), say(s, 'wEmInItalics'), say(s, 'wEmNot')];
    else if (d.kind === 'bold') [kind, inKind, notKind] = [say(s, 'wEmBold'), say(s, 'wEmInBold'), say(s, 'wEmNot')];
    else if (d.kind === 'font' && font(e.font) && font(p.font)) [kind, inKind, notKind] = [say(s, 'wEmFont'), say(s, 'wEmInFont', { font: e.font as string }), say(s, 'wEmAreInFont', { font: p.font as string })];
    else return null;
    return [
      say(s, 'wEmphasisCoded', {
        voice: s.voice(d.voice as string | null),
        kind,
        emphasised: s.w.linesCount(e.lines),
        ewords: s.w.words(e.words),
        inKind,
        efirst: s.w.quote(e.first, 60),
        plain: s.w.linesCount(p.lines),
        pwords: s.w.words(p.words),
        notKind,
        pfirst: s.w.quote(p.first, 60),
      }),
    ];
  },
  'split-differently': (d, s) => {
    if (!isNumber(d.places) || !Array.isArray(d.voices)) return null;
    const items: string[] = [];
    for (const v of d.voices as Details[]) {
      if (!isNumber(v.places) || !(v.voice === null || isString(v.voice)) || !isString(v.name)) return null;
      items.push(`${s.voice(v.voice === null ? null : v.name)} (${s.w.number(v.places)})`);
    }
    return [say(s, d.places === 1 ? 'wSplitDifferentlyOne' : 'wSplitDifferently', { places: s.w.number(d.places), voices: items.join(', ') })];
  },
  'legend-not-read': (d, s) => {
    if (!isString(d.text)) return null;
    // Under a config its words are the config's voices' lines, not colours found.
    if (isString(d.config)) return [say(s, 'wLegendNotReadConfig', { text: s.w.quote(d.text, 120), config: d.config })];
    // In a page header or footer, where a key is read only when it says it is one.
    if (d.place === 'header' || d.place === 'footer') return [say(s, d.place === 'header' ? 'wLegendNotReadHeader' : 'wLegendNotReadFooter', { text: s.w.quote(d.text, 120) })];
    return [say(s, 'wLegendNotRead', { text: s.w.quote(d.text, 120) })];
  },
  'legend-part-not-read': (d, s) => {
    if (!isString(d.text) || !strings(d.parts) || !strings(d.voices) || !d.parts.length) return null;
    return [say(s, 'wLegendPartNotRead', { text: s.w.quote(d.text, 120), voices: s.w.list(d.voices), parts: quoted(s, d.parts, 2, 80) })];
  },
  'two-voices-one-stretch': (d, s) => {
    if (!isString(d.highlightVoice) || !isString(d.textVoice) || !isString(d.colour) || !isString(d.background) || !isNumber(d.words) || !Array.isArray(d.lines)) return null;
    const lines = (d.lines as unknown[]).filter((l): l is { location: Details; text: string } => typeof l === 'object' && l !== null && isString((l as { text?: unknown }).text));
    const where = lines.slice(0, 3).map((l) => `${legendPlace(l.location, s) ?? ''} ${s.w.quote(l.text, 60)}`.trim()).join(', ') + (lines.length > 3 ? ', …' : '');
    return [
      say(s, d.words === 1 ? 'wTwoVoicesOneStretchOne' : 'wTwoVoicesOneStretch', {
        words: s.w.words(d.words),
        textVoice: d.textVoice,
        highlightVoice: d.highlightVoice,
        colour: s.colour(d.colour),
        background: s.colour(d.background),
        lines: where,
      }),
    ];
  },
  'legend-title-block': (d, s) => {
    if (!strings(d.voices) || !isString(d.colour) || !isNumber(d.words) || !strings(d.text)) return null;
    const shown = d.text.slice(0, 3).map((t) => s.w.quote(t, 60)).join(', ') + (d.text.length > 3 ? ', …' : '');
    return [say(s, 'wLegendTitleBlock', { colour: s.colour(d.colour), voices: s.w.list(d.voices), words: s.w.words(d.words), text: shown })];
  },
  'tracked-changes': (d, s) => {
    if (d.countedAs !== 'accepted') return null;
    // A DOCX says how many changes and where; a file that does not (the library's older details) says only that it holds some.
    const paragraphs = Array.isArray(d.paragraphs) && d.paragraphs.every(isNumber) ? (d.paragraphs as number[]) : null;
    // Paragraphs deleted whole (`deletedParagraphs`: the paragraphs with text either side, null at an edge).
    const deleted = Array.isArray(d.deletedParagraphs) ? (d.deletedParagraphs as unknown[]).filter((p): p is { after: number | null; before: number | null } => typeof p === 'object' && p !== null && [(p as Details).after, (p as Details).before].every((n) => n === null || isNumber(n))) : [];
    if (!isNumber(d.changes) || !isNumber(d.insertions) || !isNumber(d.deletions) || !isNumber(d.formatting) || !isNumber(d.colourChanges) || !paragraphs || (!paragraphs.length && !deleted.length)) return [say(s, 'wTrackedChanges')];
    const colours = d.colourChanges > 0 && d.formatting > 0 ? say(s, d.colourChanges !== d.formatting ? 'wTrackedColoursSome' : d.formatting === 1 ? 'wTrackedColourOne' : 'wTrackedColoursAll', { n: s.w.number(d.colourChanges) }) : '';
    const kinds = [
      d.insertions ? count(s, d.insertions, ['insertion', 'insertions'], ['insertion', 'insertions']) : '',
      d.deletions ? count(s, d.deletions, ['deletion', 'deletions'], ['suppression', 'suppressions']) : '',
      d.formatting ? `${count(s, d.formatting, ['formatting change', 'formatting changes'], ['changement de mise en forme', 'changements de mise en forme'])}${colours}` : '',
      // A move (Word's moveFrom/moveTo) is one change: its text counted where it now stands.
      isNumber(d.moves) && d.moves > 0 ? say(s, 'wTrackedMoves', { moves: count(s, d.moves, ['move', 'moves'], ['déplacement', 'déplacements']) }) : '',
    ].filter(Boolean);
    // In reading order, as the library says them: a paragraph deleted between ¶3 and ¶4 comes after ¶3.
    const deletedPlace = ({ after, before }: { after: number | null; before: number | null }) =>
      after !== null && before !== null ? say(s, 'wTrackedDeletedBetween', { after, before }) : before !== null ? say(s, 'wTrackedDeletedBefore', { before }) : after !== null ? say(s, 'wTrackedDeletedAfter', { after }) : say(s, 'wTrackedDeletedSomewhere');
    const all = [...paragraphs.map((n) => ({ at: n, text: `¶${n}`, deleted: false })), ...deleted.map((p) => ({ at: (p.after ?? 0) + 0.5, text: deletedPlace(p), deleted: true }))].sort((a, b) => a.at - b.at);
    const places = all.slice(0, 3).map((p) => p.text);
    const firstDeleted = all[0]?.deleted === true;
    const also = `${places.slice(1).join(', ')}${all.length > 3 ? '…' : ''}`;
    const where = !places.length ? '' : places.length === 1 ? say(s, firstDeleted ? 'wTrackedAtDeleted' : 'wTrackedAt', { at: places[0]! }) : say(s, firstDeleted ? 'wTrackedFirstAtDeleted' : 'wTrackedFirstAt', { at: places[0]!, also });
    return [
      say(s, d.formatting ? 'wTrackedChangesFormatting' : 'wTrackedChangesCounted', {
        changes: count(s, d.changes, ['tracked change', 'tracked changes'], ['modification suivie', 'modifications suivies']),
        kinds: kinds.join(', '),
        where: where ? `${s.w.semicolon}${where}` : '',
      }),
    ];
  },
  'equations-as-written': (d, s) => {
    if (!isNumber(d.equations) || !strings(d.first) || !numbers(d.paragraphs)) return null;
    const quoted = d.first.length ? ` (${d.first.slice(0, 3).map((text) => s.w.quote(text, 40)).join(', ')}${d.equations > d.first.length ? ', …' : ''})` : '';
    const at = d.paragraphs.length ? say(s, 'wEquationsAt', { at: d.paragraphs.slice(0, 3).map((n) => `¶${n}`).join(', ') + (d.paragraphs.length > 3 ? '…' : '') }) : '';
    return [say(s, d.equations === 1 ? 'wEquationOne' : 'wEquations', { equations: s.w.number(d.equations), quoted, at })];
  },
  'subdocument-unread': (d, s) => {
    if (!isNumber(d.subdocuments) || !strings(d.files)) return null;
    const named = d.files.filter(Boolean);
    const files = named.length ? ` (${named.slice(0, 3).join(', ')}${named.length > 3 ? ', …' : ''})` : '';
    return [say(s, d.subdocuments === 1 ? 'wSubdocumentOne' : 'wSubdocuments', { subdocuments: count(s, d.subdocuments, ['subdocument', 'subdocuments'], ['sous-document', 'sous-documents']), files })];
  },
  'data-binding-shown': (d, s) => {
    if (!isNumber(d.controls) || !Array.isArray(d.first)) return null;
    const pairs = (d.first as unknown[]).filter((b): b is { saved: string; shown: string } => typeof b === 'object' && b !== null && isString((b as { saved?: unknown }).saved) && isString((b as { shown?: unknown }).shown));
    if (!pairs.length) return null;
    const shown = pairs.map((b) => say(s, 'wBindingPair', { saved: s.w.quote(b.saved, 60), shown: b.shown ? s.w.quote(b.shown, 60) : say(s, 'wBindingEmpty') })).join(', ');
    return [say(s, d.controls === 1 ? 'wBindingShownOne' : 'wBindingShown', { controls: s.w.number(d.controls), shown })];
  },
  'data-binding-unread': (d, s) => {
    if (!isNumber(d.controls) || !Array.isArray(d.first)) return null;
    const saved = (d.first as unknown[]).map((b) => (typeof b === 'object' && b !== null ? (b as { saved?: unknown }).saved : undefined)).filter(isString);
    if (!saved.length) return null;
    return [say(s, d.controls === 1 ? 'wBindingUnreadOne' : 'wBindingUnread', { controls: s.w.number(d.controls), saved: quoted(s, saved, 3, 60) })];
  },
  'web-hidden-text': (d, s) => {
    if (!isNumber(d.words) || !strings(d.text)) return null;
    return [say(s, d.words === 1 ? 'wWebHiddenOne' : 'wWebHidden', { words: s.w.words(d.words), text: quoted(s, d.text, 3, 60) })];
  },
  'text-fill-none': (d, s) => {
    if (!isNumber(d.words) || !strings(d.text) || !isString(d.fontColour)) return null;
    const quoted = d.text.slice(0, 3).map((text) => s.w.quote(text, 60)).join(', ');
    return [say(s, d.words === 1 ? 'wTextFillNoneOne' : 'wTextFillNone', { words: s.w.words(d.words), text: quoted, colour: s.colour(d.fontColour) })];
  },
  'text-unseen': (d, s) => {
    if (!isNumber(d.words) || !numbers(d.paragraphs) || !strings(d.text) || !Array.isArray(d.looks)) return null;
    const looks = (d.looks as unknown[]).filter((l): l is { color: string; on: string; page: boolean } => typeof l === 'object' && l !== null && isString((l as { color?: unknown }).color) && isString((l as { on?: unknown }).on) && typeof (l as { page?: unknown }).page === 'boolean');
    if (!looks.length) return null;
    const how = looks.slice(0, 3).map((look) => say(s, look.page ? 'wUnseenOnPage' : 'wUnseenOn', { colour: s.colour(look.color), on: s.colour(look.on) })).join(s.w.semicolon);
    const onPage = looks.some((look) => look.page);
    const one = d.words === 1;
    const places = d.paragraphs;
    const quoted = d.text.slice(0, 3).map((text, k) => `${s.w.quote(text, 60)}${places[k] === undefined ? '' : ` (¶${places[k]})`}`).join(', ');
    return [say(s, one ? 'wTextUnseenOne' : 'wTextUnseen', { words: s.w.words(d.words), paragraphs: count(s, d.paragraphs.length, ['paragraph', 'paragraphs'], ['paragraphe', 'paragraphes']), how, picture: onPage ? say(s, one ? 'wUnseenPictureOne' : 'wUnseenPicture') : '', text: quoted })];
  },
  'headings-in-voice': (d, s) => {
    if (!isString(d.voice) || !isString(d.colour) || !isNumber(d.headings) || !isNumber(d.words) || !strings(d.firstLines)) return null;
    const values = {
      headings: count(s, d.headings, ['heading', 'headings'], ['titre', 'titres']),
      words: s.w.words(d.words),
      voice: s.voice(d.voice),
      colour: s.colour(d.colour, d.background === true),
      first: (() => {
        const shown = Math.min(3, d.firstLines.length), more = d.headings - shown;
        return quoted(s, d.firstLines, 3) + (more > 0 ? say(s, more === 1 ? 'wOneMore' : 'wMore', { n: s.w.number(more) }) : '');
      })(),
    };
    return [say(s, d.headings === 1 ? 'wHeadingInVoice' : 'wHeadingsInVoice', values)];
  },
  'tracked-changes-shown': (d, s) => {
    if (!numbers(d.pages) || !strings(d.colours) || !isNumber(d.deletedWords)) return null;
    const colours = d.colours.length
      ? say(s, d.colours.length === 1 ? 'wTrackedColour' : 'wTrackedColours', { colours: d.colours.slice(0, 4).map((c) => s.colour(c)).join(say(s, 'wAnd')) })
      : '';
    const whole = d.insertedWhole as { paragraphs?: unknown; words?: unknown } | undefined;
    const inserted =
      whole && isNumber(whole.paragraphs) && isNumber(whole.words) && whole.paragraphs > 0
        ? say(s, 'wTrackedWhole', { words: s.w.words(whole.words), paragraphs: count(s, whole.paragraphs, ['paragraph inserted whole', 'paragraphs inserted whole'], ['paragraphe inséré en entier', 'paragraphes insérés en entier']) })
        : '';
    const formatted = d.formatted as { words?: unknown; texts?: unknown } | undefined;
    const bold =
      formatted && isNumber(formatted.words) && formatted.words > 0 && strings(formatted.texts) && formatted.texts.length
        ? say(s, formatted.words === 1 ? 'wTrackedFormattedOne' : 'wTrackedFormatted', { words: s.w.words(formatted.words), texts: formatted.texts.map((t) => s.w.quote(t, 40)).join(', ') })
        : '';
    const deleted = (d.deletedWords ? say(s, 'wTrackedDeleted', { words: s.w.words(d.deletedWords) }) : '') + bold;
    return [say(s, 'wTrackedChangesShown', { pages: pagesOf(s, d.pages), colours: colours + inserted, deleted })];
  },
  'tracked-at-voice-boundary': (d, s) => {
    if (isNumber(d.more) && isNumber(d.words)) {
      return [say(s, 'wTrackedBoundaryMore', { insertions: count(s, d.more, ['other insertion', 'other insertions'], ['autre insertion', 'autres insertions']), words: s.w.words(d.words) })];
    }
    const voiceOrNone = (v: unknown) => v === null || isString(v);
    if (!isString(d.inserted) || !isNumber(d.words) || !voiceOrNone(d.before) || !voiceOrNone(d.after)) return null;
    const [before, after] = [s.voice(d.before as string | null), s.voice(d.after as string | null)];
    const values = { text: s.w.quote(d.inserted, 80), words: s.w.words(d.words), before, after };
    return [isString(d.stop) ? say(s, 'wTrackedBoundaryStop', { ...values, stop: s.w.quote(d.stop, 20) }) : say(s, 'wTrackedBoundary', values)];
  },
  'config-voices-unused': (d, s) => {
    if (!isString(d.config) || !strings(d.voices) || !isNumber(d.words)) return null;
    const first = Array.isArray(d.namesakes) ? (d.namesakes as Details[]).find((entry) => isString(entry.voice)) : undefined;
    return [say(s, 'wConfigVoicesUnused', { config: d.config, voices: d.voices.join(', '), words: s.w.words(d.words) }) + (first ? namesakeSaid(first.voice as string, first.namesakes, s) : '')];
  },
  'empty-voice': (d, s) => {
    if (!isString(d.voice) || !isString(d.config) || !strings(d.colors) || !strings(d.highlights) || !strings(d.labels) || !strings(d.styles)) return null;
    const told = [
      ...d.colors.map((hex) => s.colour(hex)),
      ...d.highlights.map((hex) => s.colour(hex, true)),
      ...d.labels.map((label) => s.w.label(label)),
      ...d.styles.map((style) => say(s, 'wEmptyVoiceStyle', { style: s.w.quote(style) })),
    ];
    if (!told.length) return null;
    const values = { voice: s.voice(d.voice), config: d.config, told: s.w.list(told) };
    const wordless = d.wordless && typeof d.wordless === 'object' ? (d.wordless as Details) : null;
    const said = wordless && isNumber(wordless.paragraphs) && isString(wordless.text)
      ? say(s, 'wEmptyVoiceWordless', { ...values, paragraphs: count(s, wordless.paragraphs, ['paragraph', 'paragraphs'], ['paragraphe', 'paragraphes']), text: s.w.quote(wordless.text) })
      : say(s, told.length === 1 ? 'wEmptyVoiceOne' : 'wEmptyVoice', values);
    return [said + namesakeSaid(d.voice, d.namesakes, s)];
  },
  'voice-inside-sentence': (d, s) => {
    if (isNumber(d.more) && isNumber(d.words)) {
      return [say(s, 'wInsideSentenceMore', { stretches: count(s, d.more, ['other stretch', 'other stretches'], ['autre passage', 'autres passages']), words: s.w.words(d.words) })];
    }
    const voiceOrNone = (v: unknown) => v === null || isString(v);
    if (!isString(d.text) || !isNumber(d.words) || !isString(d.sentence) || !voiceOrNone(d.voice) || !voiceOrNone(d.around)) return null;
    const values = { text: s.w.quote(d.text, 60), words: s.w.words(d.words), sentence: s.w.quote(d.sentence, 80), around: s.voice(d.around as string | null) };
    // A sentence that one voice opens, ends or carries on in lower case (`where`): seldom two voices'.
    if (d.where === 'start' || d.where === 'end' || d.where === 'middle') {
      const how: Record<string, Key> = { start: 'wSentenceSplitStart', end: 'wSentenceSplitEnd', middle: 'wSentenceSplitMiddle' };
      return [say(s, how[d.where]!, { ...values, voice: d.voice === null ? s.voice(null) : s.voice(d.voice as string) })];
    }
    return [d.voice === null ? say(s, 'wInsideSentenceNone', values) : say(s, 'wInsideSentence', { ...values, voice: s.voice(d.voice as string) })];
  },
  'label-continued': (d, s) => {
    if (!isString(d.voice) || !isNumber(d.paragraphs) || !isNumber(d.words) || !strings(d.texts) || !d.texts.length) return null;
    const paragraphs = count(s, d.paragraphs, ['paragraph', 'paragraphs'], ['paragraphe', 'paragraphes']);
    return [say(s, 'wLabelContinued', { voice: s.voice(d.voice), paragraphs, words: s.w.words(d.words), texts: quoted(s, d.texts, 3) })];
  },
  'unlabelled-speech': (d, s) => {
    const why: Record<string, Key> = { look: 'wUnlabelledLook', tabbed: 'wUnlabelledTabbed', off: 'wUnlabelledOff', 'no-speaker': 'wUnlabelledNoSpeaker', 'after-label': 'wUnlabelledAfterLabel', 'no-end': 'wUnlabelledNoEnd' };
    if (!isString(d.reason) || !Object.hasOwn(why, d.reason) || !isNumber(d.paragraphs) || !isNumber(d.words) || !strings(d.texts) || !d.texts.length) return null;
    const needsSpeaker = d.reason === 'look' || d.reason === 'tabbed' || d.reason === 'off';
    if ((needsSpeaker || d.reason === 'after-label') && !isString(d.after)) return null;
    const reason = say(s, why[d.reason]!, needsSpeaker ? { after: s.voice(d.after as string) } : d.reason === 'after-label' ? { label: s.w.label(d.after as string) } : {});
    const paragraphs = count(s, d.paragraphs, ['paragraph', 'paragraphs'], ['paragraphe', 'paragraphes']);
    return [say(s, d.paragraphs === 1 ? 'wUnlabelledSpeechOne' : 'wUnlabelledSpeech', { why: reason, paragraphs, words: s.w.words(d.words), texts: quoted(s, d.texts, 3) })];
  },
  'av-picture-column': (d, s) => {
    type Column = { header?: unknown; kind?: unknown };
    const tables = Array.isArray(d.tables) ? (d.tables as { table?: unknown; columns?: unknown }[]) : [];
    const first = tables[0];
    if (!first || !isNumber(d.words) || !Array.isArray(first.columns) || !tables.every((t) => isNumber(t.table))) return null;
    const columns = first.columns as Column[];
    if (!columns.every((c) => isString(c.header) && isString(c.kind))) return null;
    const headers = (kinds: string[]) => s.w.list(columns.filter((c) => kinds.includes(c.kind as string)).map((c) => s.w.quote(c.header as string, 40)));
    const [heard, notHeard, others] = [headers(['audio']), headers(['picture', 'number']), headers(['other'])];
    if (!heard || !notHeard) return null;
    // Table 0: headers on lines of their own, no table (a table with no borders, as a PDF shows it).
    const numbers = tables.filter((t) => (t.table as number) > 0).map((t) => String(t.table));
    const what = first.table === 0 || numbers.length === 0 ? say(s, 'wAvHeaders') : numbers.length === 1 ? say(s, 'wAvTable', { table: numbers[0]! }) : say(s, 'wAvTables', { tables: s.w.list(numbers) });
    const layout = columns.map((c) => c.header as string).join(' | ');
    let text = say(s, 'wAvPicture', { what, layout, heard, notHeard, words: s.w.words(d.words) });
    if (others) text += say(s, columns.filter((c) => c.kind === 'other').length === 1 ? 'wAvOther' : 'wAvOthers', { others });
    // Words in a voice's colour beside the row's audio: on-screen text, left out.
    // (Rows since the library counts them, `leftOutRows`; cells before.)
    const leftOutRows = isNumber(d.leftOutRows) ? d.leftOutRows : isNumber(d.leftOutCells) ? d.leftOutCells : null;
    const leftOut = isNumber(d.leftOut) && d.leftOut > 0 && strings(d.leftOutFor) && d.leftOutFor.length && leftOutRows !== null;
    if (leftOut) {
      text += say(s, 'wAvLeftOut', { words: s.w.words(d.leftOut as number), colourOf: s.w.colourOf((d.leftOutFor as string[]).map((v) => s.voice(v))), rows: count(s, leftOutRows!, ['row', 'rows'], ['ligne', 'lignes']) });
    }
    // Notes in the look of their row's audio words (a row typed or shaded whole in a voice's look): not lines.
    const rowLook = isNumber(d.rowLook) && d.rowLook > 0 && strings(d.rowLookFor) && d.rowLookFor.length > 0 && isNumber(d.rowLookRows) && strings(d.rowLookColumns);
    if (rowLook) {
      const columns = d.rowLookColumns as string[];
      const where = columns.length === 0 ? say(s, 'wAvNoHeader') : say(s, columns.length === 1 ? 'wAvColumn' : 'wAvColumns', { columns: s.w.list(columns.map((c) => s.w.quote(c, 40))) });
      text += say(s, 'wAvRowLook', { words: s.w.words(d.rowLook as number), where, voices: s.w.list((d.rowLookFor as string[]).map((v) => s.voice(v))), rows: count(s, d.rowLookRows as number, ['row', 'rows'], ['ligne', 'lignes']) });
    }
    if (isNumber(d.kept) && d.kept > 0 && strings(d.keptFor) && d.keptFor.length) {
      text += say(s, leftOut || rowLook ? 'wAvKeptAlso' : 'wAvKept', { kept: s.w.words(d.kept), colourOf: s.w.colourOf(d.keptFor.map((v) => s.voice(v))) });
    }
    // Over a page break with no header row there: carried on, stopped at another table's headers, or a DOCX's doubt.
    const onPages = tables.flatMap((t) => {
      const x = t as { continues?: unknown; page?: unknown; carried?: { page?: unknown } };
      return isNumber(x.continues) && isNumber(x.page) ? [x.page] : x.carried && isNumber(x.carried.page) ? [x.carried.page] : [];
    });
    if (onPages.length) text += say(s, 'wAvGoesOn', { pages: pagesOf(s, [...new Set(onPages)].sort((a, b) => a - b)) });
    // A DOCX's table split by hand (no pages to name): carried on by its column widths.
    const split = tables.filter((t) => isNumber((t as { continues?: unknown }).continues) && (t as { page?: unknown }).page === undefined).map((t) => String(t.table));
    if (split.length) text += say(s, split.length === 1 ? 'wAvSplit' : 'wAvSplits', { tables: s.w.list(split) });
    for (const t of tables) {
      const ends = (t as { ends?: { page?: unknown; header?: unknown } }).ends;
      if (ends && isNumber(ends.page) && isString(ends.header)) text += say(s, 'wAvEnds', { pages: pagesOf(s, [ends.page]), header: s.w.quote(ends.header, 60) });
    }
    const doubts = Array.isArray(d.doubts) ? (d.doubts as { table?: unknown }[]).filter((x) => isNumber(x.table)) : [];
    if (doubts.length) {
      const list = doubts.map((x) => String(x.table));
      text += say(s, list.length === 1 ? 'wAvDoubt' : 'wAvDoubts', { tables: s.w.list(list) });
    }
    return [text + say(s, 'wAvAdvice')];
  },
  'comment-balloons-left-out': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.balloons) || !strings(d.balloonText)) return null;
    const balloons = count(s, d.balloons, ['comment balloon', 'comment balloons'], ['bulle de commentaire', 'bulles de commentaire']);
    return [say(s, 'wCommentBalloons', { pages: pagesOf(s, d.pages), balloons, text: quoted(s, d.balloonText, 3) })];
  },
  'table-shading-unshown': (d, s) => (isString(d.colour) ? [say(s, d.kind === 'row' ? 'wTableRowShadingUnshown' : 'wTableShadingUnshown', { colour: s.colour(d.colour, true) })] : null),
  'name-or-word': (d, s) => {
    if (!strings(d.names) || !strings(d.voices) || !isNumber(d.lines) || !isNumber(d.words) || !d.names.length || !d.voices.length) return null;
    // A word alone on its line, with its colon, before another voice's line (labels-alone.ts).
    if (d.alone === true) {
      return [say(s, d.names.length === 1 ? 'wNameOrWordAlone' : 'wNamesOrWordsAlone', { names: s.w.list(d.names.map((n) => s.w.quote(`${n}:`))), voices: s.w.list(d.voices), words: s.w.words(d.words) })];
    }
    return [
      say(s, d.names.length === 1 ? 'wNameOrWord' : 'wNamesOrWords', {
        names: s.w.list(d.names.map((n) => s.w.quote(`${n}:`))),
        lines: count(s, d.lines, ['line', 'lines'], ['réplique', 'répliques']),
        voices: s.w.list(d.voices),
        words: s.w.words(d.words),
        bare: d.names.join(', '),
      }),
    ];
  },
  'label-accents-alike': (d, s) => {
    if (!isString(d.label) || !strings(d.voices) || !strings(d.labels) || d.voices.length !== d.labels.length || d.voices.length < 2 || !isNumber(d.lines) || !Array.isArray(d.locations)) return null;
    if (d.voice !== null && !isString(d.voice)) return null;
    const places = (d.locations as unknown[]).map((l) => legendPlace(l, s)).filter((p): p is string => p !== null);
    const voices = (d.voices as string[]).map((v, i) => `${v} (${s.w.quote((d.labels as string[])[i]!, 30)})`);
    // Where the name stands: opening lines (`ELODIE:`), alone above the dialogue, or in a table's speaker column.
    const kind = d.kind === 'name-line' || d.kind === 'cell' ? d.kind : 'label';
    const one = d.lines === 1;
    const [opens, lines, those] =
      kind === 'name-line'
        ? (['wAccentNameLine', count(s, d.lines, ['speech', 'speeches'], ['réplique', 'répliques']), one ? 'wThatSpeech' : 'wThoseSpeeches'] as const)
        : kind === 'cell'
          ? (['wAccentCell', count(s, d.lines, ['row', 'rows'], ['ligne', 'lignes']), one ? 'wThatRow' : 'wThoseRows'] as const)
          : (['wAccentOpens', count(s, d.lines, ['line', 'lines'], ['réplique', 'répliques']), one ? 'wThatLine' : 'wThoseLines'] as const);
    return [
      say(s, isString(d.voice) ? 'wLabelAccentsGiven' : 'wLabelAccentsNobody', {
        opens: say(s, opens, { label: s.w.quote(kind === 'label' ? `${d.label}:` : d.label, 40), lines }),
        where: places.slice(0, 3).join(', ') + (d.lines > 3 ? ', …' : ''),
        voices: s.w.list(voices, true),
        voice: isString(d.voice) ? d.voice : '',
        those: say(s, those),
      }),
    ];
  },
  'merged-cell-text': (d, s) => {
    const cell = d.cell as Details | undefined;
    if (!isNumber(d.words) || !strings(d.text) || !d.text.length || !cell || typeof cell !== 'object' || !isNumber(cell.table) || !isNumber(cell.row) || !isNumber(cell.column)) return null;
    return [say(s, 'wMergedCellText', { words: s.w.words(d.words), cell: s.w.cell(cell as { table: number; row: number; column: number }), texts: quoted(s, d.text, 3) })];
  },
  'footer-like-line': (d, s) => (isString(d.text) ? [say(s, 'wFooterLikeLine', { text: s.w.quote(d.text, 80) })] : null),
  'repeating-section-data': (d, s) => {
    if (!isNumber(d.sections) || !Array.isArray(d.first)) return null;
    const first = (d.first as unknown[]).filter((x): x is { section: string; items: number; data: number | null } => typeof x === 'object' && x !== null && isString((x as { section?: unknown }).section) && isNumber((x as { items?: unknown }).items));
    if (!first.length) return null;
    const sections = first
      .map((x) => say(s, isNumber(x.data) ? 'wRepeatingItems' : 'wRepeatingItemsUnread', { section: s.w.quote(x.section, 60), items: s.w.number(x.items), data: isNumber(x.data) ? s.w.number(x.data) : '' }))
      .join(s.w.semicolon) + (d.sections > first.length ? `${s.w.semicolon}…` : '');
    return [say(s, d.sections === 1 ? 'wRepeatingSectionOne' : 'wRepeatingSections', { sections })];
  },
  'text-not-on-pages': (d, s) => {
    if (!isNumber(d.pages) || !isNumber(d.shown) || !isNumber(d.textOps)) return null;
    return [
      say(s, 'wTextNotOnPages', {
        shown: count(s, d.shown, ['time', 'times'], ['fois', 'fois']),
        ops: count(s, d.textOps, ['time', 'times'], ['fois', 'fois']),
        count: s.w.number(d.pages),
      }),
    ];
  },
  'label-after-break': (d, s) => {
    if (!isNumber(d.lines) || !strings(d.labels) || !strings(d.texts) || !d.texts.length || !d.labels.length) return null;
    // `enter: false`: a new paragraph would not change the reading (a PDF, or a line stopped mid-phrase): the speaker named in a config is the advice.
    const enter = d.enter !== false;
    if (d.lines === 1) return [say(s, enter ? 'wLabelAfterBreak' : 'wLabelAfterBreakName', { text: s.w.quote(d.texts[0]!, 60), label: s.w.quote(d.labels[0]!, 30), name: d.labels[0]! })];
    return [say(s, enter ? 'wLabelsAfterBreaks' : 'wLabelsAfterBreaksName', { lines: count(s, d.lines, ['line', 'lines'], ['ligne', 'lignes']), texts: quoted(s, d.texts, 3) + (d.lines > Math.min(3, d.texts.length) ? ', …' : '') })];
  },
  'links-in-lines': (d, s) => {
    if (!isNumber(d.links) || !isNumber(d.words) || !Array.isArray(d.quoted)) return null;
    const quoted = (d.quoted as { text?: unknown; countedFor?: unknown }[]).filter((q) => isString(q.text) && (q.countedFor === null || isString(q.countedFor)));
    if (!quoted.length) return null;
    const list = quoted.map((q) => say(s, 'wLinkFor', { text: s.w.quote(q.text as string, 60), voice: s.voice(q.countedFor as string | null) }));
    return [
      say(s, 'wLinksInLines', {
        links: count(s, d.links, ['link', 'links'], ['lien', 'liens']),
        words: s.w.words(d.words),
        quoted: s.w.list(list) + (d.links > quoted.length ? ', …' : ''),
        // Links the file does not mark, told by their style or look.
        unmarked: isNumber(d.unmarked) && d.unmarked > 0 ? (d.unmarked >= d.links ? say(s, 'wLinksUnmarkedAll') : say(s, 'wLinksUnmarkedSome', { unmarked: s.w.number(d.unmarked) })) : '',
      }),
    ];
  },
  'legend-config-differs': (d, s) => {
    if (!isString(d.config) || !Array.isArray(d.problems) || !d.problems.length) return null;
    // The names given on the page stand in for a config: said as the narrator's own choice, never by the worker's name for them.
    const names = d.config === NAMES_SOURCE;
    const config = names ? say(s, 'namesAsConfig') : d.config;
    const said: string[] = [];
    for (const p of d.problems as Details[]) {
      const colour = isString(p.colour) ? s.colour(p.colour, p.background === true) : null;
      if (p.kind === 'no-voice' && colour && isString(p.legendVoice)) said.push(say(s, 'wLegendConfigNoVoice', { colour, name: p.legendVoice, config }));
      else if (p.kind === 'other-voice' && colour && isString(p.legendVoice) && isString(p.voice)) said.push(say(s, 'wLegendConfigOtherVoice', { colour, name: p.legendVoice, config, voice: s.voice(p.voice) }));
      else if (p.kind === 'recorded' && colour && isString(p.voice)) said.push(say(s, 'wLegendConfigRecorded', { colour, config, voice: s.voice(p.voice) }));
      else if (p.kind === 'merged' && strings(p.legendVoices) && strings(p.colours) && p.colours.length === p.legendVoices.length && isString(p.voice)) {
        const colours = p.colours;
        const pairs = s.w.list(p.legendVoices.map((name, i) => say(s, 'wLegendConfigPair', { colour: s.colour(colours[i]!), name })));
        said.push(say(s, p.legendVoices.length === 2 ? 'wLegendConfigMergedTwo' : 'wLegendConfigMerged', { pairs, config, voice: s.voice(p.voice) }));
      } else return null;
    }
    return [names ? say(s, 'wLegendNamesDiffers', { problems: said.join(s.w.semicolon) }) : say(s, 'wLegendConfigDiffers', { config, problems: said.join(s.w.semicolon) })];
  },
  'legend-voice-unspoken': (d, s) => {
    if (!Array.isArray(d.voices) || !d.voices.length) return null;
    const each: string[] = [];
    for (const v of d.voices as Details[]) {
      if (!isString(v.voice) || !isNumber(v.words) || !isNumber(v.lines)) return null;
      each.push(say(s, 'wLegendUnspokenVoice', { voice: v.voice, words: s.w.words(v.words), lines: s.w.linesCount(v.lines) }));
    }
    return [say(s, each.length === 1 ? 'wLegendUnspokenOne' : 'wLegendUnspokenMany', { voices: s.w.list(each) })];
  },
  'links-alone': (d, s) =>
    isString(d.colour) && isNumber(d.words) && isNumber(d.lines) && strings(d.firstLines)
      ? [
          d.lines === 1 && d.words === 1
            ? say(s, 'wLinkAlone', { words: s.w.words(d.words), colour: s.colour(d.colour), first: quoted(s, d.firstLines, 1) })
            : say(s, 'wLinksAlone', { words: s.w.words(d.words), lines: s.w.linesCount(d.lines), colour: s.colour(d.colour), first: quoted(s, d.firstLines, 3) }),
        ]
      : null,
  'line-numbers-left-out': (d, s) => (numbers(d.pages) && isNumber(d.numbers) ? [say(s, 'wLineNumbers', { pages: pagesOf(s, d.pages) })] : null),
  'wide-gap-read-as-space': (d, s) => {
    if (!numbers(d.pages) || !Array.isArray(d.lines)) return null;
    const lines = (d.lines as unknown[]).filter((l): l is { text: string } => typeof l === 'object' && l !== null && isString((l as { text?: unknown }).text));
    return [say(s, 'wWideGapAsSpace', { pages: pagesOf(s, d.pages), lines: quoted(s, lines.map((l) => l.text), 3, 80) })];
  },

  'toc-left-out': (d, s) => {
    if (!isNumber(d.lines) || !strings(d.first)) return null;
    const first = quoted(s, d.first, 3) + (d.lines > d.first.length ? ', …' : '');
    return [say(s, 'wTocLeftOut', { lines: count(s, d.lines, ['line', 'lines'], ['ligne', 'lignes']), first })];
  },
  'field-never-ends': (d, s) => {
    if (isString(d.resumesAt)) return [say(s, 'wTocNeverEnds', { where: d.resumesAt ? s.w.quote(d.resumesAt) : say(s, 'wTocNeverEndsEmpty') })];
    if (d.readPast === false) return [say(s, 'wFieldsStuck')];
    if (!isNumber(d.fields) || !strings(d.names) || !strings(d.code)) return null;
    const names = d.names.join(', ');
    const sentence = d.fields === 1 ? say(s, 'wFieldNeverEnds', { names }) : say(s, 'wFieldsNeverEnd', { fields: count(s, d.fields, ['field', 'fields'], ['champ', 'champs']), names });
    return d.code.length ? [sentence, ' ', say(s, 'wFieldsNeverEndCode', { code: quoted(s, d.code, 3) })] : [sentence];
  },
  'placeholder-left-out': (d, s) => {
    if (!isNumber(d.controls) || !strings(d.first)) return null;
    const first = quoted(s, d.first, 3) + (d.controls > d.first.length ? ', …' : '');
    return [say(s, 'wPlaceholderLeftOut', { controls: count(s, d.controls, ['content control', 'content controls'], ['contrôle de contenu', 'contrôles de contenu']), first })];
  },
  'alt-chunk-unread': (d, s) => (isNumber(d.chunks) ? [say(s, 'wAltChunkUnread', { chunks: count(s, d.chunks, ['embedded chunk', 'embedded chunks'], ['bloc incorporé', 'blocs incorporés']) })] : null),

  'theme-colour-mismatch': (d, s) => {
    if (!isString(d.themeColor) || !isString(d.theme) || !isString(d.cached)) return null;
    return [say(s, d.kind === 'shading' ? 'wThemeFillMismatch' : 'wThemeColourMismatch', { theme: d.themeColor, colour: s.colour(d.theme), cached: s.colour(d.cached) })];
  },
  'style-highlight-ignored': (d, s) => (isString(d.style) && isString(d.highlight) ? [say(s, 'wStyleHighlightIgnored', { style: d.style, highlight: d.highlight })] : null),
  'alt-chunk-styles': (d, s) => {
    if (!isString(d.read) || !isString(d.other) || !isString(d.part)) return null;
    const look = (colour: string, background: unknown) => (isString(background) ? say(s, 'wLookOn', { colour: s.colour(colour), background: s.colour(background, true) }) : s.colour(colour));
    return [say(s, d.ownStyles === true ? 'wAltChunkOwnStyles' : 'wAltChunkStyles', { part: d.part, read: look(d.read, d.readBackground), other: look(d.other, d.otherBackground) })];
  },
  'shape-text-colour': (d, s) => (isString(d.shape) && isString(d.style) ? [say(s, 'wShapeTextColour', { shape: s.colour(d.shape), style: s.colour(d.style) })] : null),
  'text-fill-differs': (d, s) => {
    if (!isString(d.fontColour)) return null;
    if (isString(d.word)) return [say(s, 'wTextFillDiffers', { colour: s.colour(d.word), font: s.colour(d.fontColour) })];
    return d.word === null ? [say(s, 'wTextFillGradient', { font: s.colour(d.fontColour) })] : null;
  },
  'shading-pattern-auto': (d, s) => {
    if (!isString(d.shading) || !isString(d.word) || !isString(d.libreOffice) || !(d.fill === null || isString(d.fill))) return null;
    const fill = d.fill && d.fill !== d.word && d.fill !== d.libreOffice ? say(s, 'wShadingFillUnseen', { fill: s.colour(d.fill) }) : '';
    const values = { shading: d.shading, colour: s.colour(d.word), other: s.colour(d.libreOffice), fill };
    return [say(s, d.word === d.libreOffice ? 'wShadingAuto' : 'wShadingNoPattern', values)];
  },
  'highlight-unknown': (d, s) => (isString(d.highlight) ? [say(s, 'wHighlightUnknown', { highlight: d.highlight })] : null),
  'colour-value-odd': (d, s) => (isString(d.value) && isString(d.read) ? [say(s, 'wColourValueOdd', { value: d.value, colour: s.colour(d.read) })] : null),

  'different-voice-maps': (d, s) => {
    if (!strings(d.onlyOld) || !strings(d.onlyNew) || !strings(d.recoded)) return null;
    const old = sourceOf(d.old, s);
    const now = sourceOf(d.new, s);
    if (old === null || now === null) return null;
    const names = (voices: string[]) => s.w.list(voices.map((voice) => s.w.quote(s.voice(voice))));
    const facts: string[] = [];
    if (d.onlyOld.length) facts.push(say(s, d.onlyOld.length === 1 ? 'onlyOldOne' : 'onlyOldMany', { voices: names(d.onlyOld) }));
    if (d.onlyNew.length) facts.push(say(s, d.onlyNew.length === 1 ? 'onlyNewOne' : 'onlyNewMany', { voices: names(d.onlyNew) }));
    // "Other colours" only of voices told by their colours in both versions; the others, how each version tells them.
    const otherwise = d.recoded.map((voice) => [voice, s.marks?.(voice) ?? null] as const);
    const colours = otherwise.filter(([, marks]) => marks === null).map(([voice]) => voice);
    // Not told how (no `marks`) while a version reads its voices from the speakers' names: no word of colours.
    const byNames = !s.marks && [d.old, d.new].some((side) => (side as Details | null)?.config === LABELS_SOURCE);
    const [one, many] = byNames ? (['recodedOtherwiseOne', 'recodedOtherwiseMany'] as const) : (['recodedOne', 'recodedMany'] as const);
    if (colours.length) facts.push(say(s, colours.length === 1 ? one : many, { voices: names(colours) }));
    for (const [voice, marks] of otherwise) if (marks) facts.push(say(s, 'recodedMarks', { voice: s.w.quote(s.voice(voice)), old: marks.old, new: marks.new }));
    // The advice to drop a config only when a voice of one version has no match in the other.
    const matched = d.onlyOld.length === 0 && d.onlyNew.length === 0;
    return [say(s, matched ? 'voiceMapsMatched' : 'voiceMapsDiffer', { old, new: now, facts: facts.length ? s.w.colon + facts.join(s.w.semicolon) : '', config: say(s, 'config') })];
  },

  'unknown-section': (d, s) => {
    if (!isString(d.section) || !isNumber(d.maxSeconds) || !strings(d.sections)) return null;
    // The stretch before the first heading is no title the config can name.
    const known = d.sections.filter((title) => title !== START_TITLE);
    const list = known.length ? say(s, 'wUnknownSectionList', { sections: known.map((title) => s.w.quote(title)).join(', ') }) : say(s, 'wUnknownSectionNone');
    return [say(s, 'wUnknownSection', { time: s.w.duration(d.maxSeconds), section: d.section, known: list })];
  },
  'spots-unread': (d, s) => {
    if (!strings(d.texts) || !d.texts.length || !isNumber(d.count) || d.count < 1 || !strings(d.groups) || !d.groups.length) return null;
    const groups = s.w.list(d.groups.map((group) => s.voice(group)));
    return d.count === 1
      ? [say(s, 'wSpotsUnreadOne', { text: s.w.quote(d.texts[0]!, 60), groups })]
      : [say(s, 'wSpotsUnread', { text: s.w.quote(d.texts[0]!, 60), more: s.w.number(d.count - 1), groups })];
  },
  'languages-by-voice': (d, s) => {
    if (!isString(d.language) || !Array.isArray(d.voices)) return null;
    const voices = (d.voices as unknown[]).filter((v): v is { voice: string | null; language: string; spokenForms: boolean } => typeof v === 'object' && v !== null && isString((v as { language?: unknown }).language) && typeof (v as { spokenForms?: unknown }).spokenForms === 'boolean');
    if (!voices.length) return null;
    const each = voices.map((v) => say(s, v.spokenForms ? 'wVoiceInLanguage' : 'wVoiceInLanguageAsWritten', { voice: s.voice(v.voice), language: s.w.language(v.language) }));
    return [say(s, 'wLanguagesByVoice', { voices: s.w.list(each), language: s.w.language(d.language) })];
  },
  'tracked-changes-in-notes': (d, s) => {
    if (!strings(d.notes) || !d.notes.length) return null;
    const notes = s.w.list(d.notes.map((kind) => say(s, kind === 'endnotes' ? 'wEndnotes' : 'wFootnotes')));
    return [say(s, 'wTrackedChangesInNotes', { notes })];
  },
  'notes-not-counted': (d, s) => {
    if (!strings(d.labels) || !d.labels.length || !isNumber(d.lines) || d.lines < 1 || !isNumber(d.words) || !strings(d.texts) || !d.texts.length || !Array.isArray(d.voices)) return null;
    const voices = (d.voices as unknown[]).filter((v): v is { voice: string } => typeof v === 'object' && v !== null && isString((v as { voice?: unknown }).voice)).map((v) => s.voice(v.voice));
    return [
      say(s, d.lines === 1 ? 'wNoteNotCounted' : 'wNotesNotCounted', {
        lines: count(s, d.lines, ['line', 'lines'], ['réplique', 'répliques']),
        labels: s.w.list(d.labels.map((label) => s.w.quote(label, 30))),
        texts: quoted(s, d.texts, 2, 60) + (d.texts.length > 2 ? ', …' : ''),
        words: s.w.words(d.words),
        voices: s.w.list(voices),
      }),
    ];
  },
  'label-left-out': (d, s) => {
    if (!strings(d.labels) || !d.labels.length || !isNumber(d.lines) || d.lines < 1 || !isNumber(d.words)) return null;
    // The labels as written ("BOULANGER :"), when the library gives them; each one's lines, rows (a table's speaker column) or tagline (TAG:).
    const written = strings(d.written) && d.written.length === d.labels.length ? d.written : d.labels;
    type Count = { label: string; lines: number; words: number; rows?: number; tagline?: boolean };
    const counts = Array.isArray(d.counts) && d.counts.length === d.labels.length && (d.counts as unknown[]).every((c) => typeof c === 'object' && c !== null && isNumber((c as Details).lines) && isNumber((c as Details).words)) ? (d.counts as Count[]) : null;
    const lines = (n: number) => count(s, n, ['line', 'lines'], ['réplique', 'répliques']);
    const rows = (n: number) => count(s, n, ['row', 'rows'], ['ligne', 'lignes']);
    const byRows = counts !== null && counts.every((c) => c.rows === c.lines);
    if (d.labels.length === 1) {
      const c = counts?.[0];
      const values = { labels: s.w.quote(written[0]!, 30), name: d.labels[0]!, words: s.w.words(d.words) };
      if (byRows) return [say(s, 'wLabelLeftOutRows', { ...values, lines: rows(d.lines) })];
      return [say(s, c?.tagline === true ? 'wLabelLeftOutTagline' : 'wLabelLeftOut', { ...values, lines: lines(d.lines) })];
    }
    // Several: each with its own count when some are rows or a tagline, as the library says them.
    const detailed = counts !== null && counts.some((c) => isNumber(c.rows) || c.tagline === true) && !byRows;
    const shown = written.slice(0, 3).map((label, k) => {
      const quoted = s.w.quote(label, 30);
      const c = counts?.[k];
      if (!detailed || !c) return quoted;
      const values = { label: quoted, lines: c.rows === c.lines ? rows(c.lines) : lines(c.lines), words: s.w.words(c.words) };
      return say(s, c.tagline === true ? 'wLabelTagline' : 'wLabelCountLines', values);
    });
    const labels = s.w.list(shown.concat(d.labels.length > 3 ? ['…'] : []));
    return [say(s, byRows ? 'wLabelsLeftOutRows' : 'wLabelsLeftOut', { labels, name: d.labels[0]!, lines: byRows ? rows(d.lines) : lines(d.lines), words: s.w.words(d.words) })];
  },
  'notes-changed': (d, s) => {
    const kinds = [
      ['footnotes', ['footnote', 'footnotes'], ['note de bas de page', 'notes de bas de page']],
      ['endnotes', ['endnote', 'endnotes'], ['note de fin', 'notes de fin']],
    ] as const;
    const changes = (v: unknown) => (v && typeof v === 'object' && ['changed', 'added', 'removed'].every((k) => isNumber((v as Details)[k])) ? (v as { changed: number; added: number; removed: number }) : null);
    if (!kinds.every(([key]) => changes(d[key]))) return null;
    // `1 footnote changed`, `3 footnotes differ (2 changed, 1 added)`: notes are feminine in French.
    const how = [
      ['changed', ['changed', 'changed'], ['modifiée', 'modifiées']],
      ['added', ['added', 'added'], ['ajoutée', 'ajoutées']],
      ['removed', ['removed', 'removed'], ['supprimée', 'supprimées']],
    ] as const;
    const said = kinds.flatMap(([key, en, fr]) => {
      const c = changes(d[key])!;
      const total = c.changed + c.added + c.removed;
      if (total === 0) return [];
      const notes = count(s, total, [...en], [...fr]);
      const parts = how.filter(([k]) => c[k] > 0);
      if (parts.length === 1) {
        const [, enHow, frHow] = parts[0]!;
        return [`${notes} ${s.w.lang === 'fr' ? frHow[total === 1 ? 0 : 1] : enHow[0]}`];
      }
      const list = parts.map(([k, enHow, frHow]) => `${s.w.number(c[k])} ${s.w.lang === 'fr' ? frHow[c[k] === 1 ? 0 : 1] : enHow[0]}`).join(', ');
      return [say(s, total === 1 ? 'wNoteDiffers' : 'wNotesDiffer', { notes, parts: list })];
    });
    return said.length ? [say(s, 'wNotesChanged', { parts: said.join(say(s, 'wAnd')) })] : null;
  },
  'section-target-ambiguous': (d, s) => {
    if (!isString(d.section) || !isNumber(d.maxSeconds) || !strings(d.sections) || d.sections.length < 2) return null;
    const titles = s.w.list(d.sections.slice(0, 4).map((title) => s.w.quote(title, 60)).concat(d.sections.length > 4 ? ['…'] : []));
    return [say(s, 'wSectionTargetAmbiguous', { time: s.w.duration(d.maxSeconds), section: d.section, sections: count(s, d.sections.length, ['section', 'sections'], ['section', 'sections']), titles, first: s.w.quote(d.sections[0]!, 60) })];
  },
  'font-not-loaded': (d, s) => {
    if (!numbers(d.pages) || !isNumber(d.pieces) || d.pieces < 1) return null;
    const font = isString(d.font) ? (s.w.lang === 'fr' ? `la police ${s.w.quote(d.font, 40)}` : `the font ${s.w.quote(d.font, 40)}`) : s.w.lang === 'fr' ? 'une police' : 'a font';
    const values = { font, pages: pagesOf(s, d.pages), pieces: count(s, d.pieces, ['piece of text', 'pieces of text'], ['morceau de texte', 'morceaux de texte']) };
    return [say(s, isString(d.cmap) ? 'wFontNotLoadedCmap' : 'wFontNotLoaded', values)];
  },
  'fees-not-quoted': (d, s) => {
    if (typeof d.currency !== 'string' || !isNumber(d.rate)) return null;
    return [say(s, 'wFeesNotQuoted', {})];
  },
  'spot-markers-voiced': (d, s) => {
    if (!strings(d.texts) || !d.texts.length || !isNumber(d.count) || d.count < 1 || !strings(d.voices) || !d.voices.length || !isNumber(d.words)) return null;
    const values = { text: s.w.quote(d.texts[0]!, 60), voices: s.w.list(d.voices.map((voice) => s.voice(voice))), words: s.w.words(d.words), more: s.w.number(d.count - 1) };
    // a spot's header fields (CLIENT:, TITLE:, LENGTH:…) among them: all of them, or some beside titles and lengths
    const fields = isNumber(d.fields) ? d.fields : 0;
    if (fields > 0 && fields >= d.count) return [say(s, d.count === 1 ? 'wSpotFieldVoiced' : 'wSpotFieldsVoiced', values)];
    if (fields > 0) return [say(s, 'wSpotMarkersFieldsVoiced', values)];
    return [say(s, d.count === 1 ? 'wSpotMarkerVoiced' : 'wSpotMarkersVoiced', values)];
  },
  // diff: a line too changed to mark word by word, or two lines too long and too changed to pair (diffhang2).
  'line-too-changed': (d, s) => {
    if (!(d.voice === null || isString(d.voice))) return null;
    const place = legendPlace(d.location, s);
    const oldPlace = legendPlace(d.oldLocation, s);
    if (place === null || oldPlace === null) return null;
    const voice = voiceFirst(s, d.voice as string | null);
    if (d.shown === 'changed' && isNumber(d.edits)) {
      // Given to another voice and edited (details.oldVoice): whose line it was (and where), as the command line says it.
      const from = d.oldVoice === null || isString(d.oldVoice) ? s.voice(d.oldVoice as string | null) : undefined;
      const where =
        from === undefined
          ? place === oldPlace ? place : say(s, 'wLineTooChangedMoved', { place, oldPlace })
          : say(s, place === oldPlace ? 'wLineTooChangedFrom' : 'wLineTooChangedMovedFrom', { place, oldPlace, oldVoice: from });
      return [say(s, 'wLineTooChanged', { voice, where, edits: s.w.number(d.edits) })];
    }
    if (d.shown !== 'removed-and-added') return null;
    if (d.oldVoice === undefined) return [say(s, 'wLinesTooChangedToPair', { voice, place, oldPlace })];
    if (!(d.oldVoice === null || isString(d.oldVoice))) return null;
    return [say(s, 'wLinesTooChangedToPairTwo', { voice: s.voice(d.voice as string | null), oldVoice: s.voice(d.oldVoice as string | null), place, oldPlace })];
  },
  'unassigned-changed': (d, s) => {
    const kinds = [
      ['changed', ['line changed', 'lines changed'], ['ligne modifiée', 'lignes modifiées']],
      ['added', ['line added', 'lines added'], ['ligne ajoutée', 'lignes ajoutées']],
      ['removed', ['line removed', 'lines removed'], ['ligne supprimée', 'lignes supprimées']],
      ['moved', ['line moved', 'lines moved'], ['ligne déplacée', 'lignes déplacées']],
    ] as const;
    if (!kinds.every(([key]) => isNumber(d[key]))) return null;
    const parts = kinds.filter(([key]) => (d[key] as number) > 0).map(([key, en, fr]) => count(s, d[key] as number, [...en], [...fr]));
    return parts.length ? [say(s, 'wUnassignedChanged', { parts: s.w.list(parts) })] : null;
  },
  'section-length-unread': (d, s) => (isString(d.section) && isString(d.text) ? [say(s, 'wSectionLengthUnread', { section: d.section, text: s.w.quote(d.text, 60) })] : null),
  'section-lengths-differ': (d, s) => {
    if (!isString(d.section) || !numbers(d.lengths) || d.lengths.length < 2) return null;
    return [say(s, 'wSectionLengthsDiffer', { section: d.section, lengths: d.lengths.map((n) => s.w.duration(n)).join(', '), first: s.w.duration(d.lengths[0]!) })];
  },
};

/**
 * A voice with no line whose likely reason is a colour written by its name in the config (empty-voice and
 * config-voices-unused's `namesakes`: the script's colours vo-lines names as that name, which a config reads as
 * CSS's colour): the first, with the code to write instead. Empty when there is none.
 */
function namesakeSaid(voice: string, namesakes: unknown, s: Speaker): string {
  const first = Array.isArray(namesakes) ? (namesakes as Details[])[0] : undefined;
  if (!first || !isString(first.colour) || !isNumber(first.words)) return '';
  return ` ${say(s, 'wNamesake', { voice: s.voice(voice), colour: s.colour(first.colour, first.background === true), words: s.w.words(first.words), hex: first.colour, kind: first.background === true ? 'highlight' : 'color' })}`;
}

/** Where a side of a comparison read its voices from (compare.ts voiceMapWarnings' details), as the page says it. */
function sourceOf(side: unknown, s: Speaker): string | null {
  if (!side || typeof side !== 'object') return null;
  const { mode, config } = side as Details;
  if (mode === 'legend') return say(s, 'voicesFromLegend');
  if (mode === 'colours') return say(s, 'voicesFromColours');
  if (mode !== 'config' || !isString(config)) return null;
  if (config === NAMES_SOURCE) return say(s, 'voicesFromNames');
  if (config === LABELS_SOURCE) return say(s, 'voicesFromLabels');
  return say(s, 'voicesFromConfig', { config });
}

/** One reason a legend was not used (legend-trust.ts LegendProblem), as a clause of the page's sentence. */
/** What a legend gives a voice (legend-trust.ts givenDetails): a colour, or its words when they fit no one colour. */
function givenOf(d: unknown, s: Speaker): string | null {
  if (!d || typeof d !== 'object') return null;
  const g = d as Details;
  if (isString(g.colour)) return s.colour(g.colour, g.background === true);
  if (isString(g.words)) return s.w.quote(g.words);
  return null;
}

/**
 * The voices whose lines a cut at the page's edge shortens, as the library names them (`text-off-page`'s
 * `voices`): ` (Anna: 3 lines, ¶3, ¶5; text of no voice: 1 line, ¶7)`; nothing from an older library.
 */
function offVoices(voices: unknown, s: Speaker): string {
  if (!Array.isArray(voices)) return '';
  const items = (voices as unknown[]).filter((v): v is { name: string; lines: number; paragraphs: number[] } => typeof v === 'object' && v !== null && isString((v as Details).name) && isNumber((v as Details).lines) && numbers((v as Details).paragraphs));
  if (!items.length) return '';
  const said = items.map((v) =>
    say(s, 'wOffVoice', {
      voice: v.name === 'unassigned' ? s.voice(null) : s.voice(v.name),
      lines: count(s, v.lines, ['line', 'lines'], ['ligne', 'lignes']),
      paragraphs: v.paragraphs.length ? `, ${v.paragraphs.slice(0, 5).map((p) => `¶${p}`).join(', ')}${v.paragraphs.length > 5 ? '…' : ''}` : '',
    }),
  );
  return ` (${said.join(s.w.semicolon)})`;
}

/** Where another legend stands: `¶4`, `¶1 (header)`. */
function legendPlace(d: unknown, s: Speaker): string | null {
  if (!d || typeof d !== 'object') return null;
  const l = d as Details;
  if (!isNumber(l.paragraph)) return null;
  const page = isNumber(l.page) ? say(s, 'wOnPage', { page: s.w.number(l.page) }) : '';
  const story = l.story === 'header' ? say(s, 'wInHeader') : l.story === 'footer' ? say(s, 'wInFooter') : '';
  return `${page}¶${l.paragraph}${story}`;
}

const REASONS: Record<(typeof LEGEND_REASONS)[number], (d: Details, s: Speaker) => string | null> = {
  'same-colour': (d, s) => {
    // Words that fit no one colour, the same for two voices ("Narrator = blue; Coach = blue").
    if (strings(d.voices) && isString(d.words) && d.colour === undefined) return say(s, d.voices.length === 2 ? 'wSameWordsTwo' : 'wSameWords', { voices: s.w.list(d.voices), words: s.w.quote(d.words) });
    if (!strings(d.voices) || !isString(d.colour)) return null;
    const colour = s.colour(d.colour, d.background === true);
    if (d.notRecorded === true) return say(s, 'wSameColourNotRecorded', { voice: d.voices[0] ?? '', colour });
    return say(s, d.voices.length === 2 ? 'wSameColourTwo' : 'wSameColour', { voices: s.w.list(d.voices), colour });
  },
  'colour-not-used': (d, s) => {
    if (!Array.isArray(d.unused)) return null;
    const items: string[] = [];
    for (const entry of d.unused as Details[]) {
      if (!isString(entry.voice)) return null;
      if (isString(entry.colour)) items.push(`${entry.voice} (${s.colour(entry.colour, entry.background === true)})`);
      else if (isString(entry.words)) items.push(`${entry.voice} (${s.w.quote(entry.words)})`);
      else return null;
    }
    return say(s, 'wColourNotUsed', { voices: s.w.list(items) });
  },
  // Its voices' colours only on text that is no line (a table's name cells, the legend's swatches): all words nobody's.
  'no-voice-lines': (d, s) => (strings(d.voices) && d.voices.length && isNumber(d.words) ? say(s, d.voices.length === 1 ? 'wNoVoiceLinesOne' : 'wNoVoiceLines', { voices: s.w.list(d.voices), words: s.w.words(d.words) }) : null),
  'ambiguous-colour': (d, s) => {
    // A swatch about as near to two colours the script uses.
    if (isString(d.voice) && isString(d.swatch) && strings(d.candidates)) return say(s, 'wAmbiguousSwatch', { voice: d.voice, swatch: s.colour(d.swatch), colours: s.w.list(d.candidates.map((hex) => s.colour(hex))) });
    if (!isString(d.voice) || !isString(d.words) || !strings(d.candidates)) return null;
    return say(s, 'wAmbiguousColour', { words: s.w.quote(d.words), voice: d.voice, colours: s.w.list(d.candidates.map((hex) => s.colour(hex))) });
  },
  'body-colour': (d, s) => {
    if (!isString(d.colour) || !strings(d.voices)) return null;
    return say(s, 'wBodyColour', { colour: s.colour(d.colour), voices: s.w.list(d.voices, true) }) + (d.table === true ? say(s, 'wBodyColourTable') : '');
  },
  'legends-disagree': (d, s) => {
    const other = d.other && typeof d.other === 'object' ? (d.other as Details) : null;
    if (!other || !isString(other.text) || !Array.isArray(d.voices) || d.voices.length === 0) return null;
    const place = legendPlace(other.location, s);
    const here: string[] = [];
    const there: string[] = [];
    for (const v of d.voices as Details[]) {
      const a = givenOf(v.here, s);
      const b = givenOf(v.there, s);
      if (!isString(v.voice) || a === null || b === null) return null;
      here.push(`${v.voice} = ${a}`);
      there.push(`${v.voice} = ${b}`);
    }
    if (place === null) return null;
    return say(s, 'wLegendsDisagree', { here: s.w.list(here), place, text: s.w.quote(other.text), there: s.w.list(there) });
  },
  'conflicting-entries': (d, s) => {
    if (!isString(d.voice) || !Array.isArray(d.given)) return null;
    const given = (d.given as unknown[]).map((g) => givenOf(g, s));
    if (given.length < 2 || given.some((g) => g === null)) return null;
    return say(s, 'wConflictingEntries', { voice: d.voice, given: s.w.list(given as string[]) });
  },
  'name-colour-differs': (d, s) => {
    const written = givenOf(d.written, s);
    const given = givenOf(d, s);
    if (!isString(d.voice) || !isString(d.words) || written === null || given === null) return null;
    return say(s, 'wNameColourDiffers', { voice: d.voice, written, words: s.w.quote(d.words), given });
  },
  'one-voice-takes-all': (d, s) => {
    if (!isString(d.voice) || !isNumber(d.words) || !isNumber(d.total) || d.total <= 0) return null;
    return say(s, 'wOneVoiceTakesAll', { voice: d.voice, words: s.w.words(d.words), total: s.w.words(d.total), share: s.w.percent(d.words / d.total) });
  },
};

/** The codes this module says (tests check that together with the app's they cover every code made in src/). */
export const PAGE_WARNINGS: readonly string[] = [...APP_WARNINGS, ...LEGEND_REASONS, ...Object.keys(SENTENCES)];

/** The DOCX reader's notes on a run's colour (readers/docx/index.ts notesOf): their details count the paragraphs. */
const DOCX_NOTES = new Set(['table-shading-unshown', 'theme-colour-mismatch', 'style-highlight-ignored', 'shading-pattern-auto', 'text-fill-differs', 'colour-value-odd', 'highlight-unknown', 'shape-text-colour', 'alt-chunk-styles']);

/** A warning in the page's words, or null (a code the page leaves in English, or details it cannot read). */
export function warningSentence(warning: Warning, s: Speaker): Part[] | null {
  const sentence = SENTENCES[warning.code];
  if (!sentence) return null;
  const d = warning.details && typeof warning.details === 'object' ? (warning.details as Details) : {};
  const parts = sentence(d, s, warning);
  // What the DOCX reader says of a run is said once, with how many paragraphs it is true of.
  if (parts && DOCX_NOTES.has(warning.code) && isNumber(d.paragraphs) && d.paragraphs > 1) parts.push(` (${s.w.paragraphs(d.paragraphs)})`);
  return parts;
}

/** A legend-rejected warning's reasons, each in the page's words or, when it cannot be, the library's. */
export function legendReasons(reasons: readonly { code?: unknown; message?: unknown; details?: unknown }[], s: Speaker): Part[] {
  const parts: Part[] = [];
  reasons.forEach((reason, i) => {
    if (i > 0) parts.push(s.w.semicolon);
    const clause = reason.code && (LEGEND_REASONS as readonly unknown[]).includes(reason.code) && reason.details && typeof reason.details === 'object' ? REASONS[reason.code as (typeof LEGEND_REASONS)[number]](reason.details as Details, s) : null;
    parts.push(clause ?? { en: String(reason.message ?? '') });
  });
  return parts;
}
