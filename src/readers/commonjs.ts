/**
 * A CommonJS file compiled and run the way Node runs one, but through node:vm so that it can take a V8
 * code cache (on Node 20 only a classic script can): the built command line (cli/launch.ts) and pdf.js's
 * bundle in our PDF threads (readers/pdf/pdfjs.ts). Node only.
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
 * What V8 checks a code cache against besides its source: the bytes of its header that hold the hash
 * of V8's version (at 4) and of its flags (at 12). Empty when too short to hold them.
 */
function cacheHeaderKey(header: Uint8Array): string {
  return header.length < 16 ? '' : Buffer.from(header.subarray(4, 8)).toString('hex') + Buffer.from(header.subarray(12, 16)).toString('hex');
}

let thisV8Key: string | undefined;

/**
 * Of code caches made of one file under different V8 flags (the build makes pdf.js's for the command
 * line's flags and for none: cli/v8-flags.ts), the one this process's V8 and flags would accept,
 * told by the header of a cache made here and now; when none says so, the first (V8 still checks
 * whatever it is given: a wrong pick only costs time). Undefined when none can be read.
 */
export function readCodeCacheFor(files: readonly string[]): Buffer | undefined {
  thisV8Key ??= cacheHeaderKey(new Script('').createCachedData());
  for (const file of files) {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const header = Buffer.alloc(16);
      const read = readSync(fd, header, 0, 16, 0);
      if (thisV8Key && cacheHeaderKey(header.subarray(0, read)) === thisV8Key) return readFileSync(file);
    } catch {
      // Missing or unreadable: not this one.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  for (const file of files) {
    try {
      return readFileSync(file);
    } catch {
      // Next.
    }
  }
  return undefined;
}
