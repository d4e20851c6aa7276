/**
 * A CommonJS file compiled and run the way Node runs one, but through node:vm so that it can take a V8
 * code cache (on Node 20 only a classic script can): the built command line (cli/launch.ts), the
 * bundles of our worker threads (thread-entry.ts) and pdf.js's bundle in our PDF threads
 * (readers/pdf/pdfjs.ts). Node only.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * `code` inside the function Node puts around a CommonJS module — on its first line, so line numbers
 * stay — with `extraParameter` after Node's five when given; `cachedData` is used if V8 accepts it.
 */
export function compileCommonJs(file: string, code: string, cachedData?: Buffer, extraParameter?: string): Script {
  const parameters = ['exports', 'require', 'module', '__filename', '__dirname', ...(extraParameter ? [extraParameter] : [])].join(', ');
  return new Script(`(function (${parameters}) { ${code}\n})`, { filename: file, cachedData });
}

/** Runs a script from compileCommonJs as the module `file` (its own `require`), `extraArgument` for its extra parameter; returns its exports. */
export function runCommonJs(script: Script, file: string, extraArgument?: unknown): unknown {
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false, require: createRequire(file) };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, module.require, module, file, dirname(file), extraArgument);
  module.loaded = true;
  return module.exports;
}

/**
 * What V8 checks a code cache against besides its source: the bytes of its header holding the hash of
 * V8's version (4–8) and of its flags (12–16) — the layout of Node 20's V8; elsewhere a pick may be
 * wrong, which only costs time (V8 still checks the cache it is given). '' when too short.
 */
function headerKey(header: Uint8Array): string {
  return header.length < 16 ? '' : Buffer.from(header.subarray(4, 8)).toString('hex') + Buffer.from(header.subarray(12, 16)).toString('hex');
}

let keyHere: string | undefined;

/**
 * Of code caches of one file made under different V8 flags (the build makes pdf.js's under each set a
 * PDF thread may run with: cli/v8-flags.ts), the bytes of the one V8 would accept in this process, told
 * by the header of a cache made here and now; when none matches, the first that can be read (a wrong
 * pick only costs time). Undefined when none can be read.
 */
export function codeCacheFor(files: readonly string[]): Buffer | undefined {
  return pickCodeCache(files)?.bytes;
}

/** codeCacheFor's pick, with the file it was read from. */
export function pickCodeCache(files: readonly string[]): { file: string; bytes: Buffer } | undefined {
  keyHere ??= headerKey(new Script('').createCachedData());
  for (const file of files) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const header = Buffer.alloc(16);
      if (keyHere && headerKey(header.subarray(0, readSync(fd, header, 0, 16, 0))) === keyHere) return { file, bytes: readFileSync(file) };
    } catch {
      // Missing or unreadable: not this one.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  for (const file of files) {
    try {
      return { file, bytes: readFileSync(file) };
    } catch {
      // The next one.
    }
  }
  return undefined;
}
