/**
 * Scripts coded by speaker labels and not by colour (`ANNONCEUR : …`, `Narrator: …`, every line
 * black): which labels `init` proposes as voices, which it keeps apart, when it proposes none; and
 * the same from the built CLI on a French radio spot and an English e-learning module, DOCX and PDF.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { findSpeakerLabels, labelVoiceMap, proposedLabels } from '../src/attribute/speaker-labels.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';
import { blackScript, labelsOf } from './helpers/black-script.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'labels');

const run = (args: string[], cwd: string) => runCli(args, cwd);



describe('findSpeakerLabels', () => {
  it('a tab instead of a colon after the label ("ANNCR⇥…", typed so, or a two-column row as a PDF sets it); a config\'s label reads it too', () => {
    const s = blackScript('Radio spot – Garden centre – 30 s', 'ANNCR\tThis spring, everything is twenty percent off.', 'MUM\tLook at these roses!', 'KID\tCan we take the red ones?', 'ANNCR\tCome and see us.', 'MUM\tEvery rose is grown nearby.');
    expect(labelsOf(s)).toEqual([
      ['ANNCR', 2, 11, false],
      ['MUM', 2, 9, false],
      ['KID', 1, 6, false],
    ]);
    const casting = castScript(s, labelVoiceMap(findSpeakerLabels(s)!, []));
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      [null, 'Radio spot – Garden centre – 30 s'],
      ['ANNCR', 'This spring, everything is twenty percent off.'],
      ['MUM', 'Look at these roses!'],
      ['KID', 'Can we take the red ones?'],
      ['ANNCR', 'Come and see us.'],
      ['MUM', 'Every rose is grown nearby.'],
    ]);
  });

  it('labels in capitals, a no-break space before the colon; one used once after the dialogue starts; fields above it left out', () => {
    const s = blackScript(
      ['Heading 1', 'Spot radio : Boulangerie Martin'],
      'Client\u00A0: Boulangerie Martin',
      'Durée\u00A0: 30 secondes',
      'ANNONCEUR\u00A0: Chez Martin, le pain sort du four.',
      'CLIENTE\u00A0: Une baguette, s’il vous plaît\u00A0!',
      'BOULANGER\u00A0: Et avec ceci\u00A0?',
      '(Bruit de caisse)',
      'CLIENTE\u00A0: Deux croissants.',
      'SFX\u00A0: porte qui se ferme',
      'Annonceur\u00A0: Martin, le goût du vrai pain.',
    );
    // "Annonceur" is the same label as "ANNONCEUR" (labels match without regard to case), written
    // as the script writes it most often.
    expect(labelsOf(s)).toEqual([
      ['ANNONCEUR', 2, 13, false],
      ['CLIENTE', 2, 7, false],
      ['BOULANGER', 1, 3, false],
      ['SFX', 1, 4, true],
    ]);
    expect(findSpeakerLabels(s)).toMatchObject({ labelled: 6, body: 9 });
  });

  it('names with a capital: "Narrator:", "Dr Martin:", "Voix off :"; a sentence with a colon is no label', () => {
    const s = blackScript(
      'Narrator: Welcome to the course.',
      'Dr Martin: Thank you. Remember this: lift with your legs.',
      'Remember that: the load stays close to your body.',
      'Voix off : Bonne chance.',
      'Narrator: Let us begin.',
      'Dr Martin: First, look at the load.',
    );
    expect(labelsOf(s)).toEqual([
      ['Narrator', 2, 7, false],
      ['Dr Martin', 2, 13, false],
      ['Voix off', 1, 2, false],
    ]);
  });

  it('an aside in brackets after the name is the same speaker, cut off with the label and kept as the line\'s direction: "MARIE (off) :", "JOHN (V.O.):"', () => {
    const s = blackScript('MARIE (off) : Tu es là ?', 'PAUL : Oui, j’arrive.', 'MARIE : Dépêche-toi.', 'PAUL (au téléphone) : Je suis en bas.');
    expect(labelsOf(s)).toEqual([
      ['MARIE', 2, 4, false],
      ['PAUL', 2, 6, false],
    ]);
    const casting = castScript(s, labelVoiceMap(findSpeakerLabels(s)!, []));
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['MARIE', '(off) Tu es là ?'],
      ['PAUL', 'Oui, j’arrive.'],
      ['MARIE', 'Dépêche-toi.'],
      ['PAUL', '(au téléphone) Je suis en bas.'],
    ]);
    // Shown, not counted.
    expect(casting.lines.map((l) => [l.words, l.label ?? null])).toEqual([[3, '(off) '], [2, null], [1, null], [4, '(au téléphone) ']]);
  });

  it('the labels of the form the speakers use: a "SFX:" in capitals is no speaker among names', () => {
    const s = blackScript('Narrator: One.', 'SFX: door', 'Sarah: Two.', 'SFX: bell', 'Narrator: Three.', 'Sarah: Four.');
    expect(labelsOf(s)).toEqual([
      ['Narrator', 2, 2, false],
      ['Sarah', 2, 2, false],
    ]);
  });

  it('no proposal: one speaker only, notes and examples, or labels on too few paragraphs', () => {
    expect(findSpeakerLabels(blackScript('NARRATOR: One.', 'NARRATOR: Two.', 'Plain text.', 'NARRATOR: Three.'))).toBeNull();
    expect(findSpeakerLabels(blackScript('Intro text.', 'Note: one.', 'Example: two.', 'Body.', 'Note: three.', 'Example: four.'))).toBeNull();
    // Two speakers recur, but six paragraphs in seven have no label: a dialogue quoted in prose.
    const prose = blackScript('ANA: Hi.', 'BEN: Hello.', 'ANA: Bye.', 'BEN: Bye.', ...Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} of the story.`));
    expect(findSpeakerLabels(prose)).toBeNull();
    expect(findSpeakerLabels(blackScript('10:30 start', 'http://example.com: link', 'Plain.'))).toBeNull();
  });

  it('a labelled script whose other colour marks directions: the labels, not the colours, say who speaks', async () => {
    const grey = '<w:color w:val="808080"/>';
    const bytes = buildDocx({
      body: [
        `<w:p>${r('ANNCR: Spring is here at Greenway.')}</w:p>`,
        `<w:p>${r('SFX: birdsong', grey)}</w:p>`,
        `<w:p>${r('MUM: Look at these tulips!')}</w:p>`,
        `<w:p>${r('ANNCR: Half price this weekend.')}</w:p>`,
        `<w:p>${r('Music up and under.', grey)}</w:p>`,
        `<w:p>${r('MUM: ')}${r('(laughing)', grey)}${r(' Only if you carry them.')}</w:p>`,
      ].join(''),
    });
    const casting = castScript(await readScriptBytes(bytes, 'spot.docx'), null);
    expect(casting.voices.map((v) => v.name)).toEqual(['#000000 black', '#808080 grey']);
    expect(proposedLabels(casting)?.labels.map((l) => [l.label, l.looks])).toEqual([
      ['ANNCR', ['#000000/']],
      ['MUM', ['#000000/']],
      ['SFX', ['#808080/']],
    ]);
    // The hint leads to the labels, not to naming grey as a voice.
    const dir = mkdtempSync(join(tmpdir(), 'vo-labels-'));
    writeFileSync(join(dir, 'spot.docx'), bytes);
    expect(run(['spot.docx'], dir).stdout.trim().split('\n').at(-1)).toBe(
      "Next: the speakers' lines are all in one colour and open with speaker labels (ANNCR and MUM): the labels say who speaks. vo-lines init spot.docx writes a vo-lines.config.yaml beside the script with one voice per label, to check.",
    );
  });

  it('a script coded by colour is left to its colours, labels or not', async () => {
    const bytes = buildDocx({
      body: [
        `<w:p>${r('NARRATOR: Welcome to the course.', '<w:color w:val="404040"/>')}</w:p>`,
        `<w:p>${r('COACH: Hi, I am your coach.', '<w:color w:val="1F4E79"/>')}</w:p>`,
        `<w:p>${r('NARRATOR: Let us begin.', '<w:color w:val="404040"/>')}</w:p>`,
        `<w:p>${r('COACH: First, the basics.', '<w:color w:val="1F4E79"/>')}</w:p>`,
      ].join(''),
    });
    const casting = castScript(await readScriptBytes(bytes, 'coded.docx'), null);
    expect(findSpeakerLabels(casting.script)?.labels.map((l) => l.label)).toEqual(['NARRATOR', 'COACH']);
    expect(proposedLabels(casting)).toBeNull();
  });
});

describe('init on a script coded by speaker labels (built CLI)', () => {
  const folder = (file: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-labels-'));
    copyFileSync(join(fixtures, file), join(dir, file));
    return dir;
  };

  it.each([
    ['radio-labels-fr.docx', '#365F91'],
    ['radio-labels-fr.pdf', '#365F91'],
  ])('%s: ANNONCEUR, CLIENTE, BOULANGER; MUSIQUE commented as a direction; the header fields are not voices', (file, heading) => {
    const dir = folder(file);
    const hint = run([file], dir).stdout.trim().split('\n').at(-1);
    expect(hint).toBe(
      `Next: every line is #000000 black (its headings aside): no colour coding to read, but the lines open with speaker labels (ANNONCEUR, CLIENTE and BOULANGER). vo-lines init ${file} writes a vo-lines.config.yaml beside the script with one voice per label, to check.`,
    );
    const init = run(['init', file], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(
      [
        'Wrote vo-lines.config.yaml (3 voices, one per speaker label: ANNONCEUR, CLIENTE and BOULANGER; MUSIQUE left out as a direction; text without a label taken as not recorded).',
        `The script has no colour coding: its lines open with speaker labels. Check the names, then run: vo-lines summary ${file}`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        `# vo-lines config for ${file}, written by \`vo-lines init\`: no colour coding, one voice per speaker label found`,
        "# (8 paragraphs of 11 open with one). Check each name (a voice's name can be changed;",
        '# its label is what the script writes before the colon or tab), delete what is no voice, then keep this file beside the script.',
        'voices:',
        '  ANNONCEUR: { label: "ANNONCEUR" }   # 27 words, 3 lines',
        '  CLIENTE: { label: "CLIENTE" }   # 13 words, 2 lines',
        '  BOULANGER: { label: "BOULANGER" }   # 3 words, 1 line',
        '  # MUSIQUE: { label: "MUSIQUE" }   # 7 words, 2 paragraphs: a direction or a note, not a voice? If it is read, uncomment this line',
        `unassigned: ["#000000", "${heading}"]   # text without a speaker label (titles, directions…), not recorded: 25 words, 6 lines`,
        "continueLabels: true   # a paragraph with no label right after a speaker's line goes on with that speaker (none here); false: nobody's, each said",
        'wpm: 150   # or pace: e-learning | commercial | audiobook | documentary | explainer',
        '',
      ].join('\n'),
    );
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    // The DOCX keeps the no-break space before "!" and "?"; LibreOffice's PDF draws a space.
    const text = (l: { text: string }) => l.text.replace(/\u00A0/g, ' ');
    expect(report.voices.map((v: { name: string; labels: string[]; colors: string[]; words: number; lines: { text: string }[] }) => [v.name, v.labels, v.colors, v.words, v.lines.map(text)])).toEqual([
      ['ANNONCEUR', ['ANNONCEUR'], [], 27, ['Chez Martin, le pain sort du four à 7 heures.', 'Boulangerie Martin, 12 rue des Lilas. Ouvert 7 jours sur 7.', 'Martin, le goût du vrai pain.']],
      ['CLIENTE', ['CLIENTE'], [], 13, ['Une baguette bien cuite, s’il vous plaît !', 'Deux croissants. Ils sont encore chauds !']],
      ['BOULANGER', ['BOULANGER'], [], 3, ['Et avec ceci ?']],
    ]);
    expect(report.warnings).toEqual([]);
    // A voice told by its label, not a colour: the label where the colours would be.
    expect(run(['lines', file, '--voice', 'BOULANGER'], dir).stdout.split('\n')[5]).toBe('BOULANGER ("BOULANGER :"): 1 line, 3 words, about 0:01 at 150 wpm');
    const summary = run(['summary', file], dir).stdout.split('\n');
    expect(summary.slice(4, 10)).toEqual([
      '  Voice       Colour          Lines  Words  Spoken   Share  Time  Pace',
      '  Total                          12     68      64  100.0%  0:26  150 wpm',
      // (As the script writes them: a no-break space before the colon, shown as a space.)
      '  ANNONCEUR   "ANNONCEUR :"       3     27      27   39.7%  0:11  150 wpm',
      '  CLIENTE     "CLIENTE :"         2     13      13   19.1%  0:05  150 wpm',
      '  BOULANGER   "BOULANGER :"       1      3       3    4.4%  0:01  150 wpm',
      // Voices told by their labels alone: what is left is the text no label claims, in any colour.
      // (Shown so that the rows add up to the Total: summary's shown times.)
      '  Unassigned  any other text      6     25      21   36.8%  0:09  150 wpm',
    ]);
  });

  it.each(['elearning-labels-en.docx', 'elearning-labels-en.pdf'])('%s: Narrator, Sarah, Manager; Note commented; SFX in capitals and the fields left unassigned', (file) => {
    const dir = folder(file);
    expect(run(['init', file], dir).stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: Narrator, Sarah and Manager; Note left out as a direction; text without a label taken as not recorded).',
    );
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8').split('\n');
    expect(config.slice(3, 8)).toEqual([
      'voices:',
      '  Narrator: { label: "Narrator" }   # 60 words, 4 lines',
      '  Sarah: { label: "Sarah" }   # 21 words, 2 lines',
      '  Manager: { label: "Manager" }   # 13 words, 1 line',
      '  # Note: { label: "Note" }   # 5 words, 1 paragraph: a direction or a note, not a voice? If it is read, uncomment this line',
    ]);
    const report = JSON.parse(run(['lines', file, '--json', '--voice', 'unassigned'], dir).stdout);
    expect(report.recorded.words).toBe(94);
    expect(report.unassigned.lines.map((l: { text: string }) => l.text)).toEqual([
      'Module 3 – Safe lifting',
      'Client: Northwind Logistics',
      'Version: 2, approved 14 March',
      'Screen 1 – Welcome',
      'SFX: forklift reversing in the distance',
      'Screen 2 – Plan the lift',
      'Note: the on-screen checklist appears here.',
      'SFX: warehouse door closes',
    ]);
  });

  it.each(['dubbing-table-fr.docx', 'dubbing-table-fr.pdf'])('%s: a dubbing table (TC | PERSONNAGE | TEXTE), names in their own cells', (file) => {
    const dir = folder(file);
    expect(run(['init', file], dir).stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: MARIE, PAUL and LE FACTEUR; SFX left out as a direction; text without a label taken as not recorded).',
    );
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    expect(report.voices.map((v: { name: string; words: number; spokenWords: number; lines: { text: string; location: { cell: { row: number; column: number } } }[] }) => [v.name, v.words, v.spokenWords, v.lines.map((l) => [l.location.cell.row, l.location.cell.column, l.text])])).toEqual([
      ['MARIE', 18, 18, [[2, 3, 'Tu as entendu ce bruit cette nuit ?'], [4, 3, '(off) Ça venait de chez les Martin.'], [7, 3, 'À trois heures du matin ?']]],
      ['PAUL', 18, 16, [[3, 3, 'Non. Je dormais comme un loir.'], [6, 3, '(il bâille) Ils déménagent peut-être.'], [9, 3, 'Ils ne sont pas là, je crois.']]],
      ['LE FACTEUR', 6, 6, [[8, 3, 'Bonjour ! Un colis pour les Martin.']]],
    ]);
    // The names' cells are no one's lines and no words of the script; the time codes are no lines, each its row's time (timecodes.test.ts).
    expect(report.unassigned.lines.map((l: { text: string }) => l.text)).toEqual([
      'Les Voisins – épisode 4 – VF',
      'Version de doublage du 12 mars. Les indications entre parenthèses ne se disent pas.',
      'TC', 'PERSONNAGE', 'TEXTE',
      // The SFX row is one line, its text opening with the label, as `SFX: …` in a paragraph reads.
      'SFX Porte qui claque.',
    ]);
    const times = (lines: { timecode?: { start: string } }[]) => lines.map((l) => l.timecode?.start ?? null);
    expect([...report.voices, report.unassigned].map((v: { lines: { timecode?: { start: string } }[] }) => times(v.lines))).toEqual([
      ['00:00:12', '00:00:18', '00:00:27'],
      ['00:00:15', '00:00:24', '00:00:34'],
      ['00:00:30'],
      [null, null, null, null, null, '00:00:22'],
    ]);
  });

  // In the PDF the rows are lines "ANNCR:⇥Spring is here…"; the row after "(laughing)" read its label
  // apart from its wrapped text until a neighbour with nothing left of the gap stopped counting.
  it.each(['radio-table-en.docx', 'radio-table-en.pdf'])('%s: a borderless SPEAKER | LINE table, "MUM:" over "(laughing)" in one cell', (file) => {
    const dir = folder(file);
    expect(run(['init', file], dir).stdout.split('\n')[0]).toBe(
      'Wrote vo-lines.config.yaml (3 voices, one per speaker label: ANNCR, MUM and KID; SFX left out as a direction; text without a label taken as not recorded).',
    );
    const report = JSON.parse(run(['lines', file, '--json'], dir).stdout);
    expect(report.voices.map((v: { name: string; words: number; lines: { text: string }[] }) => [v.name, v.words, v.lines.map((l) => l.text)])).toEqual([
      ['ANNCR', 22, ['Spring is here, and so is the Greenway Garden Centre spring sale.', 'Greenway Garden Centre. Open every day from eight till eight.']],
      // "(laughing)" under "MUM:" in its cell: a direction of MUM's line, opening it, not spoken (labels-parity.test.ts).
      ['MUM', 12, ['Look at these tulips! Half price!', '(laughing) Only if you carry it.']],
      ['KID', 10, ['Can we get the big sunflower too?', 'Eight till eight!']],
    ]);
  });
});
