/**
 * `summary --voice NAME`: a narrator's own numbers beside the whole script's ("Your lines: 1,180 words,
 * about 8 min; the whole script: 4,900 words"). The table keeps the Total row and the voice's row only,
 * the pay block and each section's table the same; the section totals stay the whole section's.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('summary --voice', () => {
  it("shows the voice's line, its row beside the total, its pay units and its share of each section", () => {
    const { code, stdout, stderr } = runCli(['summary', 'samples/fr-elearning/module-securite.docx', '--voice', 'formatrice']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[3]).toBe('Formatrice: 271 words (276 spoken) in 12 lines, about 1:50, 29.0% of the script (the whole script: 935 words, about 6:06)');
    expect(lines.slice(5, 8)).toEqual([
      '  Voice       Colour             Lines  Words  Spoken   Share  Time  Pace',
      '  Total                             57    935     915  100.0%  6:06  150 wpm',
      '  Formatrice  #1F4E79 dark blue     12    271     276   29.0%  1:50  150 wpm',
    ]);
    expect(lines.slice(9, 12)).toEqual([
      '  Pay units   Characters  Dubbing lines  Finished minutes  Finished hours',
      '  Total            5,681            116              6.10           0.102',
      '  Formatrice       1,667             34              1.84           0.031',
    ]);
    const screen1 = lines.indexOf('  Écran 1 — Introduction · ¶5 · 51.6 s, no target');
    expect(lines.slice(screen1, screen1 + 4)).toEqual([
      '  Écran 1 — Introduction · ¶5 · 51.6 s, no target',
      '    Voice       Lines  Words  Spoken  Time',
      '    Formatrice      2     42      42  0:17',
      '    Total           5    128     129  0:52',
    ]);
    expect(stdout).not.toContain('Narrateur   ');
    expect(stdout).not.toContain('Unassigned  ');
  });

  it('"unassigned" shows the text of no voice', () => {
    const { code, stdout } = runCli(['summary', 'samples/en-commercial/spring-sale.docx', '--voice', 'unassigned']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[3]).toBe('Unassigned: 85 words (88 spoken) in 20 lines, about 0:33, 22.5% of the script (the whole script: 378 words, about 2:33)');
    expect(lines.slice(6, 8)).toEqual([
      '  Total                            40    378     408  100.0%  2:33  160 wpm',
      '  Unassigned  any other colour     20     85      88   22.5%  0:33  160 wpm',
    ]);
  });

  it('--json keeps that voice only; an unknown voice is one line and exit 2', () => {
    const json = JSON.parse(runCli(['summary', 'samples/en-commercial/spring-sale.docx', '--voice', 'announcer', '--json']).stdout);
    expect(json.voices.map((v: { name: string; words: number }) => [v.name, v.words])).toEqual([['Announcer', 243]]);
    expect(json.total.words).toBe(378);
    const bad = runCli(['summary', 'samples/fr-elearning/module-securite.docx', '--voice', 'nobody']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('vo-lines: no voice "nobody" in samples/fr-elearning/module-securite.docx. Voices found: "Narrateur", "Formatrice", "Apprenant" (or "unassigned").');
  });
});
