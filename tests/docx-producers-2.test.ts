/**
 * More DOCX files in other producers' shapes (scripts/docx-producers/handmade_2.py): damaged fields
 * (a table of contents, a field code, whose end never comes) and text in Word shapes coloured by the
 * shape's style. As in docx-producers.test.ts, every voice's lines and words must come out as the
 * committed data (NAME.json) gives them, with the reader's warnings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { PRODUCERS_DIR as DIR, checkProducer, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-docx-producers-2-');

const check = (name: string, note: string, warnings: string[] = []) => checkProducer(read, name, note, warnings, false);

describe('fields whose end never comes', () => {
  check('damaged-toc-en', 'a TOC field with no end: its entries are left out, the script after them is read', ['toc-left-out', 'field-never-ends']);
  // Its text box's red (Announcer's colour) on Caption's highlight is counted as Caption's, as the data says, and said (two-voices-one-stretch).
  check('damaged-fields-en', 'fields whose code never ends, in the body and in a text box: the code is not read, what follows is', ['field-never-ends', 'two-voices-one-stretch']);

  it('damaged-toc-en: the warnings say where the table of contents was taken to end', async () => {
    const { report } = await read('damaged-toc-en');
    const toc = report.warnings.find((w) => w.code === 'toc-left-out')!;
    expect(toc.details).toEqual({ lines: 3, first: ['Part 1 — The storm 1', 'The keeper 2', 'Part 2 — Morning 3'] });
    const field = report.warnings.find((w) => w.code === 'field-never-ends')!;
    expect(field.message).toBe(
      'A table of contents in word/document.xml never ends (its TOC field has no end mark: the file is damaged or was put together by hand): vo-lines takes it to end before "Part 1 — The storm", the first paragraph that is not a contents entry, and reads the rest as script lines. Check that the table of contents ends there.',
    );
    expect(field.details).toEqual({ field: 'TOC', resumesAt: 'Part 1 — The storm' });
  });

  it('damaged-fields-en: one warning names the fields and the text taken as their code', async () => {
    const { report } = await read('damaged-fields-en');
    const field = report.warnings.find((w) => w.code === 'field-never-ends')!;
    expect(field.details).toEqual({ fields: 2, names: ['AUTHOR', 'DOCPROPERTY'], code: ['Jane Doe'] });
    expect(field.message).toBe(
      '2 fields (AUTHOR, DOCPROPERTY) in word/document.xml never end (the file is damaged or was put together by hand): vo-lines takes the code of each to end with its paragraph and reads what follows as script lines. Not read, as field code: "Jane Doe".',
    );
  });
});

describe('text in Word shapes', () => {
  check(
    'word-shapes-en',
    'runs with no colour of their own take the shape style’s font colour (accent text on white, white on accent 1, a darker accent); a run’s own colour wins; a paragraph style’s colour under it: the shape’s, with a warning',
    ['shape-text-colour'],
  );

  it('word-shapes-en: the default shape’s text is white, and the warning gives both colours', async () => {
    const script = await readScript(join(DIR, 'word-shapes-en.docx'));
    const alert = script.paragraphs.find((p) => p.runs.some((r) => r.text.startsWith('Alert')))!;
    expect(alert.runs.map((r) => [r.color, r.background])).toEqual([['#FFFFFF', '#4472C4']]);
    const warning = script.warnings.find((w) => w.code === 'shape-text-colour')!;
    expect(warning.details).toEqual({ shape: '#ED7D31', style: '#404040', paragraphs: 1 });
    expect(warning.message).toBe(
      'Text in a Word shape, with no colour of its own, takes #ED7D31 orange from the shape’s style over the #404040 dark grey its paragraph or character style gives: LibreOffice shows it so, and vo-lines reads #ED7D31. Check the colour of these lines in Word.',
    );
  });
});

describe('Word drop caps', () => {
  check('word-dropcap-fr', 'the drop cap letter, a framed paragraph of its own, is read as the first letter of the next paragraph (one line, one word)');
});
