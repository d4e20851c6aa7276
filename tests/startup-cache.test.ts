/**
 * The built CLI starts from a code cache on Node 20 (src/cli/launch.ts, scripts/bundle-cli.mjs): the
 * build's cache serves the bundle it was made from and is accepted by the Node that made it; a
 * missing or damaged cache only costs time — the command's output is the same. Our PDF threads load
 * pdf.js from the build's bundle of it with its code cache (src/readers/pdf/pdfjs.ts), and read a PDF
 * exactly as pdf.js's own modules do. Our two worker threads start from CommonJS entries that run each
 * thread's bundle with the code cache the build made for it (src/readers/thread-entry.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheName, codeCacheName } from '../src/cli/app-script.js';
import { CHECK_V8_FLAGS, DOCX_V8_FLAGS, LONG_PDF_BYTES, v8FlagsFor } from '../src/cli/v8-flags.js';
import { codeCacheFor } from '../src/readers/commonjs.js';
import { runWithThreadReports, writeThreadReportPreload } from './helpers/thread-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli');
const sample = join(root, 'samples', 'fr-elearning', 'module-securite.docx');
const nodeHasItsOwnCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function summary(main: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [main, 'summary', sample], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'vo-lines-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the code cache of the built CLI', () => {
  const hash = createHash('sha256').update(readFileSync(join(cli, 'app.cjs'))).digest('hex').slice(0, 16);

  /** The sets of V8 flags commands run with: none, a DOCX's, check's (Node 20; elsewhere only none). */
  const flagSets = [...new Map([[], DOCX_V8_FLAGS, CHECK_V8_FLAGS].map((flags) => [flags.join(' '), flags])).values()];

  it.skipIf(nodeHasItsOwnCache)('the build made a cache per set of V8 flags a command runs with, named after the bundle it serves, and this Node accepts each under its flags', () => {
    expect(readdirSync(cli).filter((name) => name.endsWith('.v8cache')).sort()).toEqual(flagSets.map((flags) => cacheName(hash, flags)).sort());
    // Each in a process of its own, as the launcher runs: its flags set first.
    const accepted = (cacheFlags: readonly string[], runFlags: readonly string[]) => {
      const code = [
        `const { setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(cli, 'v8-flags.js')).href)});`,
        `const { appScript } = await import(${JSON.stringify(pathToFileURL(join(cli, 'app-script.js')).href)});`,
        "const { readFileSync } = await import('node:fs');",
        `setV8Flags(${JSON.stringify(runFlags)});`,
        `const file = ${JSON.stringify(join(cli, 'app.cjs'))};`,
        `const script = appScript(readFileSync(file, 'utf8'), file, readFileSync(${JSON.stringify(join(cli, cacheName(hash, cacheFlags)))}));`,
        'process.stdout.write(String(!script.cachedDataRejected));',
      ].join('\n');
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(run.stderr).toBe('');
      return run.stdout;
    };
    for (const flags of flagSets) expect(accepted(flags, flags)).toBe('true');
    // Why there is one per set: under other flags V8 refuses a cache.
    for (const flags of flagSets.slice(1)) expect(accepted([], flags)).toBe('false');
  });

  it('check runs under CHECK_V8_FLAGS, a command reading DOCX files and no PDF under DOCX_V8_FLAGS (Node 20 only, where they were measured); any other under none', () => {
    const node20 = process.versions.node.startsWith('20.');
    expect(DOCX_V8_FLAGS).toEqual(node20 ? ['--no-turbo-inlining', '--interrupt-budget=350000', '--no-regexp-tier-up'] : []);
    expect(CHECK_V8_FLAGS).toEqual(node20 ? ['--interrupt-budget=350000'] : []);
    expect(v8FlagsFor(['summary', 'a.docx'])).toBe(DOCX_V8_FLAGS);
    expect(v8FlagsFor(['diff', 'old.DOCX', 'new.docx', '--json'])).toBe(DOCX_V8_FLAGS);
    expect(v8FlagsFor(['sides', 'a.docx', '-o', 'sides.pdf'])).toBe(DOCX_V8_FLAGS);
    for (const args of [['check', 'scripts/a.docx'], ['check', 'a.pdf', '--threads', '1'], ['check']]) expect(v8FlagsFor(args)).toBe(CHECK_V8_FLAGS);
    for (const args of [['summary', 'a.pdf'], ['diff', 'a.docx', 'b.pdf'], ['web'], ['init'], ['--help'], []]) expect(v8FlagsFor(args)).toEqual([]);
    // A PDF of LONG_PDF_BYTES or more (its size given by the launcher): check's flags; a shorter one, none.
    expect(LONG_PDF_BYTES).toBe(256 * 1024);
    expect(v8FlagsFor(['summary', 'a.pdf'], LONG_PDF_BYTES)).toBe(CHECK_V8_FLAGS);
    expect(v8FlagsFor(['lines', 'a.pdf', '--voice', 'Mia'], 3_000_000)).toBe(CHECK_V8_FLAGS);
    expect(v8FlagsFor(['summary', 'a.pdf'], LONG_PDF_BYTES - 1)).toEqual([]);
    expect(v8FlagsFor(['web'], LONG_PDF_BYTES)).toEqual([]);
    expect(v8FlagsFor(['summary', 'a.docx'], LONG_PDF_BYTES)).toBe(DOCX_V8_FLAGS);
  });

  it('the bin of earlier versions, dist/cli/main.js (npx may still link to it), is the same launcher and gives the same output', () => {
    const expected = summary(join(cli, 'main.cjs'));
    expect(expected.status).toBe(0);
    expect(summary(join(cli, 'main.js'))).toEqual(expected);
    expect(readFileSync(join(cli, 'main.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('without a cache, or with a damaged one, the command gives the same output', () => {
    const expected = summary(join(cli, 'main.cjs'));
    expect(expected.status).toBe(0);
    expect(expected.stdout).toContain('To record: 762 words');
    const copy = join(temp, 'dist', 'cli');
    mkdirSync(copy, { recursive: true });
    for (const name of ['main.cjs', 'app.cjs']) copyFileSync(join(cli, name), join(copy, name));
    copyFileSync(join(root, 'package.json'), join(temp, 'package.json'));
    expect(summary(join(copy, 'main.cjs'))).toEqual(expected);
    writeFileSync(join(copy, cacheName(hash)), createHash('sha512').update('not a cache').digest());
    expect(summary(join(copy, 'main.cjs'))).toEqual(expected);
    // A cache of another bundle is never looked at: its name is another bundle's.
    writeFileSync(join(copy, 'app.cjs'), `${readFileSync(join(copy, 'app.cjs'), 'utf8')}\n// edited\n`);
    expect(summary(join(copy, 'main.cjs'))).toEqual(expected);
  });
});

describe('pdf.js in our threads: the build\'s bundle and its code cache', () => {
  const pdfDir = join(root, 'dist', 'readers', 'pdf');
  const readIn = (ownRealm: boolean) => {
    const code = [
      `const pdfjs = await import(${JSON.stringify(join(pdfDir, 'pdfjs.js'))});`,
      `const { readPdf } = await import(${JSON.stringify(join(pdfDir, 'index.js'))});`,
      "const { readFileSync } = await import('node:fs');",
      ownRealm ? 'pdfjs.pdfJsInOwnRealm();' : '',
      `const script = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(join(root, 'samples', 'en-commercial', 'spring-sale.pdf'))})), 'spring-sale.pdf', {});`,
      'process.stdout.write(JSON.stringify({ from: pdfjs.pdfJsLoadedFrom(), script }));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { from: string; script: unknown };
  };

  /** The sets of V8 flags a PDF thread runs under: a PDF's summary's (none) and check's. */
  const pdfFlagSets = [...new Map([v8FlagsFor(['summary', 'a.pdf']), CHECK_V8_FLAGS].map((flags) => [flags.join(' '), flags])).values()];

  it('the build made one bundle of pdf.js and a cache of it per set of V8 flags a PDF thread runs under, named after the bundle', () => {
    const names = readdirSync(pdfDir).filter((name) => name.startsWith('pdfjs-legacy-'));
    const bundle = names.find((name) => name.endsWith('.cjs'))!;
    const stem = bundle.replace(/\.cjs$/, '');
    expect(names.sort()).toEqual([bundle, ...(nodeHasItsOwnCache ? [`${stem}.v8cache`] : pdfFlagSets.map((flags) => codeCacheName(stem, flags)))].sort());
    expect(bundle.slice('pdfjs-legacy-'.length, -'.cjs'.length)).toBe(createHash('sha256').update(readFileSync(join(pdfDir, bundle))).digest('hex').slice(0, 16));
    expect(readFileSync(join(pdfDir, bundle), 'utf8').slice(0, 400)).toContain('Apache License 2.0');
  });

  it('a thread takes the cache its V8 flags allow, whatever the order it is offered them in', () => {
    const caches = readdirSync(pdfDir).filter((name) => name.startsWith('pdfjs-legacy-') && name.endsWith('.v8cache')).map((name) => join(pdfDir, name));
    const plain = caches.find((file) => /pdfjs-legacy-[0-9a-f]{16}\.v8cache$/.test(file))!;
    // This process runs under no flags of ours (compared as bytes: toEqual walks 4 MB slowly).
    const plainBytes = readFileSync(plain);
    expect(codeCacheFor([...caches].reverse())?.equals(plainBytes)).toBe(true);
    expect(codeCacheFor(caches)?.equals(plainBytes)).toBe(true);
    // None readable: none; none matching (another Node's): the first, which V8 will check.
    expect(codeCacheFor([join(temp, 'none.v8cache')])).toBeUndefined();
    const foreign = join(temp, 'foreign.v8cache');
    writeFileSync(foreign, Buffer.alloc(64, 7));
    expect(codeCacheFor([foreign, join(temp, 'none.v8cache')])).toEqual(Buffer.alloc(64, 7));
    // Under each set of flags a PDF thread runs with, pdf.js loads with its cache accepted.
    for (const flags of pdfFlagSets) {
      const code = [
        `const { setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(cli, 'v8-flags.js')).href)});`,
        `setV8Flags(${JSON.stringify(flags)});`,
        `const pdfjs = await import(${JSON.stringify(pathToFileURL(join(pdfDir, 'pdfjs.js')).href)});`,
        'pdfjs.pdfJsInOwnRealm();',
        'await pdfjs.loadPdfJs();',
        'process.stdout.write(pdfjs.pdfJsLoadedFrom());',
      ].join('\n');
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(run.stderr).toBe('');
      expect([flags, run.stdout]).toEqual([flags, nodeHasItsOwnCache ? expect.any(String) : 'bundle+cache']);
    }
  });

  it('a thread of ours loads it with the cache accepted, and reads a PDF exactly as the modules do', () => {
    const own = readIn(true);
    const modules = readIn(false);
    expect(own.from).toBe('bundle+cache');
    expect(modules.from).toBe('modules');
    expect(own.script).toEqual(modules.script);
  });
});

describe('the worker threads: CommonJS entries that run their bundles with the code cache the build made', () => {
  const pdfDir = join(root, 'dist', 'readers', 'pdf');
  const checkDir = join(root, 'dist', 'check');
  const bundleHash = (dir: string) => createHash('sha256').update(readFileSync(join(dir, 'worker-bundle.cjs'))).digest('hex').slice(0, 16);
  /** The flag sets a PDF thread runs under (a PDF's summary: none; check's), and a check worker (check's). */
  const pdfFlagSets = [...new Map([v8FlagsFor(['summary', 'a.pdf']), CHECK_V8_FLAGS].map((flags) => [flags.join(' '), flags])).values()];
  const preload = writeThreadReportPreload(temp);
  /** Runs `node -r preload ARGS`: its exit status and how each thread's code was compiled (each distinct report once, whichever thread). */
  const withReports = (args: string[]): { status: number | null; stderr: string; reports: unknown[] } => {
    const run = runWithThreadReports(preload, args, root);
    const reports = [...new Set(run.records.map(({ code, esm }) => JSON.stringify({ code, esm })))].map((line) => JSON.parse(line) as unknown);
    return { status: run.status, stderr: run.stderr, reports };
  };
  const fromCache = (dir: string, flags: readonly string[]) => ({
    code: nodeHasItsOwnCache
      ? { bundle: 'worker-bundle.cjs', code: 'compile-cache', cache: null }
      : { bundle: 'worker-bundle.cjs', code: 'cache', cache: codeCacheName(`worker-bundle-${bundleHash(dir)}`, flags) },
    esm: [],
  });

  it('the build wrote each thread an entry, a bundle and a cache per set of V8 flags the thread runs under, named after the bundle', () => {
    const files = (dir: string) => readdirSync(dir).filter((name) => /^worker[.-]/.test(name) && !/\.(js|d\.ts|js\.map)$/.test(name)).sort();
    const caches = (dir: string, sets: readonly (readonly string[])[]) => (nodeHasItsOwnCache ? [] : sets.map((flags) => codeCacheName(`worker-bundle-${bundleHash(dir)}`, flags)));
    expect(files(pdfDir)).toEqual(['worker-bundle.cjs', ...caches(pdfDir, pdfFlagSets), 'worker.cjs'].sort());
    expect(files(checkDir)).toEqual(['worker-bundle.cjs', ...caches(checkDir, [CHECK_V8_FLAGS]), 'worker.cjs'].sort());
    // ASCII only (read into a one-byte string), strict, its own URL for import.meta.url.
    for (const dir of [pdfDir, checkDir]) {
      const code = readFileSync(join(dir, 'worker-bundle.cjs'), 'latin1');
      expect(/[^\x00-\x7f]/.test(code)).toBe(false);
      expect(code.split('\n')[0]).toMatch(/^'use strict'; var __voLinesMetaUrl = /);
    }
  });

  it("a PDF's summary: the PDF thread's code comes from its cache made under no flags, and the thread never runs Node's ES-module loader", () => {
    const run = withReports([join(cli, 'main.cjs'), 'summary', join(root, 'samples', 'en-commercial', 'spring-sale.pdf')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.reports).toEqual([fromCache(pdfDir, [])]);
  });

  it("check: its PDF thread and its check worker each take the cache made under check's flags, and neither runs the ES-module loader", () => {
    // Six DOCX files on two threads: a check worker takes some (tests/check.test.ts); the PDFs go to a PDF thread.
    const folder = join(temp, 'check-batch');
    mkdirSync(folder, { recursive: true });
    for (let i = 1; i <= 6; i++) copyFileSync(join(root, 'samples', 'fr-elearning', 'module-securite.docx'), join(folder, `script-${i}.docx`));
    const docx = withReports([join(cli, 'main.cjs'), 'check', folder, '--threads', '2', '--format', 'json']);
    expect([0, 1]).toContain(docx.status);
    expect(docx.reports).toEqual([fromCache(checkDir, CHECK_V8_FLAGS)]);
    const pdfs = withReports([join(cli, 'main.cjs'), 'check', join(root, 'samples', 'en-commercial', 'spring-sale.pdf'), join(root, 'samples', 'fr-elearning', 'module-securite.pdf'), '--threads', '2', '--format', 'json']);
    expect([0, 1]).toContain(pdfs.status);
    expect(pdfs.reports).toEqual([fromCache(pdfDir, CHECK_V8_FLAGS)]);
  });

  it("the library's PDF thread (dist/index.js in a host) starts from the same entry and takes the cache", () => {
    const code = [
      `const { readScript } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});`,
      `const script = await readScript(${JSON.stringify(join(root, 'samples', 'en-commercial', 'spring-sale.pdf'))});`,
      'process.stdout.write(String(script.paragraphs.length > 0));',
    ].join('\n');
    const run = withReports(['--input-type=module', '-e', code]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.reports).toEqual([fromCache(pdfDir, [])]);
  });

  /**
   * A thread started on `entry` and given one job as its caller gives it: the PDF thread reads the
   * sample PDF, a check worker checks the sample DOCX. Returns its replies (but the PDF thread's
   * `started`, which holds a time) and the thread's report.
   */
  const runThread = (entry: string, kind: 'pdf' | 'check'): { replies: unknown[]; reports: unknown[] } => {
    const job =
      kind === 'pdf'
        ? [
            `const { SHARED } = await import(${JSON.stringify(pathToFileURL(join(pdfDir, 'thread-job.js')).href)});`,
            `const bytes = readFileSync(${JSON.stringify(join(root, 'samples', 'en-commercial', 'spring-sale.pdf'))});`,
            'const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));',
            'shared.set(bytes);',
            'const state = new Int32Array(new SharedArrayBuffer(SHARED.length * 4));',
            'state[SHARED.next] = 1;',
            `const worker = new Worker(${JSON.stringify(entry)});`,
            "worker.postMessage({ id: 1, bytes: shared, file: 'spring-sale.pdf', options: {}, state, role: 'first' });",
            "const isLast = (reply) => 'done' in reply || 'error' in reply;",
          ]
        : [
            `const worker = new Worker(${JSON.stringify(entry)}, { workerData: { analyse: {}, cli: { contract: {}, rules: {} } } });`,
            `worker.postMessage({ index: 0, file: ${JSON.stringify(join(root, 'samples', 'fr-elearning', 'module-securite.docx'))} });`,
            'const isLast = () => true;',
          ];
    const code = [
      "const { Worker } = await import('node:worker_threads');",
      "const { readFileSync } = await import('node:fs');",
      ...job,
      'const replies = [];',
      "await new Promise((done, fail) => { worker.on('error', fail); worker.on('message', (reply) => { if (!('started' in reply)) replies.push(reply); if (isLast(reply)) done(); }); });",
      'await worker.terminate();',
      'process.stdout.write(JSON.stringify(replies));',
    ].join('\n');
    const run = withReports(['--input-type=module', '-e', code]);
    expect(run.status, run.stderr).toBe(0);
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    return { replies: JSON.parse(out.stdout) as unknown[], reports: run.reports };
  };

  it('a thread with no cache, or a damaged one, compiles its bundle as usual and replies the same', () => {
    // A copy of each thread's entry and bundle without the caches, inside the project (pdf.js and the
    // samples' packages are found from there, as from dist/).
    const copies = mkdtempSync(join(root, '.build-thread-cache-test-'));
    try {
      for (const [dir, kind] of [[pdfDir, 'pdf'], [checkDir, 'check']] as const) {
        const copy = join(copies, kind === 'pdf' ? 'readers/pdf' : 'check');
        mkdirSync(copy, { recursive: true });
        for (const name of ['worker.cjs', 'worker-bundle.cjs']) copyFileSync(join(dir, name), join(copy, name));
        // pdf.js's bundle and caches, where the PDF thread looks for them, as in dist/.
        for (const name of readdirSync(pdfDir).filter((n) => n.startsWith('pdfjs-legacy-'))) {
          const target = join(copies, 'readers/pdf', name);
          if (!existsSync(target)) symlinkSync(join(pdfDir, name), target);
        }
        const expected = runThread(join(dir, 'worker.cjs'), kind);
        expect(expected.replies.length).toBeGreaterThan(0);
        const none = runThread(join(copy, 'worker.cjs'), kind);
        expect(none.replies).toEqual(expected.replies);
        expect(none.reports).toEqual([{ code: { bundle: 'worker-bundle.cjs', code: nodeHasItsOwnCache ? 'compile-cache' : 'compiled', cache: null }, esm: [] }]);
        if (nodeHasItsOwnCache) continue;
        // A damaged cache under the name the entry looks for: refused by V8, the bundle compiled as usual.
        const name = codeCacheName(`worker-bundle-${bundleHash(dir)}`, kind === 'pdf' ? [] : CHECK_V8_FLAGS);
        writeFileSync(join(copy, name), createHash('sha512').update('not a cache').digest());
        const damaged = runThread(join(copy, 'worker.cjs'), kind);
        expect(damaged.replies).toEqual(expected.replies);
        expect(damaged.reports).toEqual([{ code: { bundle: 'worker-bundle.cjs', code: 'cache-rejected', cache: name }, esm: [] }]);
      }
    } finally {
      rmSync(copies, { recursive: true, force: true });
    }
  });
});
