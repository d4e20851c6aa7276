/**
 * Word's All caps (`w:caps`): the text a reader sees is in capitals, so the DOCX reader gives it so
 * (as a PDF of it does); a toggle property (ECMA-376 §17.7.3: it flips through the style levels,
 * direct formatting sets it). Small caps (`w:smallCaps`) keep lower-case letters small: the text as
 * typed. The words of a line stay the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap } from '../src/attribute/speaker-labels.js';
import { readDocx } from '../src/readers/docx/index.js';
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
  return (await readDocx(buildDocx({ body, styles }), 'test.docx')).paragraphs.map((p) => p.runs.map((run) => run.text).join(''));
};

describe('All caps (w:caps) in the DOCX reader', () => {
  it('on the run, from a character style or a paragraph style: the text in capitals; the two styles together flip it back; direct formatting sets it', async () => {
    expect(
      await texts(
        `<w:p>${r('Marie', '<w:caps/>')}</w:p>` +
          `<w:p>${r('Paul', '<w:rStyle w:val="Role"/>')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('au secours')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('both styles', '<w:rStyle w:val="Role"/>')}</w:p>` +
          `<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr>${r('turned off', '<w:caps w:val="0"/>')}</w:p>` +
          `<w:p>${r('Hélène', '<w:rStyle w:val="Small"/>')}${r(' et ')}${r('léa', '<w:smallCaps/>')}</w:p>` +
          `<w:p>${r('Tu viens ? ')}${r('maintenant', '<w:caps/>')}${r(' !')}</w:p>`,
      ),
    ).toEqual(['MARIE', 'PAUL', 'AU SECOURS', 'both styles', 'turned off', 'Hélène et léa', 'Tu viens ? MAINTENANT !']);
  });

  it('in the capitals of the run\'s language (Turkish dotted i), and an unknown language tag does not stop it', async () => {
    expect(await texts(`<w:p>${r('istanbul', '<w:caps/>')}</w:p>`, 'tr-TR')).toEqual(['İSTANBUL']);
    expect(await texts(`<w:p>${r('istanbul', '<w:caps/>')}</w:p>`, 'not a tag!')).toEqual(['ISTANBUL']);
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
      ['TOM', 'Où veux-tu que je sois ? TOUJOURS là.', 7],
      ['ANNA', 'Le bateau est rentré.', 4],
      ['TOM', 'Alors on garde la lumière.', 5],
      [null, 'Gardien', 1],
      [null, 'Moi, je ne dis rien.', 5],
    ]);
    expect(countWords('Où veux-tu que je sois ? toujours là.')).toBe(7);
  });
});
