/** Casting → Report: the numbers every renderer shows. Pure. */
import { unsaidIn, unsaidFiguresWarning, type UnsaidFigure } from './unsaid-figures.js';
import { Budget } from '../budget.js';
import { paragraphTextsOf, type Casting, type Line } from '../attribute/cast.js';
import type { Legend } from '../attribute/legend.js';
import type { Timecode } from '../attribute/timecodes.js';
import type { Hex, Location, Paragraph, ScriptFormat, Warning } from '../model.js';
import { DEFAULT_DIRECTIONS, directionOpeners, mayHoldDirection, spokenText } from '../text/directions.js';
import { DATE_ORDER_CODES, withoutVoices } from './english-variant.js';
import { configuredLanguage, contradictedVoiceLanguages, forgetKeptCounts, guessVoiceLanguages, LANGUAGE_UNKNOWN, markedEnglishVariants, overriddenVoiceLanguage, ownDateLanguages, resolveLanguage, voiceLanguages, writtenLanguage, type ScriptLanguage } from './language.js';
import { CHARACTER_PACES, characterPaceWarning, recordingSeconds } from './pace.js';
import { findSections, type Section } from './sections.js';
import { FINISHED_DIGITS, finishedDigits, finishedTime, lineCharacters, payUnits, quote, sumFinished, totalFees, type Fee, type PayUnits } from './pay.js';
import { RAISED_DIGIT, raisedDocument, spokenForm, type RaisedAt, type RaisedDoubt } from './spoken/index.js';
import { hasAbjadLetters } from './syllables.js';
import { apportionTenths, narrationRate, NO_SYLLABLES, REFERENCE_WPM, syllablesAndPauses, type SyllablesAndPauses } from './timing.js';
import { countWords, normaliseSpace } from '../text/words.js';
import { DEFAULT_WPM, type TimingMethod, type RateCard } from '../config/settings.js';

export interface Cue {
  /** The voice of the cue line (null for unassigned text when no voice precedes). */
  voice: string | null;
  text: string;
  /** Where the cue's line breaks (Line.breaks). */
  breaks?: number[];
}

export interface LineReport {
  id: string;
  text: string;
  /** Where a reader sees the line break within its paragraph: offsets in `text` of the spaces standing for soft line breaks (attribute/cast.ts Line.breaks). */
  breaks?: number[];
  /** The opening of `text` shown but not said nor counted: a speaker's name opening a line cast by its colour (`AGENT: `), or a label's aside (`(off) `). */
  label?: string;
  /** What the narrator says: directions left out, figures, symbols and addresses written out. */
  spoken: string;
  /** Written words. */
  words: number;
  /** Words actually said: the words of `spoken`. */
  spokenWords: number;
  /** Characters of the line (NFC, whitespace runs as one space): the unit of dubbing lines. */
  characters: number;
  /** Syllables of `spoken`, with `--timing syllables`. */
  syllables?: number;
  /** Estimated recording time, from the spoken words. */
  seconds: number;
  location: Location;
  /** The line that precedes this one from another voice: the cue a narrator needs for context. */
  cue: Cue | null;
  /** A dubbing script's time code for the line, as written (attribute/timecodes.ts): its start, and its end when given. */
  timecode?: Timecode;
}

export interface VoiceReport extends PayUnits {
  name: string;
  colors: Hex[];
  highlights: Hex[];
  /** The paragraph or character styles and the speaker labels that mean this voice, when the config gives any. */
  styles?: string[];
  labels?: string[];
  wpm: number;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  /** Fraction of the script's words, 0–1. */
  share: number;
  /** With `--timing syllables`: the syllables said and the narration rate used. */
  syllables?: number;
  syllablesPerSecond?: number;
  /** The quote from the rate card, when the config has one. */
  fee?: Fee;
  /**
   * The language this group's lines are read in (its tag), when the document marks its voices in
   * several (`languages-by-voice`): its own, or the script's. Absent in a script of one language.
   */
  language?: string;
  lines: LineReport[];
}

/** The legend the voices were read from (or that a config's voices made redundant), as read. */
export interface ReportLegend {
  kind: string;
  location: Location;
  text: string;
  /** Each voice of the legend with the colours it stands for. */
  voices: { name: string; colors: Hex[]; highlights: Hex[] }[];
  /** The colours the legend declares as not recorded. */
  unassigned: { colors: Hex[]; highlights: Hex[] };
}

/** What the voices record: the sum over the voices, unassigned text left out. */
export interface Recorded {
  words: number;
  spokenWords: number;
  /** The sum of the voices' times (each at its own pace). */
  seconds: number;
}

export interface Timing {
  method: TimingMethod;
  /** The language's narration rate (syllables per second) with `syllables`. */
  syllablesPerSecond?: number;
  /**
   * What the paces (`wpm`) count when it is not words: `characters` for a script written in Chinese
   * or Japanese timed by words, each character being a word (text/words.ts). Absent otherwise.
   */
  paceUnit?: 'characters';
}

export type GroupReport = Omit<VoiceReport, 'name' | 'colors' | 'highlights'>;

export interface Report {
  file: string;
  format: ScriptFormat;
  /** The config file used, or null when voices are colour groups. */
  config: string | null;
  mode: 'config' | 'legend' | 'colours';
  /** The legend the voices were read from (or that was left out of the lines), when the script has one. */
  legend: ReportLegend | null;
  /** The script's language and where it came from (spoken forms, syllables and money follow it). */
  language: ScriptLanguage;
  timing: Timing;
  voices: VoiceReport[];
  unassigned: GroupReport;
  total: PayUnits & {
    lineCount: number;
    words: number;
    spokenWords: number;
    seconds: number;
    wpm: number;
    syllables?: number;
    /** The voices' fees added up, one entry per currency; `estimated` when one of them rests on the estimated time. */
    fees: { amount: number; currency: string; estimated: boolean }[];
  };
  /** The script's sections or spots with each voice's words and time; [] when it has none. */
  sections: Section[];
  /** What is to be recorded, or null when the voices are only colour groups (nothing says which are read). */
  recorded: Recorded | null;
  warnings: Warning[];
}

export interface PaceOptions {
  /** Overrides every pace (from --wpm or --pace). */
  wpm?: number;
  /** Script-wide default from the config. */
  configWpm?: number;
  /** The script's language, over the config's and the document's (`--lang`). */
  lang?: string;
  /** How time is estimated, over the config's `timing` (`--timing`). */
  timing?: TimingMethod;
}

interface MeasuredLine {
  line: Line;
  spoken: string;
  spokenWords: number;
  characters: number;
  syllables: number;
  /**
   * Seconds of pause at its commas and full stops, with syllable timing (0 with words timing, and
   * for a line with no syllable). Kept apart from the syllables: only they go at the voice's rate.
   */
  pauseSeconds: number;
  cue: Cue | null;
}

interface GroupPace {
  wpm: number;
  /** Set with syllable timing. */
  syllablesPerSecond?: number;
  rates?: RateCard;
}

const tenth = (seconds: number) => Math.round(seconds * 10) / 10;

function group(lines: MeasuredLine[], pace: GroupPace, totalWords: number): GroupReport {
  const words = lines.reduce((sum, l) => sum + l.line.words, 0);
  const spokenWords = lines.reduce((sum, l) => sum + l.spokenWords, 0);
  const characters = lines.reduce((sum, l) => sum + l.characters, 0);
  const rate = pace.syllablesPerSecond;
  // By syllables a line takes its syllables at the voice's rate plus its pauses, in seconds whatever
  // the rate (README "Timing by syllables"); the group's time is the sum of its lines'.
  const secondsOf = (l: MeasuredLine) => (rate ? l.syllables / rate + l.pauseSeconds : (l.spokenWords / pace.wpm) * 60);
  const syllables = rate ? lines.reduce((sum, l) => sum + l.syllables, 0) : 0;
  const seconds = rate ? tenth(syllables / rate + lines.reduce((sum, l) => sum + l.pauseSeconds, 0)) : recordingSeconds(spokenWords, pace.wpm);
  // Each line's time to the tenth, rounded so that the lines add up to the voice's (largest remainder).
  const lineSeconds = apportionTenths(lines.map(secondsOf), seconds);
  const report: GroupReport = {
    wpm: pace.wpm,
    lineCount: lines.length,
    words,
    spokenWords,
    seconds,
    share: totalWords ? words / totalWords : 0,
    ...payUnits(characters, seconds),
    lines: lines.map((l, index) => {
      const line: LineReport = {
        id: l.line.id,
        text: l.line.text,
        spoken: l.spoken,
        words: l.line.words,
        spokenWords: l.spokenWords,
        characters: l.characters,
        seconds: lineSeconds[index]!,
        location: l.line.location,
        cue: l.cue,
      };
      if (rate) line.syllables = l.syllables;
      // (Set only where there is one: a spread of an empty object costs on every line, cold.)
      if (l.line.label) line.label = l.line.label;
      if (l.line.breaks) line.breaks = l.line.breaks;
      if (l.line.timecode) line.timecode = l.line.timecode;
      return line;
    }),
  };
  if (rate) {
    report.syllables = syllables;
    report.syllablesPerSecond = rate;
  }
  // A voice with nothing to say is not quoted: no minimum fee for a voice the script never uses
  // (check's empty-voice rule says so; the summary's fee column says "no lines").
  if (pace.rates && words > 0) report.fee = quote(pace.rates, words, report);
  return report;
}

/**
 * For each line, its cue: the last line spoken by another voice before it, unassigned text (headings,
 * directions) skipped. A line that follows the voice's own line needs no cue. `from`: the index of each
 * cue's line (-1 for none).
 */
function cuesOf(lines: Line[]): { cues: (Cue | null)[]; from: Int32Array } {
  let previous = -1;
  const from = new Int32Array(lines.length).fill(-1);
  const cues = lines.map((line, index) => {
    if (line.voice === null) return null;
    const before = previous >= 0 ? lines[previous]! : null;
    const cue: Cue | null = before && before.voice !== line.voice ? { voice: before.voice, text: before.text } : null;
    if (cue && before!.breaks) cue.breaks = before!.breaks;
    if (cue) from[index] = previous;
    previous = index;
    return cue;
  });
  return { cues, from };
}

/**
 * A spot is recorded and timed on its own: its first lines have no cue from before its start (the
 * last line of the spot before, another commercial). A section with a target, or found by a spot
 * marker, is a spot; any other section (a screen, a chapter) keeps the cue from the one before.
 */
function dropCuesAcrossSpots(measured: readonly MeasuredLine[], cueFrom: Int32Array, sections: readonly Section[], starts: readonly number[]): void {
  sections.forEach((section, k) => {
    if (section.targetSeconds === null && section.source !== 'spot-marker') return;
    const start = starts[k]!;
    // The section's own lines run to the next section's start (a section inside it is the innermost one there).
    const end = k + 1 < starts.length ? starts[k + 1]! : measured.length;
    for (let i = start; i < end; i++) if (measured[i]!.cue && cueFrom[i]! < start) measured[i]!.cue = null;
  });
}

export function recordedBy(voices: readonly Pick<VoiceReport, 'words' | 'spokenWords' | 'seconds'>[]): Recorded {
  const sum = voices.reduce((total, v) => ({ words: total.words + v.words, spokenWords: total.spokenWords + v.spokenWords, seconds: total.seconds + v.seconds }), { words: 0, spokenWords: 0, seconds: 0 });
  // Each voice's time is rounded to a tenth of a second: so is their sum.
  return { ...sum, seconds: Math.round(sum.seconds * 10) / 10 };
}

function legendOf(legend: Legend): ReportLegend {
  const pick = (background: boolean) => legend.unassigned.filter((u) => u.background === background).map((u) => u.hex);
  return {
    kind: legend.kind,
    location: legend.location,
    text: legend.text,
    voices: legend.voices.map((v) => ({ name: v.name, colors: [...v.colors], highlights: [...v.highlights] })),
    unassigned: { colors: pick(false), highlights: pick(true) },
  };
}

/** Each paragraph's marked language by its number, when the reader kept them (a document marked in several languages); else null. */
function markedLanguages(paragraphs: readonly Paragraph[]): Map<number, string> | null {
  let found: Map<number, string> | null = null;
  for (const p of paragraphs) if (p.language !== undefined) (found ??= new Map()).set(p.location.paragraph, p.language);
  return found;
}

/** Timing Japanese by syllables counts each kanji as one (most are read as two morae or more). */
const JAPANESE_SYLLABLES: Warning = {
  code: 'japanese-syllables',
  message: 'Timing by syllables counts each kanji as one syllable, though most are read as two or more: Japanese times come out short. Time it by characters instead (--timing words).',
};

/**
 * Timing by syllables a text in Arabic, Persian or Hebrew letters: their short vowels are seldom written, so syllables are
 * estimated from the letters (about one for two, measure/syllables.ts), not counted.
 */
const ABJAD_SYLLABLES: Warning = {
  code: 'abjad-syllables',
  message: 'Arabic, Persian and Hebrew seldom write their short vowels: timing by syllables estimates them (about one for every two letters), so times may be off. Time it by words instead (--timing words).',
};

/**
 * A rate card beside colour groups (a config that names no voice, no legend): the groups are colours, not
 * voices (a black title, a direction in its own colour), so no fee is quoted until the voices are named.
 */
function feesNotQuoted(card: RateCard, file: string): Warning {
  return {
    code: 'fees-not-quoted',
    message: `The config has a rate card, but no voice is named (the voices are the colours found): fees are not quoted until the voices are named (vo-lines init ${file} writes a config to edit).`,
    details: { per: card.per, rate: card.rate, currency: card.currency, minimum: card.minimum },
  };
}

/** The text of the longest line (the one a stage's work on takes longest), undefined with none. */
function longestLine(lines: readonly Line[]): string | undefined {
  let longest: string | undefined;
  for (const line of lines) if (longest === undefined || line.text.length > longest.length) longest = line.text;
  return longest;
}

/** The lines' texts, the `budget` ticked per batch of lines and checked before a long one. */
function* checkedTexts(lines: readonly Line[], budget: Budget): Iterable<string> {
  for (const line of lines) {
    budget.tick(64);
    budget.checkLong(line.text);
    yield line.text;
  }
}

export function buildReport(casting: Casting, pace: PaceOptions = {}, budget: Budget = Budget.UNLIMITED): Report {
  const map = casting.voiceMap;
  // The clock read before each stage and per batch of lines, and before a long line's work done in one go (seconds on millions of words).
  const longest = longestLine(casting.lines);
  const stage = () => {
    budget.check();
    if (longest !== undefined) budget.checkLong(longest);
  };
  stage();
  // A bilingual DOCX marks its paragraphs with their languages (Paragraph.language): each voice says its figures in its own.
  const paragraphLanguages = markedLanguages(casting.script.paragraphs);
  const placeOf = (index: number) => {
    const line = casting.lines[index];
    return line && { location: line.location, voice: line.voice };
  };
  const { language, warnings: languageWarnings } = resolveLanguage(
    casting.script.language,
    () => checkedTexts(casting.lines, budget),
    {
      lang: pace.lang,
      config: map?.language,
      ...(map?.language !== undefined && casting.config ? { configFile: casting.config } : {}),
      scriptFile: casting.script.file,
      placeOf,
    },
    paragraphLanguages ? new Set(paragraphLanguages.values()) : undefined,
  );
  stage();
  const byVoiceLanguage = paragraphLanguages
    ? voiceLanguages(
        language,
        casting.lines.map((l) => ({ voice: l.voice, text: l.text, language: paragraphLanguages.get(l.location.paragraph) })),
      )
    : null;
  if (paragraphLanguages && languageWarnings.some((w) => DATE_ORDER_CODES.has(w.code))) {
    // The script's date-order warning names only the voices whose dates are read in the script's variant, and of those
    // (dates-read-day-first, dates-read-month-first) only the ones whose own marks would not have read them so anyway.
    const elsewhere = new Set(byVoiceLanguage?.warning ? byVoiceLanguage.languages.keys() : []);
    const marked = markedEnglishVariants(casting.lines.map((l) => ({ voice: l.voice, text: l.text, language: paragraphLanguages.get(l.location.paragraph) })));
    const texts = casting.lines.map((l) => l.text);
    for (let k = languageWarnings.length - 1; k >= 0; k--) {
      const warning = languageWarnings[k]!;
      if (!DATE_ORDER_CODES.has(warning.code)) continue;
      const read = warning.code === 'date-order-unclear' ? undefined : warning.details?.read;
      const left = new Set(elsewhere);
      for (const [voice, variant] of marked) if (variant === read) left.add(voice);
      const kept = withoutVoices(warning, left, texts, placeOf);
      if (kept) languageWarnings[k] = kept;
      else languageWarnings.splice(k, 1);
    }
  }
  if (byVoiceLanguage?.warning) languageWarnings.push(byVoiceLanguage.warning);
  if (byVoiceLanguage) languageWarnings.push(...byVoiceLanguage.doubts);
  // A voice's language in the config (voices: NAME: language) wins over everything, for that voice.
  const configured = new Map<string | null, ScriptLanguage>();
  for (const voice of casting.voices) if (voice.language !== undefined) configured.set(voice.name, configuredLanguage(voice.language));
  // …kept even where the voice's own lines plainly read as another language, and said.
  if (configured.size) languageWarnings.push(...contradictedVoiceLanguages(configured, casting.lines, casting.config ?? undefined));
  // --lang or the config's language says every voice's: a voice the document marks, or its words read, in another is said.
  if (language.source === '--lang' || language.source === 'config') {
    const asRead: ScriptLanguage = { ...language, source: 'document' };
    const guessed = paragraphLanguages ? null : guessVoiceLanguages(asRead, casting.lines);
    const found = paragraphLanguages ? voiceLanguages(asRead, casting.lines.map((l) => ({ voice: l.voice, text: l.text, language: paragraphLanguages.get(l.location.paragraph) })))?.languages : guessed?.languages;
    const evidence = guessed?.warnings;
    // The whole script said to read as that language (language-setting-mismatch) says it of its voices too.
    const wholeScript = languageWarnings.find((w) => w.code === 'language-setting-mismatch')?.details?.guessed as string | undefined;
    for (const [voice, other] of found ?? []) {
      if (configured.has(voice) || other.code === language.code || (wholeScript !== undefined && wholeScript.split('-')[0]!.toLowerCase() === other.code)) continue;
      const details = evidence?.find((w) => w.code === 'voice-language-guessed' && w.details!.voice === voice)?.details;
      const by = other.source === 'document' ? 'marks' : details?.kind === 'short-text' ? 'short-text' : 'words';
      languageWarnings.push(overriddenVoiceLanguage(language, voice, other, by, details ? { signs: details.signs as number, givenSigns: details.scriptSigns as number, words: details.words as number } : undefined));
    }
  }
  // A document that marks no paragraph with another language (untagged, tagged in one, a PDF): each voice's own words tell.
  stage();
  const guessedByVoice = paragraphLanguages ? null : guessVoiceLanguages(language, casting.lines);
  if (guessedByVoice) for (const warning of guessedByVoice.warnings) if (!configured.has(warning.details!.voice as string | null)) languageWarnings.push(warning);
  let voiceLanguage = byVoiceLanguage?.languages ?? guessedByVoice?.languages;
  // A document with no language marks: each English voice's ambiguous dates in the order its own dates write.
  const byOwnDates = !paragraphLanguages && casting.script.language === undefined ? ownDateLanguages(language, casting.lines, placeOf) : null;
  if (byOwnDates && (byOwnDates.settled.size || byOwnDates.warnings.length)) {
    const texts = casting.lines.map((l) => l.text);
    const k = languageWarnings.findIndex((w) => w.code === 'date-order-unclear');
    if (k >= 0) {
      const kept = withoutVoices(languageWarnings[k]!, byOwnDates.settled, texts, placeOf);
      if (kept) languageWarnings[k] = kept;
      else languageWarnings.splice(k, 1);
    }
    for (const warning of byOwnDates.warnings) if (!configured.has(warning.details!.voice as string | null) && !voiceLanguage?.has(warning.details!.voice as string | null)) languageWarnings.push(warning);
    for (const [voice, spoken] of byOwnDates.languages) {
      if (voiceLanguage?.has(voice)) continue;
      voiceLanguage = new Map(voiceLanguage);
      voiceLanguage.set(voice, spoken);
    }
  }
  if (configured.size) {
    voiceLanguage = new Map(voiceLanguage);
    for (const [voice, spoken] of configured) voiceLanguage.set(voice, spoken);
  } else if (voiceLanguage?.size === 0) voiceLanguage = undefined;
  const method: TimingMethod = pace.timing ?? map?.timing ?? 'words';
  const syllabic = method === 'syllables';
  const givenWpm = pace.wpm ?? pace.configWpm ?? map?.wpm;
  // Chinese and Japanese are counted by characters: timed by words, their pace is in characters a
  // minute. The writing decides (a script marked Chinese whose text is English is timed in words),
  // the language which of the two paces when it is one of them.
  stage();
  const writing = writtenLanguage(casting.lines.map((l) => l.text));
  const paceCode = writing === 'zh' || writing === 'ja' ? (Object.hasOwn(CHARACTER_PACES, language.code) ? language.code : writing) : null;
  const paceWarning = syllabic
    ? language.code === 'ja'
      ? JAPANESE_SYLLABLES
      : casting.lines.some((l) => hasAbjadLetters(l.text))
        ? ABJAD_SYLLABLES
        : null
    : paceCode
      ? characterPaceWarning(paceCode, givenWpm)
      : null;
  const scriptWpm = givenWpm ?? (paceCode && !syllabic ? CHARACTER_PACES[paceCode]!.pace : DEFAULT_WPM);
  const directions = map?.directions ?? DEFAULT_DIRECTIONS;
  const totalWords = casting.lines.reduce((sum, l) => sum + l.words, 0);
  const { cues, from: cueFrom } = cuesOf(casting.lines);
  const byVoice = new Map<string | null, MeasuredLine[]>();
  // Lines with their spoken count as said, for the sections.
  const saidLines: Line[] = [];
  // Each line measured, by index in casting.lines (a spot's first cue is dropped once the sections are known).
  const measuredLines: MeasuredLine[] = [];
  // With syllable timing, each line's syllables and pauses, for the sections.
  const lineSyllables: SyllablesAndPauses[] | undefined = syllabic ? [] : undefined;
  let languageMatters = false;
  const unsaidFigures: UnsaidFigure[] = [];
  // Only lines holding an opening bracket of a direction can lose words to directions.
  const openers = directionOpeners(directions);
  // A raised figure after a figure (`3²`): a power or a note's call, as the document's other calls and the lines
  // around tell (spoken/raised.ts); read one way where the other was likely too, it is said (raisedFigureWarning).
  const raisedWarnings: Warning[] = [];
  // A speaker's name or a label's aside opening the line (Line.label) is shown, never said nor counted.
  const texts = casting.lines.map((l) => (l.label ? l.text.slice(l.label.length) : l.text));
  // The lines holding a raised digit, each line looked at once.
  const raisedLines = new Set<number>();
  texts.forEach((text, index) => {
    if (RAISED_DIGIT.test(text)) raisedLines.add(index);
  });
  const raisedDoc = raisedLines.size > 0 ? raisedDocument(texts, raisedLines) : null;
  stage();
  casting.lines.forEach((line, index) => {
    const text = texts[index]!;
    budget.tick(64);
    budget.checkLong(text);
    const unsaid = mayHoldDirection(text, openers) ? normaliseSpace(spokenText(text, directions)) : text;
    const said = voiceLanguage?.get(line.voice) ?? language;
    let raisedAt: RaisedAt | undefined;
    if (raisedDoc && raisedLines.has(index)) {
      const seen = new Set<string>();
      raisedAt = {
        doc: raisedDoc,
        line: index,
        doubt: (doubt) => {
          if (seen.has(doubt.text)) return;
          seen.add(doubt.text);
          raisedWarnings.push(raisedFigureWarning(doubt, text, line.location));
        },
      };
    }
    const spoken = said.spokenForms ? spokenForm(unsaid, said.tag, raisedAt) : unsaid;
    // With the script's language only assumed, figures matter unless the voice's own words told its language.
    if (spoken !== unsaid && !guessedByVoice?.told.has(line.voice)) languageMatters = true;
    // Figures the reader kept as written (unsaid-figures.ts), in a language it has spoken forms for.
    if (said.spokenForms) for (const text of unsaidIn(spoken)) unsaidFigures.push({ text, paragraph: line.location.paragraph, ...(line.location.page !== undefined ? { page: line.location.page } : {}), ...(line.voice === null ? { unvoiced: true } : {}) });
    // Syllables and pauses are kept apart: each voice's rate applies to the syllables alone.
    const time = syllabic ? syllablesAndPauses(spoken, said.code) : NO_SYLLABLES;
    lineSyllables?.push(time);
    const measured: MeasuredLine = {
      line,
      spoken,
      // The attribute stage counted the words left once directions are out: reuse them when nothing else changed.
      spokenWords: spoken === unsaid ? line.spokenWords : countWords(spoken),
      characters: lineCharacters(text),
      syllables: time.syllables,
      pauseSeconds: time.pauseSeconds,
      cue: cues[index] ?? null,
    };
    saidLines.push(measured.spokenWords === line.spokenWords ? line : { ...line, spokenWords: measured.spokenWords });
    measuredLines.push(measured);
    const list = byVoice.get(line.voice);
    if (list) list.push(measured);
    else byVoice.set(line.voice, [measured]);
  });
  // The config's script-wide syllable rate, unless --wpm or --pace sets every voice's pace (as it drops a voice's own rate).
  const configRate = pace.wpm === undefined ? map?.syllablesPerSecond : undefined;
  const baseRate = configRate ?? narrationRate(language.code);
  const paceOf = (wpm: number, own?: number, rates?: RateCard, voice: string | null = null): GroupPace => {
    const result: GroupPace = { wpm };
    // A slower or faster pace (preset, --wpm) scales the syllable rate as it scales words per minute; a
    // voice speaking another language than the script's (voiceLanguages) at that language's rate.
    const spoken = voiceLanguage?.get(voice);
    const base = spoken && configRate === undefined ? narrationRate(spoken.code) : baseRate;
    if (syllabic) result.syllablesPerSecond = own ?? Math.round(base * (wpm / REFERENCE_WPM) * 100) / 100;
    if (rates) result.rates = rates;
    return result;
  };
  // Colour groups are no voices: a rate card (a config that names no voice) quotes none of them, or black
  // titles and `[Music fades out]` would be charged a minimum (feesNotQuoted says so).
  const quoting = casting.mode !== 'colours';
  const paces = casting.voices.map((voice) => paceOf(pace.wpm ?? voice.wpm ?? scriptWpm, pace.wpm === undefined ? voice.syllablesPerSecond : undefined, quoting ? (voice.rates ?? map?.rates) : undefined, voice.name));
  const notQuoted = !quoting && map?.rates && casting.voices.length ? feesNotQuoted(map.rates, casting.script.file) : null;
  // The sections first: a spot's first line has no cue from the spot before (dropCuesAcrossSpots).
  const { sections, starts, warnings: sectionWarnings } = findSections({
    paragraphs: casting.script.paragraphs,
    texts: paragraphTextsOf(casting, casting.script.paragraphs),
    lines: saidLines,
    voices: casting.voices.map((voice, k) => ({ name: voice.name, wpm: paces[k]!.wpm, syllablesPerSecond: paces[k]!.syllablesPerSecond })),
    ...(lineSyllables ? { syllables: lineSyllables } : {}),
    ...(casting.voiceMap?.sections ? { targets: casting.voiceMap.sections } : {}),
    colourGroups: casting.mode === 'colours',
  });
  if (sections.length > 0) dropCuesAcrossSpots(measuredLines, cueFrom, sections, starts);
  const voices: VoiceReport[] = casting.voices.map((voice, k) => ({
    name: voice.name,
    colors: voice.colors,
    highlights: voice.highlights,
    ...(voice.styles.length ? { styles: voice.styles } : {}),
    ...(voice.labels.length ? { labels: voice.labels } : {}),
    ...group(byVoice.get(voice.name) ?? [], paces[k]!, totalWords),
    ...(voiceLanguage ? { language: (voiceLanguage.get(voice.name) ?? language).tag } : {}),
  }));
  const unassigned = group(byVoice.get(null) ?? [], paceOf(scriptWpm, undefined, undefined, null), totalWords);
  if (voiceLanguage) unassigned.language = (voiceLanguage.get(null) ?? language).tag;
  const everyone = [...voices, unassigned];
  // Finished minutes and hours to the same decimals in every row: more than 2 and 3 when a row's time
  // above 0 would read 0 (measure/pay.ts finishedDigits).
  const digits = finishedDigits(everyone.map((g) => g.seconds));
  if (digits !== FINISHED_DIGITS) for (const g of everyone) Object.assign(g, finishedTime(g.seconds, digits));
  const sum = (pick: (g: GroupReport) => number) => everyone.reduce((total, g) => total + pick(g), 0);
  // The whole script's time is the sum of its rows, each group at its own pace (a voice may set its
  // own wpm or syllable rate): never the script's words at the script's pace.
  const seconds = tenth(sum((g) => g.seconds));
  const total: Report['total'] = {
    lineCount: casting.lines.length,
    words: totalWords,
    spokenWords: sum((g) => g.spokenWords),
    seconds,
    wpm: scriptWpm,
    ...payUnits(sum((g) => g.characters), seconds),
    // Dubbing lines are counted per role, never on the pooled characters.
    dubbingLines: sum((g) => g.dubbingLines),
    // Finished minutes and hours as the rows show them, added up: the rows add up to the total. (A
    // fee per finished minute or hour is worked out on the voice's seconds, not on its rounded row.)
    finishedMinutes: sumFinished(everyone.map((g) => g.finishedMinutes)),
    finishedHours: sumFinished(everyone.map((g) => g.finishedHours)),
    fees: totalFees(voices.map((v) => v.fee)),
  };
  if (syllabic) total.syllables = sum((g) => g.syllables ?? 0);
  const timing: Timing = syllabic ? { method, syllablesPerSecond: paceOf(scriptWpm).syllablesPerSecond! } : paceCode ? { method, paceUnit: 'characters' } : { method };
  // A section's heading in no voice (`SPOT 1 — 1'00"`, its slate) is not said: its figures are not listed.
  const headings = sections.length > 0 && unsaidFigures.some((f) => f.unvoiced) ? new Set(sections.map((section) => section.location.paragraph)) : null;
  const unsaidWarning = unsaidFiguresWarning(headings ? unsaidFigures.filter((f) => !(f.unvoiced && headings.has(f.paragraph))) : unsaidFigures);
  // The language counts kept per text for this script's readings let go: a library or the page reads script after script.
  forgetKeptCounts();
  return {
    file: casting.script.file,
    format: casting.script.format,
    config: casting.config,
    mode: casting.mode,
    legend: casting.legend ? legendOf(casting.legend) : null,
    language,
    timing,
    voices,
    unassigned,
    total,
    sections,
    recorded: casting.mode === 'colours' ? null : recordedBy(voices),
    warnings: [...casting.script.warnings, ...casting.warnings, ...sectionWarnings, ...languageWarnings, ...(paceWarning ? [paceWarning] : []), ...(notQuoted ? [notQuoted] : []), ...raisedWarnings, ...(language.source === 'default' && languageMatters ? [LANGUAGE_UNKNOWN] : []), ...(unsaidWarning ? [unsaidWarning] : [])],
  };
}

/** `raised-figure-ambiguous`: a raised figure after a number read as a power or as a note's call, where the other was likely too. */
function raisedFigureWarning(doubt: RaisedDoubt, text: string, location: Location): Warning {
  const reading = doubt.reading === 'power' ? 'a power (said)' : 'a note call (not said)';
  return {
    code: 'raised-figure-ambiguous',
    message: `A raised figure after a number could be a power or a note call: "${doubt.text}" read as ${reading}.`,
    location,
    details: { line: text, text: doubt.text, reading: doubt.reading, why: doubt.why },
  };
}
