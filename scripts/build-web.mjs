#!/usr/bin/env node
// Builds the narrator's page into dist/web/ (part of `npm run build`, after tsc): web/app.ts and
// web/worker.ts bundled by esbuild for browsers from the compiled library in dist/ — package.json's
// "browser" field puts each Node adapter's browser stand-in in its place — with pdf.js (its modern
// build and its worker, loaded when a PDF is read), then the page's HTML and CSS and pdf.js's CMaps
// and standard fonts, so that everything the page loads comes from its own origin. The folder is
// the whole page: `vo-lines web` serves it, and any static host can.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { pdfjsBounds } from './lib/pdfjs-bounds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'web');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * write-excel-file's universal build zips through fflate's async `zip()`, which starts a Worker from
 * a blob: URL for every part over 160 kB; the page's Content-Security-Policy allows workers from its
 * own origin only. Its zipping is handed fflate's synchronous zipSync instead (the page already runs
 * it in a Worker). The bytes are packed again afterwards anyway (src/render/xlsx-zip-canonical.ts).
 */
const syncZip = {
  name: 'write-excel-file-sync-zip',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, (args) => (/write-excel-file[\\/]modules[\\/]zip[\\/]zipToArrayBuffer\.js$/.test(args.importer) ? { path: 'sync-zip', namespace: 'vo-lines' } : undefined));
    b.onLoad({ filter: /^sync-zip$/, namespace: 'vo-lines' }, () => ({
      resolveDir: root,
      contents: `import { zipSync } from 'fflate';
export { zipSync };
export function zip(files, callback) {
  let archive;
  try { archive = zipSync(files); } catch (error) { callback(error, null); return () => {}; }
  callback(null, archive);
  return () => {};
}`,
    }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: join(root, 'web/app.ts'), worker: join(root, 'web/worker.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  // Module workers, DecompressionStream("deflate-raw"): Chrome/Edge 103+, Firefox 114+, Safari 16.4+.
  target: ['es2022'],
  // Regular expressions with `\p{…}` kept as written (bundle-cli.mjs `regexpAsWritten` says why).
  supported: { 'regexp-unicode-property-escapes': true },
  minify: true,
  legalComments: 'linked',
  define: { VO_LINES_VERSION: JSON.stringify(version) },
  // pdf.js's CID-range loops bounded at the largest CID (scripts/lib/pdfjs-bounds.mjs).
  plugins: [syncZip, pdfjsBounds],
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css', 'favicon.svg']) cpSync(join(root, 'web', file), join(out, file));
const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
for (const folder of ['cmaps', 'standard_fonts']) cpSync(join(pdfjs, folder), join(out, 'pdfjs', folder), { recursive: true });
cpSync(join(pdfjs, 'LICENSE'), join(out, 'pdfjs', 'LICENSE'));
