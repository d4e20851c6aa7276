/**
 * `check --since REV`: a change cannot lift the lock it breaks. The config at REV locked Narrator;
 * the change removes `locked:` (or adds a config nearer to the script without it) and edits
 * Narrator's recorded line in the same stroke. Before: exit 0, a notice only. Now: the `locked` rule
 * fails at the level it had at REV, first saying the lock was lifted in this change and how to unlock
 * on purpose; an unlock landed alone (Narrator's lines untouched) passes, and `--rule locked=warning`
 * lowers it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './helpers/docx-builder.js';
import { git, runInRepo as run } from './helpers/git.js';

const NARRATOR = '404040';
const LEARNER = '00B050';
type Paragraph = [colour: string, text: string];
const LINES: Paragraph[] = [
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend.'],
  [LEARNER, 'I found everything I needed for my garden.'],
];
const EDITED: Paragraph[] = [[NARRATOR, 'Welcome to the summer sale at our garden centre this weekend.'], LINES[1]!];
const docx = (paragraphs: Paragraph[]) =>
  buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') });
const VOICES = ['voices:', '  Narrator: { color: "#404040" }', '  Learner: { color: "#00B050" }', ''].join('\n');
const LOCKED = `${VOICES}locked: [Narrator]\n`;

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lock-lifted-'));
  git(dir, 'init', '-q');
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), LOCKED);
  writeFileSync(join(dir, 'en', 'script.docx'), docx(LINES));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'script');
  return dir;
}

const LIFTED = "Narrator: locked at HEAD, and this change lifts the lock while it changes Narrator's recorded lines. To unlock on purpose, land the unlock in a change of its own first, or run with --rule locked=warning.";
const CHANGE = 'Narrator: line changed since HEAD: Welcome to the [-spring-]{+summer+} sale at our garden …';

interface Json {
  summary: { exitCode: number };
  files: { rules: Record<string, string>; findings: { rule: string; level: string; message: string }[] }[];
}
const findings = (stdout: string) => (JSON.parse(stdout) as Json).files[0]!.findings.map((f) => [f.rule, f.level, f.message]);

describe('a lock lifted in the change that edits the locked lines', () => {
  it('locked: removed from the config: locked fails, the lift said first', () => {
    const dir = repo();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), VOICES);
    writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
    const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir);
    expect(findings(stdout)).toEqual([
      ['locked', 'error', LIFTED],
      ['locked', 'error', CHANGE],
    ]);
    expect(code).toBe(1);
  });

  it('a config added nearer to the script, without locked: the same', () => {
    const dir = repo();
    writeFileSync(join(dir, 'en', 'vo-lines.config.yaml'), VOICES);
    writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
    const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir);
    expect(findings(stdout)).toEqual([
      ['locked', 'error', LIFTED],
      ['locked', 'error', CHANGE],
    ]);
    expect(code).toBe(1);
  });

  it('--rule locked=warning: a warning, exit 0', () => {
    const dir = repo();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), VOICES);
    writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
    const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json', '--rule', 'locked=warning'], dir);
    expect(findings(stdout)).toEqual([
      ['locked', 'warning', LIFTED],
      ['locked', 'warning', CHANGE],
    ]);
    expect(code).toBe(0);
  });

  it('the unlock landed on its own first: the edit then passes', () => {
    const dir = repo();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), VOICES);
    // The unlock alone, Narrator's lines untouched: no finding.
    expect(findings(run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir).stdout)).toEqual([]);
    git(dir, 'commit', '-q', '-am', 'unlock Narrator');
    writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
    const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir);
    expect(findings(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  it('still locked today (a config nearer with the lock too): the usual finding only', () => {
    const dir = repo();
    writeFileSync(join(dir, 'en', 'vo-lines.config.yaml'), LOCKED);
    writeFileSync(join(dir, 'en', 'script.docx'), docx(EDITED));
    const { code, stdout } = run(['check', 'en/script.docx', '--since', 'HEAD', '--json'], dir);
    expect(findings(stdout)).toEqual([['locked', 'error', CHANGE]]);
    expect(code).toBe(1);
  });
});
