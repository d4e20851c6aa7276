/**
 * `setPdfJsAssets` (where pdf.js finds its CMaps and standard fonts), exported from the package entry.
 * In Node the PDFs are read in worker threads, each with its own copy of the modules: a call in the
 * host's thread reaches them with each job (isolated.ts). In a browser bundle loaded as a classic
 * script (an IIFE, a classic Web Worker) `import.meta.url` is empty: reading a PDF there failed with a
 * raw `TypeError: Failed to construct 'URL'`; it is now a `usage` error saying what to do, unless
 * setPdfJsAssets was called.
 */
import { spawnSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { ROOT } from './helpers/cli.js';

describe('setPdfJsAssets', () => {
  it('is exported from the package entry', () => {
    expect(typeof library.setPdfJsAssets).toBe('function');
  });

  it("reaches the built library's PDF threads: an empty folder there loses the Japanese voice, as in the thread itself", () => {
    const entry = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
    const script = `
      import { readScript, setPdfJsAssets } from ${JSON.stringify(entry)};
      import { mkdtempSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import { join } from 'node:path';
      const file = ${JSON.stringify(join(ROOT, 'tests', 'fixtures', 'pdf-cmaps', 'ja-mixed.pdf'))};
      const before = await readScript(file);
      const empty = mkdtempSync(join(tmpdir(), 'vo-lines-no-assets-'));
      setPdfJsAssets({ cMapUrl: empty, standardFontDataUrl: empty });
      const after = await readScript(file);
      const lost = after.warnings.filter((w) => w.code === 'font-not-loaded').map((w) => [w.details.cmap, w.details.error === 'Unable to load CMap data at: ' + empty + '/UniJIS-UCS2-H.bcmap']);
      console.log(JSON.stringify({ before: before.paragraphs.length, after: after.paragraphs.length, lost }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ before: 12, after: 6, lost: [['UniJIS-UCS2-H', true]] });
  }, 60_000);
});

describe('a browser bundle loaded as a classic script (IIFE)', () => {
  /** pdfjs.browser.ts bundled as an IIFE (esbuild leaves `import.meta` empty there), run in a fresh context. */
  async function classicBundle(): Promise<Record<string, (...args: unknown[]) => unknown>> {
    const bundled = await build({
      stdin: { contents: "export { pdfJsAssets, setPdfJsAssets } from './src/readers/pdf/pdfjs.browser.ts';", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: 'voLinesAssets',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      external: ['pdfjs-dist', 'pdfjs-dist/*'],
    });
    const context: Record<string, unknown> = { URL };
    runInNewContext(bundled.outputFiles[0]!.text, context);
    return context.voLinesAssets as Record<string, (...args: unknown[]) => unknown>;
  }

  it('says to bundle as an ES module or call setPdfJsAssets (before: TypeError, Invalid URL)', async () => {
    const bundle = await classicBundle();
    let caught: unknown;
    try {
      bundle.pdfJsAssets!('script.pdf');
    } catch (error) {
      caught = error;
    }
    const error = caught as { name: string; code: string; message: string; details: unknown };
    expect([error.name, error.code, error.details]).toEqual(['UserError', 'usage', { kind: 'no-module-url', needs: 'setPdfJsAssets' }]);
    expect(error.message).toBe(
      "script.pdf: vo-lines cannot tell where pdf.js's CMaps and fonts are: it runs as a classic script (an IIFE bundle, a classic Web Worker), which has no module URL. Bundle it as an ES module (a module Worker: new Worker(url, { type: 'module' })), or call setPdfJsAssets({ cMapUrl, standardFontDataUrl }) with the folders' URLs before reading a PDF.",
    );
  });

  it('takes the folders setPdfJsAssets gives', async () => {
    const bundle = await classicBundle();
    bundle.setPdfJsAssets!({ cMapUrl: 'https://example.test/pdfjs/cmaps/', standardFontDataUrl: 'https://example.test/pdfjs/standard_fonts/' });
    expect(bundle.pdfJsAssets!('script.pdf')).toEqual({ cMapUrl: 'https://example.test/pdfjs/cmaps/', standardFontDataUrl: 'https://example.test/pdfjs/standard_fonts/', useWorkerFetch: true });
  });
});
