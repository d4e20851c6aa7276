/**
 * What probes found, each on fixtures of its shape (scripts/build-misc-probe-fixtures.py, python-docx;
 * PDFs by LibreOffice), English and French:
 * - headings in a voice's colour (Word's Heading 1 and 2 blue, #2F5496, is the trainer's too) are said
 *   (`headings-in-voice`), counted as the voice's still: the Script does not say a colour came from a style;
 * - storyboard column headers built on a head word with qualifiers (`Narration (CC)`, `VO text`, `Texte
 *   voix off`, `Visuals / Interaction`) make an AV table; a header that merely holds "Text" does not;
 * - a DOCX's tracked changes are said in every command (`tracked-changes`), not only by `check`;
 * - the Markdown export keeps `@name` and `#12` from becoming GitHub mentions and references.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { headerKind } from '../src/attribute/av-columns.js';
import { escapeCell, renderMarkdown } from '../src/render/markdown.js';
import { runCli } from './helpers/cli.js';
import { buildDocx } from './helpers/docx-builder.js';

const DIR = join(__dirname, 'fixtures', 'misc-probe');
const tmp = mkdtempSync(join(tmpdir(), 'vo-lines-misc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function config(name: string, body: unknown): string {
  const path = join(tmp, `${name}.json`);
  writeFileSync(path, JSON.stringify(body));
  return path;
}

type Got = Record<string, { lines: string[]; words: number }>;
async function read(file: string, options: { config?: string; noConfig?: boolean } = { noConfig: true }) {
  const { report } = await analyse(join(DIR, file), options);
  const got: Got = {};
  for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { report, got };
}
const said = (report: { warnings: { code: string; message: string }[] }, code: string) => report.warnings.filter((w) => w.code === code).map((w) => w.message);

describe('headings in a voice’s colour (headings-in-voice)', () => {
  const advice = (n: 'one' | 'many', voice: string) =>
    `A heading's colour may come from its heading style (Word sets its headings in this blue) rather than from the voice coding, and vo-lines cannot tell which. ` +
    (n === 'many'
      ? `If they are titles, not read aloud, give the heading style (or the headings) a colour that is no voice's (such as black, not recorded), and they are no longer counted as ${voice}'s; if ${voice} reads them, nothing to do.`
      : `If it is a title, not read aloud, give the heading style (or the heading) a colour that is no voice's (such as black, not recorded), and it is no longer counted as ${voice}'s; if ${voice} reads it, nothing to do.`);

  it('headings-in-voice-en.docx: the title and screen titles stay the Trainer’s lines, and are said', async () => {
    const { report, got } = await read('headings-in-voice-en.docx');
    expect(got['Trainer']).toEqual({
      lines: ['Module 4 — Warehouse safety', 'Screen 1 — Introduction', 'Hello! I am Claire, your trainer.', 'Screen 2 — Protective gear', 'Yes, for everyone, before the end of June.'],
      words: 25,
    });
    expect(said(report, 'headings-in-voice')).toEqual([
      `3 headings (11 words) are in Trainer's colour (#2F5496 dark blue) and were counted as Trainer's lines: "Module 4 — Warehouse safety", "Screen 1 — Introduction" and "Screen 2 — Protective gear". ${advice('many', 'Trainer')}`,
    ]);
    const warning = report.warnings.find((w) => w.code === 'headings-in-voice')!;
    expect(warning.location).toEqual({ story: 'body', paragraph: 1 });
    expect(warning.details).toEqual({
      voice: 'Trainer',
      colour: '#2F5496',
      background: false,
      headings: 3,
      words: 11,
      firstLines: ['Module 4 — Warehouse safety', 'Screen 1 — Introduction', 'Screen 2 — Protective gear'],
    });
  });

  it.each(['headings-in-voice-fr.docx', 'headings-in-voice-fr.pdf'])('%s: the same in French, the PDF’s headings known by their larger type', async (file) => {
    const { report, got } = await read(file);
    expect(got['Formatrice']!.words).toBe(27);
    expect(got['Narrateur']!.words).toBe(18);
    expect(said(report, 'headings-in-voice')).toEqual([
      `3 headings (12 words) are in Formatrice's colour (#2F5496 dark blue) and were counted as Formatrice's lines: "Module 4 — Sécurité en entrepôt", "Écran 1 — Introduction" and "Écran 2 — Les équipements". ${advice('many', 'Formatrice')}`,
    ]);
  });

  it('headings-plain-en.docx (control): black headings are nobody’s, nothing said', async () => {
    const { report, got } = await read('headings-plain-en.docx');
    expect(got['Trainer']!.lines).toEqual(['Hello! I am Claire, your trainer.', 'Yes, for everyone, before the end of June.']);
    expect(got['(unassigned)']!.lines).toEqual(['Module 4 — Warehouse safety', 'Screen 1 — Introduction', 'Screen 2 — Protective gear']);
    expect(said(report, 'headings-in-voice')).toEqual([]);
  });

  it('black headings of a black voice, no colour not recorded: said with no word of Word’s blue, no colour suggested', async () => {
    const path = config('black-voice', { voices: { Narrator: { color: '#404040' }, Trainer: { color: '#2F5496' }, Learner: { color: '#00B050' }, Other: { color: '#000000' } } });
    const { report } = await read('headings-plain-en.docx', { config: path });
    expect(said(report, 'headings-in-voice')).toEqual([
      `3 headings (11 words) are in Other's colour (#000000 black) and were counted as Other's lines: "Module 4 — Warehouse safety", "Screen 1 — Introduction" and "Screen 2 — Protective gear". ` +
        `A heading's colour may come from its heading style rather than from the voice coding, and vo-lines cannot tell which. ` +
        `If they are titles, not read aloud, give the heading style (or the headings) a colour that is no voice's, and they are no longer counted as Other's; if Other reads them, nothing to do.`,
    ]);
  });

  it('a voice the config tells by the heading styles too is not said', async () => {
    const path = config('by-style', { voices: { Narrator: { color: '#404040' }, Trainer: { color: '#2F5496', style: ['Heading 1', 'Heading 2'] } }, unassigned: ['#000000', '#00B050'] });
    expect(said((await read('headings-in-voice-en.docx', { config: path })).report, 'headings-in-voice')).toEqual([]);
  });

  it('the built CLI says it in lines (text)', () => {
    const result = runCli(['lines', join(DIR, 'headings-in-voice-en.docx'), '--no-config']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ! 3 headings (11 words) are in Trainer's colour (#2F5496 dark blue) and were counted as Trainer's lines: "Module 4 — Warehouse safety"`);
  });
});

describe('storyboard headers: head words with qualifiers', () => {
  it.each([
    ['Narration (CC)', 'audio'],
    ['Narration script', 'audio'],
    ['Narration text', 'audio'],
    ['Audio narration', 'audio'],
    ['Voice-over script', 'audio'],
    ['Voice-over text', 'audio'],
    ['VO text', 'audio'],
    ['Closed captions / Narration', 'audio'],
    ['Texte voix off', 'audio'],
    ['Texte voix-off', 'audio'],
    ['Texte narration', 'audio'],
    ['Texte de la voix off', 'audio'],
    ['Narrateur', 'audio'],
    ['Visuals / Interaction', 'picture'],
    ['Interactivity', 'picture'],
    ['Texte de l’écran', 'picture'],
    ['On-screen content', 'picture'],
    ['Screen #', 'number'],
    // Qualifiers alone, or beside a word of no kind: no header of a kind.
    ['Text', null],
    ['Content', null],
    ['CC', null],
    ['Text / Captions', null],
    ['Alt text', null],
    ['Developer notes', null],
    ['Narration notes', null],
    ['De narration', null],
    // Heads of two kinds: as before, none.
    ['On-screen text / Narration', null],
  ])('%j → %s', (text, kind) => {
    expect(headerKind(text)).toBe(kind);
  });

  const voiceN = () => config('n', { voices: { N: { color: '#000000' } } });
  const en = ['Cyber Awareness — storyboard', 'Welcome to Cyber Awareness. Let us start with passwords.', 'Sync CC to audio', 'A strong password has at least twelve characters.', 'Fade in at 00:00:03'];
  const fr = ['Sensibilisation cyber — storyboard', 'Bienvenue dans ce module. Commençons par les mots de passe.', 'Synchroniser les sous-titres', 'Un bon mot de passe compte au moins douze caractères.', 'Fondu à 00:00:03'];

  it.each([
    ['storyboard-captivate-en.docx', 'Slide | Visuals / Interaction | Narration (CC) | Notes', 'Narration (CC)', 'Slide and Visuals / Interaction columns', 14],
    ['storyboard-captivate-en.pdf', 'Slide | Visuals / Interaction | Narration (CC) | Notes', 'Narration (CC)', 'Slide and Visuals / Interaction columns', 14],
    ['storyboard-vo-text-en.docx', 'Screen # | Visual | VO text | Notes', 'VO text', 'Screen # and Visual columns', 13],
    ['storyboard-captions-en.docx', 'Slide | On-screen graphics | Closed captions / Narration | Developer notes', 'Closed captions / Narration', 'Slide and On-screen graphics columns', 16],
  ])('%s (%s): only the narration and the notes are read', async (file, header, audio, picture, left) => {
    const { report, got } = await read(file, { config: voiceN() });
    expect(got['N']).toEqual({ lines: en, words: 28 });
    expect(got['(unassigned)']!.words).toBe(left);
    const notes = header.split(' | ')[3];
    expect(said(report, 'av-picture-column')).toEqual([
      `Table 1 is laid out as an AV script (${header}): only the ${audio} column is read aloud. Its ${picture} say what is seen, not what is said: they and the header row (${left} words) count as unassigned text, not recorded. The ${notes} column is read as it is. If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).`,
    ]);
  });

  it.each([
    ['storyboard-fr.docx', 17],
    ['storyboard-fr.pdf', 17],
    ['storyboard-narration-fr.docx', 16],
  ])('%s: Texte voix off, Texte narration', async (file, left) => {
    const { report, got } = await read(file, { config: voiceN() });
    expect(got['N']).toEqual({ lines: fr, words: 29 });
    expect(got['(unassigned)']!.words).toBe(left);
    expect(said(report, 'av-picture-column')).toHaveLength(1);
  });

  it('storyboard-text-en.docx (Screen | Text | Notes): no AV table, every cell read as it is', async () => {
    const { report, got } = await read('storyboard-text-en.docx', { config: voiceN() });
    expect(got['N']!.words).toBe(31);
    expect(got['N']!.lines).toContain('Title animation, logo');
    expect(said(report, 'av-picture-column')).toEqual([]);
  });
});

describe('tracked changes in a DOCX, said in every command', () => {
  const MESSAGE =
    'The file holds 3 tracked changes (2 insertions, 1 deletion; first at ¶2, also ¶3); they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.';
  const voices = () => config('tracked', { voices: { Narrator: { color: '#404040' }, Trainer: { color: '#2F5496' } }, unassigned: ['#000000'] });

  it.each(['tracked-en.docx', 'tracked-fr.docx'])('%s: the changes read as accepted, and said first', async (file) => {
    const { report, got } = await read(file, { config: voices() });
    const en = file.endsWith('en.docx');
    expect(got['Trainer']!.lines).toEqual([en ? 'Finish the module before 15 July.' : 'Le module doit être suivi avant le 15 juillet.']);
    expect(got['Narrator']!.lines[1]).toBe(en ? 'First rule: look around you. And report any hazard.' : 'Premier point : regardez autour de vous. Et signalez tout danger.');
    expect(report.warnings[0]).toEqual({ code: 'tracked-changes', message: MESSAGE, details: { countedAs: 'accepted', changes: 3, insertions: 2, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [2, 3] } });
    expect(said(report, 'tracked-changes')).toHaveLength(1);
  });

  it('summary, lines, export, sides and diff (--json) carry it; check says it once; the rule off quiets it', () => {
    const file = join(DIR, 'tracked-en.docx');
    const c = voices();
    const codes = (args: string[]) => {
      const result = runCli([...args, '-c', c, '--json']);
      return (JSON.parse(result.stdout) as { warnings: { code: string; message: string }[] }).warnings.filter((w) => w.code === 'tracked-changes').map((w) => w.message);
    };
    expect(codes(['summary', file])).toEqual([MESSAGE]);
    expect(codes(['lines', file])).toEqual([MESSAGE]);
    expect(codes(['export', file, '-o', join(tmp, 'tracked.csv'), '--force'])).toEqual([MESSAGE]);
    expect(codes(['sides', file, '--voice', 'Narrator', '-o', join(tmp, 'tracked.pdf'), '--force'])).toEqual([MESSAGE]);
    expect(codes(['diff', join(DIR, 'tracked-fr.docx'), file])).toEqual([`${join(DIR, 'tracked-fr.docx')}: ${MESSAGE}`, `${file}: ${MESSAGE}`]);
    const check = runCli(['check', file, '-c', c]);
    expect(check.stdout.split('\n').filter((l) => l.includes('tracked-changes'))).toEqual([`  warning  tracked-changes     ${MESSAGE}`]);
    const off = config('tracked-off', { voices: { Narrator: { color: '#404040' }, Trainer: { color: '#2F5496' } }, unassigned: ['#000000'], rules: { 'tracked-changes': 'off' } });
    expect(JSON.parse(runCli(['summary', file, '-c', off, '--json']).stdout).warnings.map((w: { code: string }) => w.code)).not.toContain('tracked-changes');
  });

  it('a file with no tracked changes says nothing of them', async () => {
    const { report } = await read('headings-plain-en.docx');
    expect(said(report, 'tracked-changes')).toEqual([]);
  });
});

describe('Markdown export: mentions and issue references kept as text', () => {
  it('escapeCell: @name, #12, GH-7 and owner/repo#12 split by an empty comment; e-mail addresses and colour hexes left; & escaped', () => {
    expect(escapeCell('@HarborBank and @harbor-bank/team, hello@harborbank.com')).toBe('@<!-- -->HarborBank and @<!-- -->harbor-bank/team, hello@harborbank.com');
    expect(escapeCell('#1 for savers, offer #42, GH-7, gh-8, acme/site#12')).toBe('#<!-- -->1 for savers, offer #<!-- -->42, GH-<!-- -->7, gh-<!-- -->8, acme/site#<!-- -->12');
    expect(escapeCell('#2F5496 dark blue, #404040 dark grey, # 5, C#')).toBe('#2F5496 dark blue, #<!-- -->404040 dark grey, # 5, C#');
    expect(escapeCell('AT&T &commat;HarborBank &#64;x <!-- -->')).toBe('AT\\&T \\&commat;HarborBank \\&#<!-- -->64;x &lt;!-- -->');
  });

  it('mentions-en.docx → .md: each line reads as written, with nothing GitHub links', async () => {
    const out = join(tmp, 'spot.md');
    const result = runCli(['export', join(DIR, 'mentions-en.docx'), '--no-config', '-o', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((l) => l.startsWith('| ') && l.includes('¶'))).toEqual([
      '| 1 | `a4703cf4` | ¶2 | 10 | 4.4 | Saving for something big? Harbor Bank is #<!-- -->1 for savers. |',
      '| 2 | `177cb332` | ¶3 | 7 | 4.8 | @<!-- -->HarborBank on every platform. Write to hello@harborbank.com. |',
      '| 3 | `0414a1d8` | ¶4 | 8 | 4.4 | Ask about offer #<!-- -->42 and plan GH-<!-- -->7 today. |',
    ]);
    const { report } = await read('mentions-en.docx');
    expect(renderMarkdown(report)).toContain('@<!-- -->HarborBank on every platform.');
  });

  it('diff --format md: a changed line\'s mention stays text in its table row (a reference cut by the word marks links nothing)', async () => {
    const folder = mkdtempSync(join(tmp, 'diff-md-'));
    const doc = (text: string) => buildDocx({ body: `<w:p><w:r><w:rPr><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>` });
    writeFileSync(join(folder, 'v1.docx'), doc('Follow @HarborBank for offer #42.'));
    writeFileSync(join(folder, 'v2.docx'), doc('Follow @HarborBank for offer #43.</w:t><w:br/><w:t>Today only.'));
    const result = runCli(['diff', join(folder, 'v1.docx'), join(folder, 'v2.docx'), '--no-config', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.includes('¶1'))).toEqual(['| changed | ¶1 | Follow @<!-- -->HarborBank for offer #~~42~~**43**. **Today only.** |']);
  });
});
