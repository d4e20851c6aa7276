#!/usr/bin/env node
/**
 * The `vo-lines` command: commander wiring only. Every command and its options are declared here;
 * a command's code (cli/<command>.ts) is loaded when it runs, so `--help` loads commander alone,
 * `--version` not even that, and each command loads only what it uses.
 */
import { realpathSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { pdfToRead } from './pdf-argument.js';
import { toolVersion } from './version.js';

/** What a command's module exports: its runner, whose result is the exit code (nothing: 0). */
type Runner = (...args: never[]) => Promise<number | void>;

const FORMATS = {
  check: ['human', 'json', 'github', 'junit'],
  diff: ['text', 'md', 'json'],
  export: ['xlsx', 'csv', 'json', 'md', 'dapt'],
  sides: ['pdf', 'docx'],
} as const;

/** Parses argv (as `process.argv`: node, script, arguments…) and runs the command; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const [{ Command, CommanderError, InvalidArgumentError, Option }, { withCommonOptions, positive, wordCount, holdOutput, releaseOutput }, { RULES, SINCE_RULES }] = await Promise.all([
    import('commander'),
    import('./options.js'),
    import('../config/rules.js'),
  ]);
  let code = 0;
  /**
   * How a failure is said on stdout: with `json`, one JSON object naming what the command was
   * working on (`fields`) and the error (cli/failure.ts). Until a command starts, from the words of
   * the command line (a usage mistake commander finds); then from the command's options.
   */
  let failure: { json: boolean; fields: Record<string, unknown>; ci?: CiFormat | null } = { json: jsonWanted(argv), fields: {}, ci: ciFormatWanted(argv) };
  /**
   * The action of a command: loads its module, runs it, keeps its exit code. `fields`: what it works
   * on, from its arguments (default: its one file); `formatJson`: its `--format json` prints JSON too.
   */
  const action =
    <M>(load: () => Promise<M>, pick: (module: M) => Runner, fields: (args: unknown[]) => Record<string, unknown> = ([file]) => ({ file }), formatJson = false) =>
    async (...args: unknown[]) => {
      const last = args.at(-1);
      const options = ((last instanceof Command ? args.at(-2) : last) ?? {}) as { json?: unknown; format?: unknown };
      const json = options.json === true || (formatJson && options.format === 'json');
      failure = { json, fields: fields(args), ci: !json && (options.format === 'github' || options.format === 'junit') ? options.format : null };
      // A JSON document is printed whole or not at all.
      if (failure.json) holdOutput();
      code = (await (pick(await load()) as (...a: unknown[]) => Promise<number | void>)(...args)) ?? 0;
    };
  const wholeNumber = (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
    return number;
  };
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  const program: Command = new Command('vo-lines')
    .description("Find each voice's lines, words and recording time in a colour-coded voice-over script (DOCX or PDF).")
    .version(toolVersion())
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError('(run vo-lines --help for usage)');
  const script = (command: Command) => command.argument('<file>', 'the script: a .docx or .pdf file');

  withCommonOptions(script(program.command('lines')).description('the exact lines of one voice (or of every voice), with words and recording time'))
    .option('-v, --voice <name>', 'only this voice: its name, or a colour group\'s hex or colour name ("unassigned" for text of no voice)')
    .option('--cues', 'show before each line the line that precedes it from another voice')
    .option('--spoken', 'show under each line what the narrator says, where it differs from what is written')
    .action(action(() => import('./lines.js'), (m) => m.lines));

  withCommonOptions(script(program.command('summary')).description('one row per voice and one for unassigned text: lines, words, share, time'))
    .option('-v, --voice <name>', 'only this voice\'s rows, beside the whole script\'s total: its name, or a colour group\'s hex or colour name ("unassigned" for text of no voice)')
    .action(action(() => import('./summary.js'), (m) => m.summary));

  withCommonOptions(
    program
      .command('export')
      .description('write the lines to a file for the studio: .xlsx, .csv, .json, .md or DAPT .ttml (from -o, or --format)')
      .argument('<file>', 'the script: a .docx or .pdf file'),
  )
    .requiredOption('-o, --output <file>', 'the file to write; its extension picks the format')
    .addOption(new Option('--format <format>', 'the format, when the extension does not say it').choices(FORMATS.export))
    .option('-v, --voice <name>', 'only this voice: its name, or a colour group\'s hex or colour name ("unassigned" for text of no voice)')
    .option('--unassigned', 'also export the text of no voice, as a group named "Unassigned"')
    .option('--combined', '(CSV) one file with a Voice column instead of one file per voice')
    .option('--bom', '(CSV) start with a UTF-8 byte order mark, for Excel (the default with --delimiter ;)')
    .option('--no-bom', '(CSV) no byte order mark, even with --delimiter ;')
    .option('--delimiter <char>', "(CSV) between the fields: , (default), ; (French Excel; numbers then with a decimal comma, and a byte order mark) or tab")
    .addOption(new Option('--template <name>', 'the columns a studio tool imports (CSV or XLSX)').choices(['voiceq']))
    .addOption(new Option('--paper <size>', '(XLSX) the paper the sheets are set up to print on, landscape; default a4').choices(['a4', 'letter']))
    .addOption(new Option('--headings <lang>', '(CSV, XLSX) the language of the column headings, sheet names and row labels: en (default) or fr').choices(['en', 'fr']))
    .option('--force', 'overwrite existing outputs')
    .action(action(() => import('./export.js'), (m) => m.exportLines));

  withCommonOptions(
    program
      .command('sides')
      .description('a booth script for a voice: only its lines, in order, each with its cue, in large type (PDF or DOCX)')
      .argument('<file>', 'the script: a .docx or .pdf file'),
  )
    .option('-v, --voice <name>', 'the voice whose lines to print')
    .option('--all', 'one booth script per voice')
    .option('-o, --output <file>', 'the file to write (.pdf or .docx); with --all, the stem of OUT-<voice> names; default <script>-<voice>.pdf here')
    .addOption(new Option('--format <format>', 'pdf or docx, when -o does not say').choices(FORMATS.sides))
    .option('--cues', "show each line's cue, the other voice's line before it (the default)")
    .option('--no-cues', 'leave the cues out')
    .addOption(new Option('--paper <size>', 'page size; default a4').choices(['a4', 'letter']))
    .option('--force', 'overwrite existing outputs')
    .action(action(() => import('./sides.js'), (m) => m.sides));

  withCommonOptions(
    program
      .command('init')
      .description('write a vo-lines.config.yaml beside the script, from its legend or from the colours found, to rename and keep')
      .argument('<file>', 'the script: a .docx or .pdf file'),
    false,
  )
    .option('-f, --force', 'overwrite an existing vo-lines.config.yaml')
    .action(action(() => import('./init.js'), (m) => m.init));

  withCommonOptions(script(program.command('colors').alias('colours').description('every text and background colour found, with words, lines and a sample')), 'config').action(
    action(() => import('./colours.js'), (m) => m.colours),
  );

  withCommonOptions(
    program
      .command('check')
      .description('check scripts against the contract and the rules; exit 1 when a rule fails, 2 when a file cannot be read')
      .argument('<files...>', 'scripts, folders or globs (quote globs: "scripts/**/*.docx")'),
  )
    .option('-v, --voice <name>', 'the voice that --max-words, --max-minutes and --expect-words limit')
    .addOption(new Option('--max-words <n>', 'most words the voice may have').argParser(wordCount))
    .addOption(new Option('--max-minutes <n>', 'most minutes of recording for the voice').argParser(positive))
    .addOption(new Option('--expect-words <n>', 'words the voice should have').argParser(wordCount))
    .option('--expect-tolerance <tolerance>', 'how far from --expect-words: a percentage (5%) or a number of words; default 5%')
    .addOption(new Option('--rule <name=level>', `set a rule to error, warning or off (repeatable); rules: ${[...RULES, ...SINCE_RULES].join(', ')}`).argParser(collect))
    .option('--since <rev>', 'compare each script with its version at this git revision: locked voices, maxAddedWords, and a summary of the changes')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS.check).default('human'))
    .addOption(new Option('--threads <n>', 'threads at once; 1: one file at a time').argParser(wholeNumber))
    .action(action(() => import('./check.js'), (m) => m.check, () => ({}), true));

  withCommonOptions(
    program
      .command('diff')
      .description('what changed for each voice between two versions of a script (DOCX or PDF, in any mix)')
      .argument('<old>', 'the earlier script, e.g. the approved PDF proof')
      .argument('<new>', 'the later script, e.g. the final DOCX'),
  )
    .option('-v, --voice <name>', 'only this voice ("unassigned" for text of no voice)')
    .option('--fail-on-change [voice]', 'exit 1 when any voice changed (with --voice: that voice), or only this voice (write --fail-on-change=NAME, or put it after the files)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS.diff).default('text'))
    .action(action(() => import('./diff.js'), (m) => m.diff, ([old, now]) => ({ old, new: now }), true));

  // The narrator's page: a static server on the loopback until Ctrl+C (cli/web.ts).
  program
    .command('web')
    .description("serve the narrator's page on this computer: drop a script in the browser, see your lines (nothing is uploaded)")
    .option('--port <n>', 'the port (0: any free port)', '8457')
    .option('--host <address>', 'a loopback address to serve on: 127.0.0.1, ::1 or localhost', '127.0.0.1')
    .option('--no-open', 'do not open the default browser')
    .option('--debug', 'show the stack trace of an error')
    .action(action(() => import('./web.js'), (m) => m.runWeb));

  withCommonOptions(program.argument('[file]', 'a script: prints its summary, or its colours when no config is found')).action(async (file: string | undefined, options: object) => {
    if (!file) return void program.outputHelp();
    await action(() => import('./default.js'), (m) => m.summaryOrColours)(file, options);
  });
  for (const command of program.commands) command.exitOverride();

  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    releaseOutput(true);
    return code;
  } catch (error) {
    // Nothing the command printed before it failed: its JSON would be cut short.
    releaseOutput(false);
    // Help and version end with code 0; any usage mistake is code 2 (commander has said it on stderr).
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    const { commanderErrorData, errorData, failureJson, unexpectedLine } = await import('./failure.js');
    if (failure.json) process.stdout.write(failureJson(failure.fields, error instanceof CommanderError ? commanderErrorData(error) : errorData(error)));
    // check's CI formats: the error as an annotation, or a JUnit report of it (never an empty report file).
    else if (failure.ci && (error instanceof CommanderError || (await import('../errors.js')).isUserError(error))) {
      const data = error instanceof CommanderError ? commanderErrorData(error) : errorData(error);
      const render = failure.ci === 'github' ? (await import('../render/check-github.js')).renderCheckGithubFailure : (await import('../render/check-junit.js')).renderCheckJunitFailure;
      process.stdout.write(render(data));
    }
    if (error instanceof CommanderError) return 2;
    const { isUserError } = await import('../errors.js');
    if (isUserError(error)) {
      process.stderr.write(`vo-lines: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return 2;
    }
    process.stderr.write(`vo-lines: ${unexpectedLine(error)}${debug ? '' : ' (run with --debug for details)'}.\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    return 2;
  }
}

/**
 * Whether the command line asks for JSON, read from its words before commander parses it (for a
 * mistake commander finds): `--json`, or `check`'s and `diff`'s `--format json` (`-f json`,
 * `--format=json`, `-fjson`); `export --format json` is the file's format, not the output's.
 */
function jsonWanted(argv: readonly string[]): boolean {
  const words = argv.slice(2);
  const end = words.indexOf('--');
  const options = end === -1 ? words : words.slice(0, end);
  if (options.includes('--json')) return true;
  if (options[0] !== 'check' && options[0] !== 'diff') return false;
  return options.some((word, i) => word === '--format=json' || word === '-fjson' || ((word === '--format' || word === '-f') && options[i + 1] === 'json'));
}

type CiFormat = 'github' | 'junit';

/** `check -f github|junit` (`--format=junit`, `-fgithub`), read from the command line's words before commander parses it (for a mistake commander finds); not with --json. */
function ciFormatWanted(argv: readonly string[]): CiFormat | null {
  const words = argv.slice(2);
  const end = words.indexOf('--');
  const options = end === -1 ? words : words.slice(0, end);
  if (options[0] !== 'check' || options.includes('--json')) return null;
  for (const [i, word] of options.entries()) {
    const value = word.startsWith('--format=') ? word.slice(9) : word.startsWith('-f') && word.length > 2 ? word.slice(2) : word === '--format' || word === '-f' ? options[i + 1] : undefined;
    if (value === 'github' || value === 'junit') return value;
  }
  return null;
}

/**
 * A reader that stops reading (`vo-lines lines FILE | head -1`) closes stdout: that ends the command
 * quietly, with the exit code it has so far, instead of an EPIPE stack trace.
 */
function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    endProcess(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** Set by scripts/bundle-cli.mjs in dist/cli/app.cjs, which launch.ts loads and runs. */
declare const VO_LINES_BUNDLED: true | undefined;

/**
 * Where readers/threads.ts keeps the command's threads alive (`shareThreadRegistry`, which the
 * launcher calls first, in its own bundle): one registry for the launcher's bundle and this one.
 */
const THREADS = Symbol.for('vo-lines.threads');

/** The `vo-lines` command as a user runs it (argv as `process.argv`): runs it and sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  // (As shareThreadRegistry does, without loading threads.ts: a command may start no thread.)
  (globalThis as { [THREADS]?: Map<unknown, unknown> })[THREADS] ??= new Map();
  endQuietlyWhenStdoutCloses();
  // A PDF to read (not by `check`, whose threads read their own, nor `web`): its reading threads
  // start now and load pdf.js while the command starts up (readers/pdf/isolated.ts).
  const pdf = pdfToRead(argv.slice(2));
  if (pdf) void import('../readers/pdf/isolated.js').then((m) => m.prepareToReadPdf(pdf));
  const code = await run(argv);
  process.exitCode = code;
  // `web` serves until stopped; any other command is done: it ends once what it printed is written.
  if (argv[2] !== 'web') exitOnceWritten(code);
}

/**
 * Ends the process with `code`: `process.exit` when vo-lines started no thread (threads.ts is not
 * even loaded then); else threads.ts `endProcess`, which does not wait for a thread stuck where V8
 * cannot stop it (a file that ran out of time in one long native stretch): the process then ends
 * STOP_GRACE_MS (0.5 s) after what it printed is written, with its exit code, not when that stretch
 * ends. `onlyForThreads`: end it only when a thread is at work or being stopped (else let it end as usual).
 */
function endProcess(code: number, onlyForThreads = false): void {
  const threads = (globalThis as { [THREADS]?: Map<unknown, unknown> })[THREADS];
  if (!threads?.size) {
    if (!onlyForThreads) process.exit(code);
    return;
  }
  void import('../readers/threads.js').then((m) => {
    if (!onlyForThreads || m.threadsAtWork()) m.endProcess(code);
  });
}

/**
 * Ends the process as soon as stdout and stderr have taken what was printed, instead of waiting for
 * Node to wind down on its own: V8 would first finish work the command no longer needs (a last
 * garbage collection, compiling functions that will not run again), ~7 ms of a large DOCX's
 * summary (bench/README.md). Node ≥ 22.1 writes its compile cache first (launch.ts).
 */
function exitOnceWritten(code: number): void {
  const { flushCompileCache, enableCompileCache } = module as { flushCompileCache?: () => void; enableCompileCache?: () => unknown };
  // A Node that keeps a compile cache but cannot be asked to write it now: left to end as usual (it
  // writes the cache as it ends), unless a thread is at work, which Node's own end would wait for.
  const endsAsUsual = typeof enableCompileCache === 'function' && typeof flushCompileCache !== 'function';
  let pending = 2;
  const written = () => {
    if (--pending > 0) return;
    flushCompileCache?.();
    endProcess(code, endsAsUsual);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

// Run when this file is executed itself (tsc's output, e.g. `node dist/cli/main.js` before bundling).
// The built command enters through launch.ts instead, which loads this module from dist/cli/app.cjs.
if (typeof VO_LINES_BUNDLED === 'undefined' && process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${toolVersion()}\n`);
  else {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
    void main(process.argv);
  }
}
