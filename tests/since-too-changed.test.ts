/**
 * Leftovers of `line-too-changed` (a line too changed to mark word by word, or two lines too long and
 * too changed to pair): built here with tests/helpers/docx-builder (paragraphs of one colour each).
 * - a line given to another voice and rewritten (2,100 of its 5,000 words changed) is flagged
 *   `tooChanged` as a changed line is, on both voices' rows and in `diff --json`, and its warning says
 *   whose line it was (`oldVoice`);
 * - unassigned text: the warning opens "Unassigned text", its details' voice null (the page then
 *   says "Text of no voice", not "unassigned");
 * - `check --since` carries the warning as a note of the file (text, JSON, GitHub, JUnit), with the voice
 *   and the places, and a locked voice's finding cuts the line's two whole texts as it cuts a line's text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sinceDiffNotes } from '../src/check/since-notes.js';
import { compareScripts } from '../src/compare/compare.js';
import type { DiffWarning } from '../src/compare/model.js';
import { parseConfigText } from '../src/config/parse.js';
import { renderDiffJson } from '../src/render/diff-json.js';
import { Words } from '../web/i18n.js';
import { warningSentence, type Part } from '../web/warnings.js';
import { runInRepo } from './helpers/git.js';
import { ANSWER, BLUE, FIRST, NEW_LONG, OLD_LONG, para, RED, side } from './helpers/huge-diff.js';
import { colourDocx, committedRepo, LEARNER, NARRATOR } from './helpers/since-repo.js';

const BLACK = '<w:color w:val="000000"/>';

const tooChangedOf = (warnings: readonly DiffWarning[]) => warnings.filter((w) => w.code === 'line-too-changed');

describe('a long line given to another voice and rewritten', () => {
  it('is flagged tooChanged on both voices\' rows and in the JSON, as its warning says, naming whose it was', async () => {
    const before = await side('old.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(OLD_LONG, BLUE)]);
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(NEW_LONG, RED)]);
    const diff = compareScripts(before, after);
    const blue = diff.voices.find((v) => v.name === '#0070C0 blue')!;
    const red = diff.voices.find((v) => v.name === '#C00000 red')!;
    const whole = [
      { kind: 'removed', text: OLD_LONG },
      { kind: 'added', text: NEW_LONG },
    ];
    expect(red.reassignedIn.map((l) => [l.from, l.location.paragraph, l.words, l.tooChanged])).toEqual([['#0070C0 blue', 3, whole, true]]);
    expect(blue.reassignedOut.map((l) => [l.to, l.location.paragraph, l.words, l.tooChanged])).toEqual([['#C00000 red', 3, whole, true]]);
    expect(tooChangedOf(diff.warnings)).toEqual([
      {
        code: 'line-too-changed',
        message: '#C00000 red, ¶3 (from #0070C0 blue): the line changed in more than 2,000 places, too many to mark word by word: its whole OLD text is shown removed and its whole NEW text added. Compare the two by eye.',
        details: { voice: '#C00000 red', oldVoice: '#0070C0 blue', location: { story: 'body', paragraph: 3 }, oldLocation: { story: 'body', paragraph: 3 }, edits: 2000, shown: 'changed' },
      },
    ]);
    const json = JSON.parse(renderDiffJson(diff)) as { voices: { name: string; reassignedIn: { tooChanged?: boolean }[]; reassignedOut: { tooChanged?: boolean }[] }[] };
    expect(json.voices.find((v) => v.name === '#C00000 red')!.reassignedIn.map((l) => l.tooChanged)).toEqual([true]);
    expect(json.voices.find((v) => v.name === '#0070C0 blue')!.reassignedOut.map((l) => l.tooChanged)).toEqual([true]);
  });

  it('a changed line of its voice: "tooChanged": true in the JSON, as the README says; a few edits given to another voice: no flag', async () => {
    const before = await side('old.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(OLD_LONG, BLUE)]);
    const changed = JSON.parse(renderDiffJson(compareScripts(before, await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(NEW_LONG, BLUE)]))));
    expect(changed.voices.find((v: { name: string }) => v.name === '#0070C0 blue').changed.map((l: { tooChanged?: boolean }) => l.tooChanged)).toEqual([true]);
    const few = compareScripts(before, await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(OLD_LONG.replace(' w2500 ', ' changed '), RED)]));
    const red = few.voices.find((v) => v.name === '#C00000 red')!;
    expect(red.reassignedIn.map((l) => [l.words?.filter((p) => p.kind !== 'same'), l.tooChanged])).toEqual([
      [
        [
          { kind: 'removed', text: 'w2500' },
          { kind: 'added', text: 'changed' },
        ],
        undefined,
      ],
    ]);
    expect(tooChangedOf(few.warnings)).toEqual([]);
    expect(JSON.parse(renderDiffJson(few)).voices.find((v: { name: string }) => v.name === '#C00000 red').reassignedIn[0]).not.toHaveProperty('tooChanged');
  });
});

describe('unassigned text too changed', () => {
  const CONFIG = 'voices:\n  Narrator: { color: "#0070C0" }\n  Coach: { color: "#C00000" }\nunassigned: ["#000000"]\n';

  it('opens "Unassigned text", its details\' voice null; the page says "Text of no voice" (EN) and "Texte sans voix" (FR)', async () => {
    const before = await side('old.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(OLD_LONG, BLACK)], await parseConfigText(CONFIG, 'vo-lines.config.yaml'));
    const after = await side('new.docx', [para(FIRST, BLUE), para(ANSWER, RED), para(NEW_LONG, BLACK)], await parseConfigText(CONFIG, 'vo-lines.config.yaml'));
    const warnings = tooChangedOf(compareScripts(before, after).warnings);
    expect(warnings).toEqual([
      {
        code: 'line-too-changed',
        message: 'Unassigned text, ¶3: the line changed in more than 2,000 places, too many to mark word by word: its whole OLD text is shown removed and its whole NEW text added. Compare the two by eye.',
        details: { voice: null, location: { story: 'body', paragraph: 3 }, oldLocation: { story: 'body', paragraph: 3 }, edits: 2000, shown: 'changed' },
      },
    ]);
    // The page's sentence, from the details the library gives (web/warnings.ts; the page names a voice by its name, null: text of no voice).
    const page = (lang: 'en' | 'fr') => {
      const w = new Words(lang);
      const parts = warningSentence(warnings[0]!, { w, colour: (hex) => hex, voice: (name) => name ?? w.t('unassignedText') });
      return parts?.map((p: Part) => (typeof p === 'string' ? p : p.en)).join('');
    };
    expect(page('en')).toBe('Text of no voice, ¶3: the line changed in more than 2,000 places, too many to mark word by word, so its whole old text is shown removed and its whole new text added. Compare the two by eye.');
    expect(page('fr')).toBe('Texte sans voix, ¶3\u00A0: la réplique a changé à plus de 2\u202F000 endroits, trop pour marquer les mots un à un\u00A0: tout son ancien texte est montré supprimé, et tout le nouveau ajouté. Comparez les deux à l’œil.');
  });
});

describe('check --since carries line-too-changed', () => {
  const config = 'voices:\n  Narrator: { color: "#404040" }\n  Learner: { color: "#00B050" }\nlocked: [Narrator]\n';
  const start: [string, string][] = [
    [NARRATOR, 'Welcome to the warehouse safety course.'],
    [LEARNER, 'Where do I find the first aid kit?'],
  ];
  const dir = committedRepo('vo-since-too-changed-', { 'vo-lines.config.yaml': config, 'script.docx': colourDocx([...start, [NARRATOR, OLD_LONG]]) });
  writeFileSync(join(dir, 'script.docx'), colourDocx([...start, [NARRATOR, NEW_LONG]]));
  const NOTE =
    "Since HEAD, Narrator's line at ¶3 changed in more than 2,000 places, too many to mark word by word: its change is shown as its whole text at HEAD removed and its whole text now added. Compare the two by eye.";
  const LOCKED = 'Narrator: line changed since HEAD, in more than 2,000 places (too many to mark word by word): [-w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16…-]{+x0 w1 x2 w3 x4 w5 x6 w7 x8 w9 x10 w11 x12 w13 x14 w15 x16…+}';

  it('text: the note with the voice and the place, the locked finding cut', () => {
    const { code, stdout, stderr } = runInRepo(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'script.docx',
      `  error    locked            ${LOCKED} [¶3]`,
      '  note     language-unknown  The script does not say its language and its text is too short to tell: figures are said in English. Pass --lang CODE or set "language" in the config.',
      `  note     line-too-changed  ${NOTE}`,
      '  Narrator since HEAD: 1 changed, ±0 words',
    ]);
  });

  it('JSON, GitHub and JUnit say it too', () => {
    const json = JSON.parse(runInRepo(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout);
    expect(json.files[0].notes.filter((w: { code: string }) => w.code === 'line-too-changed')).toEqual([
      {
        code: 'line-too-changed',
        message: NOTE,
        details: { rev: 'HEAD', voice: 'Narrator', location: { story: 'body', paragraph: 3 }, oldLocation: { story: 'body', paragraph: 3 }, edits: 2000, shown: 'changed' },
      },
    ]);
    const github = runInRepo(['check', 'script.docx', '--since', 'HEAD', '-f', 'github'], dir);
    expect(github.stdout).toContain(`::notice file=script.docx,title=vo-lines line-too-changed::${NOTE}`);
    const junit = runInRepo(['check', 'script.docx', '--since', 'HEAD', '-f', 'junit'], dir);
    expect(junit.stdout).toContain(`note: ${NOTE}`);
  });

  it('two lines too changed to pair, one voice or two, unassigned text among them: said with their voices and places', () => {
    const at = (paragraph: number) => ({ story: 'body', paragraph });
    const unsure = (details: Record<string, unknown>): DiffWarning => ({ code: 'line-too-changed', message: '…', details: { ...details, location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' } });
    const notes = sinceDiffNotes([unsure({ voice: 'Narrator' }), unsure({ voice: 'Learner', oldVoice: 'Narrator' }), unsure({ voice: 'Narrator', oldVoice: null })], 'v1');
    expect(notes.map((n) => n.message)).toEqual([
      "Since v1, Narrator's line removed (at ¶2 in v1) and the line added at ¶4 have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited, and are counted as a line removed and a line added. Compare the two by eye.",
      "Since v1, Narrator's line removed (at ¶2 in v1) and Learner's line added at ¶4 have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited and given to another voice, and are counted as a line removed and a line added. Compare the two by eye.",
      "Since v1, the line of unassigned text removed (at ¶2 in v1) and Narrator's line added at ¶4 have most of their words in common but are too long and too changed to compare in order: they may be one line moved and edited and given to another voice, and are counted as a line removed and a line added. Compare the two by eye.",
    ]);
    expect(notes[1]!.details).toEqual({ rev: 'v1', voice: 'Learner', oldVoice: 'Narrator', location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' });
    const moved = sinceDiffNotes([{ code: 'line-too-changed', message: '…', details: { voice: null, oldVoice: 'Narrator', location: at(4), oldLocation: at(2), edits: 2000, shown: 'changed' } }], 'v1');
    expect(moved.map((n) => n.message)).toEqual([
      'Since v1, the line of unassigned text at ¶4 (at ¶2 in v1, Narrator\'s in v1) changed in more than 2,000 places, too many to mark word by word: its change is shown as its whole text at v1 removed and its whole text now added. Compare the two by eye.',
    ]);
  });
});
