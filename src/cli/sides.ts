/**
 * `vo-lines sides FILE --voice NAME [-o OUT.pdf|OUT.docx] [--all]`: the booth script — a voice's
 * lines only, in order, with cues — as PDF or DOCX. pdfkit and docx are loaded only here.
 */
import { LIMITS, overLimit } from '../readers/limits.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { Command, Option } from 'commander';
import { UserError } from '../errors.js';
import { DEFAULT_DIRECTIONS } from '../text/directions.js';
import type { VoiceReport } from '../measure/report.js';
import { checkOutputs, perVoicePaths, writeOutputs, type OutputFile } from '../output/write.js';
import { analyse } from '../pipeline.js';
import { boothScript, type SidesFonts } from '../render/sides.js';
import { displayPath, formatLocation, UNASSIGNED } from '../render/text.js';
import { exportDate } from './meta.js';
import { analyseOptions, print, withCommonOptions, type CommonOptions } from './options.js';

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

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
  throw new UserError(`cannot tell the format of "${options.output}" from its extension; use .pdf or .docx, or pass --format.`, 'unknown-format');
}

function pickVoices(voices: VoiceReport[], file: string, options: SidesCommandOptions): VoiceReport[] {
  if (options.all) return voices.filter((v) => v.lineCount > 0);
  const wanted = options.voice!;
  const match = voices.find((v) => v.name === wanted) ?? voices.find((v) => v.name.toLowerCase() === wanted.toLowerCase());
  if (match) return [match];
  if (wanted.toLowerCase() === UNASSIGNED) throw new UserError('a booth script is for a voice: the unassigned text is nobody\'s to record.', 'usage');
  throw new UserError(`no voice "${wanted}" in ${file}. Voices found: ${voices.map((v) => `"${v.name}"`).join(', ') || 'none'}.`, 'unknown-voice');
}

/** OUT as given for one voice; OUT-<voice>.ext for --all; <script>-<voice>.ext in the working folder without -o. */
function outputPaths(file: string, names: string[], format: Format, options: SidesCommandOptions): string[] {
  const extension = `.${format}`;
  if (options.output && !options.all) return [options.output];
  const stem = options.output ?? basename(file, extname(file));
  return perVoicePaths(stem, names, extname(stem).toLowerCase() === extension ? extname(stem) : extension);
}

async function sidesCommand(file: string, options: SidesCommandOptions): Promise<void> {
  if (options.all && options.voice !== undefined) throw new UserError('give --voice NAME or --all, not both.', 'usage');
  if (!options.all && options.voice === undefined) throw new UserError('which voice? Give --voice NAME (vo-lines summary lists them), or --all for one file per voice.', 'usage');
  const format = formatOf(options);
  if (options.output) checkOutputs([options.output], { force: true, inputs: [file], show: displayPath });

  const { report, voiceMap } = await analyse(file, analyseOptions(options));
  const voices = pickVoices(report.voices, file, options);
  if (voices.length === 0) throw new UserError(`no voice has a line in ${file}: nothing to put in a booth script.`, 'nothing-to-export');
  const crowded = voices.find((voice) => voice.lineCount > LIMITS.sidesLines);
  if (crowded) throw overLimit(file, `the booth script of ${crowded.name} (${crowded.lineCount.toLocaleString('en-US')} lines)`, LIMITS.sidesLines, 'lines');
  const paths = outputPaths(file, voices.map((v) => v.name), format, options);
  const inputs = report.config ? [file, report.config] : [file];
  checkOutputs(paths, { force: options.force, inputs, show: displayPath });

  const fonts = loadFonts();
  const render = format === 'pdf' ? (await import('../render/sides-pdf.js')).renderSidesPdf : (await import('../render/sides-docx.js')).renderSidesDocx;
  const date = exportDate();
  const files: OutputFile[] = [];
  for (const voice of voices) {
    const script = boothScript(report, voice, { cues: options.cues !== false, directions: voiceMap?.directions ?? DEFAULT_DIRECTIONS, date, script: displayPath(file), paper: options.paper ?? 'a4' });
    files.push({ path: paths[files.length]!, content: await render(script, fonts) });
  }
  writeOutputs(files, { force: options.force });

  const written = voices.map((voice, i) => ({ file: paths[i]!, format, voice: voice.name, lines: voice.lineCount, words: voice.words, seconds: voice.seconds }));
  if (options.json) {
    print(`${JSON.stringify({ written, warnings: report.warnings }, null, 2)}\n`);
    return;
  }
  const out = written.map((w) => `Wrote ${displayPath(w.file)}: booth script for ${w.voice} (${w.lines} line${w.lines === 1 ? '' : 's'}, ${w.words} word${w.words === 1 ? '' : 's'}).`);
  if (report.warnings.length) {
    out.push('', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  ! ${w.message}${w.location ? ` [${formatLocation(w.location)}]` : ''}`));
  }
  print(`${out.join('\n')}\n`);
}

export function registerSides(program: Command): void {
  withCommonOptions(
    program
      .command('sides')
      .description("a booth script for a voice: only its lines, in order, each with its cue, in large type (PDF or DOCX)")
      .argument('<file>', 'the script: a .docx or .pdf file'),
  )
    .option('-v, --voice <name>', 'the voice whose lines to print')
    .option('--all', 'one booth script per voice')
    .option('-o, --output <file>', 'the file to write (.pdf or .docx); with --all, the stem of OUT-<voice> names; default <script>-<voice>.pdf here')
    .addOption(new Option('--format <format>', 'pdf or docx, when -o does not say').choices(FORMATS))
    .option('--cues', "show each line's cue, the other voice's line before it (the default)")
    .option('--no-cues', 'leave the cues out')
    .addOption(new Option('--paper <size>', 'page size; default a4').choices(['a4', 'letter']))
    .option('--force', 'overwrite existing outputs')
    .action(sidesCommand);
}
