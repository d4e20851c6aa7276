/**
 * The entry of the built `vo-lines` command: scripts/bundle-cli.mjs makes this file dist/cli/main.cjs,
 * the package's `bin`. It answers `--version` with nothing loaded, and otherwise loads the command
 * line (main.ts and all it imports, bundled by the build into dist/cli/app.cjs) with its compiled code
 * taken from a cache instead of compiled again at every start:
 *
 * - Node ≥ 22.1: Node's own compile cache (`module.enableCompileCache()`: in NODE_COMPILE_CACHE, else
 *   the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off).
 * - Node 20: the cache the build wrote beside the bundle (dist/cli/app-HASH.v8cache, HASH being that
 *   of app.cjs, so a cache only ever serves the bundle it was made from), made by running a command on
 *   the samples once. V8 checks the cache against its own version and flags and refuses it when they
 *   differ (another Node, `--cpu-prof`…): the bundle is then compiled as usual. Nothing is written at run
 *   time. There is one cache per set of V8 flags a command may run with (v8-flags.ts: a command
 *   reading DOCX files only runs without TurboFan's inlining, it and `check` with a larger interrupt budget),
 *   each made under its flags.
 *
 * bench/startup.mjs measures what this saves (a summary of a small script: about a quarter of its time).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { heapMegabytes, shareThreadRegistry, trackThread, workerExecArgv } from '../readers/threads.js';
import { runCommonJs } from '../readers/commonjs.js';
import { appScript, cacheName } from './app-script.js';
import { pdfToRead } from './pdf-argument.js';
import { toolVersion } from './version.js';
import { setV8Flags, v8FlagsFor } from './v8-flags.js';

/** Set by scripts/bundle-cli.mjs: the first 16 hex digits of app.cjs's SHA-256. */
declare const VO_LINES_APP_HASH: string;

interface App {
  main(argv: string[]): Promise<void>;
}

/** `flags`: the V8 flags set for this command (v8-flags.ts); the cache made under them is taken. */
function loadApp(flags: readonly string[]): App {
  const file = fileURLToPath(new URL('./app.cjs', import.meta.url));
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    enable();
    return createRequire(file)(file) as App;
  }
  const cacheFile = fileURLToPath(new URL(`./${cacheName(VO_LINES_APP_HASH, flags)}`, import.meta.url));
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (a build that could not make one): compiled as usual.
  }
  const script = appScript(readFileSync(file, 'utf8'), file, cachedData);
  const app = runCommonJs(script, file, (specifier: string) => import(specifier)) as App;
  // The build's runs that make the caches (scripts/bundle-cli.mjs): written when the command is done.
  const writeTo = process.env.VO_LINES_WRITE_CODE_CACHE;
  if (writeTo === cacheFile) {
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  return app;
}

/**
 * A command that will read a PDF gets its PDF thread started now, before the command line loads: the
 * thread loads pdf.js meanwhile. The reader (readers/pdf/isolated.ts) takes it from this slot; idle,
 * it does not keep the process alive.
 */
function startPdfThread(pdfBytes: number | undefined): void {
  // No size: no PDF to read, or the path is no file (the command will say what is wrong with it).
  if (pdfBytes === undefined) return;
  // node:worker_threads is loaded here only: a command that reads no PDF never needs it (~2 ms of start).
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(new URL('../readers/pdf/worker.cjs', import.meta.url), { execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: heapMegabytes() } });
  worker.unref();
  // Idle until the reader takes it (which then says when it is busy): the command's end stops it at once.
  trackThread(worker);
  // An error while it waits ends the thread (its 'exit' then keeps the reader from using it); a job's own handlers say what happened to a file.
  worker.on('error', () => undefined);
  const slot = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('vo-lines.early-pdf-thread');
  slot[key] = worker;
  // A thread that ended before the reader took it is not offered.
  worker.once('exit', () => {
    if (slot[key] === worker) delete slot[key];
  });
}

/** The size in bytes of the PDF the command reads first, when it names one that is a file. */
function pdfSize(args: readonly string[]): number | undefined {
  const pdf = pdfToRead(args);
  if (!pdf) return undefined;
  try {
    const stat = statSync(pdf);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${toolVersion()}\n`);
else {
  // Before anything else is compiled (and before the PDF thread starts: flags are the process's).
  const pdfBytes = pdfSize(args);
  const flags = v8FlagsFor(args, pdfBytes);
  setV8Flags(flags);
  shareThreadRegistry();
  startPdfThread(pdfBytes);
  void loadApp(flags).main(process.argv);
}
