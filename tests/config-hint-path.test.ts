/**
 * The advice of `headings-unassigned` (give the headings' colour to the voice who reads them, "in"
 * the config) names the config that governs the script as the user would type its path: a
 * subfolder's `module2/vo-lines.config.yaml`, not any `vo-lines.config.yaml`; a `.json` config in
 * its folder. Fixture: tests/fixtures/heading-colour/spots-outline-en.docx (titles in dark red, a
 * colour of no voice), copied into a folder tree with configs at two levels.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { runInRepo } from './helpers/git.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'heading-colour');
const { dir } = tempConfigs('vo-hint-path-');
const CONFIG = readFileSync(join(FIXTURES, 'spots-outline-en.config.yaml'), 'utf8');
for (const sub of ['module2', 'jsonconf']) mkdirSync(join(dir, sub));
writeFileSync(join(dir, 'vo-lines.config.yaml'), CONFIG);
writeFileSync(join(dir, 'module2', 'vo-lines.config.yaml'), CONFIG);
writeFileSync(join(dir, 'jsonconf', 'vo-lines.config.json'), JSON.stringify({ voices: { ANNOUNCER: { color: '#0070C0' }, CUSTOMER: { color: '#00B050' } }, unassigned: ['#000000'] }));
for (const sub of ['module2', 'jsonconf']) copyFileSync(join(FIXTURES, 'spots-outline-en.docx'), join(dir, sub, 'spots.docx'));

const advice = (config: string) =>
  `3 headings (15 words) are in #C00000 red, no voice's colour, and counted as nobody's lines (Unassigned): "Spot 1 — “Berry Good” — :30", "Spot 2 — “Bread Run” — :20" and "Spot 3 — “Family Box” — :30". If they are read aloud, give that colour to the voice who reads them, in ${config}.`;
const noteOf = (stdout: string) => (JSON.parse(stdout) as { warnings: { code: string; message: string }[] }).warnings.find((w) => w.code === 'headings-unassigned')?.message;

describe('headings-unassigned names the config that governs the script', () => {
  it('a subfolder config: its path from the working folder, in summary and check', () => {
    expect(noteOf(runInRepo(['summary', 'module2/spots.docx', '--json'], dir).stdout)).toBe(advice('module2/vo-lines.config.yaml'));
    const check = runInRepo(['check', 'module2/spots.docx'], dir).stdout;
    expect(check.split('\n')[1]).toBe(`  note     headings-unassigned  ${advice('module2/vo-lines.config.yaml')} [¶2]`);
    // From inside the folder, the config beside the script.
    expect(noteOf(runInRepo(['summary', 'spots.docx', '--json'], join(dir, 'module2')).stdout)).toBe(advice('vo-lines.config.yaml'));
  });

  it('a .json config in a subfolder: named as it is', () => {
    expect(noteOf(runInRepo(['summary', 'jsonconf/spots.docx', '--json'], dir).stdout)).toBe(advice('jsonconf/vo-lines.config.json'));
  });
});
