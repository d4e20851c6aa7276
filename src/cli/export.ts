/** `vo-lines export FILE -o OUT`: the report as a file for the studio (XLSX, CSV, JSON, Markdown). */
import { basename, extname } from 'node:path';
import { UserError, usageError } from '../errors.js';
import { recordedBy, type Report } from '../measure/report.js';
import { checkFormatMatches, checkOutputName, checkOutputs, formatNamedBy, perVoicePaths, writeOutputs, type OutputFile } from './output.js';
import { analyseFile, resolveVoice } from './analyse.js';
import { exportGroups, renderCombinedCsv, renderVoiceCsv, renderVoiceqCsv, type CsvDelimiter } from '../render/csv.js';
import { renderDapt } from '../render/dapt.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { legendLine, recordedLine, shellWord, warningLines } from '../render/text.js';
import { UNASSIGNED, UNASSIGNED_LABEL } from '../attribute/voices.js';
import { plural } from '../text/format.js';
import { displayPath, withShownConfig } from './paths.js';
import { renderVoiceqXlsx, renderXlsx, SECTIONS_SHEET, workbookSheets, type Paper } from '../render/xlsx.js';
import { exportMeta } from './meta.js';
import { shownTimes, type ShownTimes } from '../render/shown-times.js';
import { print, type CommonOptions } from './options.js';
import type { HeadingsLang } from '../render/headings.js';

type Format = 'xlsx' | 'csv' | 'json' | 'md' | 'dapt';
const EXTENSIONS: Record<string, Format> = { '.xlsx': 'xlsx', '.csv': 'csv', '.json': 'json', '.md': 'md', '.markdown': 'md', '.ttml': 'dapt', '.dapt': 'dapt' };

interface ExportCommandOptions extends CommonOptions {
  output: string;
  format?: Format;
  voice?: string;
  unassigned?: boolean;
  combined?: boolean;
  bom?: boolean;
  /** (CSV) `,`, `;` or `tab`, as typed. */
  delimiter?: string;
  template?: 'voiceq';
  paper?: Paper;
  /** (CSV, XLSX) the language of the column headings and sheet names: `en` (default) or `fr`. */
  headings?: HeadingsLang;
  force?: boolean;
}

/** What was written, for the one-line message and for --json. */
interface Written {
  file: string;
  format: Format;
  template?: 'voiceq';
  /** Voices (and "Unassigned") in the file. */
  groups: string[];
  /** (XLSX) the sheets, in order. */
  sheets?: string[];
  lines: number;
}

function formatOf(options: ExportCommandOptions): Format {
  if (options.format) return options.format;
  const extension = extname(options.output).toLowerCase();
  const format = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
  if (!format && formatNamedBy(extension)?.command === 'sides')
    throw new UserError(`export writes .xlsx, .csv, .json, .md or .ttml, not ${extension}: a voice's booth script as ${extension.slice(1).toUpperCase()} is written by vo-lines sides FILE --voice NAME -o ${options.output}.`, 'unknown-format', { output: options.output, extension, use: 'sides' });
  if (!format) throw new UserError(`cannot tell the format of "${options.output}" from its extension; use .xlsx, .csv, .json, .md or .ttml (DAPT), or pass --format.`, 'unknown-format', { output: options.output, extension });
  return format;
}

function checkCombination(format: Format, options: ExportCommandOptions): void {
  if (options.template && format !== 'csv' && format !== 'xlsx') throw usageError(`--template ${options.template} writes CSV or XLSX, not ${format}.`, { kind: 'format', option: '--template', format });
  if (format === 'dapt' && options.unassigned) throw usageError('DAPT holds the voices\' dialogue: unassigned text (headings, directions, sound cues) is left out; drop --unassigned.', { kind: 'format', option: '--unassigned', format });
  if (options.paper !== undefined && format !== 'xlsx') throw usageError('--paper only applies to XLSX output.', { kind: 'format', option: '--paper', format });
  if (options.headings !== undefined && format !== 'csv' && format !== 'xlsx') throw usageError('--headings only applies to CSV and XLSX output.', { kind: 'format', option: '--headings', format });
  // VoiceQ's importer reads its own column names, in English.
  if (options.headings !== undefined && options.headings !== 'en' && options.template) throw usageError(`--template ${options.template} keeps the column names its importer reads; leave out --headings.`, { kind: 'conflict', option: '--headings', conflicts: '--template' });
  if (format !== 'csv') {
    if (options.combined) throw usageError('--combined only applies to CSV output.', { kind: 'format', option: '--combined', format });
    if (options.bom !== undefined) throw usageError(`--${options.bom ? '' : 'no-'}bom only applies to CSV output.`, { kind: 'format', option: options.bom ? '--bom' : '--no-bom', format });
    if (options.delimiter !== undefined) throw usageError('--delimiter only applies to CSV output.', { kind: 'format', option: '--delimiter', format });
  }
  if (options.template && options.combined) throw usageError('--template voiceq always writes one file; leave out --combined.', { kind: 'conflict', option: '--combined', conflicts: '--template' });
}

/** `--delimiter` as typed: `,` or `comma`, `;` or `semicolon`, `tab` (or a tab, or `\\t` as a shell passes it). */
const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t' };

function delimiterOf(value: string | undefined): CsvDelimiter {
  if (value === undefined) return ',';
  const delimiter = Object.hasOwn(DELIMITERS, value.toLowerCase()) ? DELIMITERS[value.toLowerCase()] : undefined;
  if (delimiter === undefined) throw usageError(`--delimiter takes , (the default), ; or tab, not "${value}".`, { kind: 'invalid-value', option: '--delimiter', value });
  return delimiter;
}

/** `times`: the times as the text shows them, worked out on the whole script (shown-times.ts). */
async function render(report: Report, format: Format, options: ExportCommandOptions, voice: string | undefined, times: ShownTimes, others: Report['voices'] = []): Promise<{ files: OutputFile[]; written: Written[] }> {
  const out = options.output;
  const selection = { unassigned: options.unassigned === true, ...(options.headings ? { headings: options.headings } : {}) };
  // The summaries (XLSX, Markdown) give the voices left out one row, so their rows add up to the whole script.
  const summed = { ...selection, others };
  const groups = exportGroups(report, selection);
  const names = groups.map((g) => g.name);
  const lines = groups.reduce((sum, g) => sum + g.lineCount, 0);
  const single = (content: string | Uint8Array): { files: OutputFile[]; written: Written[] } => ({
    files: [{ path: out, content }],
    written: [{ file: out, format, ...(options.template ? { template: options.template } : {}), groups: names, lines }],
  });
  // The VoiceQ header names the script's language: --lang as typed, else the language found.
  const lang = options.lang ?? report.language.code;
  switch (format) {
    case 'xlsx': {
      const sheet = { ...summed, meta: exportMeta(report.file), paper: options.paper ?? 'a4', times };
      if (options.template) return single(await renderVoiceqXlsx(report, { ...sheet, lang }));
      const result = single(await renderXlsx(report, sheet));
      result.written[0]!.sheets = workbookSheets(report, selection);
      return result;
    }
    case 'json':
      return single(renderJson(report, voice));
    case 'md':
      return single(renderMarkdown(report, summed, times));
    case 'dapt':
      // xml:lang: --lang as typed, else the script's language unless it was only assumed (then `und`).
      return single(renderDapt(report, { lang: options.lang ?? (report.language.source === 'default' ? null : report.language.tag), title: basename(report.file) }));
    case 'csv': {
      const delimiter = delimiterOf(options.delimiter);
      // `;` is for the Excel whose decimal mark is the comma, which reads a CSV with no BOM in the system's
      // code page (Windows-1252) and garbles every accent: the BOM comes with it, unless --no-bom.
      const csv = { ...selection, bom: options.bom ?? delimiter === ';', delimiter };
      if (options.template) return single(renderVoiceqCsv(report, { ...csv, lang }));
      if (options.combined) return single(renderCombinedCsv(report, csv));
      if (groups.length === 0) throw new UserError(`no voice to export from ${report.file}; add --unassigned for the text of no voice.`, 'nothing-to-export', {
        path: report.file,
        command: 'export',
        format,
        ...(options.voice !== undefined ? { voice: options.voice } : {}),
        unassigned: false,
      });
      const paths = perVoicePaths(out, names, extname(out).toLowerCase() === '.csv' ? extname(out) : '.csv');
      return {
        files: groups.map((group, i) => ({ path: paths[i]!, content: renderVoiceCsv(group, csv) })),
        written: groups.map((group, i) => ({ file: paths[i]!, format, groups: [group.name], lines: group.lineCount })),
      };
    }
  }
}

/** `colours`: the groups are the colours found, not named voices (no config, no legend): said so. */
function describe(written: Written, colours = false): string {
  const voices = written.groups.filter((g) => g !== UNASSIGNED_LABEL).length;
  /** "2 voices", "2 voices + Unassigned" or just "Unassigned" ("2 colours, not voices" when they are the colours found). */
  const counted = (noun: string) => (colours ? `${plural(voices, noun.replace('voice', 'colour'))} (not voices)` : plural(voices, noun));
  const contents = (noun: string) => [...(voices > 0 || written.groups.length === voices ? [counted(noun)] : []), ...(written.groups.length > voices ? [UNASSIGNED_LABEL] : [])].join(' + ');
  const lines = `(${plural(written.lines, 'line')})`;
  if (written.template) return `VoiceQ template, ${contents('voice')} ${lines}`;
  switch (written.format) {
    case 'xlsx':
      return `Summary + ${written.sheets?.includes(SECTIONS_SHEET) ? 'Sections + ' : ''}${contents('voice sheet')} ${lines}`;
    case 'md':
      return `summary + ${contents('voice')} ${lines}`;
    case 'json':
      return `the lines --json document, ${plural(voices, 'voice')} ${lines} and the unassigned text`;
    case 'dapt':
      return `DAPT pre-recording script, ${plural(voices, 'character')}, ${plural(written.lines, 'script event')}`;
    case 'csv':
      return written.groups.length === 1 ? `${written.groups[0]}${colours && written.groups[0] !== UNASSIGNED_LABEL ? ' (a colour, not a voice)' : ''} ${lines}` : `${contents('voice')} ${lines}`;
  }
}

export async function exportLines(file: string, options: ExportCommandOptions): Promise<void> {
  // Fail fast, before reading the script, when the output is no name to write or would land on the input.
  checkOutputName(options.output, 'lines.xlsx');
  checkOutputs([options.output], { force: true, inputs: [file], show: displayPath });
  checkFormatMatches(options.output, options.format);
  const format = formatOf(options);
  checkCombination(format, options);
  delimiterOf(options.delimiter);

  const { report: full } = await analyseFile(file, options);
  // No config, no legend: the "voices" are the colours found (black among them). A dubbing tool takes
  // each for a character, so DAPT and the VoiceQ template wait for the voices to be named.
  if (full.mode === 'colours' && (format === 'dapt' || options.template)) {
    const what = options.template ? `a VoiceQ template` : 'a DAPT script';
    throw new UserError(
      `the voices of ${displayPath(file)} are not named (no config, no legend: only its colours${full.voices.some((v) => /^#000000\b/u.test(v.name)) ? ', black among them' : ''}), and ${what} would make each colour a character: name the voices first (vo-lines init ${shellWord(displayPath(file))} writes a config to edit).`,
      'voices-not-named',
      // `format`: what was asked (`dapt`, or `csv`/`xlsx` with `template`); `colours`: the colour groups found, as the summary names them.
      { path: displayPath(file), format, ...(options.template ? { template: options.template } : {}), colours: full.voices.map((v) => v.name) },
    );
  }
  const voice = options.voice === undefined ? undefined : resolveVoice(full, file, options.voice);
  const report: Report = voice === undefined ? full : { ...full, voices: full.voices.filter((v) => v.name === voice) };
  if (voice === UNASSIGNED) {
    if (format === 'dapt') throw usageError('DAPT holds the voices\' dialogue: unassigned text has no characters or script events; choose a voice.', { kind: 'format', option: '--voice', value: options.voice, format });
    options.unassigned = true;
  }

  const times = shownTimes(full);
  const { files, written } = await render(withShownConfig(report), format, options, voice, times, voice === undefined ? [] : full.voices.filter((v) => v.name !== voice));
  const inputs = full.config ? [file, full.config] : [file];
  checkOutputs(
    files.map((f) => f.path),
    { force: options.force, inputs, show: displayPath, notConfig: true },
  );
  writeOutputs(files, { force: options.force });

  if (options.json) {
    print(`${JSON.stringify({ written, warnings: full.warnings }, null, 2)}\n`);
    return;
  }
  const colours = full.mode === 'colours';
  const out = written.map((w) => `Wrote ${displayPath(w.file)}: ${describe(w, colours)}.`);
  if (full.mode === 'legend' && full.legend) out.push(legendLine(full.legend));
  // The colours found stand for the voices: said, with how to name them (black holds the directions too).
  if (colours) out.push(recordedLine(full));
  // What the exported voices record (with --voice, that voice only), its time as the summary shows it.
  if (full.recorded && report.voices.length) out.push(recordedLine({ ...full, recorded: recordedBy(report.voices) }, report.voices.reduce((sum, v) => sum + (times.byName.get(v.name) ?? 0), 0)));
  print(`${out.join('\n')}\n`);
  // The files are the product; what to look at in them goes to stderr, apart from them.
  if (full.warnings.length) {
    process.stderr.write(`${warningLines(full.warnings).join('\n')}\n`);
  }
}
