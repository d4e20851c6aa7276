/**
 * The core runs in a browser too (issue 12): below src/cli/, no module imports a Node built-in
 * except the platform's adapter (src/platform/) and the Node-only files of tests/helpers/node-side.ts
 * (the one list tests/layers.test.ts uses too), and the library bundles for a browser with esbuild,
 * the modules package.json's "browser" field names swapped for their browser stand-ins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename as nodeBasename, dirname as nodeDirname, extname as nodeExtname, isAbsolute as nodeIsAbsolute, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { browserStandIns, builtinsOf, NODE_ONLY, nodeImportsOutside, PLATFORM, SWAPPED } from './helpers/node-side.js';

const root = join(nodeDirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the core imports no Node built-in', () => {
  it('below src/cli/, only the platform adapter and the named Node-only files import node: modules or Node built-ins', () => {
    const files = new Map(sourceFiles(src).map((file) => [relative(src, file).split('\\').join('/'), readFileSync(file, 'utf8')] as const));
    expect(files.size).toBeGreaterThan(50);
    expect(nodeImportsOutside(files)).toEqual([]);
  });

  it('the import finder sees every form of import', () => {
    const code = `import { a } from 'node:fs';\nimport b from "path";\nexport { c } from 'node:url';\nimport 'node:v8';\nconst d = await import('worker_threads');\nimport type { E } from 'node:os';\nimport {\n  f,\n} from 'zlib';`;
    expect(builtinsOf(code)).toEqual(['node:fs', 'path', 'node:url', 'node:v8', 'worker_threads', 'node:os', 'zlib']);
  });

  it('each module the package swaps for browsers has a stand-in exporting the same names, and a reason', async () => {
    const pairs = [...browserStandIns()];
    expect(pairs.length).toBeGreaterThan(0);
    for (const [node, browser] of pairs) {
      const nodeModule = (await import(join(root, 'dist', node.replace(/\.ts$/, '.js')))) as Record<string, unknown>;
      const browserModule = (await import(join(root, 'dist', browser.replace(/\.ts$/, '.js')))) as Record<string, unknown>;
      expect(Object.keys(browserModule).sort(), `${browser} stands in for ${node}`).toEqual(Object.keys(nodeModule).sort());
      expect(node.startsWith(PLATFORM) || Object.hasOwn(NODE_ONLY, node) || Object.hasOwn(SWAPPED, node), `${node} is the adapter's, Node-only or a named swap`).toBe(true);
    }
    // Every named swap is one.
    for (const name of Object.keys(SWAPPED)) expect(browserStandIns().has(name), name).toBe(true);
  });

  it("the adapter's POSIX paths in a browser are node:path's posix ones (the working folder: the root)", async () => {
    const paths = (await import(join(root, 'dist/platform/files.browser.js'))) as typeof import('../src/platform/files.browser.js');
    const cases = ['', '.', '..', '/', 'a', 'a/', '/a/b/', 'a/b/../c', '../../x', '/../x', 'a//b/./c', 'spot.final.docx', '.hidden', 'dir.v2/file', 'a/b.tar.gz', '/x/y/z.pdf'];
    expect(paths.sep).toBe(posix.sep);
    for (const path of cases) {
      expect(paths.isAbsolute(path), `isAbsolute(${path})`).toBe(posix.isAbsolute(path));
      expect(paths.dirname(path), `dirname(${path})`).toBe(posix.dirname(path));
      expect(paths.basename(path), `basename(${path})`).toBe(posix.basename(path));
      expect(paths.extname(path), `extname(${path})`).toBe(posix.extname(path));
      expect(paths.resolve(path), `resolve(${path})`).toBe(posix.resolve('/', path));
      for (const other of cases) {
        expect(paths.join(path, other), `join(${path}, ${other})`).toBe(posix.join(path, other).replace(/(?<=.)\/$/, ''));
        expect(paths.resolve(path, other), `resolve(${path}, ${other})`).toBe(posix.resolve('/', path, other));
        expect(paths.relative(path, other), `relative(${path}, ${other})`).toBe(posix.relative(posix.resolve('/', path), posix.resolve('/', other)));
      }
    }
    expect(paths.basename('a/b.docx', '.docx')).toBe('b');
    // In Node, the adapter's paths are node:path's own.
    const node = (await import(join(root, 'dist/platform/files.js'))) as typeof import('../src/platform/files.js');
    expect([node.basename, node.dirname, node.extname, node.isAbsolute]).toEqual([nodeBasename, nodeDirname, nodeExtname, nodeIsAbsolute]);
    // isWithin, in both: a folder named `..x` is inside; `..` and what lies above it, or beside, are not.
    const pairs = [['/r', '/r'], ['/r', '/r/..x/voices.yaml'], ['/r', '/r/a/../b'], ['/r', '/r/..'], ['/r', '/r/../x'], ['/r', '/rx'], ['/r', '/']] as const;
    for (const { isWithin } of [paths, node]) expect(pairs.map(([folder, path]) => isWithin(folder, path))).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('the library bundles for a browser', () => {
  it('esbuild (platform: browser) bundles dist/index.js without an error, without Node code', async () => {
    const result = await build({
      entryPoints: [join(root, 'dist/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: join(root, 'dist/.browser-bundle-test'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // The Node adapters were swapped for their stand-ins; pdf.js is its modern build, not the legacy one.
    const swapped = [...browserStandIns().keys()].map((name) => `dist/${name.replace(/\.ts$/, '.js')}`);
    expect(swapped.length).toBeGreaterThan(3);
    expect(inputs.filter((path) => swapped.some((name) => path.endsWith(name)))).toEqual([]);
    expect(inputs.some((path) => path.endsWith('dist/readers/file.browser.js'))).toBe(true);
    expect(inputs.some((path) => path.includes('pdfjs-dist/legacy/'))).toBe(false);
    expect(inputs.some((path) => path.includes('pdfjs-dist/build/pdf.mjs'))).toBe(true);
    expect(inputs.some((path) => /readers\/pdf\/(isolated|worker)\.js$|readers\/threads\.js$|write-excel-file\/node\//.test(path))).toBe(false);
    const code = result.outputFiles.map((file) => file.text).join('\n');
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
  }, 120_000);
});
