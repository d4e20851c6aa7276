/**
 * Where Node may be used below src/cli/, one list for tests/layers.test.ts (the import graph) and
 * tests/browser-core.test.ts (the browser bundle): the platform's adapter (every module of
 * src/platform/ but its `.browser.ts` stand-ins), the Node-only runtime files (NODE_ONLY, each with
 * why and what stands in for it on the page), and the modules package.json's "browser" field swaps
 * for a stand-in (read from package.json itself: browserStandIns). Paths are `src/`-relative.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The platform's adapter: every module here may import Node; each that does has a stand-in for browsers (its `.browser.ts`), which imports none. */
export const PLATFORM = 'platform/';

/**
 * Below cli/, Node's built-ins are imported only by the platform's adapter and by these files:
 * Node-only runtime machinery, each with why it cannot run in a browser and what stands in for it
 * on the page (package.json's "browser" field, or the page's own Web Worker). A new entry needs the
 * same: the page's build (scripts/build-web.mjs) must never reach it.
 */
export const NODE_ONLY: Readonly<Record<string, string>> = {
  // Thread machinery: Node's worker threads, their heap limit, their CommonJS entry and code cache.
  'readers/threads.ts': "worker threads' heap limit and start, the machine's cores and their load (node:v8, node:worker_threads, node:os, node:wasi); the page runs the whole pipeline in one Web Worker of its own (web/worker.ts)",
  'readers/thread-entry.ts': "a thread's CommonJS entry: runs its bundle with a V8 code cache (node:fs, node:module, node:worker_threads); no threads on the page",
  'readers/commonjs.ts': 'runs a CommonJS bundle from a V8 code cache (node:vm, node:fs, node:module): the launcher and pdf.js in our PDF threads; the page loads ES modules',
  'readers/pdf/isolated.ts': 'reads a PDF in a worker thread stopped at the time budget (started by readers/threads.ts; node:fs, node:url find its entry); the page reads it in its Web Worker (readers/file.browser.ts)',
  'readers/pdf/worker.ts': 'that PDF thread (node:worker_threads); not on the page',
  // pdf.js loading.
  'readers/pdf/pdfjs.ts': "loads pdf.js's Node (legacy) build and finds its CMaps and fonts on disk (node:fs, node:module, node:url, node:vm); browser: pdfjs.browser.ts, the modern build",
  // check's threads and git: the page checks nothing.
  'check/worker.ts': "check's worker thread (node:worker_threads); the page checks nothing",
  'check/since-git.ts': 'check --since runs git (node:child_process): a browser starts no program, and the page checks nothing',
};

/**
 * Modules package.json's "browser" field swaps for a stand-in although they import no Node built-in
 * themselves: what they reach is Node's.
 */
export const SWAPPED: Readonly<Record<string, string>> = {
  'readers/file.ts': 'reads a PDF in a worker thread (readers/pdf/isolated.ts); browser: file.browser.ts reads it in the calling Web Worker',
  'render/xlsx-zip.ts': "write-excel-file's Node build, which needs node:stream; browser: xlsx-zip.browser.ts",
};

/** package.json's "browser" field as `src/`-relative module → its stand-in (`platform/files.ts` → `platform/files.browser.ts`). */
export function browserStandIns(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { browser: Record<string, string> };
  const src = (path: string) => path.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts');
  return new Map(Object.entries(pkg.browser).map(([node, browser]) => [src(node), src(browser)]));
}

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
export const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!);

/**
 * The Node built-ins a module names, read from its syntax tree: `import`/`export … from`, `import x = require()`,
 * `import()` and `import('…').Type`, a call of `require(…)` or of what `createRequire(…)` gives, and
 * `process.getBuiltinModule(…)`.
 */
export function builtinsOf(text: string, name = 'module.ts'): string[] {
  const found: string[] = [];
  const take = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && isBuiltin(node.text)) found.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) take(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) take(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) take(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const requires =
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'createRequire') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 'getBuiltinModule');
      if (requires) take(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** Whether `name` (`src/`-relative) may import a Node built-in: the command line, the adapter (not its stand-ins), the Node-only files. */
export function mayImportNode(name: string): boolean {
  if (name.startsWith('cli/')) return true;
  if (name.startsWith(PLATFORM)) return !name.endsWith('.browser.ts');
  return Object.hasOwn(NODE_ONLY, name);
}

/** Below cli/ (the command line is Node's; index.ts, the library's entry, is not), each Node built-in imported where mayImportNode says no. */
export function nodeImportsOutside(files: ReadonlyMap<string, string>): string[] {
  return [...files].flatMap(([name, text]) => (mayImportNode(name) ? [] : builtinsOf(text, name).map((specifier) => `${name} imports ${specifier}`)));
}
