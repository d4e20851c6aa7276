/**
 * DOCX shapes Word writes that were read otherwise than Word shows them (scripts/docx-producers/handmade_4.py):
 * date pickers bound to data (shown through their display format and language), repeating sections
 * (each item once; data holding another number of items said), rows whose table-level property
 * exceptions shade them (`w:tblPrEx`: shown by no reader in the cells, said) and display equations
 * sharing a paragraph with text (a line of their own). As in docx-producers.test.ts, every voice's
 * lines and words must come out as the committed data (NAME.json) gives them, with the reader's warnings.
 */
import { describe, expect, it } from 'vitest';
import { dateShown } from '../src/readers/docx/dates.js';
import { DataStores } from '../src/readers/docx/binding.js';
import { checkProducer, producerReader } from './helpers/producers.js';
import { analyseBytes } from '../src/pipeline.js';
import { parseConfigText } from '../src/config/parse.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const read = producerReader('vo-lines-docx-producers-4-');

const check = (name: string, note: string, warnings: string[] = []) => checkProducer(read, name, note, warnings);

describe('date pickers bound to data', () => {
  check('word-date-binding-en', 'ISO dates shown through d MMMM yyyy, dd/MM/yyyy, dddd, MMMM d, yyyy and a quoted literal; a format with a time and a value that is no date keep the saved text', ['data-binding-shown', 'data-binding-unread']);
  check('word-date-binding-fr', 'French day and month names (samedi, mars, févr., août), numbers in any language; a German format keeps the saved text', ['data-binding-shown', 'data-binding-unread']);

  it('word-date-binding-en: the warnings give the saved and shown dates, and why two were not written', async () => {
    const { report } = await read('word-date-binding-en');
    const shown = report.warnings.find((w) => w.code === 'data-binding-shown')!;
    expect(shown.details).toEqual({
      controls: 4,
      first: [
        { control: '/p:episode[1]/p:recorded[1]', saved: '1 January 2025', shown: '14 March 2026' },
        { control: '/p:episode[1]/p:release[1]', saved: '01/01/2025', shown: '02/04/2026' },
        { control: '/p:episode[1]/p:live[1]', saved: 'Wednesday, January 1, 2025', shown: 'Saturday, May 9, 2026' },
      ],
    });
    const unread = report.warnings.find((w) => w.code === 'data-binding-unread')!;
    expect(unread.details).toEqual({
      controls: 2,
      first: [
        { control: '/p:episode[1]/p:doors[1]', saved: '9/5/2026 7:00 PM', kind: 'date-format' },
        { control: '/p:episode[1]/p:next[1]', saved: '1 January 2025', kind: 'date-value' },
      ],
    });
  });

  it('word-date-binding-fr: a language vo-lines has no names for is said as such', async () => {
    const { report } = await read('word-date-binding-fr');
    const unread = report.warnings.find((w) => w.code === 'data-binding-unread')!;
    expect(unread.details).toEqual({ controls: 1, first: [{ control: '/p:episode[1]/p:german[1]', saved: '1. Januar 2025', kind: 'date-language' }] });
    expect(report.warnings.find((w) => w.code === 'data-binding-shown')!.details).toMatchObject({ controls: 5 });
  });

  it('dateShown: each part of Word’s date picture, and what it does not write', () => {
    const en = (format: string, value = '2026-01-05T00:00:00Z', lid = 'en-US') => dateShown(value, { format, lid, mapping: 'dateTime' });
    expect(en('d/M/yy')).toEqual({ text: '5/1/26' });
    expect(en('dd-MM-yyyy')).toEqual({ text: '05-01-2026' });
    expect(en('ddd, MMM d')).toEqual({ text: 'Mon, Jan 5' });
    expect(en("dddd 'the' d 'of' MMMM")).toEqual({ text: 'Monday the 5 of January' });
    expect(dateShown('2024-02-29', { format: 'dddd d MMMM yyyy', lid: 'fr-FR', mapping: 'date' })).toEqual({ text: 'jeudi 29 février 2024' });
    expect(dateShown('2026-12-01+02:00', { format: 'ddd d MMM', lid: 'fr-BE', mapping: 'date' })).toEqual({ text: 'mar. 1 déc.' });
    // Not written: a time, an era, a lone y, an unclosed quote, no format, another calendar, names in another language.
    for (const format of ['d/M/yyyy h:mm', 'HH:mm', 'd MMMM yyyy gg', 'd/M/y', "d 'of MMMM", '', 'MMMMM yyyy', "d 'o''clock'", "yyyy''MM"]) expect([format, en(format)]).toEqual([format, { unread: 'date-format' }]);
    expect(dateShown('2026-01-05', { format: 'd/M/yyyy', lid: 'en-US', mapping: 'date', calendar: 'hijri' })).toEqual({ unread: 'date-format' });
    expect(en('d MMMM yyyy', '2026-01-05', 'de-DE')).toEqual({ unread: 'date-language' });
    expect(en('d MMMM yyyy', '2026-01-05', '')).toEqual({ unread: 'date-language' });
    expect(en('dd.MM.yyyy', '2026-01-05', 'de-DE')).toEqual({ text: '05.01.2026' });
    // A value that is no date: kept as it is when the data holds the text shown, else not known.
    expect(en('d MMMM yyyy', 'soon')).toEqual({ unread: 'date-value' });
    expect(en('d MMMM yyyy', '2026-02-30')).toEqual({ unread: 'date-value' });
    expect(dateShown('next Tuesday', { format: 'd MMMM yyyy', lid: 'en-GB', mapping: 'text' })).toEqual({ text: 'next Tuesday' });
    expect(dateShown('2026-03-14', { format: 'd MMMM yyyy', lid: 'en-GB' })).toEqual({ text: '14 March 2026' });
  });
});

describe('repeating sections', () => {
  check('word-repeating-en', 'items of paragraphs and of table rows read once each, in order, their bound text shown; data holding a third answer said', ['data-binding-shown', 'repeating-section-data']);

  it('word-repeating-en: the warning names the section, its items and the items in its data', async () => {
    const { report } = await read('word-repeating-en');
    const warning = report.warnings.find((w) => w.code === 'repeating-section-data')!;
    expect(warning.details).toEqual({ sections: 1, first: [{ section: 'Answers', items: 2, data: 3 }] });
    expect(warning.message).toBe(
      'A repeating section is bound to data that may give Word another number of items to show: "Answers" holds 2 items in the file, 3 in its data. vo-lines reads the items saved in the file. Open it in Word, check that section and save it again.',
    );
  });

  it('counts the elements a repeating section’s binding selects', () => {
    const xml = '<q xmlns="urn:q"><a>1</a><a>2</a><b/><a>3</a></q>';
    const stores = new DataStores(new Map([['ABC', { part: 'customXml/item1.xml', bytes: new TextEncoder().encode(xml) }]]), 'test.docx');
    const count = (xpath: string, store = '{abc}') => stores.count({ store, xpath, mappings: "xmlns:x='urn:q'" });
    expect(count('/x:q[1]/x:a')).toBe(3);
    expect(count('/x:q/x:a[2]')).toBe(1);
    expect(count('/x:q/x:a[4]')).toBe(0);
    expect(count('/x:q[1]/x:c')).toBe(0);
    expect(count('/x:q[1]/x:a[last()]')).toBe('unread');
    expect(count('/x:q[1]/x:a', '{DEF}')).toBe('missing');
  });
});

describe('table-level property exceptions of a row', () => {
  check('word-tblprex-en', 'a row’s w:tblPrEx shading is shown in its cells by no reader: read without it, said; a cell’s own shading in that row is its look', ['table-shading-unshown']);

  it('word-tblprex-en: the warning says it is the rows’ shading, at the first cell it is in', async () => {
    const { report } = await read('word-tblprex-en');
    const warning = report.warnings.find((w) => w.code === 'table-shading-unshown')!;
    expect(warning.details).toEqual({ colour: '#FFFF00', kind: 'row', paragraphs: 3 });
    expect(warning.location).toEqual({ story: 'body', paragraph: 4, cell: { table: 1, row: 2, column: 1 } });
    expect(warning.message).toContain('(w:tblPrEx/w:shd');
  });
});

describe('display equations', () => {
  check('word-mathpara-en', 'a math paragraph sharing its paragraph with text is on a line of its own (no word glued to it); two equations with a break between are two, with none Word merges them', ['equations-as-written']);

  it('word-mathpara-en: the text around a display equation is cut from it by a line break, once', async () => {
    const { report } = await read('word-mathpara-en');
    const narrator = report.voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.lines.map((l) => l.text)).toEqual(['Start from this: x=5 Now double it.', 'y=2x y=10', 'So p=1 and q=2 here.']);
    expect(narrator.words).toBe(7 + 2 + 5);
    expect(report.voices.find((v) => v.name === 'Student')!.words).toBe(1 + 5);
  });
});

describe('a template’s glossary (building blocks)', () => {
  it('the glossary document part (its Quick Parts, AutoText, cover pages) is not read as the body', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const block = (name: string, text: string) =>
      `<w:docPart><w:docPartPr><w:name w:val="${name}"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category></w:docPartPr>` +
      `<w:docPartBody><w:p><w:r><w:rPr><w:color w:val="C00000"/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:docPartBody></w:docPart>`;
    const glossary = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument ${W}><w:docParts>${block('Sign-off', 'Thanks for listening to Harbour Radio.')}${block('Intro', 'Good morning and welcome.')}</w:docParts></w:glossaryDocument>`;
    const bytes = buildDocx({
      body: `<w:p>${r('The ferry leaves at nine.', '<w:color w:val="C00000"/>')}</w:p>`,
      extraRels: [{ id: 'rIdG1', type: 'glossaryDocument', target: 'glossary/document.xml' }],
      extraParts: { 'word/glossary/document.xml': glossary },
    });
    const config = await parseConfigText('voices:\n  Narrator: { color: "#C00000" }\n', 'vo-lines.config.yaml');
    const { report } = await analyseBytes(bytes, 'glossary.docx', { config });
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => l.text), v.words])).toEqual([['Narrator', ['The ferry leaves at nine.'], 5]]);
    expect(report.unassigned.lines).toEqual([]);
  });
});
