#!/usr/bin/env node
// Part of `npm run build`, after tsc: the command line and its two worker threads become bundles,
// so that starting vo-lines (or a worker) reads a few files instead of resolving ~150 modules one by
// one, and on Node 20 compiles almost nothing (bench/startup.mjs measures it). The library
// (dist/index.js and the modules under it) stays as tsc wrote it.
//
//  - dist/cli/main.cjs: the package's bin, the launcher (src/cli/launch.ts), CommonJS so that Node starts
//    it without its ES-module loader (~9 ms of every start on the 2-core machine): answers `--version` alone,
//    else loads dist/cli/app.cjs — the whole command line in one CommonJS bundle — with the code cache
//    dist/cli/app-HASH[.FLAGS].v8cache made here by one run of a command on the samples under the V8
//    flags the command runs with (Node 20; Node ≥ 22.1 keeps its own compile cache instead). Code a command does
//    not run is neither compiled nor cached. dist/cli/main.js: the same launcher as an ES module, the
//    bin of earlier versions (npx's cache may still link to it).
//  - dist/readers/pdf/worker.cjs, dist/check/worker.cjs: the files the two worker threads start on,
//    small CommonJS entries (src/readers/thread-entry.ts) that run the thread's code from a CommonJS
//    bundle beside them (worker-bundle.cjs) with a code cache made here by a run of the thread on the
//    samples under each set of V8 flags it runs with (worker-bundle-HASH[.FLAGS].v8cache; Node 20).
//
// Left out of the bundles, loaded from node_modules when used: pdf.js (only ever in a worker thread),
// pdfkit and docx (`sides`), write-excel-file (`export` to XLSX): heavy, and read only by the command
// that needs them. `VO_LINES_BUNDLED` tells the code it runs from a bundle (where the worker files are).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pdfjsBounds } from './lib/pdfjs-bounds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const external = ['pdfjs-dist', 'pdfjs-dist/*', 'pdfkit', 'docx', 'write-excel-file', 'write-excel-file/*', '@expo-google-fonts/*'];
// Bundled CommonJS packages (commander, yaml…) may call require() for Node's own modules.
const banner = { js: "import { createRequire as __voLinesRequire } from 'node:module'; const require = __voLinesRequire(import.meta.url);" };
// esbuild rewrites a regular expression with a Unicode property escape outside a character class
// (`/\p{M}/gu`, `/^\p{Lu}/u`) as a `new RegExp("…")` call for every target but esnext, although
// Node 20's V8 reads them: a function run per line then calls the constructor per line (~400 calls
// in a small DOCX's summary). V8's regular-expression cache keeps that from parsing each again, so
// the instructions hardly change (bench/README.md, twenty-eighth session), but a literal is what the
// source says. Node ≥ 20.19 and the browsers the page targets read them.
const regexpAsWritten = { 'regexp-unicode-property-escapes': true };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external, banner, define: { VO_LINES_BUNDLED: 'true' }, legalComments: 'none', logLevel: 'warning', allowOverwrite: true, supported: regexpAsWritten };
// A CommonJS bundle built from a few lines of its own (`stdin`): a thread's entry, pdf.js's bundle.
const commonJsBundle = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', legalComments: 'none', logLevel: 'warning', supported: regexpAsWritten };

// What earlier builds left: chunks of the former split bundle, caches of other bundles.
for (const name of readdirSync(join(dist, 'cli'))) if (/^chunk-.*\.js$|^app-.*\.v8cache(\.tmp)?$/.test(name)) rmSync(join(dist, 'cli', name));

// The command line: one CommonJS bundle, dist/cli/app.cjs, loaded by the launcher with its compiled
// code cached (launch.ts says how). CommonJS because only a classic script takes V8's code cache on
// Node 20; one file because a command needs most of it anyway, and code that does not run is
// neither compiled nor cached. `import.meta.url` is the bundle's own URL.
const app = join(dist, 'cli', 'app.cjs');
// The command line is bundled from tsc's dist/cli/main.js, which this script then replaces with the
// launcher: run again without tsc first, it would bundle the launcher as the app, and each cache run
// below would start itself again and again (a PDF thread at each level) until it ran out of stack.
if (!/^export async function main\(/m.test(readFileSync(join(dist, 'cli', 'main.js'), 'utf8'))) {
  throw new Error("bundle-cli: dist/cli/main.js is not tsc's output (this script ran after itself): run `npm run build`, which runs tsc first.");
}
// commander loads node:child_process as it starts, for executable subcommands, which vo-lines has
// none of: in the bundle it gets a stand-in that loads the module when commander first uses it (its
// spawn()), so no command pays for it (~2.5 ms of every start: child_process brings net, dgram and
// their bindings).
const commanderSpawnsLazily = {
  name: 'commander-spawns-lazily',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  plugins: [commanderSpawnsLazily],
  format: 'cjs',
  entryPoints: [join(dist, 'cli', 'main.js')],
  outfile: app,
  // Whitespace and syntax minified, names kept (a --debug stack trace still names its functions): a
  // third less to read and check at every start, ~1% fewer instructions for a small script's summary.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: {},
  define: { ...common.define, 'import.meta.url': '__voLinesMetaUrl', VO_LINES_PDFJS_DIR: JSON.stringify('../readers/pdf') },
});
// The launcher puts the bundle inside a function: a `#!` line must not start it. A script compiled
// by node:vm (launch.ts) has no `import()` of its own on Node 20 (a script from a code cache even loses
// the experimental one): the few dynamic imports of the bundle (write-excel-file, pdf.js's fallback)
// call the launcher's, handed in as `__voLinesImport`; loaded by require() (Node ≥ 22.1) the bundle
// uses its own.
let dynamicImports = 0;
const appCode = readFileSync(app, 'utf8').replace(/(?<![\w$.])import\(/g, () => {
  dynamicImports++;
  return '__voLinesImportFn(';
});
if (dynamicImports > 5) throw new Error(`bundle-cli: ${dynamicImports} import( in app.cjs: more than the few dynamic imports expected; check that none is inside a string.`);
// The first line (tsc kept main.ts's `#!`, which must not start a function body) becomes the
// bundle's prologue, strict as the ES modules it was made from; line numbers stay.
const prologue = [
  "'use strict';",
  "var __voLinesMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  "var __voLinesImportFn = typeof __voLinesImport === 'function' ? __voLinesImport : (specifier) => import(specifier);",
].join(' ');
if (!appCode.startsWith('#!')) throw new Error('bundle-cli: app.cjs was expected to start with the #! line of main.ts');
/**
 * The code with every character past ASCII written as a `\\uXXXX` escape (in comments, strings,
 * regular expressions, templates alike, where it means the same): Node then reads the file straight
 * into a one-byte string; with one such character the whole 1.2 MB becomes two-byte, decoded character
 * by character (~6% of a small script's summary, bench/README.md). Where an escape would not mean the
 * same, the build stops: a backslash just before such a character, or one inside a `String.raw`
 * template (whose text is taken as written).
 */
function asciiOnly(code, name) {
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`bundle-cli: ${name} has a backslash before a character past ASCII; escaping it would change its meaning`);
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(code)) throw new Error(`bundle-cli: ${name} has a String.raw template with a character past ASCII, whose text an escape would change`);
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
writeFileSync(app, asciiOnly(prologue + appCode.slice(appCode.indexOf('\n')), 'app.cjs'));
const appHash = createHash('sha256').update(readFileSync(app)).digest('hex').slice(0, 16);

// The launcher (src/cli/launch.ts), small, twice:
//  - dist/cli/main.cjs, the package's bin, CommonJS (Node loads an ES module through its ES-module
//    loader, a dozen more of its own modules to start). `import.meta.url` is the launcher's own URL;
//    its one `import()` (handed to the bundle) stays a real one.
//  - dist/cli/main.js, the same as an ES module, in place of tsc's main.js (which app.cjs was made from
//    above): the bin of earlier versions. npx keeps a link to a project's bin in its cache, by the
//    project's path, and does not renew it: a clone that ran `npx vo-lines` before still starts here.
for (const [outfile, commonJs] of [['main.cjs', true], ['main.js', false]]) {
  await build({
    ...common,
    ...(commonJs ? { format: 'cjs' } : {}),
    entryPoints: [join(dist, 'cli', 'launch.js')],
    outfile: join(dist, 'cli', outfile),
    banner: { js: commonJs ? "#!/usr/bin/env node\nvar __voLinesMetaUrl = require('node:url').pathToFileURL(__filename).href;" : '#!/usr/bin/env node' },
    define: { ...common.define, ...(commonJs ? { 'import.meta.url': '__voLinesMetaUrl' } : {}), VO_LINES_APP_HASH: JSON.stringify(appHash) },
  });
}

// The two worker threads, each started on a small CommonJS entry, `worker.cjs` (src/readers/thread-entry.ts),
// which runs the thread's code — worker.ts and all it imports — from one CommonJS bundle beside it,
// `worker-bundle.cjs`, with a code cache the build makes below (`worker-bundle-HASH[.FLAGS].v8cache`,
// one per set of V8 flags the thread runs under), as the launcher runs app.cjs: an ES-module worker
// would load Node's ES-module loader at every start and, on Node 20, compile all its code anew. The
// bundle is made the way app.cjs is: `import.meta.url` its own URL, its dynamic imports (pdf.js's
// fallback) through the entry's `import()`, ASCII only. dist/readers/pdf/worker.cjs is also the entry
// of the library's PDF thread (readers/pdf/isolated.ts).
const { v8FlagsFor } = await import(pathToFileURL(join(dist, 'cli', 'v8-flags.js')).href);
const { cacheName, codeCacheName } = await import(pathToFileURL(join(dist, 'cli', 'app-script.js')).href);
const pdfSample = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');
/** The sets of V8 flags a list of command lines runs with, each once. */
const flagSetsOf = (commands) => [...new Map(commands.map((args) => v8FlagsFor(args)).map((flags) => [flags.join(' '), flags])).values()];
const threads = [
  // A PDF's summary (no flags) and `check` (its own) read PDFs in this thread; a host of the library, its own.
  { dir: join(dist, 'readers', 'pdf'), pdfjsDir: '.', flagSets: flagSetsOf([['summary', pdfSample], ['check']]) },
  { dir: join(dist, 'check'), pdfjsDir: '../readers/pdf', flagSets: flagSetsOf([['check']]) },
];
for (const thread of threads) {
  for (const name of readdirSync(thread.dir)) if (/^worker-bundle.*\.(cjs|v8cache|tmp)$/.test(name)) rmSync(join(thread.dir, name));
  const bundle = join(thread.dir, 'worker-bundle.cjs');
  await build({
    ...common,
    format: 'cjs',
    banner: {},
    entryPoints: [join(thread.dir, 'worker.js')],
    outfile: bundle,
    define: { ...common.define, 'import.meta.url': '__voLinesMetaUrl', VO_LINES_PDFJS_DIR: JSON.stringify(thread.pdfjsDir) },
  });
  let imports = 0;
  const code = readFileSync(bundle, 'utf8').replace(/(?<![\w$.])import\(/g, () => {
    imports++;
    return '__voLinesImportFn(';
  });
  if (imports > 3) throw new Error(`bundle-cli: ${imports} import( in ${bundle}: more than the few dynamic imports expected; check that none is inside a string.`);
  // On the first line, before the bundle's own (line numbers stay): strict, as the ES modules it was made from.
  const threadPrologue = [
    "'use strict';",
    "var __voLinesMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    "var __voLinesImportFn = typeof __voLinesImport === 'function' ? __voLinesImport : (specifier) => import(specifier);",
  ].join(' ');
  writeFileSync(bundle, asciiOnly(`${threadPrologue} ${code}`, bundle));
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16);
  thread.caches = thread.flagSets.map((flags) => codeCacheName(`worker-bundle-${hash}`, flags));
  await build({
    ...commonJsBundle,
    stdin: {
      contents: `import { runThreadBundle } from './thread-entry.js';\nrunThreadBundle(__dirname, 'worker-bundle.cjs', ${JSON.stringify(thread.caches)});`,
      resolveDir: join(dist, 'readers'),
      loader: 'js',
    },
    outfile: join(thread.dir, 'worker.cjs'),
  });
}

// pdf.js's legacy build as one CommonJS bundle, dist/readers/pdf/pdfjs-legacy-HASH.cjs, which our
// threads load with the code cache made below (src/readers/pdf/pdfjs.ts): pdf.js is 3 MB of code,
// and Node 20 caches no ES module's. Apache-2.0, as its notice at the top says.
const pdfDir = join(dist, 'readers', 'pdf');
for (const name of readdirSync(pdfDir)) if (/^pdfjs-legacy-.*\.(cjs|v8cache)$/.test(name)) rmSync(join(pdfDir, name));
const pdfjsTemp = join(pdfDir, 'pdfjs-legacy.tmp.cjs');
await build({
  ...commonJsBundle,
  stdin: {
    contents: "export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';\nexport * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
    resolveDir: root,
    loader: 'js',
  },
  outfile: pdfjsTemp,
  external: ['@napi-rs/canvas'],
  // pdf.js's CID-range loops bounded at the largest CID (scripts/lib/pdfjs-bounds.mjs).
  plugins: [pdfjsBounds],
  define: { 'import.meta.url': '__voLinesMetaUrl' },
});
const pdfjsVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'pdfjs-dist', 'package.json'), 'utf8')).version;
// On one first line (the loader wraps the file in a function): strict as the modules it is made of.
const pdfjsPrologue = `'use strict'; /* pdf.js ${pdfjsVersion} (pdfjs-dist/legacy/build), Copyright Mozilla Foundation, Apache License 2.0: node_modules/pdfjs-dist/LICENSE, https://www.apache.org/licenses/LICENSE-2.0 */ var __voLinesMetaUrl = require('node:url').pathToFileURL(__filename).href;`;
const pdfjsCode = `${pdfjsPrologue} ${readFileSync(pdfjsTemp, 'utf8')}`;
rmSync(pdfjsTemp);
const pdfjsBundle = join(pdfDir, `pdfjs-legacy-${createHash('sha256').update(pdfjsCode).digest('hex').slice(0, 16)}.cjs`);
writeFileSync(pdfjsBundle, pdfjsCode);

// The code caches of app.cjs for Node 20 (Node ≥ 22.1 keeps its own: launch.ts), each made by one
// run of a command on the samples: the functions a command runs are then cached compiled. One per set
// of V8 flags a command runs with (src/cli/v8-flags.ts), made under them — V8 takes a cache only
// under the flags it was made with: a PDF's summary runs under none, a DOCX's under DOCX_V8_FLAGS,
// `check` (here over the samples' DOCX and PDF files) under CHECK_V8_FLAGS; the launcher sets them
// from the command line. Without the samples (or if a run fails) a command compiles as usual.
const cacheRuns = [
  { args: ['summary', pdfSample], sample: pdfSample },
  { args: ['summary', join(root, 'samples', 'fr-elearning', 'module-securite.docx')] },
  { args: ['check', join(root, 'samples'), '--format', 'json'], sample: join(root, 'samples'), okStatus: [0, 1] },
];
const cachesMade = new Set();
for (const { args, sample = args[1], okStatus = [0] } of typeof module.enableCompileCache === 'function' ? [] : cacheRuns) {
  const cacheFile = join(dist, 'cli', cacheName(appHash, v8FlagsFor(args)));
  if (!existsSync(sample) || cachesMade.has(cacheFile)) continue;
  cachesMade.add(cacheFile);
  const run = spawnSync(process.execPath, [join(dist, 'cli', 'main.cjs'), ...args], {
    cwd: root,
    env: { ...process.env, VO_LINES_WRITE_CODE_CACHE: cacheFile, NODE_OPTIONS: '' },
    stdio: 'ignore',
  });
  if (!okStatus.includes(run.status) || !existsSync(cacheFile)) console.warn(`bundle-cli: no code cache ${cacheFile} made (the CLI did not run ${args.join(' ')}); vo-lines will start a little slower.`);
}

// The code caches of the pdf.js bundle: pdf.js loaded the way our threads load it, then a sample
// PDF read in full with the reader, and what V8 compiled meanwhile written beside the bundle. One per
// set of V8 flags a PDF thread may run under (a PDF's summary: none; `check`: its own), made under
// them: pdfjs-legacy-HASH.v8cache and pdfjs-legacy-HASH.FLAGS.v8cache; a thread takes the one its V8
// accepts (readers/commonjs.ts codeCacheFor).
if (existsSync(pdfSample)) {
  const flagSets = [...new Map([v8FlagsFor(['summary', pdfSample]), v8FlagsFor(['check', pdfSample])].map((flags) => [flags.join(' '), flags])).values()];
  for (const flags of flagSets) {
    const cacheFile = codeCacheName(pdfjsBundle.replace(/\.cjs$/, ''), flags);
    const make = [
      `const { setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(dist, 'cli', 'v8-flags.js')).href)});`,
      `setV8Flags(${JSON.stringify(flags)});`,
      `const pdfjs = await import(${JSON.stringify(pathToFileURL(join(pdfDir, 'pdfjs.js')).href)});`,
      `const { readPdf } = await import(${JSON.stringify(pathToFileURL(join(pdfDir, 'index.js')).href)});`,
      "const { readFileSync, writeFileSync, renameSync } = await import('node:fs');",
      'pdfjs.pdfJsInOwnRealm();',
      `await readPdf(new Uint8Array(readFileSync(${JSON.stringify(pdfSample)})), 'sample.pdf', {});`,
      "if (pdfjs.pdfJsLoadedFrom() !== 'bundle') throw new Error('pdf.js did not load from the bundle: ' + pdfjs.pdfJsLoadedFrom());",
      `writeFileSync(${JSON.stringify(`${cacheFile}.tmp`)}, pdfjs.pdfJsCodeCache());`,
      `renameSync(${JSON.stringify(`${cacheFile}.tmp`)}, ${JSON.stringify(cacheFile)});`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', make], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    if (run.status !== 0) console.warn(`bundle-cli: no code cache made for pdf.js under ${flags.join(' ') || 'no flags'} (${(run.stderr || '').trim().split('\n').pop()}); PDF threads will start a little slower.`);
  }
}

// The code caches of the threads' bundles (Node 20; Node ≥ 22.1 keeps its own compile cache), each
// made by a real run under the V8 flags it serves: the PDF thread reading the samples' PDFs (through
// the library's readers/pdf/isolated.js, as a command does), a check worker checking the samples'
// DOCX files (check gives its workers no PDF: those go to the PDF threads). The thread writes what V8
// compiled to the cache named in VO_LINES_WRITE_THREAD_CACHE before each reply (thread-entry.ts).
const sampleFiles = (extension) => {
  try {
    return readdirSync(join(root, 'samples'), { recursive: true }).filter((name) => name.endsWith(extension)).sort().map((name) => join(root, 'samples', name));
  } catch {
    return [];
  }
};
const threadCacheRuns = [
  {
    thread: threads[0],
    files: sampleFiles('.pdf'),
    run: (files) => [
      `const { readPdfIsolated } = await import(${JSON.stringify(pathToFileURL(join(pdfDir, 'isolated.js')).href)});`,
      "const { readFileSync } = await import('node:fs');",
      `for (const file of ${JSON.stringify(files)}) await readPdfIsolated(new Uint8Array(readFileSync(file)), file, {});`,
      // And queued, as check's PDF lanes read: the thread lays out the Script itself (PdfJob `finish`).
      `for (const file of ${JSON.stringify(files)}) await readPdfIsolated(new Uint8Array(readFileSync(file)), file, {}, { queue: true });`,
    ],
  },
  {
    thread: threads[1],
    files: sampleFiles('.docx'),
    run: (files) => [
      "const { Worker } = await import('node:worker_threads');",
      `const files = ${JSON.stringify(files)};`,
      `const worker = new Worker(${JSON.stringify(join(dist, 'check', 'worker.cjs'))}, { workerData: { analyse: {}, cli: { contract: {}, rules: {} } } });`,
      'let left = files.length;',
      "await new Promise((done, fail) => { worker.on('error', fail); worker.on('message', ({ result }) => { if (result.status === 'error') fail(new Error(result.error.message)); else if (--left === 0) done(); }); files.forEach((file, index) => worker.postMessage({ index, file })); });",
    ],
  },
];
for (const { thread, files, run } of typeof module.enableCompileCache === 'function' ? [] : threadCacheRuns) {
  if (files.length === 0) continue;
  thread.flagSets.forEach((flags, i) => {
    const cacheFile = join(thread.dir, thread.caches[i]);
    const make = [
      `const { setV8Flags } = await import(${JSON.stringify(pathToFileURL(join(dist, 'cli', 'v8-flags.js')).href)});`,
      `setV8Flags(${JSON.stringify(flags)});`,
      ...run(files),
      'process.exit(0);',
    ].join('\n');
    const made = spawnSync(process.execPath, ['--input-type=module', '-e', make], { cwd: root, env: { ...process.env, NODE_OPTIONS: '', VO_LINES_WRITE_THREAD_CACHE: cacheFile }, encoding: 'utf8' });
    if (made.status !== 0 || !existsSync(cacheFile)) console.warn(`bundle-cli: no code cache ${cacheFile} made (${(made.stderr || '').trim().split('\n').pop() || 'the thread wrote none'}); its threads will start a little slower.`);
  });
}
