/**
 * A library must leave its host alone. pdf.js's legacy build (the one Node needs) installs core-js
 * polyfills in whatever realm loads it: on Node 20 it replaces Array.prototype.push, JSON.parse and
 * JSON.stringify, Function.prototype.toString, adds Set, Map, Promise, ArrayBuffer and Uint8Array
 * methods, and globals. The built library reads PDFs in a worker thread (readers/pdf/isolated.ts), a
 * realm of its own: here a fresh Node process imports dist/index.js, reads a PDF through every entry
 * point, and compares every built-in before and after, by identity.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
const pdf = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');

/** Every own property (by identity) of globalThis and of the built-ins two levels down, with their prototypes. */
const SNAPSHOT = `
function snapshot() {
  const out = new Map();
  const seen = new Set();
  const visit = (object, path, depth) => {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function') || seen.has(object) || depth > 2) return;
    seen.add(object);
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      const name = path + '.' + String(key);
      out.set(name, 'value' in descriptor ? descriptor.value : descriptor.get);
      if (depth === 0 && !/^[A-Z]|^(JSON|Math|Reflect|Intl|Atomics|globalThis)$/.test(String(key))) continue;
      if (typeof descriptor.value === 'function' && descriptor.value.prototype) visit(descriptor.value.prototype, name + '.prototype', depth + 1);
      if (descriptor.value && (typeof descriptor.value === 'object' || typeof descriptor.value === 'function')) visit(descriptor.value, name, depth + 1);
    }
  };
  visit(globalThis, 'globalThis', 0);
  return out;
}
function changes(before, after) {
  const found = [];
  for (const [key, value] of after) if (!before.has(key)) found.push('+ ' + key); else if (!Object.is(before.get(key), value)) found.push('~ ' + key);
  for (const key of before.keys()) if (!after.has(key)) found.push('- ' + key);
  return found;
}
`;

function runInFreshNode(body: string): { status: number | null; stdout: string; stderr: string } {
  // Node defines some web globals as lazy getters that become plain values on first use. The library
  // uses these (portable UTF-8 decoding and inflating, the same code as in a browser): their first
  // use is Node's own doing, not a change, so they are settled before the first snapshot.
  const settle = 'void [globalThis.TextEncoder, globalThis.TextDecoder, globalThis.DecompressionStream];';
  // On Node 22 the snapshot's own walk makes Node load undici (fetch's engine), which sets its global
  // dispatcher on globalThis while the walk goes on: a first walk settles that before the one kept.
  const script = `${SNAPSHOT}\n${settle}\nsnapshot();\nconst natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };\nconst before = snapshot();\n${body}`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the host's built-ins", () => {
  it('are exactly as they were after importing the library and reading a PDF through analyse, analyseBytes and readScriptBytes', () => {
    const { status, stdout, stderr } = runInFreshNode(`
      const lib = await import(${JSON.stringify(library)});
      const { readFileSync } = await import('node:fs');
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(pdf)}));
      const byPath = await lib.analyse(${JSON.stringify(pdf)});
      const byBytes = await lib.analyseBytes(bytes, 'spring-sale.pdf');
      const script = await lib.readScriptBytes(bytes, 'spring-sale.pdf');
      const after = snapshot();
      process.stdout.write(JSON.stringify({
        words: [byPath.report.total.words, byBytes.report.total.words, script.paragraphs.length > 0],
        same: [Array.prototype.push === natives.push, JSON.parse === natives.parse, JSON.stringify === natives.stringify],
        changes: changes(before, after),
        checked: after.size,
      }));
    `);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { words: unknown[]; same: boolean[]; changes: string[]; checked: number };
    expect(result.words).toEqual([378, 378, true]);
    expect(result.same).toEqual([true, true, true]);
    expect(result.changes).toEqual([]);
    // A snapshot that read nothing would prove nothing.
    expect(result.checked).toBeGreaterThan(1000);
  });

  it('the snapshot sees what pdf.js changes when it is loaded in the host itself', () => {
    const { status, stdout } = runInFreshNode(`
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      process.stdout.write(JSON.stringify(changes(before, snapshot())));
    `);
    expect(status).toBe(0);
    const found = JSON.parse(stdout) as string[];
    expect(found).toContain('+ globalThis.pdfjsLib');
    // On Node 20 the legacy build's core-js replaces natives too (newer Node has some of them).
    if (process.versions.node.startsWith('20.')) expect(found).toContain('~ globalThis.Array.prototype.push');
  });
});

/**
 * The modules a fresh Node process loads (file: URLs below the project) for `args`, each once: what
 * the loader hook sees, in order, then the CommonJS modules in Node's `require` cache at exit (the bin
 * is one; not every Node shows CommonJS to the hook).
 */
function modulesLoaded(args: string[]): string[] {
  const load = "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }";
  const commonJs =
    "import { createRequire } from 'node:module'; import { pathToFileURL } from 'node:url'; const cache = createRequire(process.cwd() + '/').cache;" +
    "process.on('exit', () => { for (const file of Object.keys(cache)) process.stderr.write('LOADED ' + pathToFileURL(file).href + '\\n'); });";
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(load)}`)}); ${commonJs}`;
  const hook = `data:text/javascript,${encodeURIComponent(register)}`;
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => fileURLToPath(line.slice('LOADED '.length)).slice(root.length))
    .filter((path, index, all) => all.indexOf(path) === index);
}

describe('what loads, and when', () => {
  it('importing the library loads no writer (write-excel-file, pdfkit, docx) and no pdf.js', () => {
    const loaded = modulesLoaded(['--input-type=module', '-e', `await import(${JSON.stringify(library)})`]);
    expect(loaded).toContain('dist/index.js');
    expect(loaded.filter((path) => /node_modules\/(write-excel-file|pdfkit|docx|pdfjs-dist)\//.test(path))).toEqual([]);
  });

  it('vo-lines --version loads its own bundle and nothing from node_modules', () => {
    const loaded = modulesLoaded([join(root, 'dist', 'cli', 'main.cjs'), '--version']);
    expect(loaded[0]).toBe('dist/cli/main.cjs');
    expect(loaded.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(loaded.length).toBeLessThan(5);
  });

  it("vo-lines summary of a PDF: the calling thread loads none of Node's perf_hooks, fetch or http (what a first use of `performance` or `Response` would)", () => {
    const pdf = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');
    const probe = "process.on('exit', () => process.stderr.write('NODE ' + process.moduleLoadList.filter((m) => /^NativeModule (perf_hooks|http|tls|internal\\/deps\\/undici\\/undici)$/.test(m)).join(',') + '\\n'));";
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, join(root, 'dist', 'cli', 'main.cjs'), 'summary', pdf, '--no-config'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').find((line) => line.startsWith('NODE '))).toBe('NODE ');
  });
});

