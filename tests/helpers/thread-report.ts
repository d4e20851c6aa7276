/**
 * What vo-lines' worker threads started from, seen from inside them (tests/startup-cache.test.ts,
 * tests/pdf-threads.test.ts): a preload, inherited by every thread of a `node -r PRELOAD …` run, that
 * appends one JSON line to the file named in THREAD_REPORT before each reply a thread sends — the
 * thread's id, how its code was compiled (what src/readers/thread-entry.ts leaves at
 * `Symbol.for('vo-lines.thread-code')`, null when no entry of ours started it), and which of
 * ESM_RUN it has loaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The modules Node loads to run an ES module (a worker started on one), which a CommonJS start never needs. */
export const ESM_RUN = ['module_job', 'module_map', 'translators', 'resolve', 'load', 'get_format'].map((name) => `NativeModule internal/modules/esm/${name}`);

export interface ThreadRecord {
  thread: number;
  code: { bundle: string; code: string; cache: string | null } | null;
  esm: string[];
}

/** Writes the preload into `dir`; returns its path. */
export function writeThreadReportPreload(dir: string): string {
  const preload = join(dir, 'thread-report.cjs');
  writeFileSync(
    preload,
    [
      "const wt = require('node:worker_threads');",
      "const { appendFileSync } = require('node:fs');",
      'if (!wt.isMainThread && wt.parentPort && process.env.THREAD_REPORT) {',
      '  const port = wt.parentPort;',
      '  const post = port.postMessage.bind(port);',
      '  port.postMessage = (value, transfer) => {',
      "    const code = globalThis[Symbol.for('vo-lines.thread-code')] ?? null;",
      `    const esm = ${JSON.stringify(ESM_RUN)}.filter((name) => process.moduleLoadList.includes(name));`,
      "    appendFileSync(process.env.THREAD_REPORT, JSON.stringify({ thread: wt.threadId, code, esm }) + '\\n');",
      '    post(value, transfer);',
      '  };',
      '}',
    ].join('\n'),
  );
  return preload;
}

/**
 * Of ESM_RUN, what Node itself loads in a thread started on a CommonJS file that turns on Node's
 * compile cache (`module.enableCompileCache()`, as our thread entries do where Node has it) and
 * requires another: nothing on Node 20 and 22; on Node 24 the compile cache's own set-up loads the
 * ES-module loader's modules, so a record cannot tell them from a thread that ran an ES module there.
 */
function nodeOwnEsm(dir: string): string[] {
  const entry = join(dir, 'esm-baseline-thread.cjs');
  writeFileSync(join(dir, 'esm-baseline-dep.cjs'), 'module.exports = 1;\n');
  writeFileSync(
    entry,
    [
      "const wt = require('node:worker_threads');",
      "const module_ = require('node:module');",
      "if (typeof module_.enableCompileCache === 'function') module_.enableCompileCache();",
      "require('./esm-baseline-dep.cjs');",
      `wt.parentPort.postMessage(${JSON.stringify(ESM_RUN)}.filter((name) => process.moduleLoadList.includes(name)));`,
    ].join('\n'),
  );
  const main = `const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(entry)}).once('message', (m) => process.stdout.write(JSON.stringify(m)));`;
  const run = spawnSync(process.execPath, ['-e', main], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return JSON.parse(run.stdout) as string[];
}

const ownEsm = new Map<string, string[]>();

let runs = 0;

/**
 * Runs `node -r PRELOAD ARGS` in `cwd`; returns its exit status, output and the threads' records, each
 * distinct one once; a record's `esm` leaves out what Node loads itself (nodeOwnEsm).
 */
export function runWithThreadReports(preload: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string; records: ThreadRecord[] } {
  const dir = dirname(preload);
  if (!ownEsm.has(dir)) ownEsm.set(dir, nodeOwnEsm(dir));
  const own = ownEsm.get(dir)!;
  const file = `${preload}.${process.pid}.${++runs}.jsonl`;
  const run = spawnSync(process.execPath, ['-r', preload, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', THREAD_REPORT: file } });
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
  const records = [...new Set(lines)].map((line) => JSON.parse(line) as ThreadRecord).map((record) => ({ ...record, esm: record.esm.filter((name) => !own.includes(name)) }));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, records: [...new Map(records.map((r) => [JSON.stringify(r), r])).values()] };
}
