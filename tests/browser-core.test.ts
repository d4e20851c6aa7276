/**
 * The core runs in a browser too (issue 12): below src/cli/, no module imports a Node built-in
 * except the Node adapters named here, and the library bundles for a browser with esbuild, the
 * adapters swapped for their browser stand-ins by package.json's "browser" field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Node-only modules below src/cli/, each with why it is Node's; those the core imports have a browser stand-in (package.json "browser"). */
const NODE_ADAPTERS: Record<string, string> = {
  'text/hash.ts': 'SHA-1 of line IDs through node:crypto (browser: hash.browser.ts, @noble/hashes)',
  'readers/file.ts': 'reads a script by its path (browser: file.browser.ts)',
  'readers/commonjs.ts': "runs a CommonJS bundle with a V8 code cache (the CLI's launcher, pdf.js in our PDF threads)",
  'readers/inflate-native.ts': 'inflates with node:zlib (browser: inflate-native.browser.ts, DecompressionStream)',
  'readers/pdf/pdfjs.ts': "loads pdf.js's Node build and finds its CMaps on disk (browser: pdfjs.browser.ts)",
  'readers/pdf/isolated.ts': 'reads a PDF in a worker thread stopped at the time budget (the page uses a Web Worker)',
  'readers/pdf/worker.ts': 'that worker thread',
  'readers/threads.ts': "the worker threads' heap limit",
  'readers/thread-entry.ts': "the worker threads' CommonJS entry: runs a thread's bundle with its code cache (the page uses a Web Worker)",
  'platform/files.ts': "the file system: a script's bytes, a config found and read, a path as typed (browser: files.browser.ts; config/file.ts and readers/file.ts go through it)",
  'render/xlsx-zip.ts': "write-excel-file's Node build, which needs node:stream (browser: xlsx-zip.browser.ts)",
  'check/run.ts': "check's file walk and thread pool",
  'check/worker.ts': "check's worker thread",
  'check/since.ts': 'check --since: the script at a git revision',
};

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!);

describe('the core imports no Node built-in', () => {
  it('below src/cli/, only the named Node adapters import node: modules or Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(src)) {
      const name = relative(src, file).split('\\').join('/');
      if (name.startsWith('cli/') || Object.hasOwn(NODE_ADAPTERS, name)) continue;
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) if (isBuiltin(specifier)) offenders.push(`${name} imports ${specifier}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the import finder sees every form of import', () => {
    const code = `import { a } from 'node:fs';\nimport b from "path";\nexport { c } from 'node:url';\nimport 'node:v8';\nconst d = await import('worker_threads');\nimport type { E } from 'node:os';\nimport {\n  f,\n} from 'zlib';`;
    expect(specifiers(code).filter(isBuiltin)).toEqual(['node:fs', 'path', 'node:url', 'node:v8', 'worker_threads', 'node:os', 'zlib']);
  });

  it('each adapter the package maps for browsers has a stand-in exporting the same names', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { browser: Record<string, string> };
    const pairs = Object.entries(pkg.browser);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [node, browser] of pairs) {
      const nodeModule = (await import(join(root, node))) as Record<string, unknown>;
      const browserModule = (await import(join(root, browser))) as Record<string, unknown>;
      expect(Object.keys(browserModule).sort(), `${browser} stands in for ${node}`).toEqual(Object.keys(nodeModule).sort());
      expect(Object.hasOwn(NODE_ADAPTERS, node.replace('./dist/', '').replace(/\.js$/, '.ts')), `${node} is a named adapter`).toBe(true);
    }
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
    expect(inputs.filter((path) => /dist\/(readers\/file|readers\/pdf\/pdfjs|platform\/files|render\/xlsx-zip)\.js$/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.endsWith('dist/readers/file.browser.js'))).toBe(true);
    expect(inputs.some((path) => path.includes('pdfjs-dist/legacy/'))).toBe(false);
    expect(inputs.some((path) => path.includes('pdfjs-dist/build/pdf.mjs'))).toBe(true);
    expect(inputs.some((path) => /readers\/pdf\/(isolated|worker)\.js$|readers\/threads\.js$|write-excel-file\/node\//.test(path))).toBe(false);
    const code = result.outputFiles.map((file) => file.text).join('\n');
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
  }, 120_000);
});
