/**
 * Files → check results: expands globs, then checks each script — on a pool of worker threads
 * (`worker.ts`) when there are several, in this thread when there is one. Results keep the order
 * of the files, whatever order the workers finish in.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_TIMEOUT_SECONDS, timedOut } from '../budget.js';
import { isUserError } from '../errors.js';
import type { Warning } from '../model.js';
import { heapMegabytes, outOfMemory, workerExecArgv } from '../readers/threads.js';
import { analyse, type AnalyseOptions } from '../pipeline.js';
import type { FileResult, SinceSummary } from './result.js';
import { findingsOf, runRules, sectionRuleApplies } from './rules.js';
import { DEFAULT_LEVELS, SINCE_RULES, type Level, type RuleName } from '../config/rules.js';
import { mergeContracts, type CliCheckSettings } from './settings.js';
import { sinceSummary, type SinceInput } from './since-rules.js';

/** Everything a worker needs to check a file: plain data, sent once to each worker. */
export interface CheckSettings {
  analyse: AnalyseOptions;
  cli: CliCheckSettings;
  /** `--since REV`: compare each script with its version at this git revision (each worker runs git itself). */
  since?: string;
}

function errorResult(file: string, code: string, message: string): FileResult {
  return { file, status: 'error', format: null, config: null, voices: [], total: null, recorded: null, legend: null, levels: null, checks: [], findings: [], notes: [], error: { code, message } };
}

/** Reads, analyses and checks one script. Never throws: a file that cannot be read is a result too. */
export async function checkFile(file: string, settings: CheckSettings): Promise<FileResult> {
  try {
    const analysis = await analyse(file, settings.analyse);
    const { script, config, voiceMap, report } = analysis;
    if (!voiceMap && !settings.analyse.noConfig) return noVoiceMap(file, report.warnings);
    const locked = config?.locked ?? [];
    const levels: Partial<Record<RuleName, Level>> = { ...(config?.rules ?? DEFAULT_LEVELS), ...settings.cli.rules };
    const contract = mergeContracts(config?.contract ?? {}, settings.cli.contract);
    let since: SinceInput | undefined;
    let summary: SinceSummary | undefined;
    if (settings.since !== undefined) {
      // git and the comparison are loaded only with --since.
      const { compareSince } = await import('./since.js');
      const { diff, existed } = await compareSince(file, settings.since, analysis, settings.analyse);
      since = { rev: settings.since, diff, locked };
      summary = sinceSummary(since, existed);
    } else {
      // Without --since the rules on changes are not checked: not listed as in force either.
      for (const rule of SINCE_RULES) delete levels[rule];
    }
    // Like the rules of --since, section-time is listed as in force only where it can find something.
    if (!sectionRuleApplies(report)) delete levels['section-time'];
    const checks = runRules({ report, facts: script.facts, contract, levels, ...(since ? { since } : {}) });
    const findings = findingsOf(checks);
    return {
      file,
      status: findings.some((f) => f.level === 'error') ? 'fail' : 'pass',
      format: report.format,
      config: report.config,
      voices: report.voices.map(({ name, lineCount, words, spokenWords, seconds, wpm }) => ({ name, lineCount, words, spokenWords, seconds, wpm })),
      total: { words: report.total.words, seconds: report.total.seconds },
      recorded: report.recorded,
      legend: report.mode === 'legend' ? report.legend : null,
      levels,
      checks,
      findings,
      notes: script.warnings,
      ...(summary ? { since: summary } : {}),
    };
  } catch (error) {
    if (isUserError(error)) return errorResult(file, error.code, error.message);
    const message = (error as Error)?.message?.split('\n')[0] ?? String(error);
    return errorResult(file, 'unexpected', `unexpected error: ${message}. Please report it with the file if you can.`);
  }
}

/**
 * Nothing to check the voices against (no config, no legend to trust): the colour groups would pass
 * every rule while meaning nothing, so the file is an input error unless --no-config asks for them.
 */
function noVoiceMap(file: string, warnings: readonly Warning[]): FileResult {
  const rejected = warnings.find((w) => w.code === 'legend-rejected');
  const reasons = (rejected?.details as { reasons?: { message: string }[] } | undefined)?.reasons?.map((r) => r.message).join('; ');
  const found = rejected ? `its legend cannot be trusted (${reasons})` : 'it has no legend';
  return errorResult(
    file,
    'no-voice-map',
    `${file}: no config beside it or above, and ${found}: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init ${file}, or pass --no-config to check the colour groups.`,
  );
}

export interface ExpandedFiles {
  files: string[];
  /** Patterns that matched no file: each is reported as an input error. */
  unmatched: string[];
}

const SCRIPT_GLOB = '**/*.{docx,pdf,DOCX,PDF}';

/**
 * FILES or GLOBS → files, in the order given, each glob's matches sorted, duplicates dropped.
 * A path that exists is taken as it is (even with `[` or `*` in its name); a folder means the
 * scripts in it and below; node_modules and dot-folders are never searched.
 */
export async function expandFiles(patterns: readonly string[], cwd = process.cwd()): Promise<ExpandedFiles> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    let stat;
    try {
      stat = statSync(resolve(cwd, pattern));
    } catch {
      stat = null;
    }
    if (stat?.isFile() || (!stat && !isDynamicPattern(pattern))) {
      add(pattern); // a missing plain path is reported by the reader as "no such file"
      continue;
    }
    const search = stat?.isDirectory() ? `${pattern.replace(/[\\/]+$/, '')}/${SCRIPT_GLOB}` : pattern;
    const matches = await glob(search, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern), ignore: ['**/node_modules/**'] });
    if (matches.length === 0) unmatched.push(pattern);
    matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach(add);
  }
  return { files, unmatched };
}

export function noMatchResult(pattern: string): FileResult {
  return errorResult(pattern, 'no-match', `no file matches "${pattern}".`);
}

/** Set by scripts/bundle-cli.mjs in the CLI's bundles, whose chunks sit in dist/cli/. */
declare const VO_LINES_BUNDLED: true | undefined;

export interface RunOptions {
  /** Threads checking files (this one and workers); default from the batch (defaultThreads). 1 checks in this thread. */
  threads?: number;
  /** Called after each file is checked. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Files a worker thread must have before it pays for itself: it first loads the modules and, for a
 * PDF, pdf.js (about 0.3–0.4 s of CPU, as much as a dozen small scripts take to check), and on a
 * machine of few cores it competes with this thread for them (bench/check.mjs measures).
 */
export const FILES_PER_THREAD = 16;

/** Threads for a batch: one per FILES_PER_THREAD files, at most one per core; a small batch stays in this thread. */
export function defaultThreads(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(fileCount / FILES_PER_THREAD)));
}

/** Checks every file; results in the order of `files`. */
export async function checkFiles(files: readonly string[], settings: CheckSettings, options: RunOptions = {}): Promise<FileResult[]> {
  const threads = Math.max(1, Math.min(files.length, options.threads ?? defaultThreads(files.length)));
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finished = (index: number, result: FileResult) => {
    results[index] = result;
    options.onProgress?.(++done, files.length);
  };
  // One shared queue. This thread takes files too: it is warm already, while each worker first
  // spends a while loading the modules (and pdf.js), so `threads` means threads working, not workers.
  let next = 0;
  const take = (): Job | null => (next < files.length ? { index: next, file: files[next++]! } : null);
  const here = async () => {
    for (let job = take(); job; job = take()) {
      finished(job.index, await checkFile(job.file, settings));
      // Let worker results in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([here(), threads > 1 ? runPool(take, settings, threads - 1, finished) : Promise.resolve()]);
  return results;
}

interface Job {
  index: number;
  file: string;
}

/** Jobs each worker holds: the one it works on and the next, so it never waits for this thread to hand it one. */
const IN_FLIGHT = 2;

function runPool(take: () => Job | null, settings: CheckSettings, threads: number, finished: (index: number, result: FileResult) => void): Promise<void> {
  const workerUrl = typeof VO_LINES_BUNDLED !== 'undefined' ? new URL('../check/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
  const seconds = settings.analyse.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  // A little over the file's own budget: the reader's own check should speak first where it can.
  const limit = seconds > 0 && Number.isFinite(seconds) ? seconds * 1000 + 2000 : null;
  let running = 0;
  /** Jobs a stopped worker had been given but had not started: the next worker takes them first. */
  const retry: Job[] = [];
  const nextJob = (): Job | null => retry.shift() ?? take();
  return new Promise((resolvePool) => {
    const startWorker = () => {
      // Each thread gets the heap this one has, so `--max-old-space-size` bounds them all alike.
      const worker = new Worker(workerUrl, { workerData: settings, execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
      running++;
      /** The jobs sent to this worker, in the order it works on them: the first is the one under way. */
      const inFlight: Job[] = [];
      let timer: NodeJS.Timeout | undefined;
      /** The worker reads PDFs in its own thread, where pdf.js cannot be interrupted: past its budget a file is stopped from here, with the worker. */
      const watch = () => {
        clearTimeout(timer);
        const job = inFlight[0];
        if (!job || limit === null) return;
        timer = setTimeout(() => {
          if (inFlight[0] !== job) return;
          const stopped = timedOut(job.file, seconds);
          stop(errorResult(job.file, stopped.code, stopped.message));
          void worker.terminate();
        }, limit);
      };
      /** The job under way failed with `result`; the others go back to the queue, for a fresh worker if any is left. */
      const stop = (result: FileResult | null) => {
        clearTimeout(timer);
        const [job, ...unstarted] = inFlight.splice(0);
        if (job && result) finished(job.index, result);
        retry.unshift(...unstarted);
        const more = nextJob();
        if (more) {
          retry.unshift(more);
          startWorker();
        }
      };
      const feed = () => {
        while (inFlight.length < IN_FLIGHT) {
          const job = nextJob();
          if (!job) break;
          inFlight.push(job);
          worker.postMessage(job);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on('message', (message: { index: number; result: FileResult }) => {
        const at = inFlight.findIndex((job) => job.index === message.index);
        if (at >= 0) inFlight.splice(at, 1);
        finished(message.index, message.result);
        watch();
        feed();
      });
      // A worker that dies (out of memory, a bug) fails its file only; a fresh worker takes over.
      worker.on('error', (error: Error & { code?: string }) => {
        const job = inFlight[0];
        if (!job) return stop(null);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const refused = outOfMemory(job.file);
          stop(errorResult(job.file, refused.code, refused.message));
        } else stop(errorResult(job.file, 'unexpected', `unexpected error: ${error.message.split('\n')[0]}. Please report it with the file if you can.`));
      });
      worker.on('exit', () => {
        const job = inFlight[0];
        if (job) stop(errorResult(job.file, 'unexpected', 'unexpected error: the worker thread stopped. Please report it with the file if you can.'));
        clearTimeout(timer);
        if (--running === 0) resolvePool();
      });
      feed();
      watch();
    };
    for (let i = 0; i < threads; i++) startWorker();
    if (threads === 0) resolvePool();
  });
}
