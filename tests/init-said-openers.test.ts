/**
 * `init` on a script in one colour whose lines open with labels: a word said at a line's start before a
 * colon (`NEW:`, `NOUVEAU :`, `RAPPEL :`: speaker-label.ts saidOpener) is proposed as no voice, and the
 * lines it opens are said (label-said-opener), since the config of the labels leaves them nobody's; a
 * script whose one speaker opens nearly every line, with notes labelled apart (`SAM:` twelve times,
 * `NOTE:` twice), is proposed by its labels (the notes left out) rather than as one colour counting the
 * notes. The scripts are built here (tests/helpers/docx-builder.ts), every run black, no style.
 * Before: NEW, NOUVEAU and RAPPEL were proposed as speakers; the SAM script as one black voice of 104
 * words, its title and its notes included.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSpeakerLabels } from '../src/attribute/speaker-labels.js';
import { runCli } from './helpers/cli.js';
import { buildDocx, p } from './helpers/docx-builder.js';
import { blackScript, labelsOf } from './helpers/black-script.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `init --json` on a DOCX of these paragraphs, in a folder of its own: its JSON, its text, and the config's voice lines. */
function init(paragraphs: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'vo-said-'));
  made.push(dir);
  writeFileSync(join(dir, 's.docx'), buildDocx({ body: paragraphs.map((t) => p(t)).join('') }));
  const text = runCli(['init', 's.docx'], dir);
  expect(text.code).toBe(0);
  const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
  rmSync(join(dir, 'vo-lines.config.yaml'));
  const json = runCli(['init', 's.docx', '--json'], dir);
  expect(json.code).toBe(0);
  return { text, json: JSON.parse(json.stdout) as { kind: string; voices: { name: string; words: number; lines: number }[]; directions?: string[]; warnings: { code: string; message: string; details: unknown }[] }, voices: config.split('\n').filter((l) => /^ {2}#? ?\S+: \{/u.test(l)) };
}

const BAKERY = ['Spot – Boulangerie', 'NARRATEUR : Bienvenue chez Martin.', 'NOUVEAU : nos croissants au beurre.', 'CLIENTE : Trois, s’il vous plaît.', 'NARRATEUR : Martin, ouvert tous les jours.', 'NOUVEAU : le pain aux noix.', 'CLIENTE : Merci !', 'RAPPEL : ouvert le dimanche.'];

describe('init: words said at a line’s start are no voices', () => {
  it('NOUVEAU and RAPPEL, each opening lines, are no speakers: NARRATEUR and CLIENTE are, and the lines of NOUVEAU and RAPPEL are said (built CLI)', () => {
    const { text, json, voices } = init(BAKERY);
    expect(text.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (2 voices, one per speaker label: NARRATEUR and CLIENTE; text without a label taken as not recorded).');
    expect(voices).toEqual(['  NARRATEUR: { label: "NARRATEUR" }   # 8 words, 2 lines', '  CLIENTE: { label: "CLIENTE" }   # 5 words, 2 lines']);
    const message =
      '"NOUVEAU :" and "RAPPEL :" open 3 lines (14 words) as words said at a line\'s start, not as a speaker\'s name: no voice is made of them, and those lines are left unassigned, not recorded. Someone reads them: check who, for their words are in no voice\'s count.';
    expect(text.stderr).toBe(`! ${message}\n`);
    expect(json.kind).toBe('labels');
    expect(json.voices.map((v) => [v.name, v.words, v.lines])).toEqual([
      ['NARRATEUR', 8, 2],
      ['CLIENTE', 5, 2],
    ]);
    expect(json.warnings.map((w) => [w.code, w.message, w.details])).toEqual([['label-said-opener', message, { labels: ['NOUVEAU', 'RAPPEL'], written: ['NOUVEAU :', 'RAPPEL :'], lines: 3, words: 14 }]]);
  });

  it('NEW in an English ad, with one narrator: no labels are proposed, the one colour is the voice (built CLI)', () => {
    const { text, json } = init(['Fresh Foods – radio spot', 'NARRATOR: Welcome to Fresh Foods, your local market.', 'NEW: our ready meals, cooked every morning.', 'NARRATOR: Come and taste them this weekend.', 'NEW: fresh bread daily, from six.', 'NOTE: say the address slowly.', 'NARRATOR: Fresh Foods, 4 Mill Lane.']);
    expect(text.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (1 voice, one per colour).');
    expect(json.kind).toBe('colours');
    expect(json.warnings).toEqual([]);
  });

  it('the labels found: said openers never, however often (English here, French above)', () => {
    expect(labelsOf(blackScript('NEW: our meals.', 'NARRATOR: Welcome.', 'NEW: bread.', 'NARRATOR: Come.', 'FACT: it works.', 'FACT: again.', 'ANNA: Hello.', 'ANNA: Bye.'))).toEqual([
      ['NARRATOR', 2, 2, false],
      ['ANNA', 2, 2, false],
    ]);
    expect(findSpeakerLabels(blackScript('NEW: our meals.', 'NARRATOR: Welcome.', 'NEW: bread.', 'NARRATOR: Come.', 'FACT: it works.', 'FACT: again.', 'ANNA: Hello.', 'ANNA: Bye.'))?.said).toEqual([
      { label: 'NEW', written: 'NEW:', paragraphs: 2, words: 5 },
      { label: 'FACT', written: 'FACT:', paragraphs: 2, words: 5 },
    ]);
  });
});

describe('init: one speaker on nearly every line, notes labelled apart', () => {
  const PODCAST = ['Podcast – episode 3', ...Array.from({ length: 12 }, (_, i) => `SAM: This is line number ${i + 1} of my talk.`), 'NOTE: breathe here.', 'NOTE: slower.'];

  it('SAM is the voice, NOTE left out as a direction, the title not recorded (built CLI)', () => {
    const { text, json, voices } = init(PODCAST);
    expect(text.stdout.split('\n')[0]).toBe('Wrote vo-lines.config.yaml (1 voice, one per speaker label: SAM; NOTE left out as a direction; text without a label taken as not recorded).');
    expect(voices).toEqual(['  SAM: { label: "SAM" }   # 96 words, 12 lines', '  # NOTE: { label: "NOTE" }   # 3 words, 2 paragraphs: a direction or a note, not a voice? If it is read, uncomment this line']);
    expect(json.directions).toEqual(['NOTE']);
    expect(text.stderr).toBe('');
  });

  it('controls: one name a third of the lines with notes (meeting notes), or notes but no recurring speaker, propose no labels', () => {
    expect(labelsOf(blackScript('Notes', 'The team met.', 'ANNA: approved.', 'We booked the studio.', 'ANNA: shorter ending.', 'NOTE: mix on Friday.', 'NOTE: logo late.', 'We meet again.', 'Everyone agreed.'))).toBeNull();
    expect(labelsOf(blackScript('SAM: Hello.', 'Then I talk.', 'And talk.', 'NOTE: slower.', 'NOTE: again.', 'More talk.'))).toBeNull();
  });
});
