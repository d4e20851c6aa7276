/**
 * The layers of src/ (docs/architecture.md), kept honest: every import (static, `export … from`,
 * `import type`, `import()` and `import('…').Type`, and a worker's `new URL('….js', import.meta.url)`,
 * or `….cjs`, the build's entry of it) is read from the sources' syntax trees, and the test fails on
 * an import cycle, on an import that runs up the layers or to a lower layer the importing one may
 * not use, on a computed `import()` it has not been told about, and on a Node built-in (`node:fs`,
 * `fs`, `require('node:…')`, `process.getBuiltinModule('node:…')`) imported below cli/ outside the
 * platform's adapter (src/platform/) and the Node-only runtime files listed in NODE_ONLY
 * (tests/helpers/node-side.ts, the one list tests/browser-core.test.ts uses too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { browserStandIns, builtinsOf, NODE_ONLY, nodeImportsOutside, PLATFORM } from './helpers/node-side.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * From the ground up. A module may import modules of a lower layer, and modules of its own layer;
 * never one above. The ground floor (text, colour, the Script model, errors, the time budget) is
 * what every layer may use.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'budget.ts', 'model.ts', 'text/', 'colour/', 'platform/'],
  ['readers/'],
  ['config/'],
  ['attribute/'],
  ['measure/'],
  ['compare/'],
  ['pipeline.ts'],
  ['check/'],
  ['render/'],
  ['cli/', 'index.ts'],
];

/**
 * Lower layers a layer may NOT import although they are below it (docs/architecture.md's table):
 * the readers and the config are side by side on the ground floor (neither knows the other), and
 * `attribute/` takes only the readers' types (it never reads a file).
 */
const NOT_BELOW: Readonly<Record<number, { layer: number; unlessTypeOnly?: boolean }[]>> = {
  1: [],
  2: [{ layer: 1 }],
  3: [{ layer: 1, unlessTypeOnly: true }],
};

/** The only modules whose `import()` takes a computed specifier, and why (none of them is a module of src/). */
const COMPUTED_IMPORTS: Readonly<Record<string, string>> = {
  'readers/pdf/pdfjs.ts': "pdf.js's worker module, from node_modules",
  'cli/launch.ts': "the bundle's own dynamic imports, passed through",
  'readers/thread-entry.ts': "a thread bundle's own dynamic imports, passed through",
};

function layerOf(file: string): number {
  const index = LAYERS.findIndex((units) => units.some((unit) => (unit.endsWith('/') ? file.startsWith(unit) : file === unit)));
  if (index < 0) throw new Error(`${file} belongs to no layer: add its folder to LAYERS (and to docs/architecture.md)`);
  return index;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** An import of a module of src/: where it points, and whether it brings only types. */
export interface Edge {
  to: string;
  typeOnly: boolean;
  /** A worker's module, started in a thread of its own: a layer rule applies, but it makes no import cycle (each thread loads its own modules). */
  thread?: boolean;
}

const srcPath = (path: string) => relative(SRC, path).split(sep).join('/');

/**
 * Every way a module reaches another, read from TypeScript's syntax tree (so comments and strings
 * never fool it): `import`/`export … from` (type-only or not), `import()` and `import('…').Type`,
 * and `new URL('….js', import.meta.url)` — how a worker thread's module is named. Such a URL is
 * resolved from the module itself, or else from `src/cli/` (where the bundle that runs it sits).
 */
function edgesOf(path: string, text: string, computed: string[]): Edge[] {
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean, thread = false) => {
    // A thread starts on the entry the build writes beside its module (`worker.cjs` for worker.ts:
    // readers/thread-entry.ts), which runs that module's bundle.
    if (thread) specifier = specifier.replace(/\.cjs$/, '.js');
    if (!specifier.startsWith('.') || !specifier.endsWith('.js')) return;
    const ts = specifier.replace(/\.js$/, '.ts');
    const here = resolve(dirname(path), ts);
    const target = existsSync(here) || !thread ? here : resolve(SRC, 'cli', ts);
    if (thread && !existsSync(target)) return;
    edges.push({ to: srcPath(target), typeOnly, ...(thread ? { thread } : {}) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteralLike(specifier)) add(specifier.text, false);
      else computed.push(srcPath(path));
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length === 2) {
      const [specifier, base] = node.arguments;
      const metaUrl = ts.isPropertyAccessExpression(base!) && ts.isMetaProperty(base.expression) && base.name.text === 'url';
      if (ts.isStringLiteralLike(specifier!) && metaUrl) add(specifier.text, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  return edges;
}

/** The project's own imports of each module: `src/`-relative path → what it imports. */
export function importEdges(): { edges: Map<string, Edge[]>; computed: string[] } {
  const edges = new Map<string, Edge[]>();
  const computed: string[] = [];
  for (const path of sources(SRC)) {
    const found = edgesOf(path, readFileSync(path, 'utf8'), computed);
    // One edge per target: an import wins over a thread's start, a value import over a type-only one.
    const rank = (edge: Edge) => (edge.thread ? 0 : edge.typeOnly ? 1 : 2);
    const byTarget = new Map<string, Edge>();
    for (const edge of found) {
      const known = byTarget.get(edge.to);
      if (!known || rank(edge) > rank(known)) byTarget.set(edge.to, edge);
    }
    edges.set(srcPath(path), [...byTarget.values()]);
  }
  return { edges, computed: [...new Set(computed)].sort() };
}

/** `src/`-relative path → imported `src/`-relative paths (a thread's module is not imported: it is left out). */
export function importGraph(): Map<string, string[]> {
  return new Map([...importEdges().edges].map(([from, to]) => [from, to.filter((edge) => !edge.thread).map((edge) => edge.to)]));
}

/** The imports that break a layer rule: upward, or to a lower layer the importing one may not use. */
function badEdges(edges: Map<string, Edge[]>): string[] {
  return [...edges].flatMap(([from, to]) =>
    to
      .filter((edge) => {
        const [a, b] = [layerOf(from), layerOf(edge.to)];
        if (b > a) return true;
        return (NOT_BELOW[a] ?? []).some((rule) => rule.layer === b && !(rule.unlessTypeOnly && edge.typeOnly));
      })
      .map((edge) => `${from} → ${edge.to}${edge.typeOnly ? ' (types)' : ''}`),
  );
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the layers of src/', () => {
  const { edges, computed } = importEdges();
  const graph = importGraph();

  it('reads a real graph', () => {
    // A broken pattern would find nothing and pass everything.
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('cli/main.ts')?.length).toBeGreaterThan(0);
    expect(graph.get('pipeline.ts')).toContain('readers/index.ts');
  });

  it('every import points at a module that exists', () => {
    const missing = [...graph].flatMap(([from, to]) => to.filter((target) => !graph.has(target)).map((target) => `${from} → ${target}`));
    expect(missing).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no import running up the layers, nor to a lower layer a layer may not use', () => {
    expect(badEdges(edges)).toEqual([]);
  });

  it('below cli/, Node built-ins only in the platform adapter and the listed Node-only runtime files', () => {
    const files = new Map(sources(SRC).map((path) => [srcPath(path), readFileSync(path, 'utf8')] as const));
    expect(nodeImportsOutside(files)).toEqual([]);
    // The list names files that exist and import Node, each with its reason.
    for (const [name, why] of Object.entries(NODE_ONLY)) {
      expect(files.has(name), `${name} is in NODE_ONLY`).toBe(true);
      expect(builtinsOf(files.get(name)!, name).length, `${name} imports Node (else take it off NODE_ONLY)`).toBeGreaterThan(0);
      expect(why.length).toBeGreaterThan(20);
    }
    // Each module of the adapter that imports Node has a stand-in for browsers, which imports none.
    const standIns = browserStandIns();
    const adapter = [...files.keys()].filter((name) => name.startsWith(PLATFORM) && !name.endsWith('.browser.ts'));
    expect(adapter).toEqual(expect.arrayContaining(['platform/files.ts', 'platform/walk.ts', 'platform/hash.ts', 'platform/inflate-native.ts']));
    for (const name of adapter) {
      if (builtinsOf(files.get(name)!, name).length === 0 && !standIns.has(name)) continue;
      expect(standIns.get(name), `${name}: its stand-in in package.json's "browser"`).toBe(name.replace(/\.ts$/, '.browser.ts'));
      expect(builtinsOf(files.get(standIns.get(name)!)!, standIns.get(name)!)).toEqual([]);
    }
    // The config, the readers and check's file walk and --since reach files through the adapter only.
    for (const name of ['config/file.ts', 'readers/file.ts', 'check/run.ts', 'check/since.ts']) {
      expect(builtinsOf(files.get(name)!, name), name).toEqual([]);
      expect(graph.get(name), name).toContain('platform/files.ts');
    }
    expect(graph.get('check/run.ts')).toContain('platform/walk.ts');
  });

  it('finds each way of naming a Node built-in, and each file that does outside the list', () => {
    const code = [
      "import { a } from 'node:fs';",
      'import b from "path";',
      "export { c } from 'node:url';",
      "import 'node:v8';",
      "const d = await import('worker_threads');",
      "import type { E } from 'node:os';",
      "import f = require('zlib');",
      "type G = typeof import('node:crypto');",
      "const h = require('node:child_process');",
      "const i = createRequire(import.meta.url)('node:wasi');",
      "const m = process.getBuiltinModule('node:dns');",
      "import { j } from 'yaml';",
      "// import { k } from 'node:fs'",
      "const l = 'node:fs';",
    ].join('\n');
    expect(builtinsOf(code)).toEqual(['node:fs', 'path', 'node:url', 'node:v8', 'worker_threads', 'node:os', 'zlib', 'node:crypto', 'node:child_process', 'node:wasi', 'node:dns']);
    const planted = new Map([
      ['config/file.ts', "import { readFile } from 'node:fs';"],
      ['attribute/cast.ts', "import { join } from 'path';"],
      ['platform/files.ts', "import { readFile } from 'node:fs';"],
      ['platform/hash.ts', "const { hash } = process.getBuiltinModule('node:crypto');"],
      ['platform/files.browser.ts', "import { readFile } from 'node:fs';"],
      ['readers/threads.ts', "import { Worker } from 'node:worker_threads';"],
      ['check/run.ts', "import { statSync } from 'node:fs';"],
      ['check/since.ts', "import { realpath } from 'node:fs/promises';"],
      ['check/since-git.ts', "import { execFile } from 'node:child_process';"],
      ['cli/main.ts', "import { argv } from 'node:process';"],
      ['index.ts', "export { readFile } from 'node:fs';"],
    ]);
    expect(nodeImportsOutside(planted)).toEqual([
      'config/file.ts imports node:fs',
      'attribute/cast.ts imports path',
      'platform/files.browser.ts imports node:fs',
      'check/run.ts imports node:fs',
      'check/since.ts imports node:fs/promises',
      'index.ts imports node:fs',
    ]);
  });

  it('sees the worker modules that threads are started from, and computed imports only where known', () => {
    const threads = (from: string) => (edges.get(from) ?? []).filter((edge) => edge.thread).map((edge) => edge.to);
    expect(threads('check/run.ts')).toEqual(['check/worker.ts']);
    expect(threads('readers/pdf/isolated.ts')).toEqual(['readers/pdf/worker.ts']);
    expect(threads('cli/launch.ts')).toEqual(['readers/pdf/worker.ts']);
    expect(computed).toEqual(Object.keys(COMPUTED_IMPORTS).sort());
  });

  it('finds a cycle and an upward import where there is one', () => {
    const knotted = new Map([
      ['check/a.ts', ['check/b.ts']],
      ['check/b.ts', ['render/text.ts', 'check/a.ts']],
      ['render/text.ts', []],
    ]);
    expect(cycles(knotted)).toEqual([['check/a.ts', 'check/b.ts', 'check/a.ts']]);
    expect(badEdges(new Map([['check/b.ts', [{ to: 'render/text.ts', typeOnly: true }]]]))).toEqual(['check/b.ts → render/text.ts (types)']);
    expect(layerOf('render/text.ts')).toBeGreaterThan(layerOf('check/b.ts'));
    // Side by side on the ground floor: the config never reads a script, the readers never a config.
    expect(badEdges(new Map([['config/file.ts', [{ to: 'readers/file.ts', typeOnly: false }]]]))).toEqual(['config/file.ts → readers/file.ts']);
    expect(badEdges(new Map([['readers/index.ts', [{ to: 'config/parse.ts', typeOnly: true }]]]))).toEqual(['readers/index.ts → config/parse.ts (types)']);
    // Attribution takes the readers' types, never their code.
    expect(badEdges(new Map([['attribute/cast.ts', [{ to: 'readers/index.ts', typeOnly: true }]]]))).toEqual([]);
    expect(badEdges(new Map([['attribute/cast.ts', [{ to: 'readers/file.ts', typeOnly: false }]]]))).toEqual(['attribute/cast.ts → readers/file.ts']);
    expect(layerOf('text/words.ts')).toBe(0);
    expect(() => layerOf('web/page.ts')).toThrow(/no layer/);
  });
});
