/**
 * Human output: plain, aligned, totals on top, warnings in a short block at the end. Written for
 * narrators as much as for developers. Colour (swatches, dimmed cues) only when the caller says the
 * terminal takes it (a TTY without NO_COLOR).
 */
import { withLineBreaks } from '../text/words.js';
import { hexToRgb } from '../colour/hex.js';
import type { ColourReport, ColourUse } from '../measure/colours.js';
import type { LineReport, Report, ReportLegend, VoiceReport } from '../measure/report.js';
import { languageName } from '../measure/language.js';
import type { Section } from '../measure/sections.js';
import type { Hex, Warning } from '../model.js';
import { FEES_NOT_QUOTED, FINISHED_DIGITS, NOT_QUOTED_UNNAMED, shownDigits } from '../measure/pay.js';
import { count, formatLocation, percent, plural, formatDuration, spotDuration, timeDifference, formatMoney, listOf, frenchCount, frenchDecimal } from '../text/format.js';
import { describeColour, plainName } from '../colour/names.js';
import { groupPace, paceUnitOf, scriptPace, type PaceUnit } from './pace.js';
import { cueParts } from './cue.js';
import { terminalColumns } from '../text/columns.js';
import { shownSectionTimes, shownTimes } from './shown-times.js';
import { UNASSIGNED, UNASSIGNED_LABEL, UNASSIGNED_TEXT } from '../attribute/voices.js';
import { shownVoice } from './voice.js';
import type { LabelLayout, NameLineDoubt } from '../attribute/speaker-labels.js';


export interface TextOptions {
  /** ANSI colour: swatches and dimmed cues. */
  colour?: boolean;
  /** `lines`: show each line's cue (the line before it from another voice). */
  cues?: boolean;
  /** `lines`: show under each line what is said, when it differs from what is written. */
  spoken?: boolean;
  /**
   * The voices' labels that stand in the script as names alone on their lines above the dialogue (a
   * screenplay's, speaker-labels.ts `labelsOnTheirLines`), each with the name as the script writes
   * it: shown so, not as `"MARIE:"` opening a line.
   */
  nameLines?: ReadonlyMap<string, string>;
  /**
   * The voices' labels that open the script's lines in a form of their own (speaker-labels.ts `labelsWritten`:
   * `ＮＡ：`, `【旁白】`, `太郎「…」`): shown as the script writes them, not as `"NA:"`.
   */
  labelsWritten?: ReadonlyMap<string, string>;
  /**
   * `summary --voice`: the rows of this voice only (its name, or UNASSIGNED) beside the whole
   * script's total, and its own line of what it records. Found as `--voice` finds it; a name that
   * fits no voice throws `unknown-voice`.
   */
  onlyVoice?: string;
}

const n = count;

/** Visible width: ANSI escapes and combining marks take no room, a Chinese or Japanese character two columns (a voice named 旁白 lines up). */
const width = terminalColumns;

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        if (i === row.length - 1 && !rightAligned.has(i)) return cell;
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function swatch(hex: Hex, background: boolean, colour: boolean | undefined): string {
  if (!colour) return '';
  const { r, g, b } = hexToRgb(hex);
  return background ? `\x1b[48;2;${r};${g};${b}m  \x1b[0m ` : `\x1b[38;2;${r};${g};${b}m██\x1b[0m `;
}

const dim = (text: string, colour: boolean | undefined) => (colour ? `\x1b[2m${text}\x1b[22m` : text);

/** How a voice is told in the script: its colours, highlights, styles and speaker labels. */
function voiceColours(voice: Pick<VoiceReport, 'colors' | 'highlights' | 'styles' | 'labels'>, options: TextOptions): string {
  const colour = options.colour;
  return [
    ...voice.colors.map((c) => `${swatch(c, false, colour)}${describeColour(c)}`),
    ...voice.highlights.map((h) => `${swatch(h, true, colour)}${describeColour(h)} highlight`),
    ...(voice.styles ?? []).map((s) => `style "${s}"`),
    // What the script shows: the label opening the line, or the name alone on its line above it.
    ...(voice.labels ?? []).map((l) => {
      const name = options.nameLines?.get(l);
      return name !== undefined ? `"${name}" alone on its line` : `"${options.labelsWritten?.get(l) ?? `${l}:`}"`;
    }),
  ].join(', ');
}

/** The block of warnings that ends human output (nothing when there is none). */
export function warningLines(warnings: readonly Warning[]): string[] {
  if (warnings.length === 0) return [];
  return ['', `Warnings (${warnings.length}):`, ...warnings.map((w) => `  ! ${w.message}${w.location ? ` [${formatLocation(w.location)}]` : ''}`)];
}

/** `Voices from the legend at ¶3: HOST = #FFFF00 yellow highlight, GUEST = …; not recorded: black.` */
export function legendLine(legend: ReportLegend): string {
  const voices = legend.voices.map((v) => `${v.name} = ${[...v.colors.map(describeColour), ...v.highlights.map((h) => `${describeColour(h)} highlight`)].join(' or ')}`);
  const quiet = [...legend.unassigned.colors.map(plainName), ...legend.unassigned.highlights.map((h) => `${plainName(h)} highlight`)];
  return `Voices from the legend at ${formatLocation(legend.location)}: ${voices.join(', ')}${quiet.length ? `; not recorded: ${quiet.join(', ')}` : ''}.`;
}

/**
 * `To record: 293 words, about 1:50`: the voices' words and time, unassigned text left out. `seconds`:
 * the time as shown beside the voices' (shown-times.ts), so that theirs add up to it.
 */
export function recordedLine(report: Pick<Report, 'recorded' | 'file'>, seconds = report.recorded?.seconds): string {
  const recorded = report.recorded;
  if (!recorded) return `To record: not known until the voices are named (vo-lines init ${report.file} writes a config to edit)`;
  const spoken = recorded.spokenWords !== recorded.words ? ` (${n(recorded.spokenWords)} spoken)` : '';
  return `To record: ${plural(recorded.words, 'word')}${spoken}, about ${formatDuration(seconds ?? recorded.seconds)}`;
}

function header(report: Pick<Report, 'file' | 'format' | 'config' | 'mode' | 'legend' | 'warnings'> & Partial<Pick<Report, 'language' | 'voices'>>): string[] {
  const lines: string[] = [];
  const title = `${report.file} (${report.format.toUpperCase()})`;
  const legend = report.legend ? `the legend at ${formatLocation(report.legend.location)}: "${report.legend.text}"` : '';
  // A config that names no voice (settings only) gives the legend or the colour groups its settings.
  const settings = report.mode !== 'config' && report.config ? `${report.config}, which names no voice (its settings are used)` : null;
  if (report.mode === 'config') lines.push(`${title} · voices from ${report.config ?? ''}`);
  else if (report.mode === 'legend') lines.push(`${title} · ${settings ? `${settings}, and ` : 'no config: '}${legend}`, legendLine(report.legend!));
  else if (report.warnings.some((w) => w.code === 'legend-rejected')) lines.push(`${title} · ${settings ?? 'no config'}, and a legend that cannot be trusted (see the warnings): voices are the colours found`);
  else lines.push(`${title} · ${settings ? `${settings}, and no legend` : 'no config and no legend'}: voices are the colours found`);
  // A legend in a running header or footer was never among the lines.
  const furniture = report.legend?.location.story === 'header' || report.legend?.location.story === 'footer';
  if (report.mode === 'config' && report.legend && !furniture) lines.push(`(${legend[0]!.toUpperCase()}${legend.slice(1)} is left out of the lines.)`);
  if (report.language) lines.push(languageLine(report.language, report.voices ?? []));
  return lines;
}

const SOURCES: Record<Report['language']['source'], string> = {
  '--lang': 'from --lang',
  config: 'from the config',
  document: 'from the document',
  guessed: 'guessed from the text; set it with --lang',
  default: 'assumed: the script does not say; set it with --lang',
};

/**
 * `Language: French (fr-FR, from the document)`: spoken words follow it. A voice read in another
 * language (VoiceReport.language, a document marking its voices in several) is named after it:
 * `Language: English (en-US, from the document); Narratrice: French (fr-FR)`.
 */
function languageLine(language: Report['language'], voices: Report['voices']): string {
  const others = voices.filter((v) => v.language !== undefined && v.language !== language.tag).map((v) => `${v.name}: ${languageName(v.language!)} (${v.language})`);
  return `Language: ${language.name} (${language.tag}, ${SOURCES[language.source]})${others.length ? `; ${others.join(', ')}` : ''}`;
}

function lineRows(lines: LineReport[], options: TextOptions, voices: readonly string[]): string[] {
  // A line a reader sees broken (Line.breaks): its first line in the row, the others below it, in the text column.
  const pieces = lines.map((line) => (line.breaks ? withLineBreaks(line.text, line.breaks).split('\n') : null));
  const rows = lines.map((line, i) => [formatLocation(line.location), plural(line.words, 'word'), pieces[i] ? pieces[i]![0]! : line.text]);
  const rendered = table(rows, new Set([1]));
  // The cue sits above its line, in the text column, dimmed.
  const textColumn = Math.max(...rows.map((r) => width(r[0]!))) + Math.max(...rows.map((r) => width(r[1]!))) + 4;
  return rendered.flatMap((row, i) => {
    const line = lines[i]!;
    const out = [`  ${row}`];
    if (pieces[i]) for (const piece of pieces[i]!.slice(1)) out.push(`  ${' '.repeat(textColumn)}${piece}`);
    const cue = line.cue;
    if (options.cues && cue) {
      // (A cue opening with its own speaker's label shows the label once: cue.ts.)
      const shown = cueParts(cue, voices);
      const text = shown.text.length > 90 ? `${shown.text.slice(0, 87)}…` : shown.text;
      out.unshift(`  ${' '.repeat(textColumn)}${dim(`cue, ${shown.voice ?? UNASSIGNED}: ${text}`, options.colour)}`);
    }
    if (options.spoken && line.spoken !== line.text) out.push(`  ${' '.repeat(textColumn)}${dim(`said (${plural(line.spokenWords, 'word')}): ${line.spoken}`, options.colour)}`);
    return out;
  });
}

/** `seconds`: the group's time as shown (shown-times.ts). */
function voiceTotals(name: string, v: Pick<VoiceReport, 'lineCount' | 'words' | 'spokenWords' | 'wpm' | 'syllablesPerSecond'>, unit: PaceUnit, seconds: number): string {
  const spoken = v.spokenWords !== v.words ? ` (${n(v.spokenWords)} spoken)` : '';
  return `${name}: ${plural(v.lineCount, 'line')}, ${plural(v.words, 'word')}${spoken}, about ${formatDuration(seconds)} at ${groupPace(v, unit)}`;
}

function wholeScript(report: Report): string {
  const pace = scriptPace(report);
  return `Whole script: ${plural(report.total.words, 'word')} in ${plural(report.total.lineCount, 'line')}, about ${formatDuration(report.total.seconds)} ${pace ? `at ${pace}` : '(each voice at its own pace)'}`;
}

/**
 * `lines`: the exact lines of one voice, or of every voice, with totals on top. `voiceQuery` is found as
 * `--voice` finds it (`unassigned` for the text of no voice); one that fits no voice throws `unknown-voice`.
 */
export function renderLines(report: Report, voiceQuery?: string, options: TextOptions = {}): string {
  const voiceName = shownVoice(report, voiceQuery);
  const selected: { title: string; data: Omit<VoiceReport, 'name' | 'colors' | 'highlights'>; seconds: number }[] = [];
  const shown = shownTimes(report);
  if (voiceName === UNASSIGNED) selected.push({ title: UNASSIGNED_LABEL, data: report.unassigned, seconds: shown.unassigned });
  else {
    report.voices.forEach((voice, index) => {
      if (voiceName !== undefined && voice.name !== voiceName) return;
      const colours = report.mode !== 'colours' ? ` (${voiceColours(voice, options)})` : '';
      const title = report.mode === 'colours' ? `${swatch(voice.highlights[0] ?? voice.colors[0]!, voice.highlights.length > 0, options.colour)}${voice.name}` : voice.name;
      selected.push({ title: `${title}${colours}`, data: voice, seconds: shown.voices[index]! });
    });
  }
  const out = header(report);
  // The script's voices, for a cue's label (cue.ts: `ELODIE :` is no Élodie's label beside an Elodie).
  const names = report.voices.map((v) => v.name);
  if (voiceName !== undefined && selected[0]) {
    out.push(`${wholeScript(report)}; ${voiceName === UNASSIGNED ? UNASSIGNED_TEXT : voiceName} is ${percent(selected[0].data.share)} of it.`);
  } else out.push(wholeScript(report));
  out.push(recordedLine(report, shown.recorded ?? undefined), '');
  for (const { title, data, seconds } of selected) {
    out.push(voiceTotals(title, data, paceUnitOf(report), seconds));
    if (data.lines.length) for (const row of lineRows(data.lines, options, names)) out.push(row);
    else out.push('  (no lines)');
    out.push('');
  }
  if (voiceName === undefined && report.unassigned.lineCount > 0) {
    out.push(`Unassigned: ${plural(report.unassigned.lineCount, 'line')}, ${plural(report.unassigned.words, 'word')} (list them with --voice unassigned)`);
  }
  while (out[out.length - 1] === '') out.pop();
  for (const row of warningLines(report.warnings)) out.push(row);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** `summary --voice`: `Narrator: 1,180 words in 42 lines, about 7:52, 24.1% of the script (the whole script: 4,900 words, about 32:40)`. */
function voiceLine(voice: Pick<VoiceReport, 'name' | 'words' | 'spokenWords' | 'lineCount' | 'share'>, seconds: number, whole: string): string {
  const spoken = voice.spokenWords !== voice.words ? ` (${n(voice.spokenWords)} spoken)` : '';
  return `${voice.name}: ${plural(voice.words, 'word')}${spoken} in ${plural(voice.lineCount, 'line')}, about ${formatDuration(seconds)}, ${percent(voice.share)} of the script (${whole})`;
}

/** `summary`: one row per voice and one for unassigned text, the total first. */
export function renderSummary(report: Report, options: TextOptions = {}): string {
  const byColour = report.mode === 'colours';
  const nameOf = (voice: VoiceReport) => (byColour ? `${swatch(voice.highlights[0] ?? voice.colors[0]!, voice.highlights.length > 0, options.colour)}${voice.name}` : voice.name);
  const rows: string[][] = [['Voice', 'Colour', 'Lines', 'Words', 'Spoken', 'Share', 'Time', 'Pace']];
  const u = report.unassigned;
  const unit = paceUnitOf(report);
  // Voices at paces of their own: the total is each at its own, no one pace.
  const totalPace = scriptPace(report) ?? 'mixed';
  // Times to the second that add up: the voices' to what is recorded, with the unassigned text's to the total.
  const shown = shownTimes(report);
  rows.push(['Total', '', n(report.total.lineCount), n(report.total.words), n(report.total.spokenWords), percent(report.total.words ? 1 : 0), formatDuration(shown.total), totalPace]);
  const only = shownVoice(report, options.onlyVoice);
  const voices = only === undefined ? report.voices : report.voices.filter((v) => v.name === only);
  const secondsOf = (voice: VoiceReport) => shown.voices[report.voices.indexOf(voice)]!;
  for (const voice of voices) {
    rows.push([nameOf(voice), byColour ? '' : voiceColours(voice, options), n(voice.lineCount), n(voice.words), n(voice.spokenWords), percent(voice.share), formatDuration(secondsOf(voice)), groupPace(voice, unit)]);
  }
  // Voices told by their labels alone: what is left is text no label claims, whatever its colour.
  const byLabelsOnly = report.voices.length > 0 && report.voices.every((v) => v.colors.length === 0 && v.highlights.length === 0 && !v.styles?.length && v.labels?.length);
  // By colour, only when there is some (text never read aloud, as an AV script's picture column).
  const unassignedRow = only === undefined ? !byColour || u.lineCount > 0 : only === UNASSIGNED;
  if (unassignedRow) rows.push([UNASSIGNED_LABEL, byLabelsOnly ? 'any other text' : 'any other colour', n(u.lineCount), n(u.words), n(u.spokenWords), percent(u.share), formatDuration(shown.unassigned), groupPace(u, unit)]);
  if (byColour) rows.forEach((row) => row.splice(1, 1));
  const right = byColour ? new Set([1, 2, 3, 4, 5]) : new Set([2, 3, 4, 5, 6]);
  const whole = `the whole script: ${plural(report.total.words, 'word')}, about ${formatDuration(shown.total)}`;
  const recorded =
    only === undefined
      ? report.recorded
        ? `${recordedLine(report, shown.recorded ?? undefined)} (${whole})`
        : recordedLine(report)
      : only === UNASSIGNED
        ? voiceLine({ name: UNASSIGNED_LABEL, ...u }, shown.unassigned, whole)
        : voiceLine(voices[0]!, secondsOf(voices[0]!), whole);
  const out = [...header(report), recorded, '', ...table(rows, right).map((r) => `  ${r}`)];
  if (report.total.characters !== undefined && report.total.fees) out.push('', ...payRows(only === undefined ? report : { ...report, voices }, nameOf, only === undefined || only === UNASSIGNED));
  for (const row of sectionBlock(report.sections, only === UNASSIGNED ? UNASSIGNED_LABEL : only)) out.push(row);
  for (const row of warningLines(report.warnings)) out.push(row);
  return `${out.join('\n')}\n`;
}

/** `✓ 25.9 s of 30 s`, `✗ 62.3 s of 60 s (2.3 s over)`, or `51.2 s, no target`. */
export function sectionVerdict(section: Pick<Section, 'seconds' | 'targetSeconds'>): string {
  const time = spotDuration(section.seconds);
  if (section.targetSeconds === null) return `${time}, no target`;
  if (section.seconds <= section.targetSeconds) return `✓ ${time} of ${spotDuration(section.targetSeconds)}`;
  return `✗ ${time} of ${spotDuration(section.targetSeconds)} (${timeDifference(section.seconds - section.targetSeconds)} over)`;
}

/** `summary`: a small table per section (spot), each voice's words and time, checked against its target. */
function sectionBlock(sections: readonly Section[], only?: string): string[] {
  if (sections.length === 0) return [];
  const out = ['', `Sections (${sections.length}):`];
  for (const section of sections) {
    const indent = '  '.repeat(section.level);
    const target = section.targetFrom === 'config' ? ' (target from the config)' : '';
    out.push('', `${indent}${section.title} · ${formatLocation(section.location)} · ${sectionVerdict(section)}${target}`);
    const rows = [['Voice', 'Lines', 'Words', 'Spoken', 'Time']];
    // The voices' times to the second, adding up to the section's.
    const seconds = shownSectionTimes(section);
    section.voices.forEach((v, i) => {
      if (only === undefined || v.name === only) rows.push([v.name, n(v.lineCount), n(v.words), n(v.spokenWords), formatDuration(seconds[i]!)]);
    });
    rows.push(['Total', n(section.voices.reduce((sum, v) => sum + v.lineCount, 0)), n(section.words), n(section.spokenWords), formatDuration(section.seconds)]);
    for (const r of table(rows, new Set([1, 2, 3, 4]))) out.push(`${indent}  ${r}`);
  }
  return out;
}

/** The pay block's words, in English and in French (a French script's pay block with a quote is French end to end). */
const PAY_WORDS = {
  en: {
    header: ['Pay units', 'Characters', 'Dubbing lines', 'Finished minutes', 'Finished hours', 'Fee'],
    estimatedFee: 'Fee (est.)',
    estimatedSeconds: (seconds: string) => `: ${seconds} s estimated`,
    estimatedNote: "Fees per finished minute or hour are estimates: they rest on the time estimated from the pace, not on the recording's length.",
    unassigned: UNASSIGNED_LABEL,
    noLines: 'no lines',
    noWords: 'no words',
    notQuoted: 'not quoted',
    per: 'per',
    minimum: 'minimum; ',
    units: {
      word: ['word', 'words'],
      'finished-minute': ['finished minute', 'finished minutes'],
      'finished-hour': ['finished hour', 'finished hours'],
      'dubbing-line': ['dubbing line', 'dubbing lines'],
    } as Record<string, [string, string]>,
  },
  fr: {
    header: ['Unités de paie', 'Caractères', 'Lignes de doublage', 'Minutes finies', 'Heures finies', 'Cachet'],
    estimatedFee: 'Cachet (estimé)',
    // (French sets a no-break space before a colon.)
    estimatedSeconds: (seconds: string) => `\u00A0: ${seconds}\u00A0s estimées`,
    estimatedNote: "Les cachets à la minute ou à l'heure finie sont des estimations\u00A0: ils reposent sur la durée estimée d'après le débit, non sur la durée de l'enregistrement.",
    // (As the page says it, web/i18n.ts: the row is text nobody reads, not a voice without a name.)
    unassigned: 'Non lu (sans voix)',
    noLines: 'aucune réplique',
    noWords: 'aucun mot',
    notQuoted: 'non chiffré',
    per: 'par',
    // (French sets a narrow no-break space before a semicolon.)
    minimum: 'minimum\u202F; ',
    units: {
      word: ['mot', 'mots'],
      'finished-minute': ['minute finie', 'minutes finies'],
      'finished-hour': ['heure finie', 'heures finies'],
      'dubbing-line': ['ligne de doublage', 'lignes de doublage'],
    } as Record<string, [string, string]>,
  },
};

/**
 * What the job pays in: characters and dubbing lines (French lignes of 50), finished time, and the
 * quote. Amounts are written as the script's language writes money; a French script's block with a
 * quote is French end to end (its words, `5 681`, `6,10`, `0,20 € par mot × 394 mots`, no-break
 * spaces as French sets them), so no line mixes `0,20 €` with `0.66 finished minutes`; without a
 * quote it holds no money and is English, as the rest of the summary. In another language with a quote,
 * the number columns and the numbers of a fee's basis are written as its amounts are (German: `5.698`,
 * `2,75`, `0,20 € per finished minute × 0,66 finished minutes`), its words staying English.
 */
function payRows(report: Report, nameOf: (voice: VoiceReport) => string, unassignedRow = true): string[] {
  const quoted = report.voices.some((v) => v.fee);
  // A rate card beside colour groups: no fee until the voices are named (measure/report.ts feesNotQuoted), said in the Fee column.
  const withheld = !quoted && report.warnings.some((w) => w.code === FEES_NOT_QUOTED);
  const locale = report.language?.tag ?? 'en';
  // French when it shows money as French writes it; without a quote nothing in it is French.
  const fr = quoted && /^fr(?:-|$)/i.test(locale);
  const words = fr ? PAY_WORDS.fr : PAY_WORDS.en;
  // Another language's money: the number columns written as it writes numbers too (German `5.698`,
  // `2,75`), so no row shows `2.75` beside `82,50 €`; English, or no money, as English writes them.
  const local = quoted && !fr && !/^en(?:-|$)/i.test(locale);
  // French money in a locale that writes its decimals with a point (fr-CH: `6.60 $US`): the block's
  // other decimals take the point too, so no line shows `6.60 $US` beside `0,22 minute finie`.
  const frPoint = fr && moneyDecimalMark(locale, report.voices.find((v) => v.fee)!.fee!.currency) === '.';
  const frenchNumber = (text: string) => text.replace(/[,.]/g, (mark) => (mark === ',' ? '\u202F' : frPoint ? '.' : ','));
  const whole = fr ? frenchCount : local ? (value: number) => localNumber(value) : n;
  const decimal = fr ? (value: number, digits: number) => (frPoint ? frenchDecimal(value, digits).replace(',', '.') : frenchDecimal(value, digits)) : local ? localDecimal : (value: number, digits: number) => value.toFixed(digits);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale, false, fr);
  // A rate is shown with every digit it has ($0.125 per word), an amount to the currency's minor unit.
  const rate = (amount: number, currency: string) => formatMoney(amount, currency, locale, true, fr);
  // The units a fee is worked out on, written as its amounts are.
  let unitsFormat: Intl.NumberFormat | undefined;
  const localNumber = (value: number) => {
    try {
      return (unitsFormat ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })).format(value).replace(/\u202F|\u00A0/g, ' ');
    } catch {
      return n(value);
    }
  };
  // To a fixed number of places (finished minutes to the hundredth, hours to the thousandth), as the locale writes decimals.
  const decimalFormats = new Map<number, Intl.NumberFormat | null>();
  function localDecimal(value: number, digits: number): string {
    let format = decimalFormats.get(digits);
    if (format === undefined) {
      try {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      } catch {
        format = null;
      }
      decimalFormats.set(digits, format);
    }
    return format ? format.format(value).replace(/\u202F|\u00A0/g, ' ') : value.toFixed(digits);
  }
  // Units to as many decimals as they have (at most 6: a fee's finished hours, 0.000222 for 0.8 s).
  let englishUnits: Intl.NumberFormat | undefined;
  const english = (value: number) => (englishUnits ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(value);
  const units = fr ? (value: number) => frenchNumber(english(value)) : (value: number) => (locale.toLowerCase().startsWith('en') || !quoted ? english(value) : localNumber(value));
  const feeBasis = (fee: NonNullable<VoiceReport['fee']>): string => {
    const [one, many] = words.units[fee.per]!;
    // In French 0 and 1 take the singular (0,66 minute finie), as below 2.
    const single = fr ? Math.abs(fee.units) < 2 : fee.units === 1;
    const estimated = fee.estimated && fee.seconds !== undefined ? words.estimatedSeconds(units(fee.seconds)) : '';
    const basis = `${rate(fee.rate, fee.currency)} ${words.per} ${one} × ${units(fee.units)} ${single ? one : many}${estimated}`;
    return fee.minimumApplied ? `${words.minimum}${basis}` : basis;
  };
  const estimated = report.voices.some((v) => v.fee?.estimated);
  const rows: string[][] = [quoted || withheld ? [...words.header.slice(0, -1), estimated ? words.estimatedFee : words.header[words.header.length - 1]!] : words.header.slice(0, -1)];
  const t = report.total;
  // Minutes to the hundredth, hours to the thousandth, or as many decimals as the report gives them
  // (measure/pay.ts finishedDigits: a time above 0 never reads 0), the same in every row.
  const shownGroups = [t, ...report.voices, report.unassigned];
  const minuteDigits = shownDigits(shownGroups.map((g) => g.finishedMinutes), FINISHED_DIGITS.minutes);
  const hourDigits = shownDigits(shownGroups.map((g) => g.finishedHours), FINISHED_DIGITS.hours);
  const finished = (g: Pick<VoiceReport, 'finishedMinutes' | 'finishedHours'>) => [decimal(g.finishedMinutes, minuteDigits), decimal(g.finishedHours, hourDigits)];
  const totalFee = withheld ? NOT_QUOTED_UNNAMED : t.fees.map((f) => money(f.amount, f.currency)).join(' + ');
  rows.push(['Total', whole(t.characters), whole(t.dubbingLines), ...finished(t), ...(quoted || withheld ? [totalFee] : [])]);
  for (const voice of report.voices) {
    // A voice with no fee: nothing to say (not quoted, check's empty-voice rule says why), or no rate card of its own.
    const fee = withheld
      ? NOT_QUOTED_UNNAMED
      : voice.fee
        ? `${money(voice.fee.amount, voice.fee.currency)} (${feeBasis(voice.fee)})`
        : voice.words === 0
          ? voice.lineCount === 0
            ? words.noLines
            : words.noWords
          : words.notQuoted;
    rows.push([nameOf(voice), whole(voice.characters), whole(voice.dubbingLines), ...finished(voice), ...(quoted || withheld ? [fee] : [])]);
  }
  const u = report.unassigned;
  if (report.mode !== 'colours' && unassignedRow) rows.push([words.unassigned, whole(u.characters), whole(u.dubbingLines), ...finished(u), ...(quoted ? [words.notQuoted] : [])]);
  const out = table(rows, new Set([1, 2, 3, 4])).map((r) => `  ${r}`);
  if (estimated) out.push(`  ${words.estimatedNote}`);
  return out;
}

/** The decimal mark of an amount of `currency` in `locale` (`.` in fr-CH, `,` in fr-FR). */
function moneyDecimalMark(locale: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 }).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',';
  } catch {
    return ',';
  }
}

/**
 * What a colour's row says of the words in it no voice reads by rule, by why: an AV table's header row,
 * its picture and number columns, notes in a row coded whole by its look.
 */
function leftOutSaid(u: ColourUse): string {
  const out = u.leftOut;
  if (!out) return '';
  const reasons: [number | undefined, string][] = [
    [out.picture, "an AV table's picture or number columns"],
    [out.headerRow, "an AV table's header row"],
    [out.rowLook, "notes in their row's look (rows coded whole)"],
  ];
  const present = reasons.filter(([n]) => n !== undefined && n > 0) as [number, string][];
  // Each reason after the first says "its" table: the same tables.
  const places = present.map(([, where], i) => (i > 0 ? where.replace("an AV table's", 'its') : where));
  if (out.words >= u.words) return ` (${listOf(places)} only: left out)`;
  if (present.length <= 1) return ` (${plural(out.words, 'word')} of them in ${places[0] ?? "an AV table's picture or number columns"}: left out)`;
  return ` (${plural(out.words, 'word')} of them left out: ${present.map(([n], i) => `${count(n)} in ${places[i]}`).join(', ')})`;
}

/** A colour no voice can be: only headings, or only what an AV table leaves out. */
const noVoice = (u: ColourUse) => u.headings === true || (u.leftOut !== undefined && u.leftOut.words >= u.words);
/** A colour's words a voice would read: less what an AV table leaves out. */
const heardWords = (u: ColourUse) => u.words - (u.leftOut?.words ?? 0);
/** A text colour's words a voice of that colour would read: less those on a highlight, which go to the highlight's voice. */
const ownWords = (u: ColourUse) => Math.max(0, heardWords(u) - (u.onBackground ?? 0));
/** A background that is no colour of the coding: a table's banded rows, or one under several colours' lines. */
const decoration = (u: ColourUse) => u.banded === true || u.crossed === true;

function colourRows(uses: ColourUse[], background: boolean, options: TextOptions): string[] {
  const rows = [
    ['Colour', 'Words', 'Lines', 'First words'],
    ...uses.map((u) => [`${swatch(u.hex, background, options.colour)}${u.hex} ${u.name}`, n(u.words), n(u.lineCount), `"${u.sample}"${u.headings ? ' (headings only)' : u.banded ? " (a table's banded rows)" : u.crossed ? ' (under lines of several text colours: read by their text colour)' : leftOutSaid(u)}`]),
  ];
  return table(rows, new Set([1, 2])).map((r) => `  ${r}`);
}

/** `colors`: every text and background colour with words, lines and a sample. */
export function renderColours(report: ColourReport, options: TextOptions = {}): string {
  const out = [`${report.file} (${report.format.toUpperCase()}) · ${plural(report.totalWords, 'word')}`, '', 'Text colours:', ...colourRows(report.text, false, options), ''];
  if (report.background.length) out.push('Background colours (highlight or shading):', ...colourRows(report.background, true, options));
  else out.push('Background colours (highlight or shading): none');
  for (const row of warningLines(report.warnings)) out.push(row);
  return `${out.join('\n')}\n`;
}

/** A shell argument as the user would type it: quoted when it holds anything but plain characters. */
export const shellWord = (text: string) => (/^[\p{L}\p{N}_./#-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * The next step, with the script's own colours and names: the colours a config would name (text
 * colours other than black first, then backgrounds, most words first) and the voice to list.
 */
export const hints = {
  /**
   * `layout`: where the speakers' names are written, opening the lines or alone on a line above them;
   * `doubt`: names alone on their lines that were not taken as speakers, said before a script in one colour's hint.
   */
  noConfig: (file: string, colours: ColourReport, speakerLabels: readonly string[] = [], more: { layout?: LabelLayout; doubt?: NameLineDoubt | null } = {}) => {
    const layout = more.layout ?? 'inline';
    // A colour only headings use is no voice to name (Word's blue "Heading 1").
    // (Nor is a colour only an AV table's picture column is in.)
    const coded = [
      ...colours.background.filter((u) => !noVoice(u) && !decoration(u)).map((u) => ({ key: 'highlight', use: u, name: `${u.name} highlight`, words: heardWords(u) })),
      // (A text colour whose words all stand on highlights is no voice a config could name: the highlights' voices take them.)
      ...colours.text.filter((u) => u.hex !== '#000000' && !noVoice(u) && ownWords(u) > 0).map((u) => ({ key: 'color', use: u, name: u.name, words: ownWords(u) })),
    ]
      .sort((a, b) => b.words - a.words)
      .slice(0, 3);
    const run = `vo-lines init ${shellWord(file)} writes a vo-lines.config.yaml beside the script, one voice per colour, to rename`;
    const shown = speakerLabels.length > 4 ? `${speakerLabels.slice(0, 4).join(', ')}…` : listOf(speakerLabels);
    const onLines = layout === 'name-lines';
    const byLabel = `vo-lines init ${shellWord(file)} writes a vo-lines.config.yaml beside the script with one voice per ${onLines ? 'name' : 'label'}, to check.`;
    // Every line in one look, whatever colour (all dark grey is no more a coding than all black).
    const oneLook = colours.text.filter((u) => !noVoice(u)).length === 1 && !colours.background.some((u) => !noVoice(u) && !decoration(u));
    if (coded.length === 0 || oneLook) {
      const lines = colours.text.filter((u) => !noVoice(u));
      const only = lines.length === 1 ? `${lines[0]!.hex} ${lines[0]!.name}` : colours.text[0] ? `${colours.text[0].hex} ${colours.text[0].name}` : 'one colour';
      // What else there is: headings, or what an AV table leaves out (its picture column).
      const all = [...colours.text, ...colours.background];
      const picture = all.some((u) => !u.headings && noVoice(u));
      const aside = all.length > 1 ? (picture && !all.some((u) => u.headings) ? ' (its AV picture column aside)' : picture ? ' (its headings and AV picture column aside)' : ' (its headings aside)') : '';
      if (speakerLabels.length && onLines) return `Next: every line is ${only}${aside}: no colour coding to read, but each speaker's name stands on a line of its own above the dialogue (${shown}). ${byLabel}`;
      if (speakerLabels.length) return `Next: every line is ${only}${aside}: no colour coding to read, but the lines open with speaker labels (${shown}). ${byLabel}`;
      const doubt = more.doubt ? `${hints.nameLineDoubt(more.doubt)}\n` : '';
      // Voices told apart by italics, bold or a font (attribute/emphasis.ts): there is a coding, not one vo-lines reads.
      const emphasis = colours.warnings.find((w) => w.code === 'emphasis-coded')?.details;
      if (emphasis) {
        const told = emphasis.kind === 'italic' ? 'italics' : emphasis.kind === 'bold' ? 'bold' : `a font (${String(emphasis.font)})`;
        return `${doubt}Next: every line is ${only}${aside}, but ${told} may tell the voices apart (see the warning): vo-lines reads colours only. Colour each voice's lines in the script, then ${run}; or count the lines by hand.`;
      }
      return `${doubt}Next: every line is ${only}${aside}: no colour coding to read. ${run}, or see --help.`;
    }
    // Other colours mark directions only: every speaker's lines are in one look.
    if (speakerLabels.length && onLines) return `Next: the speakers' lines are all in one colour, below their names on lines of their own (${shown}): the names say who speaks. ${byLabel}`;
    if (speakerLabels.length) return `Next: the speakers' lines are all in one colour and open with speaker labels (${shown}): the labels say who speaks. ${byLabel}`;
    const width = Math.max(...coded.map((c) => c.name.length));
    const example = coded.map((c) => `    ${c.name}:${' '.repeat(width - c.name.length)} { ${c.key}: "${c.use.hex}" }   # ${plural(c.words, 'word')}: "${c.use.sample}"`);
    return `Next: name the voices: ${run}, e.g.\n  voices:\n${example.join('\n')}\nthen run: vo-lines lines ${shellWord(file)} --voice ${shellWord(coded[0]!.name)}`;
  },
  /** Why lines in capitals standing alone (a screenplay's names by their shape) were not proposed as voices. */
  nameLineDoubt: (doubt: NameLineDoubt) => {
    const shown = doubt.names.length > 4 ? `${doubt.names.slice(0, 4).join(', ')}…` : listOf(doubt.names);
    const why =
      doubt.reason === 'none-recurs'
        ? 'none of them comes back: taken as headings, not speakers'
        : doubt.reason === 'one-recurs'
          ? 'only one of them comes back, and one speaker is no casting: no voice proposed by name'
          : 'they stand over too few of the script\'s paragraphs to say who reads the rest: no voice proposed by name';
    const first = doubt.names[0]!;
    return `Lines in capitals stand alone above paragraphs (${shown}), as speakers' names do in a screenplay, but ${why}. If they are speakers, name them in a config: voices: { ${first}: { label: "${first}" } }.`;
  },
  withConfig: (file: string, report: Pick<Report, 'voices'>) =>
    `Next: vo-lines lines ${shellWord(file)} --voice ${shellWord(report.voices[0]?.name ?? 'NAME')} lists a voice's exact lines.`,
};
