/**
 * An integrator whose project is CommonJS: `require('vo-lines')` on Node ≥ 20.19 (which loads an ES module without
 * top-level await), and a TypeScript project compiled with module commonjs / moduleResolution node10, which emits a
 * `require`. Before package.json's `exports` had a `require` condition, both stopped at ERR_PACKAGE_PATH_NOT_EXPORTED.
 * The package is installed as an integrator gets it: a node_modules/vo-lines link to the built repo (npm test builds).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const docx = join(root, 'samples', 'en-commercial', 'spring-sale.docx');
const pdf = join(root, 'samples', 'en-commercial', 'spring-sale.pdf');

function app(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lines-cjs-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'vo-lines'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'commonjs' }));
  return dir;
}

const SCRIPT = `
const v = require('vo-lines');
(async () => {
  const out = [typeof v.analyse, typeof v.isUserError];
  for (const f of process.argv.slice(2)) {
    const { report } = await v.analyse(f);
    out.push(report.voices.map(voice => voice.name + ' ' + voice.words).join(', '));
  }
  try { await v.analyse(${JSON.stringify(join(root, 'no-such.docx'))}); } catch (e) { out.push(v.isUserError(e) ? e.code : 'not a user error'); }
  console.log(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
`;

describe('require("vo-lines") from CommonJS', () => {
  it('a .cjs script requires the package and reads a DOCX and a PDF', () => {
    const dir = app();
    writeFileSync(join(dir, 'main.cjs'), SCRIPT);
    const run = spawnSync(process.execPath, ['main.cjs', docx, pdf], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['function', 'function', 'Announcer 243, Customer 50', 'Announcer 243, Customer 50', 'missing-file']);
  }, 60_000);

  it('the bundle the package loads has no top-level await (require would throw ERR_REQUIRE_ASYNC_MODULE)', () => {
    const dir = app();
    const run = spawnSync(process.execPath, ['-e', 'const v = require("vo-lines"); console.log(Object.keys(v).includes("analyse"))'], { cwd: dir, encoding: 'utf8' });
    expect([run.stderr, run.stdout.trim()]).toEqual(['', 'true']);
  }, 30_000);

  it('a TypeScript project with module commonjs and moduleResolution node10 compiles and runs', () => {
    const dir = app();
    writeFileSync(join(dir, 'main.ts'), `import { analyse, isUserError } from 'vo-lines';
analyse(${JSON.stringify(docx)}).then(r => console.log(r.report.voices.length, typeof isUserError));
`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, skipLibCheck: true, esModuleInterop: true, module: 'commonjs', moduleResolution: 'node10', target: 'es2022', outDir: 'out', types: [] },
      include: ['main.ts'],
    }));
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    const run = spawnSync(process.execPath, [join('out', 'main.js')], { cwd: dir, encoding: 'utf8' });
    expect([run.stderr, run.stdout.trim()]).toEqual(['', '2 function']);
  }, 60_000);
});
