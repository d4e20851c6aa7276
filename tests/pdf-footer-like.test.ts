/**
 * A one-page PDF's footer in the body's size and a voice's colour (scripts/pdf-producers/docx_footer_one_page.py):
 * nothing repeats on one page, so it cannot be told safely from a last script line. It is read, and said
 * (`footer-like-line`, naming the line). Over three pages it is a running footer: left out, nothing said.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const DIR = join(__dirname, 'fixtures', 'pdf-furniture');
const FOOTER = 'Acme Logistics — Forklift safety — narration script v3';

async function read(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return {
    red: report.voices.find((v) => v.name === '#C00000 red')!.lines.map((l) => l.text),
    said: report.warnings.filter((w) => w.code === 'footer-like-line').map((w) => ({ location: w.location, details: w.details })),
  };
}

describe('a one-page footer in a voice colour', () => {
  it('is read as the line it looks like, and said', async () => {
    const { red, said } = await read('footer-one-page-en.pdf');
    expect(red).toEqual(['Welcome to the forklift safety course.', FOOTER]);
    expect(said).toEqual([{ location: { story: 'body', paragraph: 4, page: 1 }, details: { text: FOOTER } }]);
  });

  it('repeated over three pages it is a running footer: left out, nothing said', async () => {
    const { red, said } = await read('footer-three-pages-en.pdf');
    expect(red).toEqual(['Welcome to the forklift safety course.', 'The forks must stay low when you drive.', 'A hand’s width above the floor is enough.']);
    expect(said).toEqual([]);
  });
});
