#!/usr/bin/env node
/** The `vo-lines` command: commander wiring only — options in, library call, renderer, exit code. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isUserError } from '../errors.js';
import { buildColourReport } from '../measure/colours.js';
import { analyseScript, resolveVoice } from './analyse.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerInit } from './init.js';
import { registerSides } from './sides.js';
import { toolVersion } from './meta.js';
import { analyseOptions, colourWanted, print, withCommonOptions, type CommonOptions } from './options.js';
import { readScript } from '../readers/index.js';
import { renderColoursJson, renderJson } from '../render/json.js';
import { hints, renderColours, renderLines, renderSummary, type TextOptions } from '../render/text.js';

function textOptions(extra: Partial<TextOptions> = {}): TextOptions {
  return { colour: colourWanted(), ...extra };
}

async function linesCommand(file: string, options: CommonOptions & { voice?: string; cues?: boolean; spoken?: boolean }): Promise<void> {
  const { report } = await analyseScript(file, options);
  const voice = options.voice === undefined ? undefined : resolveVoice(report, file, options.voice);
  print(options.json ? renderJson(report, voice) : renderLines(report, voice, textOptions({ cues: options.cues, spoken: options.spoken })));
}

async function summaryCommand(file: string, options: CommonOptions): Promise<void> {
  const { report } = await analyseScript(file, options);
  print(options.json ? renderJson(report) : renderSummary(report, textOptions()));
}

async function coloursCommand(file: string, options: CommonOptions): Promise<void> {
  const script = await readScript(file, analyseOptions(options));
  const report = buildColourReport(script);
  print(options.json ? renderColoursJson(report) : renderColours(report, textOptions()));
}

/** `vo-lines FILE`: the summary when the voices are known (config or legend), else the colours; then a hint. */
async function defaultCommand(file: string, options: CommonOptions): Promise<void> {
  const analysis = await analyseScript(file, options);
  if (analysis.voiceMap) {
    if (options.json) return print(renderJson(analysis.report));
    print(renderSummary(analysis.report, textOptions()));
    print(`\n${hints.withConfig(file, analysis.report)}\n`);
  } else {
    const report = buildColourReport(analysis.script);
    // What attribution noticed (a legend it could not trust) belongs with the colours.
    report.warnings = [...analysis.report.warnings.filter((w) => w.code === 'legend-rejected'), ...report.warnings];
    if (options.json) return print(renderColoursJson(report));
    print(renderColours(report, textOptions()));
    print(`\n${hints.noConfig(file, report)}\n`);
  }
}

export function buildProgram(): Command {
  const program = new Command('vo-lines')
    .description('Find each voice\'s lines, words and recording time in a colour-coded voice-over script (DOCX or PDF).')
    .version(toolVersion())
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError('(run vo-lines --help for usage)');

  const script = (command: Command) => command.argument('<file>', 'the script: a .docx or .pdf file');
  withCommonOptions(script(program.command('lines')).description('the exact lines of one voice (or of every voice), with words and recording time'))
    .option('-v, --voice <name>', 'only this voice: its name, or a colour group\'s hex or colour name ("unassigned" for text of no voice)')
    .option('--cues', 'show before each line the line that precedes it from another voice')
    .option('--spoken', 'show under each line what the narrator says, where it differs from what is written')
    .action(linesCommand);
  withCommonOptions(script(program.command('summary')).description('one row per voice and one for unassigned text: lines, words, share, time')).action(summaryCommand);
  registerExport(program);
  registerSides(program);
  registerInit(program);
  withCommonOptions(script(program.command('colors').alias('colours').description('every text and background colour found, with words, lines and a sample')), false).action(coloursCommand);
  registerCheck(program);
  registerDiff(program);
  withCommonOptions(program.argument('[file]', 'a script: prints its summary, or its colours when no config is found')).action(async (file: string | undefined, options: CommonOptions) => {
    if (!file) {
      program.outputHelp();
      return;
    }
    await defaultCommand(file, options);
  });
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    // Commands that end with a verdict (check, diff --fail-on-change) set it with setExitCode.
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; any usage mistake is code 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isUserError(error)) {
      process.stderr.write(`vo-lines: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return 2;
    }
    process.stderr.write(`vo-lines: unexpected error: ${(error as Error).message?.split('\n')[0] ?? String(error)}. Please report it with the file if you can${debug ? '' : ' (run with --debug for details)'}.\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    return 2;
  }
}

// Run only when executed as the `vo-lines` command (npx and npm link go through a symlink).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv);
}
