/**
 * The page's Web Worker: the same library as the command line, run on the bytes of a dropped file,
 * so the page never waits on it. It keeps the script it read last, for new settings, downloads and
 * comparisons. The files it writes are made by the command line's own renderers.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { castScript, namingGroups } from '../dist/attribute/cast-script.js';
import { castByLabels, findSpeakerLabels, headingOnlyGroups, labelsOnTheirLines, labelsWritten, LABELS_SOURCE, nameLineDoubt, proposedLabels, speakerNames } from '../dist/attribute/speaker-labels.js';
import { plainName } from '../dist/colour/names.js';
import { headingKeys, locationKey } from '../dist/text/headings.js';
import { parseConfig, parseConfigText, type Config } from '../dist/config/parse.js';
import { quietWarnings } from '../dist/config/rules.js';
import { compareScripts } from '../dist/compare/compare.js';
import { isUserError } from '../dist/errors.js';
import type { Report } from '../dist/measure/report.js';
import type { ReadOptions, Script } from '../dist/model.js';
import { analyseScript, type Analysis } from '../dist/pipeline.js';
import { readScriptBytes } from '../dist/readers/index.js';
import { sniffFormat } from '../dist/readers/read-bytes.js';
import { ZipPackage } from '../dist/readers/docx/zip.js';
import { openPdf } from '../dist/readers/pdf/load.js';
import { renderLabelConfig, renderStarterConfig, renderNamedConfig, withChosenLanguage, withChosenPace } from '../dist/render/config-yaml.js';
import { exportGroups, renderCombinedCsv, renderVoiceCsv, type CsvOptions } from '../dist/render/csv.js';
import { renderJson } from '../dist/render/json.js';
import { renderXlsx } from '../dist/render/xlsx.js';
import { NAMES_SOURCE, type Analysed, type ColourGroup, type CompareOrder, type FileDates, type Download, type DownloadFile, type Reply, type Request, type ScriptFile, type Settings, type VoiceMarks } from './protocol.js';

declare const VO_LINES_VERSION: string;

/** This worker's scope (the page's tsconfig types the DOM, not a worker). */
const scope = self as unknown as { postMessage(message: Reply, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<Request>) => void) | null };


interface Side {
  file: ScriptFile;
  script: Script;
  settings: Settings;
  analysis: Analysis;
}

let current: Side | null = null;

function post(reply: Reply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

/** The config the settings give: a dropped config, else the names given to colour groups, else none. */
async function configOf(script: Script, settings: Settings): Promise<Config | null> {
  if (settings.config) return parseConfigText(settings.config.text, settings.config.name);
  const names = settings.names ?? {};
  if (!Object.values(names).some((n) => n.trim())) return null;
  const voices: Record<string, { color?: string[]; highlight?: string[] }> = {};
  const unassigned: string[] = [];
  // Left empty on purpose: only the groups the page showed when the names were given.
  const shown = new Set(settings.shown ?? Object.keys(names));
  for (const group of namingGroups(script).voices) {
    const name = names[group.name]?.trim();
    const hex = group.highlights[0] ?? group.colors[0]!;
    if (!name) {
      if (shown.has(group.name) && !unassigned.includes(hex)) unassigned.push(hex);
      continue;
    }
    // One voice, however its name was typed for each colour ("Anncr", "anncr "): the first spelling.
    const key = Object.keys(voices).find((known) => known.toLocaleLowerCase() === name.toLocaleLowerCase()) ?? name;
    const voice = (voices[key] ??= {});
    if (group.highlights.length) (voice.highlight ??= []).push(...group.highlights);
    else (voice.color ??= []).push(...group.colors);
  }
  // A colour named as a voice is never also "not read" (a highlight group's text colour may be both).
  const used = new Set(Object.values(voices).flatMap((v) => [...(v.color ?? []), ...(v.highlight ?? [])]));
  // Every group named: no colour left that no one reads (an empty list is no config's `unassigned`).
  const unread = unassigned.filter((hex) => !used.has(hex));
  return parseConfig(unread.length ? { voices, unassigned: unread } : { voices }, NAMES_SOURCE);
}

/** The chain's end, as the command line runs it: the warnings of the rules the config turns off are left out. */
async function analyseWith(script: Script, settings: Settings): Promise<Analysis> {
  const config = await configOf(script, settings);
  const wpm = { ...(settings.wpm === undefined ? {} : { wpm: settings.wpm }), ...(settings.language ? { lang: settings.language } : {}) };
  const analysis = await analyseScript(script, { config, ...wpm });
  if (config) analysis.report.warnings = quietWarnings(analysis.report.warnings, config.rules);
  // Asked for (the page's button, what `vo-lines init` proposes): the speakers' labels are the voices.
  const byLabels = settings.labels && !config ? castByLabels(analysis.casting) : null;
  return byLabels ? analyseScript(script, { voiceMap: byLabels.casting.voiceMap, ...wpm }) : analysis;
}

function colourNamesOf(hexes: Iterable<string>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const hex of hexes) if (/^#[0-9A-F]{6}$/.test(hex)) names[hex] = plainName(hex);
  return names;
}

/** Every colour a report mentions: voices, legend, groups and warnings. */
function reportColours(report: Report, script: Script): Set<string> {
  const hexes = new Set<string>();
  for (const voice of report.voices) for (const hex of [...voice.colors, ...voice.highlights]) hexes.add(hex);
  for (const entry of report.legend?.voices ?? []) for (const hex of [...entry.colors, ...entry.highlights]) hexes.add(hex);
  for (const hex of [...(report.legend?.unassigned.colors ?? []), ...(report.legend?.unassigned.highlights ?? [])]) hexes.add(hex);
  for (const group of namingGroups(script).voices) for (const hex of [...group.colors, ...group.highlights]) hexes.add(hex);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') hexes.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const warning of report.warnings) walk(warning.details);
  return hexes;
}

async function analysed(side: Side): Promise<Analysed> {
  const { report } = side.analysis;
  const colours = namingGroups(side.script);
  const groups = colours.voices.map((voice) => {
    const lines = colours.lines.filter((l) => l.voice === voice.name);
    return {
      name: voice.name,
      hex: voice.highlights[0] ?? voice.colors[0]!,
      background: voice.highlights.length > 0,
      words: lines.reduce((sum, l) => sum + l.words, 0),
      lines: lines.length,
      sample: lines.find((l) => l.words > 0)?.text ?? '',
    };
  });
  groups.sort((a, b) => b.words - a.words);
  const source = side.settings.config ? 'config' : side.analysis.voiceMap?.source === LABELS_SOURCE ? 'labels' : report.mode === 'config' ? 'names' : report.mode;
  // Only the names are needed here: the labels are not cast until the page's button asks.
  const proposed = source === 'colours' ? proposedLabels(side.analysis.casting) : null;
  const speakerLabels = speakerNames(proposed);
  const speakerLayout = proposed?.layout ?? (source === 'labels' ? (findSpeakerLabels(side.script)?.layout ?? 'inline') : null);
  // No colour coding (one colour group outside the headings, as `vo-lines init` asks).
  const { casting } = side.analysis;
  const headingOnly = source === 'colours' && casting.mode === 'colours' ? headingOnlyGroups(casting) : null;
  const body = headingOnly ? casting.voices.filter((voice) => !headingOnly.includes(voice)) : [];
  const uncoded = headingOnly !== null && body.length <= 1;
  // No speakers offered either: why lines in capitals standing alone were not taken as speakers' names, if there are any.
  const nameLines = uncoded && !speakerLabels.length ? nameLineDoubt(side.script) : null;
  // Its one colour group is no voice of its own: nothing tells one voice from another, or only the speakers' names.
  const only = body[0] ?? casting.voices[0];
  // With speakers' names waiting, what every voice comes to when read by them (their names, counted in the colour group, left out).
  const byNames = uncoded && only && speakerLabels.length ? (await analyseWith(side.script, { ...side.settings, labels: true })).report.recorded : null;
  const oneColour = uncoded && only ? { group: only.name, headingsAside: headingOnly.length > 0, byNames: byNames ? { words: byNames.words, seconds: byNames.seconds } : null } : null;
  // Some text of no voice is a heading, which the check for look-alike colours leaves aside.
  const headings = headingKeys(side.script.paragraphs);
  const unassignedHeadings = headings.size > 0 && casting.lines.some((line) => line.voice === null && line.words > 0 && headings.has(locationKey(line.location)));
  // Names alone on their lines, whether the labels came from a config or from the page's button (as the CLI's summary shows them).
  const onLines = Object.fromEntries(labelsOnTheirLines(side.script, side.analysis.voiceMap));
  const written = Object.fromEntries(labelsWritten(side.script, side.analysis.voiceMap));
  // A colour group all of whose lines are headings (a title block in a colour of its own): only when other groups hold lines.
  const headingGroups = headingOnly && body.length > 0 ? headingOnly.map((voice) => voice.name) : [];
  return { report, colourNames: colourNamesOf(reportColours(report, side.script)), groups, headingGroups, speakerLabels, speakerLayout, nameLineDoubt: nameLines, nameLines: onLines, labelsWritten: written, oneColour, unassignedHeadings, source };
}

async function read(file: ScriptFile, id: number): Promise<Script> {
  let last = 0;
  const progress: ReadOptions['progress'] = (done, total, unit) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    post({ id, kind: 'progress', done, total, unit });
  };
  // The page stops this worker when the time is up (pdf.js cannot be interrupted from inside).
  return readScriptBytes(file.bytes, file.name, { progress });
}

/** The voices of an analysis that are colour groups (no legend, no config, no labels): each by its colour. */
function colourGroups(analysis: Analysis): ColourGroup[] {
  if (analysis.report.mode !== 'colours') return [];
  return analysis.report.voices.map((voice) => ({ name: voice.name, hex: voice.highlights[0] ?? voice.colors[0]!, background: voice.highlights.length > 0 }));
}

/** How each version tells apart the voices the diff says are told otherwise (its `recoded`). */
function recodedMarks(diff: ReturnType<typeof compareScripts>, older: { analysis: Analysis; script: Script }, newer: { analysis: Analysis; script: Script }): Record<string, { old: VoiceMarks; new: VoiceMarks }> {
  const recoded = diff.warnings.find((w) => w.code === 'different-voice-maps')?.details as { recoded?: unknown } | undefined;
  const names = Array.isArray(recoded?.recoded) ? (recoded.recoded as unknown[]).filter((n): n is string => typeof n === 'string') : [];
  const marksOf = (side: { analysis: Analysis; script: Script }, name: string): VoiceMarks | null => {
    const voice = side.analysis.casting.voices.find((v) => v.name === name);
    if (!voice) return null;
    const onLines = labelsOnTheirLines(side.script, side.analysis.voiceMap);
    const nameLines = Object.fromEntries(voice.labels.filter((label) => onLines.has(label)).map((label) => [label, onLines.get(label)!]));
    return { colors: [...voice.colors], highlights: [...voice.highlights], styles: [...voice.styles], labels: [...voice.labels], nameLines };
  };
  const marks: Record<string, { old: VoiceMarks; new: VoiceMarks }> = {};
  for (const name of names) {
    const old = marksOf(older, name);
    const now = marksOf(newer, name);
    if (old && now) marks[name] = { old, new: now };
  }
  return marks;
}

/** A PDF date (`D:20261120143000+01'00'`) or an XMP one (`2026-11-20T14:30:00+01:00`) as an ISO time in UTC; null when it is no date. */
function isoDate(text: string): string | null {
  const pdf = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(text.trim());
  const xmp = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:([Zz+-])(\d{2})?:?(\d{2})?)?$/.exec(text.trim());
  const m = xmp ?? pdf;
  if (!m) return null;
  const [year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = m.slice(1, 7).map((v) => v ?? undefined) as string[];
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  const offset = sign * (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0));
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - offset * 60_000;
  return Number.isFinite(time) && Number(year) > 1980 ? new Date(time).toISOString() : null;
}

/** A PDF's dates as pdf.js reads them: its Info dictionary's ModDate and CreationDate, else its XMP's xmp:ModifyDate and xmp:CreateDate. */
async function pdfJsDates(file: ScriptFile): Promise<FileDates> {
  const dates: FileDates = {};
  const { doc } = await openPdf(file.bytes, file.name);
  try {
    const { info, metadata } = (await doc.getMetadata()) as unknown as { info?: Record<string, unknown>; metadata?: { get(name: string): unknown } | null };
    const date = (value: unknown) => (typeof value === 'string' ? isoDate(value) : null);
    const modified = date(info?.ModDate) ?? date(metadata?.get('xmp:modifydate'));
    const created = date(info?.CreationDate) ?? date(metadata?.get('xmp:createdate'));
    if (modified) dates.modified = modified;
    if (created) dates.created = created;
  } finally {
    await doc.destroy();
  }
  return dates;
}

/**
 * What a file says of itself about when it was written (protocol.ts FileDates): a DOCX's core
 * properties, a PDF's last Info dictionary (an incremental save appends a new one) or its XMP. Nothing
 * when it says nothing readable: the page then asks which is older.
 */
async function fileDates(file: ScriptFile): Promise<FileDates> {
  const dates: FileDates = {};
  try {
    const format = sniffFormat(file.bytes);
    if (format === 'docx') {
      const core = await new ZipPackage(file.bytes, file.name).read('docProps/core.xml');
      if (!core) return dates;
      const xml = new TextDecoder().decode(core);
      const tag = (name: string) => new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
      const modified = tag('dcterms:modified');
      const created = tag('dcterms:created');
      const revision = tag('cp:revision');
      if (modified && isoDate(modified)) dates.modified = isoDate(modified)!;
      if (created && isoDate(created)) dates.created = isoDate(created)!;
      if (revision && /^\d+$/.test(revision)) dates.revision = Number(revision);
    } else if (format === 'pdf') {
      const text = new TextDecoder('latin1').decode(file.bytes);
      const last = (pattern: RegExp) => {
        let found: string | undefined;
        for (const m of text.matchAll(pattern)) found = m[1];
        return found ? isoDate(found) : null;
      };
      const modified = last(/\/ModDate\s*\((D:[^)]*)\)/g) ?? last(/<xmp:ModifyDate>([^<]+)<\/xmp:ModifyDate>/g);
      const created = last(/\/CreationDate\s*\((D:[^)]*)\)/g) ?? last(/<xmp:CreateDate>([^<]+)<\/xmp:CreateDate>/g);
      if (modified) dates.modified = modified;
      if (created) dates.created = created;
      // Not in the file's plain bytes: an Info dictionary in a compressed object stream, or the XMP packet in a
      // compressed metadata stream (LibreOffice, Acrobat, InDesign): as pdf.js reads them (getMetadata).
      if (!modified || !created) Object.assign(dates, await pdfJsDates(file), modified ? { modified } : {}, created ? { created } : {});
    }
  } catch {
    // A part that cannot be read says nothing: the page asks.
  }
  return dates;
}

/**
 * Which of two files is older by what both say of themselves: the time each was last saved, else its
 * revision number (Word counts its saves), else when it was made. Null when they do not say, say the
 * same, or their times and revisions disagree (never a guess: the page asks).
 */
function orderOf(mine: FileDates, other: FileDates): { otherIsOlder: boolean; order: CompareOrder } | null {
  const byTime = mine.modified && other.modified && mine.modified !== other.modified ? other.modified < mine.modified : null;
  const byRevision = mine.revision !== undefined && other.revision !== undefined && mine.revision !== other.revision ? other.revision < mine.revision : null;
  if (byTime !== null && byRevision !== null && byTime !== byRevision) return null;
  const pick = <T,>(otherIsOlder: boolean, a: T, b: T) => (otherIsOlder ? { older: b, newer: a } : { older: a, newer: b });
  if (byTime !== null) return { otherIsOlder: byTime, order: { by: 'modified', ...pick(byTime, mine.modified!, other.modified!) } };
  if (byRevision !== null) return { otherIsOlder: byRevision, order: { by: 'revision', ...pick(byRevision, mine.revision!, other.revision!) } };
  if (mine.created && other.created && mine.created !== other.created) {
    const older = other.created < mine.created;
    return { otherIsOlder: older, order: { by: 'created', ...pick(older, mine.created, other.created) } };
  }
  return null;
}

/** `name.docx` → `name`: the stem the downloads are named after. */
const stemOf = (name: string) => name.replace(/\.(docx|pdf)$/i, '') || 'script';

/** A voice's name as the command line puts it in a file name (export's perVoicePaths). */
const safeName = (voice: string) =>
  [...voice.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '')].slice(0, 60).join('').replace(/[-.]+$/, '') || 'voice';

/**
 * A CSV as a narrator's spreadsheet opens it: with the byte order mark (else Excel reads it in its Windows code page and
 * garbles the accents), and for a French page as `export --delimiter ';'` writes it (French Excel opens a comma CSV as
 * one column; its seconds take a decimal comma).
 */
const csvFor = (excel: 'fr' | 'en' | undefined): CsvOptions => (excel === 'fr' ? { delimiter: ';', bom: true, headings: 'fr' } : { bom: true });

async function download(side: Side, what: Download, voice: string | undefined, excel?: 'fr' | 'en'): Promise<DownloadFile> {
  const { report } = side.analysis;
  const stem = stemOf(side.file.name);
  const text = (name: string, type: string, content: string): DownloadFile => ({ name, type, bytes: new TextEncoder().encode(content) });
  switch (what) {
    case 'xlsx': {
      // What `vo-lines export NAME -o NAME.xlsx` writes: the same meta (the day in UTC, as the CLI takes it).
      const meta = { script: side.file.name, sha256: bytesToHex(sha256(side.file.bytes)), date: new Date().toISOString().slice(0, 10), version: VO_LINES_VERSION };
      // Her page's language names the sheets and columns (`export --headings fr`): no English headings in a French page's download.
      const bytes = await renderXlsx(report, { unassigned: false, meta, paper: 'a4', ...(excel === 'fr' ? { headings: 'fr' as const } : {}) });
      return { name: `${stem}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes };
    }
    case 'csv-all':
      return text(`${stem}.csv`, 'text/csv;charset=utf-8', renderCombinedCsv(report, { unassigned: false, ...csvFor(excel) }));
    case 'csv-voice': {
      const group = exportGroups({ ...report, voices: report.voices.filter((v) => v.name === voice) }, { unassigned: false })[0];
      if (!group) throw new Error(`no voice "${voice}"`);
      return text(`${stem}-${safeName(group.name)}.csv`, 'text/csv;charset=utf-8', renderVoiceCsv(group, csvFor(excel)));
    }
    case 'json':
      return text(`${stem}.json`, 'application/json', renderJson(report));
    case 'config': {
      // A config dropped with the script: that config, as it was written (its voices, sections, rates, rules), with the
      // pace she set on the page (every voice's, as --wpm) and the language she chose ("Read it as French"): the
      // command line then counts and times as the page did.
      const { language, wpm } = side.settings;
      const dropped = side.settings.config;
      if (dropped) {
        const json = /\.json$/i.test(dropped.name);
        return text(json ? 'vo-lines.config.json' : 'vo-lines.config.yaml', json ? 'application/json' : 'application/yaml', withChosenLanguage(await withChosenPace(dropped.text, wpm, json), language, json));
      }
      // Names given on the page: those names; else what `vo-lines init` writes (legend, labels or colours).
      const named = side.settings.names && side.analysis.config?.source === NAMES_SOURCE;
      const byColour = castScript(side.script, null);
      const byLabels = named ? null : castByLabels(byColour);
      const config = named
        ? renderNamedConfig(side.analysis.casting, side.file.name, side.settings.wpm)
        : byLabels
          ? renderLabelConfig(byLabels.casting, byLabels.labels, side.file.name).text
          : renderStarterConfig(byColour, side.file.name).text;
      return text('vo-lines.config.yaml', 'application/yaml', withChosenLanguage(await withChosenPace(config, wpm), language));
    }
  }
}

async function handle(request: Request): Promise<void> {
  switch (request.kind) {
    case 'analyse': {
      const script = await read(request.file, request.id);
      post({ id: request.id, kind: 'progress', done: 1, total: 1, unit: 'stage' });
      current = { file: request.file, script, settings: request.settings, analysis: await analyseWith(script, request.settings) };
      post({ id: request.id, kind: 'analysed', result: await analysed(current) });
      return;
    }
    case 'reanalyse': {
      if (!current) throw new Error('no script read yet');
      current = { ...current, settings: request.settings, analysis: await analyseWith(current.script, request.settings) };
      post({ id: request.id, kind: 'analysed', result: await analysed(current) });
      return;
    }
    case 'download': {
      if (!current) throw new Error('no script read yet');
      const file = await download(current, request.what, request.voice, request.excel);
      post({ id: request.id, kind: 'download', file }, [file.bytes.buffer]);
      return;
    }
    case 'compare': {
      if (!current) throw new Error('no script read yet');
      // Which is older: as she said, else as both files say of themselves, else asked before anything is compared.
      let otherIsOlder = request.otherIsOlder;
      let order: CompareOrder = { by: 'said' };
      if (otherIsOlder === undefined) {
        const dates = { mine: await fileDates(current.file), other: await fileDates(request.file) };
        const told = orderOf(dates.mine, dates.other);
        if (!told) {
          post({ id: request.id, kind: 'compare-ask', dates });
          return;
        }
        ({ otherIsOlder, order } = told);
      }
      const script = await read(request.file, request.id);
      const other = await analyseWith(script, current.settings);
      const mine = current.analysis;
      const diff = otherIsOlder ? compareScripts(other, mine) : compareScripts(mine, other);
      const hexes = new Set<string>();
      for (const side of [other, mine]) for (const hex of reportColours(side.report, side.script)) hexes.add(hex);
      const [older, newer] = otherIsOlder ? [other, mine] : [mine, other];
      // Each version's report warnings (its reader's, its casting's), as the diff ends with them (compare.ts sideWarnings).
      const sides = { old: older.report.warnings, new: newer.report.warnings };
      const [olderScript, newerScript] = otherIsOlder ? [script, current.script] : [current.script, script];
      const marks = recodedMarks(diff, { analysis: older, script: olderScript }, { analysis: newer, script: newerScript });
      post({ id: request.id, kind: 'compared', order, otherIsOlder, diff, colourNames: colourNamesOf(hexes), sides, groups: [...colourGroups(older), ...colourGroups(newer)], marks });
      return;
    }
  }
}

scope.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  handle(request).catch((error: unknown) => {
    const format = 'file' in request ? sniffFormat(request.file.bytes) : undefined;
    if (isUserError(error)) post({ id: request.id, kind: 'error', message: error.message, code: error.code, ...(error.details ? { details: error.details } : {}), format });
    else post({ id: request.id, kind: 'error', message: `unexpected error: ${String((error as Error)?.message ?? error).split('\n')[0]}. Please report it with the file if you can.`, code: 'unexpected' });
  });
};
