/**
 * `vo-lines check [FILES or GLOBS…]`: the rules on every script, for CI and before a session.
 * Wiring only: options → settings, files → results (src/check/), results → renderer, exit code.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { summarise, type CheckSummary, type FileResult } from '../check/result.js';
import { checkFiles, expandFiles, noMatchResult } from '../check/run.js';
import { renderCheckGithub } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckJunit } from '../render/check-junit.js';
import { renderCheckText } from '../render/check-text.js';
import { analyseOptions, positive, print, setExitCode, withCommonOptions, type CommonOptions } from './options.js';
import { RULES, SINCE_RULES } from '../config/rules.js';
import { cliCheckSettings, type CliCheckOptions } from '../check/settings.js';

const FORMATS = ['human', 'json', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];

const RENDERERS: Record<Format, (results: readonly FileResult[], summary: CheckSummary) => string> = {
  human: renderCheckText,
  json: renderCheckJson,
  github: renderCheckGithub,
  junit: renderCheckJunit,
};

/** From this many files on, a TTY shows a progress bar. */
const PROGRESS_FROM = 10;

interface CheckOptions extends CommonOptions, CliCheckOptions {
  format: Format;
  threads?: number;
  since?: string;
}

function wholeNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return number;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A one-line bar on stderr, only for people: never in CI or when either stream is redirected. */
function progressBar(total: number): ((done: number) => void) | null {
  if (total < PROGRESS_FROM || process.env.CI || !process.stdout.isTTY || !process.stderr.isTTY) return null;
  const size = 30;
  return (done) => {
    const filled = Math.round((done / total) * size);
    process.stderr.write(`\rChecking [${'#'.repeat(filled)}${'-'.repeat(size - filled)}] ${done}/${total} files`);
    if (done === total) process.stderr.write('\r\x1b[K');
  };
}


async function checkCommand(patterns: string[], options: CheckOptions): Promise<void> {
  const cli = cliCheckSettings(options);
  const since = options.since?.trim();
  // A revision is never an option: "-x" would be read by git as one.
  if (since !== undefined && (since === '' || since.startsWith('-'))) throw new UserError(`--since "${options.since}": give a git revision such as HEAD~1, main or origin/main.`, 'usage');
  const format: Format = options.json ? 'json' : options.format;
  const { files, unmatched } = await expandFiles(patterns);
  const bar = progressBar(files.length);
  const checked = await checkFiles(files, { analyse: analyseOptions(options), cli, ...(since !== undefined ? { since } : {}) }, { threads: options.threads, onProgress: bar ? (done) => bar(done) : undefined });
  const results = [...unmatched.map(noMatchResult), ...checked];
  const summary = summarise(results);
  print(RENDERERS[format](results, summary));
  setExitCode(summary.exitCode);
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('check scripts against the contract and the rules; exit 1 when a rule fails, 2 when a file cannot be read')
    .argument('<files...>', 'scripts, folders or globs (quote globs: "scripts/**/*.docx")');
  withCommonOptions(command)
    .option('-v, --voice <name>', 'the voice that --max-words, --max-minutes and --expect-words limit')
    .addOption(new Option('--max-words <n>', 'most words the voice may have').argParser(positive))
    .addOption(new Option('--max-minutes <n>', 'most minutes of recording for the voice').argParser(positive))
    .addOption(new Option('--expect-words <n>', 'words the voice should have').argParser(positive))
    .option('--expect-tolerance <tolerance>', 'how far from --expect-words: a percentage (5%) or a number of words; default 5%')
    .addOption(new Option('--rule <name=level>', `set a rule to error, warning or off (repeatable); rules: ${[...RULES, ...SINCE_RULES].join(', ')}`).argParser(collect))
    .option('--since <rev>', 'compare each script with its version at this git revision: locked voices, maxAddedWords, and a summary of the changes')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('human'))
    .addOption(new Option('--threads <n>', 'worker threads (default: one per core, at most one per file)').argParser(wholeNumber).hideHelp())
    .action(checkCommand);
}
