/**
 * `UserError.code` is a union of the codes (errors.ts USER_ERROR_CODES, exported as the type
 * `UserErrorCode`): the type checker refuses a code not in the list; this test refuses a list that
 * holds a code no `new UserError(…)` in src/ gives, or misses one, so the two cannot drift. The few
 * places that pass a code on (an error crossing a thread, a side added to an error) are named here:
 * a new one is looked at, not let through unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { USER_ERROR_CODES } from '../src/errors.js';
import { ROOT } from './helpers/cli.js';

/** Every `new UserError(message, code…)` in src/: the literal codes, and where a code is passed on from elsewhere. */
function codesInSources(): { literal: Set<string>; passedOn: string[] } {
  // Walked on disk, not asked of git: the tests run in a copy with no .git too (the Node 22/24 lane).
  const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => `src/${name.split('\\').join('/')}`).sort();
  const literal = new Set<string>();
  const passedOn: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'UserError') {
        const code = node.arguments?.[1];
        if (code && (ts.isStringLiteral(code) || ts.isNoSubstitutionTemplateLiteral(code))) literal.add(code.text);
        else passedOn.push(`${file} ${code ? code.getText(source) : '(none)'}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literal, passedOn };
}

describe('UserErrorCode', () => {
  it('lists exactly the codes src/ gives its UserErrors, each once', () => {
    const { literal, passedOn } = codesInSources();
    expect(literal.size).toBeGreaterThan(40);
    expect([...USER_ERROR_CODES].sort()).toEqual([...literal].sort());
    expect(new Set(USER_ERROR_CODES).size).toBe(USER_ERROR_CODES.length);
    expect(passedOn.sort()).toEqual(['src/errors.ts data.code', 'src/pipeline.ts error.code', 'src/readers/pdf/isolated.ts reply.error.code']);
  });

  it('is exported as a type from the package entry, with UserError', () => {
    const entry = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
    expect(entry).toMatch(/export \{ UserError, [^}]*type UserErrorCode[^}]*\} from '\.\/errors\.js';/);
  });
});
