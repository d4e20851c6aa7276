/**
 * Voices told apart by italics, bold or a font, not by colour (attribute/emphasis.ts): the readers keep
 * a run's emphasis (model.ts Run.italic, bold, font), and a script coded so is said (`emphasis-coded`),
 * not read as one voice without a word. Fixtures: tests/fixtures/emphasis-coded/ (built by
 * scripts/build-emphasis-coded-fixtures.py: python-docx, and LibreOffice for the PDFs).
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { fontEmphasis } from '../src/readers/pdf/emphasis.js';
import { runCli } from './helpers/cli.js';

const DIR = join(__dirname, 'fixtures', 'emphasis-coded');
const looks = async (file: string) =>
  (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => [r.italic ? 'I' : '', r.bold ? 'B' : '', r.font ?? ''].join('|')).join(' + '));
const coded = async (file: string, options: { config?: string } = {}) =>
  (await analyse(join(DIR, file), options.config ? { config: options.config } : { noConfig: true })).report.warnings.filter((w) => w.code === 'emphasis-coded');

const TRAINER = { lines: 4, words: 33, first: 'Welcome to this module on fire safety.' };
const LEARNER = { lines: 4, words: 44, first: 'Hello! My name is Tom and I work at the front desk.' };
const FR_TRAINER = { lines: 3, words: 26, first: 'Bienvenue dans ce module. Je suis votre formatrice.' };

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-emphasis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the readers keep the emphasis of a run', () => {
  it('DOCX: w:i and w:b through the cascade (toggles: an italic character style on an italic paragraph style is upright), fonts through the theme', async () => {
    expect(await looks('italics-styles-en.docx')).toEqual([
      '|B|Calibri', // Heading 1: bold, the theme's major font
      'I||Cambria', // paragraph style Trainer (italic)
      '||Cambria', // Trainer + character style Emphasis: two toggles, upright (ECMA-376 §17.7.3)
      'I||Cambria', // character style Emphasis
      '||Cambria',
      'I||Cambria', // direct w:i
      '||Cambria', // Trainer, direct w:i="0"
      'I||Cambria',
      '||Cambria',
    ]);
    expect((await looks('font-fr.docx')).slice(0, 3)).toEqual(['||Liberation Mono', '||Liberation Serif', '||Liberation Mono']);
    expect((await looks('emphasis-words-en.docx'))[0]).toBe('||Cambria + I||Cambria + ||Cambria');
  });

  it('PDF: from the font\'s name, its subset prefix and style left out; one run per emphasis', async () => {
    expect((await looks('italics-en.pdf')).slice(0, 3)).toEqual(['|B|DejaVu Sans', 'I||DejaVu Serif', '||DejaVu Serif']);
    expect((await looks('bold-en.pdf')).slice(0, 3)).toEqual(['||DejaVu Sans', '|B|DejaVu Serif', '||DejaVu Serif']);
    expect((await looks('font-fr.pdf')).slice(0, 2)).toEqual(['||Liberation Mono', '||Liberation Serif']);
    expect((await looks('emphasis-words-en.pdf'))[0]).toBe('||DejaVu Serif + I||DejaVu Serif + ||DejaVu Serif');
  });

  it('PDF font names as producers write them', () => {
    expect(fontEmphasis('BAAAAA+LiberationSerif-BoldItalic')).toEqual({ italic: true, bold: true, font: 'Liberation Serif' });
    expect(fontEmphasis('TimesNewRomanPS-ItalicMT')).toEqual({ italic: true, font: 'Times New Roman' });
    expect(fontEmphasis('ArialMT')).toEqual({ font: 'Arial' });
    expect(fontEmphasis('Arial,Bold')).toEqual({ bold: true, font: 'Arial' });
    expect(fontEmphasis('ABCDEF+MinionPro-It')).toEqual({ italic: true, font: 'Minion Pro' });
    expect(fontEmphasis('Helvetica-Oblique')).toEqual({ italic: true, font: 'Helvetica' });
    expect(fontEmphasis('CMTI10')).toEqual({ italic: true, font: 'CMTI10' });
    expect(fontEmphasis('CMBX12')).toEqual({ bold: true, font: 'CMBX12' });
    expect(fontEmphasis('Times-Roman')).toEqual({ font: 'Times' });
    expect(fontEmphasis('CAAAAA+DejaVuSerif')).toBe(fontEmphasis('DAAAAA+DejaVuSerif'));
    expect(fontEmphasis(undefined)).toBeUndefined();
  });
});

describe('voices told apart by emphasis are said', () => {
  it.each(['italics-en.docx', 'italics-en.pdf'])('%s: a trainer in italics, a learner upright, all black', async (file) => {
    const warnings = await coded(file);
    expect(warnings.map((w) => w.details)).toEqual([{ kind: 'italic', voice: '#000000 black', emphasised: TRAINER, plain: LEARNER }]);
    expect(warnings[0]!.message).toBe(
      'Lines in one colour (#000000 black) may be two voices told apart by italics: 4 lines (33 words) are wholly in italics, from "Welcome to this module on fire safety.", and 4 (44 words) are not, from "Hello! My name is Tom and I work at the front desk.", alternating. vo-lines reads colours only and counts them as one: count the lines by hand or colour them.',
    );
  });

  it.each(['italics-fr.docx', 'italics-fr.pdf'])('%s: the same in French', async (file) => {
    expect((await coded(file)).map((w) => w.details)).toEqual([
      { kind: 'italic', voice: '#000000 black', emphasised: FR_TRAINER, plain: { lines: 3, words: 29, first: 'Bonjour ! Je suis Paul, je travaille à la réception.' } },
    ]);
  });

  it('italics from a paragraph style, a character style and direct formatting count alike (DOCX, as Word shows it)', async () => {
    expect((await coded('italics-styles-en.docx')).map((w) => w.details)).toEqual([{ kind: 'italic', voice: '#000000 black', emphasised: TRAINER, plain: LEARNER }]);
  });

  it('its LibreOffice PDF shows the italic character style on the italic paragraph style in italics (no toggle): one line more in italics', async () => {
    expect((await coded('italics-styles-en.pdf')).map((w) => w.details)).toEqual([
      { kind: 'italic', voice: '#000000 black', emphasised: { lines: 5, words: 45, first: TRAINER.first }, plain: { lines: 3, words: 32, first: 'I leave the room and close the door behind me.' } },
    ]);
  });

  it.each(['bold-en.docx', 'bold-en.pdf'])('%s: one voice in bold, under a title', async (file) => {
    const warnings = await coded(file);
    expect(warnings.map((w) => w.details)).toEqual([{ kind: 'bold', voice: '#000000 black', emphasised: TRAINER, plain: LEARNER }]);
    expect(warnings[0]!.message).toContain('may be two voices told apart by bold: 4 lines (33 words) are wholly in bold, from');
  });

  it.each([
    ['font-en.docx', 'Calibri', 'Cambria'],
    ['font-en.pdf', 'DejaVu Sans', 'DejaVu Serif'],
  ])('%s: one voice in another font (the theme\'s major font in the DOCX)', async (file, font, body) => {
    const warnings = await coded(file);
    expect(warnings.map((w) => w.details)).toEqual([{ kind: 'font', font, voice: '#000000 black', emphasised: { ...TRAINER, font }, plain: { ...LEARNER, font: body } }]);
    expect(warnings[0]!.message).toBe(
      `Lines in one colour (#000000 black) may be two voices told apart by a font: 4 lines (33 words) are wholly in ${font}, from "Welcome to this module on fire safety.", and 4 (44 words) in ${body}, from "Hello! My name is Tom and I work at the front desk.", alternating. vo-lines reads colours only and counts them as one: count the lines by hand or colour them.`,
    );
  });

  it.each(['font-fr.docx', 'font-fr.pdf'])('%s: one voice in Liberation Mono', async (file) => {
    expect((await coded(file)).map((w) => w.details)).toEqual([
      {
        kind: 'font', font: 'Liberation Mono', voice: '#000000 black',
        emphasised: { ...FR_TRAINER, font: 'Liberation Mono' },
        plain: { lines: 3, words: 28, first: 'Bonjour ! Je suis Paul, je travaille à la réception.', font: 'Liberation Serif' },
      },
    ]);
  });

  it.each(['inside-colour-en.docx', 'inside-colour-en.pdf'])('%s: inside a colour-coded script, the red lines half in italics', async (file) => {
    expect((await coded(file)).map((w) => w.details)).toEqual([
      {
        kind: 'italic', voice: '#C00000 red',
        emphasised: { lines: 3, words: 25, first: 'Hello everyone, I am your fire marshal today.' },
        plain: { lines: 3, words: 27, first: 'Hi! I am Tom and I started on Monday.' },
      },
    ]);
  });

  it('with a config, the voice is named', async () => {
    const config = join(dir, 'narrator.yaml');
    writeFileSync(config, 'voices:\n  Narrator: { color: "#000000" }\n');
    const warnings = await coded('italics-en.docx', { config });
    expect(warnings.map((w) => w.details?.voice)).toEqual(['Narrator']);
    expect(warnings[0]!.message).toMatch(/^Lines of the voice "Narrator" may be two voices told apart by italics: 4 lines \(33 words\)/);
  });

  it.each([
    'headings-bold-en', 'directions-italic-en', 'directions-italic-fr', 'quotation-en', 'all-italic-en', 'emphasis-words-en', 'title-font-en', 'block-italic-en', 'labels-italic-fr', 'legal-tags-en',
  ].flatMap((name) => [`${name}.docx`, `${name}.pdf`]))('%s: no warning (headings, directions, a quotation, all in italics, a stressed word, a title font, one block, speakers’ labels, a tag closing each section)', async (file) => {
    expect(await coded(file)).toEqual([]);
  });

  it.each(['spring-sale.docx', 'spring-sale.pdf'])('samples/en-commercial/%s: the announcer\'s legal lines in italics, closing two spots, are no second voice', async (file) => {
    const warnings = (await analyse(join(__dirname, '..', 'samples', 'en-commercial', file))).report.warnings;
    expect(warnings.filter((w) => w.code === 'emphasis-coded')).toEqual([]);
  });
});

describe('every command says it', () => {
  // In a folder of its own (no config above it), named as the user typed it.
  const folder = mkdtempSync(join(dir, 'cli-'));
  copyFileSync(join(DIR, 'italics-fr.docx'), join(folder, 'italics-fr.docx'));
  const copy = 'italics-fr.docx';

  it('vo-lines FILE: the warning, and a next step that does not say there is no coding', () => {
    const result = runCli([copy], folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('! Lines in one colour (#000000 black) may be two voices told apart by italics: 3 lines (26 words)');
    expect(result.stdout).not.toContain('no colour coding to read');
    expect(result.stdout).toContain(
      "Next: every line is #000000 black (its headings aside), but italics may tell the voices apart (see the warning): vo-lines reads colours only. Colour each voice's lines in the script, then vo-lines init italics-fr.docx writes a vo-lines.config.yaml beside the script, one voice per colour, to rename; or count the lines by hand.",
    );
  });

  it('colors, summary and lines show it; check gives it as a note', () => {
    for (const args of [['colors', copy], ['summary', '--no-config', copy], ['lines', '--no-config', copy]]) {
      expect(runCli(args, folder).stdout).toContain('may be two voices told apart by italics: 3 lines (26 words)');
    }
    const check = runCli(['check', '--no-config', copy], folder);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/note +emphasis-coded +Lines in one colour \(#000000 black\) may be two voices/);
    const json = JSON.parse(runCli(['colors', '--json', copy], folder).stdout) as { warnings: { code: string; details: unknown }[] };
    expect(json.warnings.filter((w) => w.code === 'emphasis-coded').map((w) => w.details)).toEqual([
      { kind: 'italic', voice: '#000000 black', emphasised: FR_TRAINER, plain: { lines: 3, words: 29, first: 'Bonjour ! Je suis Paul, je travaille à la réception.' } },
    ]);
  });
});
