/**
 * An `else` at the start of a line belongs, for a reader, to the `if` that starts the line above;
 * for JavaScript, to the nearest `if` without one — which may sit in the middle of that line, after
 * a loop: `if (stop) for (…) if (!done) requeue();` then `else if (error) …` on the next line runs
 * only when `stop` is set. One such `else` kept a PDF thread's leftover page from ever being stopped
 * (readers/pdf/isolated.ts, until the eighteenth session). This test reads the syntax trees of
 * src/, web/ and tests/ and fails on an `else` starting a line whose `if` is not where the line
 * above starts (an `else if` chain aside).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `line:column` of each `else` that starts a line but belongs to an `if` in the middle of an earlier line. */
function misleadingElses(code: string, file = 'code.ts'): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const lines = code.split('\n');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIfStatement(node) && node.elseStatement && !(ts.isIfStatement(node.parent) && node.parent.elseStatement === node)) {
      const elseToken = node.getChildren(sf).find((child) => child.kind === ts.SyntaxKind.ElseKeyword)!;
      const at = sf.getLineAndCharacterOfPosition(elseToken.getStart(sf));
      const ifAt = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const startsLine = lines[at.line]!.trim().startsWith('else');
      const ifStartsItsLine = ifAt.character === /^\s*/.exec(lines[ifAt.line]!)![0].length;
      if (startsLine && at.line !== ifAt.line && !ifStartsItsLine) found.push(`${at.line + 1}:${at.character + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no else that reads as belonging to another if', () => {
  it('finds the pattern it is for, and not an else-if chain or a braced loop', () => {
    const dangling = 'if (stop) for (const t of ts) if (!t.done) t.requeue();\nelse if (error) warn();\n';
    expect(misleadingElses(dangling)).toEqual(['2:1']);
    const chain = 'if (a) x();\nelse if (b) y();\nelse z();\n';
    expect(misleadingElses(chain)).toEqual([]);
    const braced = 'if (stop) {\n  for (const t of ts) if (!t.done) t.requeue();\n} else if (error) warn();\n';
    expect(misleadingElses(braced)).toEqual([]);
  });

  it('src/, web/ and tests/ have none', () => {
    const found = ['src', 'web', 'tests', 'bench', 'scripts']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .flatMap((file) => misleadingElses(readFileSync(file, 'utf8'), file).map((at) => `${relative(ROOT, file)}:${at}`));
    expect(found).toEqual([]);
  });
});
