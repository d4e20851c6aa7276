/**
 * A CommonJS file compiled and run the way Node runs one, but through node:vm so that it can take a V8
 * code cache (on Node 20 only a classic script can): the built command line (cli/launch.ts) and pdf.js's
 * bundle in our PDF threads (readers/pdf/pdfjs.ts). Node only.
 */
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
