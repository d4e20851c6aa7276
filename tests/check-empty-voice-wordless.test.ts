/**
 * `check`'s `empty-voice` finding for a voice whose colour IS in the script, on text of no words only
 * ("…", an em dash at the end of another voice's line, "?!" in its highlight): says what is true (its
 * text in that colour has no words, and what it is), not that no text has its colour. Numbers are
 * words said aloud: a voice of "1, 2, 3." is no empty voice. Fixtures: scripts/build-ci5-fixtures.py
 * (tests/fixtures/ci5/wordless), tests/fixtures/lang2/wordless.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
delete env.CI;

function run(cwd: string, ...args: string[]): { stdout: string; code: number | null } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return { stdout: result.stdout, code: result.status };
}

const DIR = join(root, 'tests', 'fixtures', 'ci5', 'wordless');
const REACTION = 'Reaction: no line in this script (the config names this voice, and its text in #C00000 has no words: “…” and 1 other paragraph).';
const GASP = 'Gasp: no line in this script (the config names this voice, and its text on #FFFF00 highlight has no words: “?!”).';

describe('empty-voice for a voice whose text has no words', () => {
  it('text: each finding says the colour and the text it marks', () => {
    const { stdout, code } = run(DIR, 'check', 'reactions.docx');
    expect(stdout.split('\n').slice(0, 3)).toEqual(['reactions.docx', `  error    empty-voice  ${REACTION}`, `  error    empty-voice  ${GASP}`]);
    expect(code).toBe(1);
  });

  it('json: the findings, and no other voice empty (Count’s numbers are words)', () => {
    const json = JSON.parse(run(DIR, 'check', 'reactions.docx', '--json').stdout) as { files: { findings: unknown[]; voices: { name: string; words: number }[] }[] };
    expect(json.files[0]!.findings).toEqual([
      { rule: 'empty-voice', level: 'error', voice: 'Reaction', message: REACTION },
      { rule: 'empty-voice', level: 'error', voice: 'Gasp', message: GASP },
    ]);
    expect(json.files[0]!.voices.map(({ name, words }) => [name, words])).toEqual([['Narrator', 26], ['Reaction', 0], ['Gasp', 0], ['Count', 3]]);
  });

  it('the warning’s details give the colour the wordless text is in', async () => {
    const { report } = await analyse(join(DIR, 'reactions.docx'));
    expect(report.warnings.filter((w) => w.code === 'empty-voice').map((w) => (w.details as { wordless?: unknown }).wordless)).toEqual([
      { paragraphs: 2, text: '…', colour: '#C00000', background: false },
      { paragraphs: 1, text: '?!', colour: '#FFFF00', background: true },
    ]);
  });

  it('lang2/wordless (“…?!” in two paragraphs): said the same way', () => {
    const { stdout } = run(join(root, 'tests', 'fixtures', 'lang2', 'wordless'), 'check', 'reaction.docx');
    expect(stdout.split('\n')[1]).toBe('  error    empty-voice  Reaction: no line in this script (the config names this voice, and its text in #C00000 has no words: “…?!” and 1 other paragraph).');
  });
});
