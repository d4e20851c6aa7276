/**
 * `vo-lines check [FILES or GLOBS…]`: the rules on every script, for CI and before a session.
 * Wiring only: options → settings, files → results (src/check/), results → renderer, exit code.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { folderHolding } from '../platform/files.js';
import { usageError } from '../errors.js';
import { summarise, type CheckSummary, type FileResult } from '../check/result.js';
import { checkFiles, expandFiles, inArgumentOrder, noMatchResult } from '../check/run.js';
import { renderCheckGithub } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckJunit } from '../render/check-junit.js';
import { renderCheckText } from '../render/check-text.js';
import { withShownConfig } from './paths.js';
import { analyseOptions, print, type CommonOptions } from './options.js';
import { cliCheckSettings, type CliCheckOptions } from '../check/settings.js';

type Format = 'human' | 'json' | 'github' | 'junit';

const RENDERERS: Record<Format, (results: readonly FileResult[], summary: CheckSummary) => string> = {
  human: renderCheckText,
  json: renderCheckJson,
  github: renderCheckGithub,
  junit: renderCheckJunit,
};

/**
 * A file's path from the root of the git repository that holds it, as GitHub places an annotation:
 * GitHub resolves `file=` from the root of the repository of the pull request, whatever the step's
 * working folder (`working-directory: scripts` gives paths from scripts/) and wherever the
 * repository was checked out (`actions/checkout` with `path: scripts`, the check run from the
 * workspace as `check scripts/`: the repository's root is scripts/, not the workspace; the runner
 * itself only makes an absolute path relative to the workspace). The root is the nearest folder
 * above the file that holds `.git` (a folder, or a file in a worktree or a submodule), looked for
 * once per folder of files. Outside a repository the path as given; so is a path outside it.
 */
function fromRepositoryRoot(): (file: string) => string {
  const tops = new Map<string, string | null>();
  return (file) => {
    const path = resolve(file);
    const folder = dirname(path);
    let top = tops.get(folder);
    if (top === undefined) {
      top = folderHolding(path, '.git');
      tops.set(folder, top);
    }
    if (top === null) return file;
    const inRepository = relative(top, path).split(sep).join('/');
    return inRepository === '' || inRepository.startsWith('../') || isAbsolute(inRepository) ? file : inRepository;
  };
}

/** From this many files on, a TTY shows a progress bar. */
const PROGRESS_FROM = 10;

interface CheckOptions extends CommonOptions, CliCheckOptions {
  format: Format;
  threads?: number;
  since?: string;
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


export async function check(patterns: string[], options: CheckOptions): Promise<number> {
  // Two outputs asked for: neither is silently dropped.
  if (options.json && options.format !== 'human' && options.format !== 'json')
    throw usageError(`--json and --format ${options.format} ask for two outputs: give one.`, { kind: 'conflict', options: ['--json', '--format'], format: options.format });
  const cli = cliCheckSettings(options);
  const since = options.since?.trim();
  // A revision is never an option: "-x" would be read by git as one.
  if (since !== undefined && (since === '' || since.startsWith('-'))) throw usageError(`--since "${options.since}": give a git revision such as HEAD~1, main or origin/main.`, { kind: 'invalid-value', option: '--since', value: options.since });
  const format: Format = options.json ? 'json' : options.format;
  // A range, or a revision none of the repositories knows: said once, not for every script.
  const sinceRev = since === undefined ? null : await import('../check/since-rev.js');
  const range = since === undefined ? null : sinceRev!.rangeError(since);
  if (range) throw range;
  const { files, unmatched, leftOut } = await expandFiles(patterns);
  if (since !== undefined) {
    const unknown = await sinceRev!.unknownRevisionError(files, since);
    if (unknown) throw unknown;
  }
  const bar = progressBar(files.length);
  const checked = await checkFiles(files, { analyse: analyseOptions(options), cli, ...(since !== undefined ? { since } : {}) }, { threads: options.threads, onProgress: bar ? (done) => bar(done) : undefined });
  // A pattern that matched nothing stands where it was given among the files (its error first would seem the first file's).
  const results = inArgumentOrder(checked, unmatched, noMatchResult).map(withShownConfig);
  const summary = summarise(results);
  if (leftOut.length) summary.leftOut = leftOut;
  print(format === 'github' ? renderCheckGithub(results, summary, { inRepository: fromRepositoryRoot() }) : RENDERERS[format](results, summary));
  return summary.exitCode;
}
