/**
 * How a worker thread of vo-lines starts in the built package (Node only). scripts/bundle-cli.mjs
 * makes each thread's code — the PDF thread (readers/pdf/worker.ts) and `check`'s worker
 * (check/worker.ts) — one CommonJS bundle, `worker-bundle.cjs`, and a small CommonJS entry beside it,
 * `worker.cjs`, which is the file the thread is started on and calls `runThreadBundle`:
 *
 * - Node 20: the bundle is compiled through node:vm with the V8 code cache the build made beside it
 *   (`worker-bundle-HASH[.FLAGS].v8cache`, one per set of V8 flags the thread may run under — a
 *   thread runs under its process's flags, cli/v8-flags.ts — made by reading samples in the thread),
 *   the one whose header says V8 will accept it (commonjs.ts `pickCodeCache`). Where none can be read,
 *   or V8 refuses it (another Node, other flags), the bundle is compiled as usual.
 * - Node ≥ 22.1: Node's own compile cache (`module.enableCompileCache()`), the bundle loaded by require().
 *
 * Started on a CommonJS file, the thread never runs Node's ES-module loader (resolving, loading and
 * linking module jobs; an empty ES-module worker takes ~5 ms more CPU to start than a CommonJS one),
 * and on Node 20 an ES module's compiled code cannot be cached at all.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { compileCommonJs, pickCodeCache, runCommonJs } from './commonjs.js';

/**
 * How the thread's code was compiled: from the build's code cache (`cache`), compiled as usual
 * because no cache could be read (`compiled`) or because V8 refused the one offered
 * (`cache-rejected`), or left to Node's own compile cache (`compile-cache`, Node ≥ 22.1).
 */
export type ThreadCode = 'cache' | 'compiled' | 'cache-rejected' | 'compile-cache';

/** Where the entry leaves how the thread's code was compiled (`{ bundle, code, cache }`), for tests and benchmarks. */
export const THREAD_CODE = Symbol.for('vo-lines.thread-code');

/**
 * Runs the bundle `bundle` of folder `dir` in this thread, with the first of the code caches
 * `caches` (file names in `dir`) that V8 accepts. The build's runs that make the caches set
 * VO_LINES_WRITE_THREAD_CACHE to the path of one of them: the thread then writes what it has compiled
 * there before each reply it sends (a thread is stopped from outside, with no chance to write at its end).
 */
export function runThreadBundle(dir: string, bundle: string, caches: readonly string[]): void {
  const file = join(dir, bundle);
  const report = (code: ThreadCode, cache: string | null) => {
    (globalThis as Record<symbol, unknown>)[THREAD_CODE] = { bundle, code, cache };
  };
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    enable();
    report('compile-cache', null);
    createRequire(file)(file);
    return;
  }
  const paths = caches.map((name) => join(dir, name));
  const picked = pickCodeCache(paths);
  const script = compileCommonJs(file, readFileSync(file, 'utf8'), picked?.bytes, '__voLinesImport');
  if (!picked) report('compiled', null);
  else report(script.cachedDataRejected ? 'cache-rejected' : 'cache', picked.file.slice(dir.length + 1));
  const writeTo = process.env.VO_LINES_WRITE_THREAD_CACHE;
  if (writeTo && paths.includes(writeTo) && parentPort) {
    const port = parentPort;
    const post = port.postMessage.bind(port);
    port.postMessage = (value: unknown, transfer?: Parameters<typeof post>[1]) => {
      const temp = `${writeTo}.${threadId}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, writeTo);
      post(value, transfer);
    };
  }
  runCommonJs(script, file, (specifier: string) => import(specifier));
}
