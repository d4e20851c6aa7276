/**
 * The layers of src/ (docs/architecture.md), kept honest: every import (static, `export … from`,
 * `import type`, and `await import()`) is read from the sources, and the test fails on an import
 * cycle or on an import that runs up the layers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * From the ground up. A module may import modules of a lower layer, and modules of its own layer;
 * never one above. The ground floor (text, colour, the Script model, errors, the time budget) is
 * what every layer may use.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'budget.ts', 'model.ts', 'text/', 'colour/'],
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

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project's own imports of each module: `src/`-relative path → imported `src/`-relative paths. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of sources(SRC)) {
    const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    const from = relative(SRC, path).split(sep).join('/');
    const edges: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith('.')) continue;
      edges.push(relative(SRC, resolve(dirname(path), specifier.replace(/\.js$/, '.ts'))).split(sep).join('/'));
    }
    graph.set(from, [...new Set(edges)]);
  }
  return graph;
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

  it('has no import running up the layers', () => {
    const upward = [...graph].flatMap(([from, to]) => to.filter((target) => layerOf(target) > layerOf(from)).map((target) => `${from} → ${target}`));
    expect(upward).toEqual([]);
  });

  it('finds a cycle and an upward import where there is one', () => {
    const knotted = new Map([
      ['check/a.ts', ['check/b.ts']],
      ['check/b.ts', ['render/text.ts', 'check/a.ts']],
      ['render/text.ts', []],
    ]);
    expect(cycles(knotted)).toEqual([['check/a.ts', 'check/b.ts', 'check/a.ts']]);
    expect(layerOf('render/text.ts')).toBeGreaterThan(layerOf('check/b.ts'));
    expect(layerOf('text/words.ts')).toBe(0);
    expect(() => layerOf('web/page.ts')).toThrow(/no layer/);
  });
});
