/**
 * Footnotes and endnotes are not script lines by default (`--include footnotes,endnotes` reads them),
 * and that is said: one `notes-left-out` warning with how many notes and their words, and the
 * `--include` that counts them. Before, they were left out with no word (docx4j's
 * Docx4j_GettingStarted.docx: 4 footnotes, 84 words, missing from every count, while its PDF counts
 * them as page text).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/readers/docx/index.js';
import type { ReadOptions, Script, Warning } from '../src/model.js';
import { buildDocx, p, r, type DocxParts } from './helpers/docx-builder.js';
import { runCli, ROOT } from './helpers/cli.js';
import { analyse } from '../src/pipeline.js';
import { describeShared } from './helpers/shared.js';

const read = (parts: DocxParts, options?: ReadOptions): Promise<Script> => readDocx(buildDocx(parts), 'test.docx', options);
const notesWarnings = (script: Script): Warning[] => script.warnings.filter((w) => w.code === 'notes-left-out');

const footnote = (id: number, text: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r>${r(` ${text}`)}</w:p></w:footnote>`;
const endnote = (id: number, text: string) => `<w:endnote w:id="${id}"><w:p><w:r><w:endnoteRef/></w:r>${r(` ${text}`)}</w:p></w:endnote>`;
const body = p('The narrator reads this line.');

describe('footnotes and endnotes left out are said', () => {
  it('two footnotes and one endnote: how many, their words, and the --include that counts them', async () => {
    const script = await read({
      body,
      footnotes: footnote(1, 'First printed in Nuremberg in 1492.') + footnote(2, 'See the catalogue, page twelve.'),
      endnotes: endnote(1, 'Thanks to the curators.'),
    });
    expect(script.paragraphs.map((x) => x.location.story)).toEqual(['body']);
    expect(notesWarnings(script)).toEqual([
      {
        code: 'notes-left-out',
        message: '2 footnotes and 1 endnote (15 words) are not read as script lines. If they are read aloud, count them with --include footnotes,endnotes.',
        details: { footnotes: 2, endnotes: 1, words: 15, include: 'footnotes,endnotes' },
      },
    ]);
  });

  it('one footnote: said in the singular; the separator notes Word writes (-1, 0) are not counted', async () => {
    const script = await read({ body, footnotes: footnote(1, 'A single note.') });
    expect(notesWarnings(script).map((w) => w.message)).toEqual(['1 footnote (3 words) is not read as script lines. If it is read aloud, count it with --include footnotes.']);
  });

  it('with --include footnotes the endnotes left out are still said, and the --include names both', async () => {
    const script = await read({ body, footnotes: footnote(1, 'A note.'), endnotes: endnote(1, 'An endnote of five words.') }, { include: ['footnote'] });
    expect(script.paragraphs.map((x) => x.location.story)).toEqual(['body', 'footnote']);
    expect(notesWarnings(script).map((w) => [w.message, w.details])).toEqual([
      ['1 endnote (5 words) is not read as script lines. If it is read aloud, count it with --include footnotes,endnotes.', { footnotes: 0, endnotes: 1, words: 5, include: 'footnotes,endnotes' }],
    ]);
  });

  it('nothing is said when every note is read, or when the notes have no words', async () => {
    const both = await read({ body, footnotes: footnote(1, 'A note.'), endnotes: endnote(1, 'An endnote.') }, { include: ['footnote', 'endnote'] });
    expect(notesWarnings(both)).toEqual([]);
    const empty = await read({ body, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r></w:p></w:footnote>' });
    expect(notesWarnings(empty)).toEqual([]);
    const none = await read({ body });
    expect(notesWarnings(none)).toEqual([]);
  });

  it('hidden text in a note is not counted', async () => {
    const script = await read({ body, footnotes: `<w:footnote w:id="1"><w:p>${r('Two words')}${r(' hidden text here', '<w:vanish/>')}</w:p></w:footnote>` });
    expect(notesWarnings(script).map((w) => w.details)).toEqual([{ footnotes: 1, endnotes: 0, words: 2, include: 'footnotes' }]);
  });

  it('the CLI summary shows it', () => {
    const result = runCli(['summary', '--no-config', join(ROOT, 'tests', 'fixtures', 'docx-producers', 'docxjs-elearning-en.docx')], ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ! 1 footnote (4 words) is not read as script lines. If it is read aloud, count it with --include footnotes.\n');
  });

  it('a damaged notes part is not counted and does not stop the reading, and that is said', async () => {
    const script = await read({ body, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>never closed' });
    expect(script.paragraphs.map((x) => x.location.story)).toEqual(['body']);
    expect(notesWarnings(script)).toEqual([]);
    expect(script.warnings.filter((w) => w.code === 'notes-unreadable')).toEqual([
      {
        code: 'notes-unreadable',
        message: 'The footnotes of this file (word/notesF.xml) are damaged and could not be read: any footnote is missing from the counts, said or not. Open the file in Word and save it again, then read the saved file, or check the footnotes by eye.',
        details: { notes: ['footnotes'], parts: ['word/notesF.xml'] },
      },
    ]);
  });

  it('damaged footnotes and endnotes parts: both named; good notes beside them still counted', async () => {
    const both = await read({ body, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>never closed', endnotes: '<w:endnote w:id="1"><w:p><w:r><w:t>cut' });
    expect(both.warnings.filter((w) => w.code === 'notes-unreadable').map((w) => [w.message, w.details])).toEqual([
      [
        'The footnotes and endnotes of this file (word/notesF.xml, word/notesE.xml) are damaged and could not be read: any footnote or endnote is missing from the counts, said or not. Open the file in Word and save it again, then read the saved file, or check the notes by eye.',
        { notes: ['footnotes', 'endnotes'], parts: ['word/notesF.xml', 'word/notesE.xml'] },
      ],
    ]);
    const one = await read({ body, footnotes: footnote(1, 'A note of five words.'), endnotes: '<w:endnote w:id="1"><w:p><w:r><w:t>cut' });
    expect(one.warnings.map((w) => w.code)).toEqual(['notes-left-out', 'notes-unreadable']);
    expect(notesWarnings(one).map((w) => w.details)).toEqual([{ footnotes: 1, endnotes: 0, words: 5, include: 'footnotes' }]);
  });
});

describe('a damaged notes part read with --include', () => {
  it('the body and the good notes are read; the damaged part is said, not the whole file refused', async () => {
    const script = await read({ body, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>never closed', endnotes: endnote(1, 'An endnote of five words.') }, { include: ['footnote', 'endnote'] });
    expect(script.paragraphs.map((x) => x.location.story)).toEqual(['body', 'endnote']);
    expect(script.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'notes-unreadable',
        'The footnotes of this file (word/notesF.xml) are damaged and could not be read: any footnote is missing from the counts, said or not. Open the file in Word and save it again, then read the saved file, or check the footnotes by eye.',
      ],
    ]);
  });
});

describeShared('corpus/public-docx', 'footnotes left out of a real file', (CORPUS) => {
  it('docx4j__Docx4j_GettingStarted.docx: the summary says its 4 footnotes (84 words) are left out', async () => {
    const { report } = await analyse(join(CORPUS, 'docx4j__Docx4j_GettingStarted.docx'), { noConfig: true });
    expect(report.warnings.filter((w) => w.code === 'notes-left-out').map((w) => w.message)).toEqual([
      '4 footnotes (84 words) are not read as script lines. If they are read aloud, count them with --include footnotes.',
    ]);
  });
});

describe('tracked changes in notes that are not read (probe7: check --rule tracked-changes=error passed such a file)', () => {
  // A reviewer's insertion and deletion in a footnote, as Word writes them.
  const trackedFootnote = `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' Source: national safety statistics, ')}<w:del w:id="7" w:author="Reviewer" w:date="2026-11-30T10:00:00Z"><w:r><w:delText>2023</w:delText></w:r></w:del><w:ins w:id="8" w:author="Reviewer" w:date="2026-11-30T10:00:00Z">${r('2024')}</w:ins>${r('.')}</w:p></w:footnote>`;

  it('said once, naming the notes, with the --include that counts them; no tracked-changes warning of the body', async () => {
    const script = await read({ body, footnotes: trackedFootnote });
    expect(script.warnings.filter((w) => w.code.startsWith('tracked'))).toEqual([
      {
        code: 'tracked-changes-in-notes',
        message: 'The footnotes hold tracked changes. They are not read as script lines, so the counts do not change, but the file is not final there: accept or reject the changes in Word before the session (or count the notes, as accepted, with --include footnotes).',
        details: { notes: ['footnotes'], include: 'footnotes' },
      },
    ]);
    expect(script.facts.trackedChanges).toBe(false);
  });

  it('read with --include footnotes, the changes are the file\'s own (counted as accepted), and not said twice', async () => {
    const script = await read({ body, footnotes: trackedFootnote }, { include: ['footnote'] });
    expect(script.warnings.filter((w) => w.code === 'tracked-changes-in-notes')).toEqual([]);
    expect(script.facts.trackedChanges).toBe(true);
    expect(script.paragraphs.map((x) => x.runs.map((run) => run.text).join(''))).toEqual(['The narrator reads this line.', ' Source: national safety statistics, 2024.']);
  });

  it('check: a warning by default, an error under --rule tracked-changes=error (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-notes-tracked-'));
    writeFileSync(join(dir, 'script.docx'), buildDocx({ body, footnotes: trackedFootnote }));
    const byDefault = runCli(['check', 'script.docx', '--no-config'], dir);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain('  warning  tracked-changes  The footnotes hold tracked changes.');
    const strict = runCli(['check', 'script.docx', '--no-config', '--rule', 'tracked-changes=error'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('  error    tracked-changes  The footnotes hold tracked changes.');
  });
});
