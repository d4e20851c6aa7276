/**
 * `vo-lines sides FILE --voice NAME [-o OUT.pdf|OUT.docx] [--all]`: the booth script — a voice's
 * lines only, in order, with cues — as PDF or DOCX. pdfkit and docx are loaded only here.
 */
import { LIMITS, overLimit } from '../readers/limits.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { Budget } from '../budget.js';
import { UserError, usageError } from '../errors.js';
import { DEFAULT_DIRECTIONS } from '../text/directions.js';
import type { VoiceReport } from '../measure/report.js';
import { checkFormatMatches, checkOutputName, checkOutputs, formatNamedBy, perVoicePaths, writeOutputs, type OutputFile } from './output.js';
import { boothScript, type SidesFonts } from '../render/sides.js';
import { warningLines } from '../render/text.js';
import { findVoice, isUnassigned } from '../attribute/voices.js';
import type { Report } from '../measure/report.js';
import { plural } from '../text/format.js';
import { displayPath } from './paths.js';
import { exportDate } from './meta.js';
import { analyseOptions, print, type CommonOptions } from './options.js';
import { analyseFile, voiceError } from './analyse.js';

type Format = 'pdf' | 'docx';

interface SidesCommandOptions extends CommonOptions {
  voice?: string;
  all?: boolean;
  output?: string;
  format?: Format;
  cues?: boolean;
  paper?: 'a4' | 'letter';
  force?: boolean;
}

/** Source Sans 3 (SIL OFL 1.1), from the @expo-google-fonts/source-sans-3 package. */
function loadFonts(): SidesFonts {
  const require = createRequire(import.meta.url);
  const face = (name: string) => readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`));
  return { regular: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic') };
}

function formatOf(options: SidesCommandOptions): Format {
  if (options.format) return options.format;
  if (!options.output) return 'pdf';
  const extension = extname(options.output).toLowerCase();
  if (extension === '.pdf' || extension === '.docx') return extension.slice(1) as Format;
  if (formatNamedBy(extension)?.command === 'export')
    throw new UserError(`sides writes a booth script as .pdf or .docx, not ${extension}: the lines as ${extension.slice(1).toUpperCase()} are written by vo-lines export FILE -o ${options.output}.`, 'unknown-format', { output: options.output, extension, use: 'export' });
  // With --all, OUT with no extension is the stem of OUT-<voice>.pdf (help and README): PDF, the default.
  if (options.all && extension === '') return 'pdf';
  throw new UserError(`cannot tell the format of "${options.output}" from its extension; use .pdf or .docx, or pass --format.`, 'unknown-format', { output: options.output, extension });
}

function pickVoices(report: Report, file: string, options: SidesCommandOptions): VoiceReport[] {
  const voices = report.voices;
  if (options.all) return voices.filter((v) => v.lineCount > 0);
  const wanted = options.voice!;
  const found = findVoice(voices, wanted, report.mode === 'colours');
  if (found && 'voice' in found) return voices.filter((v) => v.name === found.voice);
  if (isUnassigned(wanted)) throw usageError('a booth script is for a voice: the unassigned text is nobody\'s to record.', { kind: 'invalid-value', option: '--voice', value: wanted });
  throw voiceError(wanted, found, { in: file, voices });
}

/** OUT as given for one voice; OUT-<voice>.ext for --all; <script>-<voice>.ext in the working folder without -o. */
function outputPaths(file: string, names: string[], format: Format, options: SidesCommandOptions): string[] {
  const extension = `.${format}`;
  if (options.output && !options.all) return [options.output];
  const stem = options.output ?? basename(file, extname(file));
  return perVoicePaths(stem, names, extname(stem).toLowerCase() === extension ? extname(stem) : extension);
}

export async function sides(file: string, options: SidesCommandOptions): Promise<void> {
  if (options.all && options.voice !== undefined) throw usageError('give --voice NAME or --all, not both.', { kind: 'conflict', option: '--all', conflicts: '--voice' });
  if (!options.all && options.voice === undefined) throw usageError('which voice? Give --voice NAME (vo-lines summary lists them), or --all for one file per voice.', { kind: 'missing-option', option: '--voice', or: '--all' });
  if (options.output !== undefined) {
    checkOutputName(options.output, options.all ? 'booth' : 'booth.pdf');
    checkOutputs([options.output], { force: true, inputs: [file], show: displayPath });
    checkFormatMatches(options.output, options.format);
  }
  const format = formatOf(options);

  // One time budget (`--timeout`) for the file: reading and analysing it, then the booth scripts.
  const settings = analyseOptions(options);
  // Past it while the booth scripts are laid out, the message says so (reading has its own budget, from this one).
  const budget = Budget.of(file, settings, 'to read and lay out as booth scripts');
  // As every script command: the warnings of the rules the config sets to off are left out.
  const { report, voiceMap, casting } = await analyseFile(file, options, budget.options());
  // A config of settings only (no voices) keeps the colour groups, and gives its directions all the same.
  const directions = (voiceMap ?? casting.voiceMap)?.directions ?? DEFAULT_DIRECTIONS;
  const voices = pickVoices(report, file, options);
  if (voices.length === 0) throw new UserError(`no voice has a line in ${file}: nothing to put in a booth script.`, 'nothing-to-export', {
      path: file,
      command: 'sides',
      ...(options.all ? { all: true } : { voice: options.voice }),
    });
  const crowded = voices.find((voice) => voice.lineCount > LIMITS.sidesLines);
  if (crowded) throw overLimit(file, `the booth script of ${crowded.name} (${plural(crowded.lineCount, 'line')})`, LIMITS.sidesLines, 'lines', 'sidesLines', { voice: crowded.name, found: crowded.lineCount });
  const long = voices.find((voice) => voice.characters > LIMITS.sidesChars);
  if (long) throw overLimit(file, `the booth script of ${long.name} (${plural(long.characters, 'character')})`, LIMITS.sidesChars, 'characters', 'sidesChars', { voice: long.name, found: long.characters });
  const paths = outputPaths(file, voices.map((v) => v.name), format, options);
  const inputs = report.config ? [file, report.config] : [file];
  checkOutputs(paths, { force: options.force, inputs, show: displayPath, notConfig: true });

  const fonts = loadFonts();
  const render = format === 'pdf' ? (await import('../render/sides-pdf.js')).renderSidesPdf : (await import('../render/sides-docx.js')).renderSidesDocx;
  const date = exportDate();
  // How to ask for the Word booth script, if the PDF's font cannot print the script's text.
  const output = options.output;
  const instead = output && formatNamedBy(extname(output)) ? `-o ${displayPath(output.slice(0, output.length - extname(output).length))}.docx` : '--format docx';
  const files: OutputFile[] = [];
  for (const voice of voices) {
    budget.check();
    const script = boothScript(report, voice, { cues: options.cues !== false, directions, date, script: displayPath(file), paper: options.paper ?? 'a4' });
    files.push({ path: paths[files.length]!, content: await render(script, fonts, budget, instead) });
  }
  // Past the deadline, nothing is written (the last render may have ended after it).
  budget.check();
  writeOutputs(files, { force: options.force });

  const written = voices.map((voice, i) => ({ file: paths[i]!, format, voice: voice.name, lines: voice.lineCount, words: voice.words, seconds: voice.seconds }));
  if (options.json) {
    print(`${JSON.stringify({ written, warnings: report.warnings }, null, 2)}\n`);
    return;
  }
  const out = written.map((w) => `Wrote ${displayPath(w.file)}: booth script for ${w.voice} (${plural(w.lines, 'line')}, ${plural(w.words, 'word')}).`);
  out.push(...warningLines(report.warnings));
  print(`${out.join('\n')}\n`);
}
