/**
 * pdf.js in Node (package.json's "browser" field puts pdfjs.browser.ts in its place in a browser).
 * Node-only: it finds the package's CMaps and standard fonts on disk.
 *
 * In vo-lines' own threads pdf.js is loaded, where the build made them, from a CommonJS bundle of
 * its legacy build (dist/readers/pdf/pdfjs-legacy-HASH.cjs) with a V8 code cache beside it
 * (…-HASH.v8cache, made by scripts/bundle-cli.mjs reading a sample, and …-HASH.FLAGS.v8cache the same
 * under the V8 flags of `check`, cli/v8-flags.ts; a thread takes the one its flags allow): a thread then compiles almost
 * none of pdf.js's 3 MB before its first page (Node 20 caches no ES module's code). Without them
 * (tests run from the sources), or where V8 refuses the cache (another Node), pdf.js loads as usual.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from 'node:vm';
import { codeCacheFor, compileCommonJs, runCommonJs } from '../commonjs.js';
import { unzlibSync } from 'fflate';
import { pdfJsAssetsSet } from './assets.js';
import { inflatedFor } from './inflated.js';
import { FONTLESS_DOCUMENT, FontFaceStandIn, installStandIns, lazyResponse, withoutCanvas } from './stand-ins.js';

/** The pdf.js module, typed from the package. Imported on demand so DOCX runs never load it. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/** Set in a thread of vo-lines' own: pdf.js gets stand-ins instead of loading @napi-rs/canvas (stand-ins.ts). */
let ownRealm = false;

/**
 * Says that this thread is vo-lines' own (its PDF worker, `check`'s workers), not a host's: pdf.js
 * may be given what it would otherwise load @napi-rs/canvas for (stand-ins.ts). Call before the
 * first PDF is read.
 */
export function pdfJsInOwnRealm(): void {
  ownRealm = true;
}

/**
 * pdf.js 5.6 runs its "worker" in-process in Node (a fake worker), so no worker file is configured.
 *
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push (for an edge
 * case with non-writable lengths), JSON.parse and JSON.stringify with much slower polyfills, in the
 * realm that loads it. pdf.js needs none of those three edge cases: they are put back here, so the
 * reader of this thread (a million pushes on a long script) does not pay. core-js's other changes
 * (methods added to Set, Map, Promise…) stay, and pdf.js needs them: that is why pdf.js is only ever
 * loaded in a thread of its own, never in a host's (docs/internals.md, "pdf.js in a realm of its own").
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const load = () => import('pdfjs-dist/legacy/build/pdf.mjs');
    const g = globalThis as { pdfjsWorker?: unknown };
    let pdfjs: PdfJs;
    if (ownRealm) {
      // fflate (JavaScript), not node:zlib, and no platform stream for what it fails on: a thread
      // stopped at its time budget while zlib made a handle it had not yet set up made Node abort as
      // it tore the thread down ("close before init", node_zlib.cc): a crash where the budget promises
      // a clean error. A JavaScript inflater leaves nothing native to tear down.
      // A content stream the calling thread inflated already is taken from it (inflated.ts).
      installStandIns((data) => inflatedFor(data) ?? unzlibSync(data));
      // A bundle that fails to load (a damaged install) leaves pdf.js's own modules to load instead.
      const bundled = await withoutCanvas(async () => {
        try {
          return loadBundle();
        } catch {
          loadedFrom = null;
          bundleScript = null;
          return null;
        }
      });
      if (bundled) {
        g.pdfjsWorker ??= bundled.worker;
        pdfjs = bundled.pdfjs;
      } else pdfjs = await withoutCanvas(load);
    } else pdfjs = await load();
    // The worker bundle carries its own core-js: load it now (pdf.js picks it up from
    // globalThis.pdfjsWorker, its documented main-thread mode) so the natives are restored after it.
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // untyped module
    g.pdfjsWorker ??= await import(workerModule);
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return pdfjs;
  })();
  return pdfjsPromise;
}

/** Set by scripts/bundle-cli.mjs in each bundle: where dist/readers/pdf is from the bundle's own folder. */
declare const VO_LINES_PDFJS_DIR: string | undefined;

/** How pdf.js was loaded in this thread: from the build's bundle with its code cache, without it, or as ES modules. */
let loadedFrom: 'bundle+cache' | 'bundle' | 'modules' | null = null;
let bundleScript: Script | null = null;

function loadBundle(): { pdfjs: PdfJs; worker: unknown } | null {
  const dir = fileURLToPath(new URL(typeof VO_LINES_PDFJS_DIR === 'string' ? `${VO_LINES_PDFJS_DIR}/` : './', import.meta.url));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const bundle = names.find((name) => /^pdfjs-legacy-[0-9a-f]{16}\.cjs$/.test(name));
  if (!bundle) return null;
  const file = join(dir, bundle);
  // The build's caches, one per set of V8 flags a PDF thread may run under (cli/v8-flags.ts): the
  // one made under no flags first. None (compiled as usual) where none can be read.
  const base = bundle.replace(/\.cjs$/, '');
  const caches = names.filter((name) => name.startsWith(`${base}.`) && name.endsWith('.v8cache')).sort((a, b) => a.length - b.length);
  const cachedData = codeCacheFor(caches.map((name) => join(dir, name)));
  // `Response` is a parameter of the bundle's function, so pdf.js never wakes Node's fetch (stand-ins.ts lazyResponse).
  const script = compileCommonJs(file, readFileSync(file, 'utf8'), cachedData, 'Response');
  const exports = runCommonJs(script, file, lazyResponse()) as { pdfjs: PdfJs; worker: unknown };
  bundleScript = script;
  loadedFrom = cachedData && !script.cachedDataRejected ? 'bundle+cache' : 'bundle';
  return exports;
}

/** How pdf.js was loaded in this thread (null: not yet). */
export function pdfJsLoadedFrom(): 'bundle+cache' | 'bundle' | 'modules' | null {
  return loadedFrom ?? (pdfjsPromise ? 'modules' : null);
}

/** The code cache of the pdf.js bundle as this thread has compiled it so far (the build writes it after reading a sample); null when pdf.js did not come from the bundle. */
export function pdfJsCodeCache(): Uint8Array | null {
  return bundleScript ? bundleScript.createCachedData() : null;
}

/**
 * How pdf.js treats fonts in this thread. In a thread of vo-lines' own whose `FontFace` is the stand-in,
 * font faces are enabled and bound to nothing (stand-ins.ts), so pdf.js's core does not build and post
 * the outline of every glyph; anywhere else (a host's thread) `disableFontFace`, pdf.js's default in Node.
 */
export function pdfJsFontOptions(): { disableFontFace: boolean; ownerDocument?: object } {
  const standIn = ownRealm && (globalThis as { FontFace?: unknown }).FontFace === FontFaceStandIn;
  return standIn ? { disableFontFace: false, ownerDocument: FONTLESS_DOCUMENT } : { disableFontFace: true };
}

/**
 * Where pdf.js finds its CMaps and standard fonts, instead of the package's own: folders, as paths
 * or `file:` URLs (ending in `/` or not). (assets.ts holds it.)
 */
export { setPdfJsAssets } from './assets.js';

/**
 * A folder as pdf.js 5.6 in Node reads it: a plain path ending in `/` (its NodeBinaryDataFactory
 * hands `${folder}${file}` to fs.promises.readFile, which takes no `file:` URL given as a string:
 * given one, every CMap failed to load and text in a font that needs one was silently lost).
 * Forward slashes on Windows too (fs takes them; pdf.js wants the folder to end in `/`).
 */
function folder(where: string): string {
  const path = where.startsWith('file:') ? fileURLToPath(where) : where;
  return path.replace(/\\/g, '/').replace(/\/?$/, '/');
}

/** Folders of the package's CMaps and standard fonts: without them pdf.js loses text in fonts that need a CMap (fonts-lost). */
export function pdfJsAssets(_file?: string): { cMapUrl: string; standardFontDataUrl: string } {
  const assets = pdfJsAssetsSet();
  if (assets) return { cMapUrl: folder(assets.cMapUrl), standardFontDataUrl: folder(assets.standardFontDataUrl) };
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: folder(join(root, 'cmaps')), standardFontDataUrl: folder(join(root, 'standard_fonts')) };
}
