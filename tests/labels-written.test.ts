/**
 * Labels shown as the script writes them, and a spot's header fields in a voice's colour. Fixtures:
 * tests/fixtures/labels-written/ (scripts/build-labels-written-fixtures.py: python-docx, LibreOffice's PDF).
 *
 * - `MARIE :` (French typography's space before the colon, or a no-break space) is shown so, as label-left-out
 *   shows it since labels7, in `label-accents-alike` ("ELODIE :", details' `written`), `unlabelled-speech` after a
 *   label (the label that stands between, "LE VENDEUR :", details' `written`) and `label-said-opener` ("NOUVEAU :",
 *   details' `written`); `labels-not-counted` says the labels as written in its details too (`written`). Before:
 *   "ELODIE:", "LE VENDEUR:", "NOUVEAU:", and no `written` in those details.
 * - A spot's agency header (`CLIENT:` / `TITLE:` / `LENGTH:` / `ISCI:`, `CLIENT :` / `TITRE :` / `DURÉE :`) typed in
 *   the announcer's colour is the announcer's words as its colour says, no spot's header: said by
 *   `spot-markers-voiced` (details' `fields`, how many of its texts are such fields). Before: nothing said, 10
 *   (English) and 12 (French) words of fields in the announcer's count.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { tempConfigs } from './helpers/temp-configs.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels-written');
const { dir, configOf } = tempConfigs('vo-labels-written-');

interface Json {
  voices: { name: string; words: number }[];
  sections: { title: string }[];
  warnings: { code: string; message: string; details: Record<string, unknown> }[];
}

const summary = (file: string, config: string): Json => {
  const result = runCli(['summary', join(FIXTURES, file), '--json', '--config', config], dir);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Json;
};
const said = (json: Json, code: string) => json.warnings.filter((w) => w.code === code).map((w) => [w.message, w.details]);
const FORMATS = [['docx', ''], ['pdf', 'p.1 ']] as const;
const at = (page: string, paragraph: number) => (page ? { story: 'body', paragraph, page: 1 } : { story: 'body', paragraph });

describe('labels shown as written', () => {
  const accents = configOf('accents', { voices: { Élodie: { label: 'Élodie' }, Elodie: { label: 'Elodie' }, Marc: { label: 'MARC' } }, unassigned: ['#000000'] });
  const mp = configOf('mp', { voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'] });

  for (const [format, page] of FORMATS) {
    it(`accents-fr.${format}: label-accents-alike shows "ELODIE :" (a space, then a no-break space, before the colon)`, () => {
      expect(said(summary(`accents-fr.${format}`, accents), 'label-accents-alike')).toEqual([
        [
          `"ELODIE :" opens 3 lines (${page}¶2, ${page}¶4, ${page}¶6) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out, so they are given to Elodie, whose label it spells. Write the label with its accents in the script, or give the voices labels that differ by more than accents.`,
          { label: 'ELODIE', written: 'ELODIE :', kind: 'label', voices: ['Élodie', 'Elodie'], labels: ['Élodie', 'Elodie'], voice: 'Elodie', lines: 3, locations: [at(page, 2), at(page, 4), at(page, 6)] },
        ],
      ]);
    });

    it(`leftout-fr.${format}: unlabelled-speech names the label that stands between as label-left-out does, "LE VENDEUR :"`, () => {
      const json = summary(`leftout-fr.${format}`, mp);
      expect(said(json, 'unlabelled-speech')).toEqual([
        [
          `1 paragraph (6 words) reads as speech but has no speaker label, with no speaker’s line right above it (a line opening with "LE VENDEUR :", which names no voice, stands between: an on-screen text, a field or a speaker the config leaves out): "Les magasins restent ouverts le dimanche." (at ${page}¶5). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.`,
          { reason: 'after-label', after: 'LE VENDEUR', written: 'LE VENDEUR :', paragraphs: 1, words: 6, texts: ['Les magasins restent ouverts le dimanche.'], locations: [at(page, 5)] },
        ],
      ]);
      expect(json.warnings.find((w) => w.code === 'label-left-out')?.details.written).toEqual(['LE VENDEUR :']);
    });
  }

  it('openers-fr.docx: init says "NOUVEAU :" and "RAPPEL :" as written (label-said-opener)', () => {
    const folder = join(dir, 'openers');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'openers-fr.docx'), join(folder, 'openers-fr.docx'));
    const result = runCli(['init', 'openers-fr.docx', '--json'], folder);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Json;
    expect(said(json, 'label-said-opener')).toEqual([
      [
        '"NOUVEAU :" and "RAPPEL :" open 3 lines (14 words) as words said at a line\'s start, not as a speaker\'s name: no voice is made of them, and those lines are left unassigned, not recorded. Someone reads them: check who, for their words are in no voice\'s count.',
        { labels: ['NOUVEAU', 'RAPPEL'], written: ['NOUVEAU :', 'RAPPEL :'], lines: 3, words: 14 },
      ],
    ]);
  });

  it.each(['colour-fr-space.docx', 'colour-fr-space.pdf'])('%s: labels-not-counted gives the labels as written in its details', (file) => {
    const result = runCli(['summary', join(ROOT, 'tests', 'fixtures', 'labels-leftovers7', file), '--json', '--no-config'], dir);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.warnings.find((w) => w.code === 'labels-not-counted')?.details).toEqual({ names: ['NARRATRICE', 'GUIDE'], written: ['NARRATRICE :', 'GUIDE :'], lines: 4, words: 4 });
  });
});

describe("a spot's header fields in the announcer's colour", () => {
  const spot = configOf('spot', { voices: { Announcer: { color: '#1F4E79' }, Woman: { color: '#C00000' } }, pace: 'commercial' });
  const TAIL = 'the script is not divided into spots there, and no spot is timed against its length. Set the header’s fields apart from the voice\'s text (a heading style, or a colour of no voice), or check Announcer\'s count.';

  for (const [format, page] of FORMATS) {
    it(`spot-fields-en.${format}: CLIENT:, TITLE:, LENGTH: and ISCI: are said, with their 10 words`, () => {
      const json = summary(`spot-fields-en.${format}`, spot);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['Announcer', 36],
        ['Woman', 14],
      ]);
      expect(json.sections).toEqual([]);
      expect(said(json, 'spot-markers-voiced')).toEqual([
        [
          `"CLIENT: Harbor Coffee" (${page}¶1) and 3 more look like the fields of a spot’s header (its title, length, client…), but they are in the colour of Announcer, so they are counted as Announcer's words (10 words, which are not read aloud): ${TAIL}`,
          { texts: ['CLIENT: Harbor Coffee', 'TITLE: "Morning Rush"', 'LENGTH: :30', 'ISCI: HBCF0030H'], count: 4, voices: ['Announcer'], words: 10, fields: 4 },
        ],
      ]);
    });

    it(`spot-fields-fr.${format}: CLIENT :, TITRE : and DURÉE : are said, with their 12 words`, () => {
      const json = summary(`spot-fields-fr.${format}`, spot);
      expect(json.voices.map((v) => [v.name, v.words])).toEqual([
        ['Announcer', 41],
        ['Woman', 19],
      ]);
      expect(said(json, 'spot-markers-voiced')).toEqual([
        [
          `"CLIENT : Café du Port" (${page}¶1) and 2 more look like the fields of a spot’s header (its title, length, client…), but they are in the colour of Announcer, so they are counted as Announcer's words (12 words, which are not read aloud): ${TAIL}`,
          { texts: ['CLIENT : Café du Port', 'TITRE : « Le coup de feu »', 'DURÉE : 30 secondes'], count: 3, voices: ['Announcer'], words: 12, fields: 3 },
        ],
      ]);
    });
  }
});
