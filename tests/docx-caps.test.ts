/**
 * Word's All caps (`w:caps`): a reader sees capitals. The DOCX reader keeps the text as typed (it
 * tells a word from an acronym: typed "all" is said as a word, "ALL" may be spelled) and marks the
 * run (`Run.caps`), so rules that go by how a line looks read it in capitals (`shownText`): a name
 * typed "Anna" in All caps is a name alone on its line. A toggle property (ECMA-376 §17.7.3: it flips
 * through the style levels, direct formatting sets it). Small caps (`w:smallCaps`) keep lower-case
 * letters small: not capitals. The words of a line stay the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap } from '../src/attribute/speaker-labels.js';
import { readDocx } from '../src/readers/docx/index.js';
import { shownText } from '../src/text/headings.js';
import { countWords } from '../src/text/words.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Loud"><w:name w:val="Loud"/><w:basedOn w:val="Normal"/><w:rPr><w:caps/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Role"><w:name w:val="Role"/><w:rPr><w:caps/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Small"><w:name w:val="Small"/><w:rPr><w:smallCaps/></w:rPr></w:style>';

const texts = async (body: string, lang?: string) => {
  const styles = lang ? STYLES.replace('fr-FR', lang) : STYLES;
  const { paragraphs } = await readDocx(buildDocx({ body, styles }), 'test.docx');
  return { typed: paragraphs.map((p) => p.runs.map((run) => run.text).join('')), shown: paragraphs.map((p) => shownText(p.runs)) };
};

describe('All caps (w:caps) in the DOCX reader', () => {
  it('on the run, from a character style or a paragraph style: shown in capitals, kept as typed; the two styles together flip it back; direct formatting sets it', async () => {
    const read = await texts(
        `<w:p>${r('Marie', '<w:caps/>')}</w:p>` +
          `<w:p>${r('Paul', '<w:rStyle w:val="Role"/>')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('au secours')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('both styles', '<w:rStyle w:val="Role"/>')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('turned off', '<w:caps w:val="0"/>')}</w:p>` +
          `<w:p>${r('Hélène', '<w:rStyle w:val="Small"/>')}${r(' et ')}${r('léa', '<w:smallCaps/>')}</w:p>` +
          `<w:p>${r('Tu viens ? ')}${r('maintenant', '<w:caps/>')}${r(' !')}</w:p>`,
    );
    expect(read.shown).toEqual(['MARIE', 'PAUL', 'AU SECOURS', 'both styles', 'turned off', 'Hélène et léa', 'Tu viens ? MAINTENANT !']);
    expect(read.typed).toEqual(['Marie', 'Paul', 'au secours', 'both styles', 'turned off', 'Hélène et léa', 'Tu viens ? maintenant !']);
  });

  it('leaves the spoken form of words typed in lower case as it was: All caps does not make them acronyms', async () => {
    const { buildReport } = await import('../src/measure/report.js');
    const { castByColour } = await import('../src/attribute/cast.js');
    const body = `<w:p>${r('Subscript Small Caps ')}${r('all caps', '<w:caps/>')}${r(' and the US team.')}</w:p>`;
    const script = await readDocx(buildDocx({ body, styles: STYLES.replace('fr-FR', 'en-GB') }), 'test.docx');
    const report = buildReport(castByColour(script));
    // "all caps" said as two words; "US" (typed so) spelled: U S.
    expect(report.total.words).toBe(9);
    expect(report.total.spokenWords).toBe(10);
  });

  it('screenplay-caps-fr.docx: names typed in lower case and shown in All caps are names on their lines; a name in small caps is not; the words are the same', async () => {
    const script = await readDocx(readFileSync(join(root, 'tests', 'fixtures', 'labels-screenplay', 'screenplay-caps-fr.docx')), 'screenplay-caps-fr.docx');
    const labels = findSpeakerLabels(script);
    expect(labels?.labels.map((l) => [l.label, l.paragraphs, l.words])).toEqual([
      ['ANNA', 2, 8],
      ['TOM', 2, 12],
    ]);
    expect(castScript(script, labelVoiceMap(labels!, [])).lines.map((l) => [l.voice, l.text, l.words])).toEqual([
      [null, 'Le Phare – scène 1', 4],
      [null, 'Nuit. La lampe tourne. Anna monte l’escalier.', 7],
      ['ANNA', 'Papa ? Tu es là-haut ?', 4],
      ['TOM', 'Où veux-tu que je sois ? toujours là.', 7],
      ['ANNA', 'Le bateau est rentré.', 4],
      // (Tom's name line `Tom (off)`: its aside opens his line, not counted: colour-labels.ts.)
      ['TOM', '(off) Alors on garde la lumière.', 5],
      [null, 'Gardien', 1],
      [null, 'Moi, je ne dis rien.', 5],
    ]);
    expect(countWords('Où veux-tu que je sois ? toujours là.')).toBe(7);
  });
});
