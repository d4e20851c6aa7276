/**
 * `Paragraph.indent` from the PDF reader: points from the leftmost text of the page's body (of its
 * text column, of its table cell) to the left edge of the paragraph's lines, the first line's own
 * indent or hang left aside, to 0.1 pt. A screenplay's dialogue stands in from its action lines by it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';

const FIXTURES = join(__dirname, 'fixtures');
const indents = async (file: string) =>
  (await readScript(join(FIXTURES, file))).paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), p.indent]);

describe('Paragraph.indent in a PDF', () => {
  it('a Fountain screenplay (ReportLab, Courier 12): dialogue 1 in in from the action lines, parentheticals 1.6 in, names 2.2 in, transitions at the right', async () => {
    expect(await indents('labels-screenplay/screenplay-fountain-en.pdf')).toEqual([
      ['FADE IN:', 374.4],
      ['EXT. LIGHTHOUSE - NIGHT', 0],
      ['Rain lashes the windows. TOM, sixties, climbs the spiral stairs with a lantern.', 0],
      ['TOM', 158.4],
      ['Every night for forty years. And still the stairs win.', 72],
      ['ANNA (O.S.)', 158.4],
      ['Dad? Are you up there?', 72],
      ['TOM', 158.4],
      ['(shouting down)', 115.2],
      ['Where else would I be?', 72],
      ['Anna appears at the top of the stairs, soaked.', 0],
      ['ANNA', 158.4],
      ['The boat is back. They found nothing.', 72],
      ['(beat)', 115.2],
      ['Nothing at all.', 72],
      ['TOM (CONT\'D)', 158.4],
      ['Then we keep the light on.', 72],
      ['CUT TO:', 381.6],
      ['INT. LIGHTHOUSE KITCHEN - LATER', 0],
      ['Tom pours two cups of tea.', 0],
      ['ANNA', 158.4],
      ['Do you ever think of leaving?', 72],
      ['TOM', 158.4],
      ['Every night. Then the light needs me.', 72],
      ['FADE OUT.', 367.2],
    ]);
  });

  it('LibreOffice\'s PDF of a styled screenplay: the same steps as the Fountain page (dialogue 72, parenthetical 115.2, name 158.4)', async () => {
    const got = await indents('labels-screenplay/screenplay-styles-fr.pdf');
    expect(got.slice(2, 9)).toEqual([
      ['INT. CUISINE DES DUPONT – MATIN', 0],
      ['Marie verse le café. Paul entre, les cheveux en bataille.', 0],
      ['MARIE', 158.4],
      ['Tu as entendu ce bruit cette nuit ?', 72],
      ['PAUL', 158.4],
      ['(en bâillant)', 115.2],
      ['Non. Je dormais comme un loir.', 72],
    ]);
  });

  it.each(['pdf/spacing.pdf', 'pdf/pagebreak.pdf', 'pdf/colours.pdf'])('%s, plain paragraphs at the margin (some wrapped, one over a page break): 0 each', async (file) => {
    const got = await indents(file);
    expect(got.length).toBeGreaterThan(2);
    expect(got.map(([, indent]) => indent)).toEqual(got.map(() => 0));
  });

  it('two text columns: each column\'s paragraphs measured from its own left edge (0), not from the page\'s', async () => {
    expect((await indents('pdf/columns.pdf')).map(([, indent]) => indent)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a ruled table: each cell\'s paragraphs from the cell\'s text (0)', async () => {
    const script = await readScript(join(FIXTURES, 'pdf/table.pdf'));
    const cells = script.paragraphs.filter((p) => p.location.cell);
    expect(cells.length).toBeGreaterThan(3);
    expect(cells.map((p) => p.indent)).toEqual(cells.map(() => 0));
  });

  it('a LibreOffice bulleted list: the items\' text where it starts after the bullet (18 pt), as the DOCX\'s List Bullet indent', async () => {
    expect((await indents('pdf-producers/lo-lists-struck.pdf')).slice(2, 8)).toEqual([
      ['Voice key:', 0],
      ['Narrator – blue', 18],
      ['Expert – green', 18],
      ['Learner – red', 18],
      ['Black – not recorded', 18],
      ['[Music in, then under]', 0],
    ]);
  });

  it('a label table\'s row: from the label to where its text (and its wrapped lines) start', async () => {
    const got = await indents('pdf-producers/label-rows-en-wp.pdf');
    expect(got.slice(1, 4).map(([, indent]) => indent)).toEqual([0, 64.8, 64.8]);
  });
});
