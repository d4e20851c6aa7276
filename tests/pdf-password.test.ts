/**
 * One `--password` for a batch: a PDF that opens without one (an owner password only: printing or
 * copying restricted) is read as it is, whatever password is given; one that needs a password is read
 * with the right one, and a wrong one is still said to be wrong. Before: "the password given is
 * wrong" for the owner-password-only PDF once --password was given for another file of the batch.
 * Fixtures: scripts/build-pdf-password-fixtures.py (reportlab's encryption).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pdf-password');
const dir = mkdtempSync(join(tmpdir(), 'vo-pdf-password-'));
for (const name of ['owner-only.pdf', 'user-secret.pdf']) copyFileSync(join(FIXTURES, name), join(dir, name));
writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#0070C0' } } }));

const outcome = (args: string[]) =>
  (JSON.parse(runCli(['check', '.', '--json', ...args], dir).stdout) as { files: { file: string; status: string; error?: { message: string } }[] }).files.map((f) => [f.file, f.status, f.error?.message ?? null]);

describe('--password applies to the PDFs that need one', () => {
  it('no password: the owner-only PDF is read, the other needs one', () => {
    expect(outcome([])).toEqual([
      ['owner-only.pdf', 'pass', null],
      ['user-secret.pdf', 'error', 'user-secret.pdf is encrypted: a password is needed, pass it with --password.'],
    ]);
  });

  it('the right password: both read', () => {
    expect(outcome(['--password', 'secret'])).toEqual([
      ['owner-only.pdf', 'pass', null],
      ['user-secret.pdf', 'pass', null],
    ]);
  });

  it('a wrong password: the owner-only PDF still read; the other: wrong', () => {
    expect(outcome(['--password', 'nope'])).toEqual([
      ['owner-only.pdf', 'pass', null],
      ['user-secret.pdf', 'error', 'user-secret.pdf is encrypted and the password given is wrong: pass the right one with --password.'],
    ]);
  });
});
