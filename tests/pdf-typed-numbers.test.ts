/**
 * Numbers typed before a step with a tab ("1.⇥Open…", not Word's list numbering): the DOCX reader
 * reads them as words, and never reads a list's drawn numbers. The PDF reader leaves out a number set
 * apart from its item (lines.ts AUTO_NUMBER): in a tagged PDF the structure tells a list item's
 * number (/LI) from a typed one (a paragraph's own text), which then stays; in an untagged PDF
 * nothing tells them apart (LibreOffice draws a typed number with a hanging indent exactly as a
 * list's), and the typed numbers are left out as before. Fixtures: scripts/pdf-producers/docx_typed_numbers.py.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const DIR = join(__dirname, 'fixtures', 'pdf-producers');
const configDir = mkdtempSync(join(tmpdir(), 'vo-lines-typed-numbers-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

async function perVoice(file: string) {
  const script = JSON.parse(readFileSync(join(DIR, 'lo-typed-numbers-en.json'), 'utf8')) as { voices: unknown; unassigned: string[] };
  const config = join(configDir, 'config.json');
  writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
  const { report } = await analyse(join(DIR, file), { config });
  const space = (t: string) => t.replace(/\s+/gu, ' ');
  return Object.fromEntries(report.voices.map((v) => [v.name, { words: v.words, lines: v.lines.map((l) => space(l.text)) }]));
}

const DOCX = {
  Trainer: {
    words: 80,
    lines: [
      'Here is how to print a page.',
      'Open the file you want to print.',
      'Choose Print in the File menu, then pick the printer nearest to you and the number of copies you need.',
      'Press the Print button.',
      '3. Check the first copy before you print the rest.',
      '4. Put the paper you did not use back in the tray, so that the next person finds the printer ready for their own work.',
      'That is all there is to it.',
    ],
  },
  Learner: {
    words: 29,
    lines: ['And to print on both sides?', '1. Open the printer settings.', '2. Tick the box that says both sides, then close the settings and print the page as before.'],
  },
};

describe('numbers typed with a tab, beside a list numbered by Word', () => {
  it('the DOCX: the typed numbers are words, the list\'s numbers are not read', async () => {
    expect(await perVoice('lo-typed-numbers-en.docx')).toEqual(DOCX);
  });

  it('LibreOffice\'s tagged PDF: the list\'s numbers (in /LI) left out, the typed ones (in /P) kept: the DOCX\'s lines and words', async () => {
    expect(await perVoice('lo-typed-numbers-en-tagged.pdf')).toEqual(DOCX);
  });

  it('LibreOffice\'s untagged PDF (its default): nothing tells a typed number from a drawn one, all are left out (a word short per typed number)', async () => {
    const strip = (line: string) => line.replace(/^\d\. /u, '');
    expect(await perVoice('lo-typed-numbers-en.pdf')).toEqual({
      Trainer: { words: 78, lines: DOCX.Trainer.lines.map(strip) },
      Learner: { words: 27, lines: DOCX.Learner.lines.map(strip) },
    });
  });
});
