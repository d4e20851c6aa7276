/**
 * `sides --all -o OUT`: OUT is the stem of `OUT-<voice>.pdf` (help: "with --all, the stem of
 * OUT-<voice> names"), PDF by default; with no extension it was refused ("cannot tell the format …
 * use .pdf or .docx"). One voice's `-o OUT` with no extension is still refused: it names the file.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-sides-stem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'tests/fixtures/exports/acme-radio.docx'), join(dir, 'acme.docx'));
writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  WOMAN: { label: "WOMAN" }\n  MAN: { label: "MAN" }\n  ANNCR: { label: "ANNCR" }\nunassigned: ["#000000"]\n');
mkdirSync(join(dir, 'ex'));

describe('sides --all -o STEM', () => {
  it('a stem with no extension: one PDF per voice, STEM-<voice>.pdf', () => {
    const run = runCli(['sides', 'acme.docx', '--all', '-o', 'ex/sd'], dir);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      0,
      'Wrote ex/sd-WOMAN.pdf: booth script for WOMAN (2 lines, 11 words).\nWrote ex/sd-MAN.pdf: booth script for MAN (2 lines, 15 words).\nWrote ex/sd-ANNCR.pdf: booth script for ANNCR (4 lines, 49 words).\n',
      '',
    ]);
    expect(['WOMAN', 'MAN', 'ANNCR'].map((v) => existsSync(join(dir, `ex/sd-${v}.pdf`)))).toEqual([true, true, true]);
  });

  it('one voice, -o with no extension: still refused (it names the file, whose format it does not say)', () => {
    const run = runCli(['sides', 'acme.docx', '--voice', 'MAN', '-o', 'ex/man'], dir);
    expect([run.code, run.stderr]).toEqual([2, 'vo-lines: cannot tell the format of "ex/man" from its extension; use .pdf or .docx, or pass --format.\n']);
  });
});
