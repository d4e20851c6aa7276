/**
 * Text shapes from damaged files that once stopped a whole file or took minutes, past the readers:
 * megabytes of punctuation in one token (the language guess, spoken forms), and tens of thousands
 * of paragraphs in one table cell (the legend finder looked at each cell by copying its list).
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../src/measure/language.js';
import { spokenForm } from '../src/measure/spoken/index.js';
import { castScript } from '../src/attribute/cast-script.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

describe('megabytes of punctuation in one token', () => {
  const flood = '('.repeat(8 << 20);

  it('the language is still guessed from the words around it', () => {
    const english = 'the cat and the dog is in the house of the man and it is not a car '.repeat(3);
    expect(guessLanguage([`${flood}x ${english}`])).toBe('en');
  });

  it('spoken forms keep the token as written and read the rest', () => {
    expect(spokenForm(`${flood}a 10%`, 'en')).toBe(`${flood}a ten percent`);
  });
});

describe('a table cell of 30,000 paragraphs', () => {
  it('is read and cast in one go, and is no legend', async () => {
    const cell = `<w:tc>${'<w:p><w:r><w:t>Line</w:t></w:r></w:p>'.repeat(30000)}</w:tc><w:tc><w:p>${r('Yellow', '<w:highlight w:val="yellow"/>')}</w:p></w:tc>`;
    const table = `<w:tbl><w:tr>${cell}</w:tr><w:tr><w:tc><w:p>${r('Narrator')}</w:p></w:tc><w:tc><w:p>${r('Grey')}</w:p></w:tc></w:tr></w:tbl>`;
    const script = await readScriptBytes(buildDocx({ body: table }), 'cell.docx');
    expect(script.paragraphs).toHaveLength(30003);
    const casting = castScript(script, null);
    expect(casting.legend).toBeNull();
    expect(casting.lines).toHaveLength(30003);
  });
});
