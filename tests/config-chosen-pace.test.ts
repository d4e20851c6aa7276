/**
 * The page's downloaded config carries the pace she set on the page (Settings.wpm, as --wpm: every voice's), so the
 * command line times the script as the page did (render/config-yaml.ts withChosenPace): a YAML config's top-level
 * `wpm`/`pace` line replaced (every other line as written) or one added; a voice's own pace, or a `syllablesPerSecond`,
 * taken out through the YAML library (comments kept); a JSON config's fields set and removed; no pace, unchanged.
 * The command line with the config so written gives --wpm's figures. The page end to end: tests/web-names-config.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/config/parse.js';
import type { Report } from '../src/measure/report.js';
import { withChosenLanguage, withChosenPace } from '../src/render/config-yaml.js';
import { ROOT, runCli } from './helpers/cli.js';

const COMMENT = (wpm: number) => `# set on the vo-lines page: every voice is timed at it, as --wpm ${wpm} does`;

describe('withChosenPace', () => {
  it('YAML: the top-level wpm or pace line replaced, every other line as written; added when there is none', async () => {
    const sample = readFileSync(join(ROOT, 'samples/fr-elearning/vo-lines.config.yaml'), 'utf8');
    expect(await withChosenPace(sample, 170)).toBe(sample.replace('wpm: 150\n', `wpm: 170   ${COMMENT(170)}\n`));
    expect(await withChosenPace('voices:\n  A: { color: "#FF0000" }   # mine\npace: audiobook   # slow\nsections:\n  "SPOT 1": 30\n', 120)).toBe(`voices:\n  A: { color: "#FF0000" }   # mine\nwpm: 120   ${COMMENT(120)}\nsections:\n  "SPOT 1": 30\n`);
    // Both (wpm wins in a config): one line left.
    expect(await withChosenPace('wpm: 150\r\npace: commercial\r\n', 200)).toBe(`wpm: 200   ${COMMENT(200)}\r\n`);
    expect(await withChosenPace('voices:\n  A: { color: "#FF0000" }', 95)).toBe(`voices:\n  A: { color: "#FF0000" }\nwpm: 95   ${COMMENT(95)}\n`);
    expect(await withChosenPace(sample, undefined)).toBe(sample);
  });

  it('YAML with a voice\'s own pace or a syllable rate: those taken out, its comments kept; read back, one pace for all', async () => {
    const yaml = '# mine\nvoices:\n  Narrateur: { color: "#404040", wpm: 140 }   # slow\n  Formatrice:\n    color: "#1F4E79"\n    syllablesPerSecond: 4.2\n  Apprenant: { color: "#00B050", pace: audiobook }\nunassigned: ["#000000"]   # black: titles\ntiming: syllables\nsyllablesPerSecond: 4.5\n';
    const out = await withChosenPace(yaml, 170);
    expect(out).toBe(`# mine\nvoices:\n  Narrateur: { color: "#404040" } # slow\n  Formatrice:\n    color: "#1F4E79"\n  Apprenant: { color: "#00B050" }\nunassigned: [ "#000000" ] # black: titles\ntiming: syllables\nwpm: 170 ${COMMENT(170)}\n`);
    const map = (await parseConfigText(out, 'vo-lines.config.yaml')).voiceMap!;
    expect([map.wpm, map.syllablesPerSecond, map.timing, map.voices.map((v) => [v.name, v.wpm, v.syllablesPerSecond])]).toEqual([170, undefined, 'syllables', [['Narrateur', undefined, undefined], ['Formatrice', undefined, undefined], ['Apprenant', undefined, undefined]]]);
  });

  it('JSON: wpm set, pace and the voices\' own paces removed; with a language chosen too', async () => {
    const json = JSON.stringify({ voices: { A: { color: '#FF0000', wpm: 130 }, B: { color: '#0000FF' } }, pace: 'commercial', sections: { 'SPOT 2': { maxSeconds: 20 } } });
    const out = await withChosenPace(json, 120, true);
    expect(JSON.parse(out)).toEqual({ voices: { A: { color: '#FF0000' }, B: { color: '#0000FF' } }, sections: { 'SPOT 2': { maxSeconds: 20 } }, wpm: 120 });
    expect(JSON.parse(withChosenLanguage(out, 'fr', true))).toEqual({ voices: { A: { color: '#FF0000' }, B: { color: '#0000FF' } }, sections: { 'SPOT 2': { maxSeconds: 20 } }, wpm: 120, language: 'fr' });
    expect(await withChosenPace(json, undefined, true)).toBe(json);
  });

  it('the command line with the config written gives --wpm\'s times, by words and by syllables, a voice\'s own pace and rate overridden', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-pace-'));
    const script = join(ROOT, 'samples/fr-elearning/module-securite.docx');
    const figures = (r: Report) => ({ voices: r.voices.map((v) => [v.name, v.wpm, v.seconds, v.syllablesPerSecond]), total: r.total.seconds, sections: r.sections.map((s) => s.seconds) });
    for (const timing of ['', 'timing: syllables\nsyllablesPerSecond: 4.5\n']) {
      const own = `voices:\n  Narrateur: { color: "#404040", wpm: 140 }\n  Formatrice: { color: "#1F4E79"${timing ? ', syllablesPerSecond: 3.9' : ', pace: audiobook'} }\n  Apprenant: { color: "#00B050" }\nunassigned: ["#000000"]\n${timing}`;
      const original = join(dir, 'own.config.yaml');
      writeFileSync(original, own);
      const written = join(dir, 'page.config.yaml');
      writeFileSync(written, await withChosenPace(own, 170));
      const byOption = runCli(['summary', script, '--config', original, '--wpm', '170', '--json']);
      const byConfig = runCli(['summary', script, '--config', written, '--json']);
      expect(byOption.code, byOption.stderr).toBe(0);
      expect(byConfig.code, byConfig.stderr).toBe(0);
      const [a, b] = [JSON.parse(byOption.stdout) as Report, JSON.parse(byConfig.stdout) as Report];
      expect(figures(b)).toEqual(figures(a));
      expect(a.voices.every((v) => v.wpm === 170)).toBe(true);
      // The config as it was would not: its voices' own paces.
      expect(figures(JSON.parse(runCli(['summary', script, '--config', original, '--json']).stdout) as Report)).not.toEqual(figures(a));
    }
  });
});
