/**
 * DOCX files from producers the reader was not tuned on (docx.js, pandoc, LibreOffice from a
 * hand-written ODT, documents shaped as Google Docs writes them), in the shapes colour-coded
 * scripts take there. Each DOCX is committed with the script data it was made from (NAME.json beside
 * it, written by its generator in scripts/docx-producers/): every voice's lines, line count and words
 * must come out as the data gives them (scripts/pdf-producers/expected.mjs, by the rules of
 * scripts/lib/script-data.mjs), and the warnings where readers of the file disagree, or where the
 * file sets a colour that no reader shows, must be there.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { PRODUCERS_DIR as DIR, checkProducer, producerReader } from './helpers/producers.js';

const read = producerReader('vo-lines-docx-producers-');

const check = (name: string, note: string, warnings: string[] = []) => checkProducer(read, name, note, warnings);

describe('docx.js documents', () => {
  check(
    'docxjs-elearning-en',
    'colour from paragraph and character style basedOn chains, highlight, run, paragraph and cell shading; footnote, comment, header and footer left out; tab, line break, hyperlink, bookmark, list; deletion left out, insertion read; hidden text left out; merged cells; a VML text box after its anchor; a landscape section',
    // Its Screen | Audio table is an AV script's; the Learner's line, in a row merged across the columns
    // (it covers the Audio column), is read as the Audio column is, hers by its highlight: no word of a
    // voice's look is left out, nothing to say. Its tracked deletion and insertion are said (read as accepted).
    ['notes-left-out', 'tracked-changes'],
  );
  check('docxjs-style-highlight-fr', 'a highlight in a character style is shown by neither Word nor LibreOffice: its text is read without it, with a warning', ['style-highlight-ignored']);
  check('docxjs-solid-shading-en', 'ShadingType.SOLID with a fill and no colour: black in Word, white in LibreOffice, the fill in neither: read as Word shows it, with a warning (and KID, whose fill no reader sees, has no line: said)', ['shading-pattern-auto', 'empty-voice']);

  it('docxjs-style-highlight-fr: the warning names the style and its highlight, once for its two paragraphs, at the first', async () => {
    const { report } = await read('docxjs-style-highlight-fr');
    const warning = report.warnings.find((w) => w.code === 'style-highlight-ignored')!;
    expect(warning.details).toEqual({ style: 'Marc', highlight: 'cyan', paragraphs: 2 });
    expect(warning.location).toMatchObject({ paragraph: 4 });
    expect(warning.message).toContain('"Marc"');
  });

  it('docxjs-solid-shading-en with no config: the key whose KID swatch is black in Word is not trusted (KID is not given the black of ordinary text)', async () => {
    const { report } = await analyse(join(DIR, 'docxjs-solid-shading-en.docx'), { noConfig: true });
    expect(report.mode).not.toBe('legend');
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['legend-rejected', 'shading-pattern-auto']));
  });

  it('docxjs-solid-shading-en: the warning says what each reader shows and the fill nobody sees', async () => {
    const { report } = await read('docxjs-solid-shading-en');
    const warning = report.warnings.find((w) => w.code === 'shading-pattern-auto')!;
    expect(warning.details).toEqual({ shading: 'solid', fill: '#E2EFDA', word: '#000000', libreOffice: '#FFFFFF', paragraphs: 2 });
    expect(warning.location).toMatchObject({ cell: { table: 2, row: 4, column: 2 } });
  });
});

describe('LibreOffice documents (from a hand-written ODT)', () => {
  check(
    'lo-frames-fr',
    'character style colour and background, paragraph style background, cell backgrounds; frames filled pale yellow read on their fill (wps:spPr solidFill), a frame with no fill read once; deletion left out, insertion read, hidden text and the footnote left out, a fixed author field kept',
    ['notes-left-out', 'tracked-changes'],
  );
});

describe('hand-assembled documents in other producers’ shapes', () => {
  check('gdocs-shaped-en', 'Google Docs: whole formatting on every run, lower-case hex, the highlight as run shading, a coloured paragraph mark over black text (not the text’s colour), a cell background (its one sentence in two voices, after a comma, said)', ['voice-inside-sentence']);
  check(
    'word-textbox-en',
    'Word 365 text boxes read once from mc:AlternateContent, on their fill: a theme colour made lighter (lumMod + lumOff, as the VML fallback caches it), a theme shape style fill (fillRef 1), a VML-only box; a gradient box: its text read as on white, with a warning',
    ['textbox-fill-unknown'],
  );

  it('word-textbox-en: the fill Word caches in the VML fallback is the one worked out from the DrawingML theme colour', async () => {
    const { report } = await read('word-textbox-en');
    const alarm = report.voices.find((v) => v.name === 'Alarm')!;
    expect(alarm.lines.map((l) => l.text)).toEqual(['Alarm voice: Warning. Pressure rising in line three.']);
    const warning = report.warnings.find((w) => w.code === 'textbox-fill-unknown')!;
    expect(warning.details).toEqual({ fill: 'a gradient', paragraphs: 1 });
  });
});

describe('Word text effects', () => {
  check(
    'word-textfill-en',
    'w14:textFill: a solid fill is what Word paints (a line recoloured in w:color only, its old cyan fill left, is cyan in Word), a gradient has no one colour: both with a warning',
    ['text-fill-differs', 'text-fill-differs'],
  );

  it('word-textfill-en: the warnings give Word’s colour and the font colour other readers show', async () => {
    const { report } = await read('word-textfill-en');
    const details = report.warnings.filter((w) => w.code === 'text-fill-differs').map((w) => w.details);
    expect(details).toEqual([
      { word: null, fontColour: '#2F5496', paragraphs: 1 },
      { word: '#00B0F0', fontColour: '#C00000', paragraphs: 1 },
    ]);
  });
});

describe('pandoc documents', () => {
  check('pandoc-custom-style-fr', 'custom-style spans and divs whose styles in the reference.docx carry a colour or a shading, a raw openxml block, a list, a table, a footnote left out (and said), a style pandoc makes with no formatting', ['notes-left-out']);
});

describe('tables of contents', () => {
  // The chapter titles are black, the narrator's colour: counted as hers, and said (headings-in-voice).
  check('lo-toc-fr', 'LibreOffice: the table of contents (content control and TOC field) is not read, its heading neither; the chapter titles are read where they stand', ['toc-left-out', 'headings-in-voice']);
  check('word-toc-en', 'Word: the content control with its heading and TOC field (hyperlinked entries, nested PAGEREF fields) and a bare TOC field are not read', ['toc-left-out']);

  it('word-toc-en: one warning gives the number of table-of-contents lines left out and the first ones', async () => {
    const { report } = await read('word-toc-en');
    const warning = report.warnings.find((w) => w.code === 'toc-left-out')!;
    expect(warning.details).toEqual({ lines: 6, first: ['Contents', 'Part 1 — Arrival 1', 'The platform 2'] });
  });
});

describe('content controls bound to data', () => {
  check(
    'word-databinding-en',
    'controls bound (w:dataBinding) to a replaced custom XML part and to the core title are read as Word shows them, the bound value in the first cached run’s formatting; a drop-down shows its item’s text; an XPath with a function keeps the cached text (said), a missing node or store keeps it too',
    // (A control bound to an empty node still shows its grey prompt: placeholder-left-out.)
    ['data-binding-shown', 'data-binding-unread', 'placeholder-left-out'],
  );

  it('word-databinding-en: the warnings name each control with the text saved in it and the text Word shows', async () => {
    const { report } = await read('word-databinding-en');
    const shown = report.warnings.find((w) => w.code === 'data-binding-shown')!;
    expect(shown.details).toEqual({
      controls: 6,
      first: [
        { control: '/s:script[1]/s:course[1]', saved: 'Course title', shown: 'Working Safely with Forklift Trucks' },
        { control: '/s:script[1]/s:company[1]', saved: 'Company', shown: 'Northfield Distribution Centre' },
        { control: '/s:script[1]/s:learner[1]', saved: 'Click or tap here to enter text.', shown: 'Samira Okonkwo-Bennett' },
      ],
    });
    expect(shown.message).toBe(
      '6 content controls are bound to data that Word shows instead of the text saved in them: "Course title" is shown as "Working Safely with Forklift Trucks", "Company" as "Northfield Distribution Centre", "Click or tap here to enter text." as "Samira Okonkwo-Bennett", …. vo-lines reads what Word shows. (A tool filled the data and left the old text in the controls; open the file in Word and save it again to make them agree.)',
    );
    const unread = report.warnings.find((w) => w.code === 'data-binding-unread')!;
    expect(unread.details).toEqual({ controls: 1, first: [{ control: '/s:script[1]/s:supervisor[last()]', saved: 'Alex Moreau', kind: 'xpath' }] });
  });
});

describe('text hidden in Web Layout only', () => {
  check('word-webhidden-en', 'w:webHidden text (direct, and from a character style) is read, as Word shows and prints it, and said, as LibreOffice hides it; w:vanish text is not read', ['web-hidden-text']);

  it('word-webhidden-en: the warning gives the words that readers disagree on', async () => {
    const { report } = await read('word-webhidden-en');
    const warning = report.warnings.find((w) => w.code === 'web-hidden-text')!;
    expect(warning.details).toEqual({ words: 6, text: ['www.summer-market.example', 'Free parking behind the church.'] });
    expect(warning.message).toBe(
      '6 words are marked hidden in Web Layout (w:webHidden): "www.summer-market.example", "Free parking behind the church.". Word shows and prints them, LibreOffice hides them (and PDFs it makes leave them out). vo-lines counts them, as Word prints the script; if they are not to be recorded, delete them or hide them (Font > Hidden).',
    );
    expect(warning.location).toEqual({ story: 'body', paragraph: 2 });
  });
});

describe('style separators', () => {
  // (Voices by label: the label is not in the line, so the data's lines are not compared as check() does.)
  it('word-stylesep-fr: a label in a paragraph whose mark is a style separator (w:specVanish) opens its line, one paragraph as Word shows it; the counts stay', async () => {
    const { report } = await read('word-stylesep-fr');
    expect(report.voices.map((v) => [v.name, v.lines.map((l) => [l.location.paragraph, l.text]), v.words])).toEqual([
      ['ANNONCEUR', [[2, 'Cette semaine, chez Martin, la baguette est à un euro.'], [4, 'Vraiment. Et le croissant aussi.']], 15],
      ['CLIENTE', [[3, 'Un euro ? Vraiment ?'], [5, 'Alors j’en prends deux !']], 7],
      ['BOULANGER', [[6, 'Boulangerie Martin, rue des Lilas.']], 5],
    ]);
    expect(JSON.stringify(report)).not.toContain('alone on its line');
  });
});
