/**
 * The PDF of a script typed with line breaks in one speaker's line (labels/breaks-one-speaker-en: `PAUL:
 * Write to us at⏎12 Harbour Road,⏎Portsmouth.`, `MARIE: …call me at⏎NOON: the shop closes…`). A PDF
 * shows each such line as a paragraph of its own (LibreOffice's, Chromium's and WeasyPrint's alike), so
 * the line after the break is read by continued.ts, not label-breaks.ts. Before: `12 Harbour Road,` was
 * taken for a title (a short line with no stop, though it ends in a comma), PAUL's address and
 * `NOON: …` were nobody's with no warning, `Portsmouth.` was said to stand after "a heading or a title",
 * and with no config NOON was offered as a third voice. Now: a line ending in a comma, or on a word no
 * sentence ends on (`at`), goes on with its speaker, and a label used once right after it is said
 * `label-after-break`, as in the DOCX: the words per voice are the DOCX's (PAUL 11, MARIE 27).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { castScript } from '../src/attribute/cast-script.js';
import { castByLabels } from '../src/attribute/speaker-labels.js';
import { castByColour } from '../src/attribute/cast.js';
import { parseConfig } from '../src/config/parse.js';
import { blackScript, labelsOf } from './helpers/black-script.js';
import { ROOT, runCli } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'labels');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-breaks-pdf-'));
  made.push(dir);
  return dir;
};

const PDFS = ['breaks-one-speaker-en.pdf', 'breaks-one-speaker-en-chromium.pdf', 'breaks-one-speaker-en-weasyprint.pdf'];

/** The config `init` writes for the DOCX (MARIE and PAUL), in a folder of its own. */
function docxConfig(): string {
  const dir = folder();
  writeFileSync(join(dir, 'vo-lines.config.yaml'), ['voices:', '  MARIE: { label: "MARIE" }', '  PAUL: { label: "PAUL" }', 'unassigned: ["#000000"]', ''].join('\n'));
  return join(dir, 'vo-lines.config.yaml');
}

describe('labels/breaks-one-speaker-en as PDFs: each line a paragraph', () => {
  it.each(PDFS)('%s: `lines` with the DOCX’s config gives PAUL 11 words and MARIE 27, NOON said (built CLI)', (pdf) => {
    const run = runCli(['lines', join(FIXTURES, pdf), '--config', docxConfig()]);
    expect(run.code).toBe(0);
    const out = run.stdout.split('\n');
    expect(out.filter((line) => /^(MARIE|PAUL|Unassigned|To record)|^ {2}p\.1/u.test(line)).map((line) => line.replace(/ +/gu, ' '))).toEqual([
      'To record: 38 words, about 0:15',
      'MARIE ("MARIE:"): 6 lines, 27 words, about 0:11 at 150 wpm',
      ' p.1 ¶2 3 words Roses are red,',
      ' p.1 ¶3 3 words violets are blue.',
      ' p.1 ¶7 9 words For a card by the afternoon, call me at',
      ' p.1 ¶8 8 words NOON: the shop closes for lunch after that.',
      ' p.1 ¶10 3 words You are welcome.',
      ' p.1 ¶11 1 word Goodbye!',
      'PAUL ("PAUL:"): 4 lines, 11 words, about 0:04 at 150 wpm',
      ' p.1 ¶4 4 words Write to us at',
      ' p.1 ¶5 3 words 12 Harbour Road,',
      ' p.1 ¶6 1 word Portsmouth.',
      ' p.1 ¶9 3 words Thank you, Marie.',
      'Unassigned: 1 line, 6 words (list them with --voice unassigned)',
    ]);
    expect(out.filter((line) => line.startsWith('  ! '))).toEqual([
      '  ! 2 paragraphs with no speaker label (4 words) are counted for MARIE, as going on from MARIE’s line above them: "violets are blue." and "Goodbye!" (the first at p.1 ¶3). If someone else says them, write that speaker’s label before each. [p.1 ¶3]',
      '  ! 2 paragraphs with no speaker label (4 words) are counted for PAUL, as going on from PAUL’s line above them: "12 Harbour Road," and "Portsmouth." (the first at p.1 ¶5). If someone else says them, write that speaker’s label before each. [p.1 ¶5]',
      '  ! "NOON: the shop closes for lunch after that." follows a line break in the middle of a sentence (at p.1 ¶8), and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, name NOON in the config (NOON: { label: "NOON" }): a PDF shows a line break and a new paragraph alike, so a new paragraph in the document it was made from would not change this. [p.1 ¶8]',
    ]);
  });

  it('`summary` of LibreOffice’s PDF with the DOCX’s config: the DOCX’s words per voice (built CLI)', () => {
    const run = runCli(['summary', join(FIXTURES, 'breaks-one-speaker-en.pdf'), '--config', docxConfig()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'To record: 38 words, about 0:15 (the whole script: 44 words, about 0:18)\n\n' +
        '  Voice       Colour          Lines  Words  Spoken   Share  Time  Pace\n' +
        '  Total                          11     44      44  100.0%  0:18  150 wpm\n' +
        '  MARIE       "MARIE:"            6     27      27   61.4%  0:11  150 wpm\n' +
        '  PAUL        "PAUL:"             4     11      11   25.0%  0:04  150 wpm\n' +
        '  Unassigned  any other text      1      6       6   13.6%  0:03  150 wpm\n',
    );
  });

  it.each(PDFS)('%s: the same words per voice as the DOCX, the label-after-break warning with its details', async (pdf) => {
    const config = docxConfig();
    const [docx, read] = await Promise.all([analyse(join(FIXTURES, 'breaks-one-speaker-en.docx'), { config }), analyse(join(FIXTURES, pdf), { config })]);
    const words = (r: NonNullable<typeof read>) => [...r.report.voices.map((v) => [v.name, v.words]), ['unassigned', r.report.unassigned.words]];
    expect(words(read!)).toEqual([['MARIE', 27], ['PAUL', 11], ['unassigned', 6]]);
    expect(words(read!)).toEqual(words(docx!));
    const said = read!.report.warnings.find((w) => w.code === 'label-after-break')!;
    expect(said.details).toEqual({ lines: 1, labels: ['NOON'], texts: ['NOON: the shop closes for lunch after that.'], locations: [{ story: 'body', page: 1, paragraph: 8 }], enter: false });
  });

  it.each(PDFS)('%s: with no config, init proposes MARIE and PAUL (no NOON), as for the DOCX (built CLI)', (pdf) => {
    const dir = folder();
    copyFileSync(join(FIXTURES, pdf), join(dir, 'script.pdf'));
    const run = runCli(['init', 'script.pdf'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      "Wrote vo-lines.config.yaml (2 voices, one per speaker label: MARIE and PAUL; text without a label taken as not recorded, but for 4 paragraphs going on from a speaker's line above, counted for that speaker).",
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n').filter((line) => /^ {2}[A-Z]+: \{/u.test(line))).toEqual([
      '  MARIE: { label: "MARIE" }   # 27 words, 6 lines',
      '  PAUL: { label: "PAUL" }   # 11 words, 4 lines',
    ]);
  });
});

describe('the rules, on paragraphs as a PDF gives them', () => {
  const config = parseConfig({ voices: { MARIE: { label: 'MARIE' }, PAUL: { label: 'PAUL' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
  const voices = (...paragraphs: string[]) => {
    const casting = castScript(blackScript(...paragraphs), config);
    return { lines: casting.lines.map((l) => [l.voice, l.text]), codes: casting.warnings.map((w) => w.code) };
  };

  it('a line ending in a comma is no title: it goes on with the speech, and so does the line after it', () => {
    expect(voices('MARIE: Write to us at', '12 Harbour Road,', 'Portsmouth.', 'PAUL: Thanks.')).toEqual({
      lines: [['MARIE', 'Write to us at'], ['MARIE', '12 Harbour Road,'], ['MARIE', 'Portsmouth.'], ['PAUL', 'Thanks.']],
      codes: ['label-continued'],
    });
  });

  it('a comma-ended line with no speaker above it is said, not taken for a title', () => {
    expect(voices('MARIE: Hello.', 'Chapter two', 'Dear friends,', 'PAUL: Thanks.')).toEqual({
      lines: [['MARIE', 'Hello.'], [null, 'Chapter two'], [null, 'Dear friends,'], ['PAUL', 'Thanks.']],
      codes: ['unlabelled-speech'],
    });
  });

  it('controls: a title after a line ending on another word stays a title; a label after it (used once) is its speaker’s, nobody’s here', () => {
    // `Welcome everyone` may be a line typed without its stop: `Room two` (capital, no stop) stays a title, NOON nobody's, nothing said of it.
    expect(voices('MARIE: Welcome everyone', 'Room two', 'PAUL: Hi.', 'MARIE: Again.')).toEqual({
      lines: [['MARIE', 'Welcome everyone'], [null, 'Room two'], ['PAUL', 'Hi.'], ['MARIE', 'Again.']],
      codes: [],
    });
    expect(voices('MARIE: Welcome everyone', 'NOON: hello.', 'PAUL: Hi.', 'MARIE: Again.').lines[1]).toEqual([null, 'NOON: hello.']);
    // A label used elsewhere too is a speaker's, after a comma as anywhere.
    expect(voices('MARIE: Call me at', 'NOON: hello.', 'NOON: again.', 'PAUL: Hi.').lines[1]).toEqual([null, 'NOON: hello.']);
    // After a line ending on a word no sentence ends on, a lower-case line goes on too.
    expect(voices('MARIE: Write to us at', 'the harbour office', 'PAUL: Hi.').lines[1]).toEqual(['MARIE', 'the harbour office']);
  });

  it('French: a line stopped on `à` or a comma goes on, a name used once after it is said (no-break space before the colon)', () => {
    const fr = parseConfig({ voices: { ANNONCEUR: { label: 'ANNONCEUR' }, CLIENTE: { label: 'CLIENTE' } }, unassigned: ['#000000'] }, 'cfg.json').voiceMap;
    const casting = castScript(blackScript('ANNONCEUR\u00A0: Écrivez-nous à', '12 rue des Lilas,', 'MIDI\u00A0: nous fermons.', 'CLIENTE\u00A0: Merci\u00A0!'), fr);
    // (The no-break spaces as the line's text shows them: plain here.)
    expect(casting.lines.map((l) => [l.voice, l.text.replace(/[\u00A0\u202F]/gu, ' ')])).toEqual([
      ['ANNONCEUR', 'Écrivez-nous à'],
      ['ANNONCEUR', '12 rue des Lilas,'],
      ['ANNONCEUR', 'MIDI : nous fermons.'],
      ['CLIENTE', 'Merci !'],
    ]);
    expect(casting.warnings.map((w) => [w.code, w.details?.['labels'] ?? w.details?.['texts']])).toEqual([
      ['label-continued', ['12 rue des Lilas,']],
      ['label-after-break', ['MIDI']],
    ]);
  });

  it('with no config: a label used once right after a comma or `at` is no speaker; after another word it still is', () => {
    const dialogue = ['PAUL: Hello there.', 'MARIE: Good morning.', 'PAUL: How are you?'];
    expect(labelsOf(blackScript(...dialogue, 'MARIE: Call me at', 'NOON: we close.', 'MARIE: Bye.'))?.map((l) => l[0])).toEqual(['PAUL', 'MARIE']);
    expect(labelsOf(blackScript(...dialogue, 'MARIE: Call me now', 'TOM: We close.', 'MARIE: Bye.'))?.map((l) => l[0])).toEqual(['PAUL', 'MARIE', 'TOM']);
    const casting = castByLabels(castByColour(blackScript(...dialogue, 'MARIE: Call me at', 'NOON: we close.', 'MARIE: Bye.')))!.casting;
    expect(casting.lines.filter((l) => l.voice === 'MARIE').map((l) => l.text)).toEqual(['Good morning.', 'Call me at', 'NOON: we close.', 'Bye.']);
  });
});
