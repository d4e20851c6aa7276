/**
 * The page's downloaded config carries the language she chose on the page ("Read it as French": Settings.language,
 * as --lang), so the command line counts with it as the page did (render/config-yaml.ts withChosenLanguage): a YAML
 * config's top-level `language:` replaced, else added at its end; a JSON config's `language` set; nothing chosen,
 * the config as it was. The page end to end: tests/web-downloads-fr.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/config/parse.js';
import { withChosenLanguage } from '../src/render/config-yaml.js';

const COMMENT = '# chosen on the vo-lines page ("Read it as…"): the script is counted in it, as --lang';

describe('withChosenLanguage', () => {
  const yaml = 'voices:\n  Narrateur: { color: "#0070C0" }   # 40 words\nlanguage: en   # the document says\nwpm: 150\n';

  it('YAML: the top-level language line replaced, every other line as written; a voice\'s own language left alone', () => {
    expect(withChosenLanguage(yaml, 'fr')).toBe(`voices:\n  Narrateur: { color: "#0070C0" }   # 40 words\nlanguage: "fr"   ${COMMENT} fr does\nwpm: 150\n`);
    const voiceOwn = 'voices:\n  Anna: { color: "#FF0000", language: de }\n';
    expect(withChosenLanguage(voiceOwn, 'fr')).toBe(`${voiceOwn}language: "fr"   ${COMMENT} fr does\n`);
  });

  it('YAML without one: added at the end (after a last line with no line break too); read back as that language', async () => {
    expect(withChosenLanguage('wpm: 150', 'no')).toBe(`wpm: 150\nlanguage: "no"   ${COMMENT} no does\n`);
    const config = await parseConfigText(withChosenLanguage('voices:\n  A: { color: "#FF0000" }\n', 'nb'), 'vo-lines.config.yaml');
    expect(config.voiceMap?.language).toBe('nb');
  });

  it('JSON: its language set; nothing chosen: unchanged', async () => {
    const json = '{ "voices": { "A": { "color": "#FF0000" } }, "language": "en" }';
    expect(JSON.parse(withChosenLanguage(json, 'fr', true))).toEqual({ voices: { A: { color: '#FF0000' } }, language: 'fr' });
    expect((await parseConfigText(withChosenLanguage(json, 'fr', true), 'vo-lines.config.json')).voiceMap?.language).toBe('fr');
    expect(withChosenLanguage(yaml, undefined)).toBe(yaml);
    expect(withChosenLanguage(json, undefined, true)).toBe(json);
  });
});
