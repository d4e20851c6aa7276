/**
 * `vo-lines check [FILES or GLOBS…]`: the rules on every script, for CI and before a session.
 * Wiring only: options → settings, files → results (src/check/), results → renderer, exit code.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';
import { usageError } from '../errors.js';
import { summarise, type CheckSummary, type FileResult } from '../check/result.js';
import { checkFiles, expandFiles, noMatchResult } from '../check/run.js';
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
 * A file's path from the root of the git repository of the working folder, as GitHub places an
 * annotation (a step with `working-directory: scripts` gives paths from scripts/): git is asked
 * once, where the working folder lies in its repository (`--show-prefix`, which no symbolic link
 * in the path can throw off). Outside a repository, or without git, the path as given; so is a
 * path outside the repository.
 */
async function fromRepositoryRoot(): Promise<((file: string) => string) | undefined> {
  let top: string;
  let prefix: string;
  try {
    // Loaded only for this output: no other run of check starts a process.
    const { execFileSync } = await import('node:child_process');
    const env = { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
    const out = execFileSync('git', ['rev-parse', '--show-toplevel', '--show-prefix'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    [top = '', prefix = ''] = out.split('\n');
  } catch {
    return undefined;
  }
  if (!top) return undefined;
  return (file) => {
    const path = isAbsolute(file) ? relative(top, file).split(sep).join('/') : posix.normalize(posix.join(prefix, file.split(sep).join('/')));
    return path === '' || path.startsWith('../') || isAbsolute(path) ? file : path;
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
  const { files, unmatched, leftOut } = await expandFiles(patterns);
  const bar = progressBar(files.length);
  const checked = await checkFiles(files, { analyse: analyseOptions(options), cli, ...(since !== undefined ? { since } : {}) }, { threads: options.threads, onProgress: bar ? (done) => bar(done) : undefined });
  const results = [...unmatched.map(noMatchResult), ...checked].map(withShownConfig);
  const summary = summarise(results);
  if (leftOut.length) summary.leftOut = leftOut;
  print(format === 'github' ? renderCheckGithub(results, summary, { inRepository: await fromRepositoryRoot() }) : RENDERERS[format](results, summary));
  return summary.exitCode;
}
