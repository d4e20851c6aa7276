/**
 * `vo-lines diff OLD NEW`: pairs of small scripts built here from WordprocessingML, compared through
 * the library (`analyse` + `compareScripts`) and through the built CLI (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { renderDiffText } from '../src/render/diff-text.js';
import { buildDocx } from './helpers/docx-builder.js';
import { type ScriptDiff, type VoiceDiff } from '../src/compare/model.js';
import { compareScripts } from '../src/compare/compare.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');

const NARRATOR = '404040';
const LEARNER = '00B050';
const BLACK = '000000';
// The narrator's dark grey is near the black of the titles: a confusable-colours warning on each side
// (summary's too), which these tests of changes have no use for.
const CONFIG = { voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } }, unassigned: ['#000000'], rules: { 'confusable-colours': 'off' } };

type Paragraph = [colour: string, text: string];

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const run = (colour: string, text: string) => `<w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
const docx = (paragraphs: Paragraph[]) => buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p>${run(colour, text)}</w:p>`).join('') });

/** The temp folders made here, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding old.docx, new.docx and the config. */
function pair(before: Paragraph[], after: Paragraph[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-lines-diff-'));
  made.push(dir);
  writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify(CONFIG));
  writeFileSync(join(dir, 'old.docx'), docx(before));
  writeFileSync(join(dir, 'new.docx'), docx(after));
  return dir;
}

async function compare(dir: string, oldName = 'old.docx', newName = 'new.docx'): Promise<ScriptDiff> {
  return compareScripts(await analyse(join(dir, oldName)), await analyse(join(dir, newName)));
}

/** No colour: NO_COLOR set, and no FORCE_COLOR inherited from the test runner. */
const plainEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete plainEnv.FORCE_COLOR;

function run_(args: string[], cwd: string, nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { cwd, encoding: 'utf8', env: plainEnv });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A hook for `node --import`: says on stderr each time a config file is read, however it is read. */
const COUNT_CONFIG_READS =
  'data:text/javascript,' +
  encodeURIComponent(
    "import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';" +
      "const seen = (path) => { if (/vo-lines[.]config/.test(String(path))) process.stderr.write('config read: ' + path + '\\n'); };" +
      "for (const [host, name] of [[fs, 'readFile'], [fs, 'readFileSync'], [fs.promises, 'readFile']]) { const f = host[name]; host[name] = function (path, ...rest) { seen(path); return f.call(this, path, ...rest); }; }" +
      'syncBuiltinESMExports();',
  );

const voice = (diff: ScriptDiff, name: string): VoiceDiff => diff.voices.find((v) => v.name === name)!;
const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

/** What a voice's diff holds, lists as texts: easy to compare exactly. */
function shape(v: VoiceDiff) {
  return {
    added: texts(v.added),
    removed: texts(v.removed),
    changed: v.changed.map((c) => [c.old, c.new]),
    reassignedIn: v.reassignedIn.map((r) => [r.text, r.from]),
    reassignedOut: v.reassignedOut.map((r) => [r.text, r.to]),
    moved: texts(v.moved),
    unchanged: v.unchanged,
  };
}
const none = (unchanged: number) => ({ added: [], removed: [], changed: [], reassignedIn: [], reassignedOut: [], moved: [], unchanged });

const BASE: Paragraph[] = [
  [BLACK, 'Module 1 — Safety on site'],
  [NARRATOR, 'Welcome to the safety module.'],
  [LEARNER, 'Do I really need gloves every day?'],
  [NARRATOR, 'Yes, gloves protect your hands from cuts and splinters.'],
  [NARRATOR, 'Always wear your helmet in the marked zones.'],
  [LEARNER, 'What about the yellow aisles?'],
  [NARRATOR, 'Yellow aisles are for forklifts only.'],
  [NARRATOR, 'Thank you for listening.'],
];
const edit = (index: number, paragraph: Paragraph) => BASE.map((p, i) => (i === index ? paragraph : p));

describe('diff: what changed, voice by voice (library)', () => {
  it('an edit inside a narrator line is one changed line, with the exact word diff', async () => {
    const diff = await compare(pair(BASE, edit(1, [NARRATOR, 'Welcome to the new safety training module.'])));
    const narrator = voice(diff, 'Narrator');
    expect(shape(narrator)).toEqual({ ...none(4), changed: [['Welcome to the safety module.', 'Welcome to the new safety training module.']] });
    expect(narrator.changed[0]!.words).toEqual([
      { kind: 'same', text: 'Welcome to the ' },
      { kind: 'added', text: 'new ' },
      { kind: 'same', text: 'safety ' },
      { kind: 'added', text: 'training ' },
      { kind: 'same', text: 'module.' },
    ]);
    expect(narrator.changed[0]!.location).toEqual({ story: 'body', paragraph: 2 });
    expect(narrator.words).toEqual({ old: 32, new: 34, delta: 2 });
    expect(shape(voice(diff, 'Learner'))).toEqual(none(2));
    expect(shape(diff.unassigned)).toEqual(none(1));
    expect(diff.warnings).toEqual([]);
  });

  it('a word replaced is a deletion then an insertion', async () => {
    const diff = await compare(pair(BASE, edit(4, [NARRATOR, 'Always wear your hard hat in the marked zones.'])));
    expect(voice(diff, 'Narrator').changed[0]!.words).toEqual([
      { kind: 'same', text: 'Always wear your ' },
      { kind: 'removed', text: 'helmet' },
      { kind: 'added', text: 'hard hat' },
      { kind: 'same', text: ' in the marked zones.' },
    ]);
  });

  it('renders the word diff with plain markers, or red struck-through and green in colour', async () => {
    const diff = await compare(pair(BASE, edit(4, [NARRATOR, 'Always wear your hard hat in the marked zones.'])));
    const narrator = { ...diff, voices: [voice(diff, 'Narrator')] };
    expect(renderDiffText(narrator).split('\n')[3]).toBe('  ~ ¶5  Always wear your [-helmet-]{+hard hat+} in the marked zones.');
    expect(renderDiffText(narrator, { colour: true }).split('\n')[3]).toBe('  ~ ¶5  Always wear your \x1b[31;9mhelmet\x1b[0m\x1b[32mhard hat\x1b[0m in the marked zones.');
  });

  it('a line added is added, and nothing else moves', async () => {
    const after = [...BASE.slice(0, 5), [NARRATOR, 'Report every accident on the same day.'] as Paragraph, ...BASE.slice(5)];
    const diff = await compare(pair(BASE, after));
    const narrator = voice(diff, 'Narrator');
    expect(shape(narrator)).toEqual({ ...none(5), added: ['Report every accident on the same day.'] });
    expect(narrator.added[0]!.location).toEqual({ story: 'body', paragraph: 6 });
    expect(narrator.lines).toEqual({ old: 5, new: 6, delta: 1 });
    expect(narrator.words).toEqual({ old: 32, new: 39, delta: 7 });
    expect(narrator.seconds).toEqual({ old: 12.8, new: 15.6, delta: 2.8 });
    expect(shape(voice(diff, 'Learner'))).toEqual(none(2));
  });

  it('a line removed is removed', async () => {
    const diff = await compare(pair(BASE, BASE.filter((_, i) => i !== 4)));
    expect(shape(voice(diff, 'Narrator'))).toEqual({ ...none(4), removed: ['Always wear your helmet in the marked zones.'] });
    expect(voice(diff, 'Narrator').removed[0]!.location).toEqual({ story: 'body', paragraph: 5 });
    expect(shape(voice(diff, 'Learner'))).toEqual(none(2));
  });

  it('a line re-coloured to another voice is reassigned, not removed and added', async () => {
    const diff = await compare(pair(BASE, edit(6, [LEARNER, 'Yellow aisles are for forklifts only.'])));
    expect(shape(voice(diff, 'Narrator'))).toEqual({ ...none(4), reassignedOut: [['Yellow aisles are for forklifts only.', 'Learner']] });
    expect(shape(voice(diff, 'Learner'))).toEqual({ ...none(2), reassignedIn: [['Yellow aisles are for forklifts only.', 'Narrator']] });
    expect(voice(diff, 'Narrator').words.delta).toBe(-6);
    expect(voice(diff, 'Learner').words.delta).toBe(6);
  });

  it('a paragraph moved elsewhere is moved, not removed and added', async () => {
    // The helmet line goes from before the learner's question to the end.
    const after = [...BASE.slice(0, 4), ...BASE.slice(5), BASE[4]!];
    const diff = await compare(pair(BASE, after));
    const narrator = voice(diff, 'Narrator');
    expect(shape(narrator)).toEqual({ ...none(4), moved: ['Always wear your helmet in the marked zones.'] });
    expect(narrator.moved[0]!.oldLocation).toEqual({ story: 'body', paragraph: 5 });
    expect(narrator.moved[0]!.location).toEqual({ story: 'body', paragraph: 8 });
    expect(narrator.words.delta).toBe(0);
    expect(shape(voice(diff, 'Learner'))).toEqual(none(2));
  });

  it('a long script with a line inserted near the top: only that line is new, nothing changed', async () => {
    const long: Paragraph[] = Array.from({ length: 240 }, (_, i) => [i % 3 === 2 ? LEARNER : NARRATOR, `Line ${i + 1} of the long script, about topic ${(i * 7) % 13} and step ${i % 5}.`]);
    const after: Paragraph[] = [long[0]!, long[1]!, [NARRATOR, 'A new line near the top.'], ...long.slice(2)];
    const diff = await compare(pair(long, after));
    const narrator = voice(diff, 'Narrator');
    expect(shape(narrator)).toEqual({ ...none(160), added: ['A new line near the top.'] });
    expect(shape(voice(diff, 'Learner'))).toEqual(none(80));
    expect(diff.voices.reduce((sum, v) => sum + v.changed.length, 0)).toBe(0);
  });

  it('a PDF against a DOCX from the command line: the comparison\'s options never reach the PDF thread (a function cannot be sent there)', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const result = run_(['diff', join(root, 'samples/fr-elearning/module-securite.pdf'), join(root, 'samples/fr-elearning/module-securite.docx'), '--json'], tmpdir());
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect((JSON.parse(result.stdout) as { voices: { name: string }[] }).voices.map((v) => v.name)).toEqual(['Narrateur', 'Formatrice', 'Apprenant']);
  });

  it('the command line shows each side\'s config as the user would type it (relative to the working folder), in the warning and its details', () => {
    const dir = pair(BASE, BASE);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ voices: { ...CONFIG.voices, Title: { color: '#000000' } } }));
    mkdirSync(join(dir, 'v2'));
    copyFileSync(join(dir, 'new.docx'), join(dir, 'v2', 'new.docx'));
    copyFileSync(join(dir, 'other.json'), join(dir, 'v2', 'vo-lines.config.json'));
    const result = run_(['diff', 'old.docx', 'v2/new.docx', '--json'], dir);
    const json = JSON.parse(result.stdout) as { warnings: { code: string; message: string; details: { old: { config: string }; new: { config: string } } }[] };
    const [maps] = json.warnings.filter((w) => w.code === 'different-voice-maps');
    expect([maps!.details.old.config, maps!.details.new.config]).toEqual(['vo-lines.config.json', join('v2', 'vo-lines.config.json')]);
    expect(maps!.message.split(')')[0]).toBe(`The two scripts are read with different voice maps (OLD from vo-lines.config.json, NEW from ${join('v2', 'vo-lines.config.json')}`);
    expect(result.stdout).not.toContain(dir);
  });

  it('--voice-map differences are a warning; a voice only one side knows is wholly added', async () => {
    const dir = pair(BASE, BASE);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ voices: { ...CONFIG.voices, Title: { color: '#000000' } } }));
    const before = await analyse(join(dir, 'old.docx'));
    const after = await analyse(join(dir, 'new.docx'), { config: join(dir, 'other.json') });
    const diff = compareScripts(before, after);
    // NEW's own warning follows: its Title (black) and Narrator (dark grey) look alike.
    expect(diff.warnings.map((w) => [w.code, w.message.split(': ')[0]])).toEqual([
      ['different-voice-maps', expect.any(String)],
      ['confusable-colours', join(dir, 'new.docx')],
    ]);
    // Where each side's voices came from, for a reader that words it its own way (the web page).
    expect(diff.warnings[0]!.details).toEqual({ onlyOld: [], onlyNew: ['Title'], recoded: [], old: { mode: 'config', config: join(dir, 'vo-lines.config.json') }, new: { mode: 'config', config: join(dir, 'other.json') } });
    expect(voice(diff, 'Title').presence).toBe('new');
    expect(shape(voice(diff, 'Title'))).toEqual({ ...none(0), reassignedIn: [['Module 1 — Safety on site', null]] });
  });
});

describe('diff: voices the two sides mark differently', () => {
  it('a voice told by its colour in one and by its label in the other "is marked differently", not "has other colours"; every voice matched by name: no --config advised', async () => {
    const dir = pair(BASE, BASE);
    const labelled = { voices: Object.fromEntries(Object.keys(CONFIG.voices).map((name) => [name, { label: name.toUpperCase() }])) };
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labelled));
    const before = await analyse(join(dir, 'old.docx'));
    const after = await analyse(join(dir, 'new.docx'), { config: join(dir, 'labels.json') });
    const [warning] = compareScripts(before, after).warnings.filter((w) => w.code === 'different-voice-maps');
    expect(warning!.message).toBe(
      `The two scripts are read with different voice maps (OLD from ${join(dir, 'vo-lines.config.json')}, NEW from ${join(dir, 'labels.json')}): "Narrator" is marked differently (OLD: #404040 dark grey; NEW: "NARRATOR:" at the start of its lines); "Learner" is marked differently (OLD: #00B050 green; NEW: "LEARNER:" at the start of its lines). Each voice has the same name on both sides, so the changes are compared voice by voice: check they are the same people.`,
    );
    expect(warning!.details).toMatchObject({ onlyOld: [], onlyNew: [], recoded: ['Narrator', 'Learner'] });
  });

  it('colours changed on both sides: "has other colours"; a voice on one side only: --config advised', async () => {
    const dir = pair(BASE, BASE);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ voices: { ...CONFIG.voices, Narrator: { color: '#FF0000' }, Title: { color: '#000000' } } }));
    const before = await analyse(join(dir, 'old.docx'));
    const after = await analyse(join(dir, 'new.docx'), { config: join(dir, 'other.json') });
    const [warning] = compareScripts(before, after).warnings.filter((w) => w.code === 'different-voice-maps');
    expect(warning!.message).toBe(
      `The two scripts are read with different voice maps (OLD from ${join(dir, 'vo-lines.config.json')}, NEW from ${join(dir, 'other.json')}): only NEW has "Title" (its lines are shown as taken from OLD's voices where OLD had them, else as added); "Narrator" has other colours (OLD: #404040 dark grey; NEW: #FF0000 red). Pass --config to compare both with one.`,
    );
  });
});

describe("diff: what each side's reader said", () => {
  it("travels into the diff's warnings, named by side (OLD and NEW when both have one name)", async () => {
    const dir = pair(BASE, BASE);
    // A theme colour whose cached value disagrees with the theme: the reader warns.
    // (The Learner speaks too: a voice of the config with no line would be said as well, empty-voice.)
    const themed = buildDocx({
      theme: { accent2: NARRATOR },
      body: `<w:p><w:r><w:rPr><w:color w:val="FF0000" w:themeColor="accent2"/></w:rPr><w:t>Welcome to the course.</w:t></w:r></w:p><w:p><w:r><w:rPr><w:color w:val="${LEARNER}"/></w:rPr><w:t>Do I need gloves?</w:t></w:r></w:p>`,
    });
    writeFileSync(join(dir, 'new.docx'), themed);
    const diff = await compare(dir);
    const reader = 'Text coloured "accent2" caches #FF0000 but the theme gives #404040; vo-lines uses #404040, as Word does (LibreOffice shows #FF0000).';
    expect(diff.warnings.map((w) => [w.code, w.message])).toEqual([['theme-colour-mismatch', `${join(dir, 'new.docx')}: ${reader}`]]);
    writeFileSync(join(dir, 'old.docx'), themed);
    const same = compareScripts(await analyse(join(dir, 'old.docx')), await analyse(join(dir, 'old.docx')));
    expect(same.warnings.map((w) => w.message)).toEqual([`OLD ${join(dir, 'old.docx')}: ${reader}`, `NEW ${join(dir, 'old.docx')}: ${reader}`]);
    expect(run_(['diff', 'old.docx', 'new.docx'], dir).stdout.split('\n').slice(-4)).toEqual([
      'Warnings (2):',
      `  ! old.docx: ${reader} [¶1]`,
      `  ! new.docx: ${reader} [¶1]`,
      '',
    ]);
  });
});

describe("diff: what each side's casting and measuring said", () => {
  it('travels into the warnings too, named by side, after the reader\'s of each side (a word in another colour inside a sentence, in both versions)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-diff-'));
    made.push(dir);
    for (const name of ['old.docx', 'new.docx']) copyFileSync(join(root, 'tests/fixtures/emphasis/emphasis-en.docx'), join(dir, name));
    const inside = (word: string, count: string, colour: string, sentence: string) =>
      `"${word}" (${count}), in ${colour}’s colour, stands inside a sentence of #0070C0 blue ("${sentence}"): it is counted for ${colour}, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is #0070C0 blue’s, give it #0070C0 blue’s colour in the script.`;
    // Six words in red inside blue's sentence: no emphasis, but one sentence said by two voices all the same.
    const split = `"big green door at the end" (6 words), in #C00000 red’s colour, stands inside a sentence of #0070C0 blue ("Walk to the big green door at the end of the corridor."), with no sentence end between them: it is counted for #C00000 red, as its colour says, but one sentence is seldom said by two voices. Check whose words they are; if it is #0070C0 blue’s, give it #0070C0 blue’s colour in the script.`;
    const each = [
      `${inside('red', '1 word', '#C00000 red', '…the alarm sounds, press the red button and leave the room…')} [¶1]`,
      `${inside('lift during', '2 words', '#000000 black', 'Remember: never use the lift during a fire alarm, whatever…')} [¶3]`,
      `${split} [¶6]`,
      `${inside('and', '1 word', '#C00000 red', 'Close the windows, and then the doors behind you.')} [¶7]`,
    ];
    const { code, stdout } = run_(['diff', 'old.docx', 'new.docx', '--no-config'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(-10)).toEqual(['Warnings (8):', ...each.map((w) => `  ! old.docx: ${w}`), ...each.map((w) => `  ! new.docx: ${w}`), '']);
    const json = JSON.parse(run_(['diff', 'old.docx', 'new.docx', '--no-config', '--json'], dir).stdout) as { warnings: { code: string; details?: unknown }[] };
    expect(json.warnings.map((w) => w.code)).toEqual(Array(8).fill('voice-inside-sentence'));
    expect(json.warnings[0]!.details).toEqual({ text: 'red', words: 1, voice: '#C00000 red', around: '#0070C0 blue', sentence: '…the alarm sounds, press the red button and leave the room…' });
  });

  it("a rule's warning is shown as summary shows it, and not with the side's config setting the rule off", async () => {
    const dir = pair(BASE, [...BASE, ['7030A0', 'Credits: safety team, spring edition.']]);
    const diff = await compare(dir);
    expect(diff.warnings.map((w) => [w.code, w.message.startsWith(`${join(dir, 'new.docx')}: `), w.location])).toEqual([['unknown-colour', true, { story: 'body', paragraph: 9 }]]);
    writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ ...CONFIG, rules: { ...CONFIG.rules, 'unknown-colour': 'off' } }));
    expect((await compare(dir)).warnings).toEqual([]);
    expect(run_(['diff', 'old.docx', 'new.docx'], dir).stdout).not.toContain('Warnings');
  });
});

describe('diff: a DOCX against its PDF export', () => {
  const docxFile = join(root, 'samples', 'fr-elearning', 'module-securite.docx');
  const pdfFile = join(root, 'samples', 'fr-elearning', 'module-securite.pdf');
  it('samples/fr-elearning: no change for any voice', async () => {
    const diff = compareScripts(await analyse(docxFile), await analyse(pdfFile));
    expect(diff.voices.map((v) => v.name)).toEqual(['Narrateur', 'Formatrice', 'Apprenant']);
    for (const v of diff.voices) {
      expect({ name: v.name, ...shape(v) }).toEqual({ name: v.name, ...none(v.lines.old) });
      expect(v.words.delta).toBe(0);
    }
  });
});

describe('vo-lines diff (CLI)', () => {
  const after: Paragraph[] = [
    BASE[0]!,
    [NARRATOR, 'Welcome to the new safety training module.'],
    BASE[2]!,
    BASE[3]!,
    BASE[5]!,
    [LEARNER, 'Yellow aisles are for forklifts only.'],
    [NARRATOR, 'Report every accident on the same day.'],
    BASE[7]!,
  ];
  const dir = pair(BASE, after);

  it('prints each voice block in text, exit code 0', () => {
    const { code, stdout, stderr } = run_(['diff', 'old.docx', 'new.docx'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'old.docx → new.docx',
        '',
        'Narrator: 32 → 27 words (-5), 0:13 → 0:11 (-0:02), 5 → 4 lines (-1)',
        '  ~ ¶2  Welcome to the {+new+} safety {+training+} module.',
        '  - ¶5  Always wear your helmet in the marked zones.',
        '  ⇄ ¶6  Yellow aisles are for forklifts only. (to Learner)',
        '  + ¶7  Report every accident on the same day.',
        '  2 unchanged',
        '',
        'Learner: 12 → 18 words (+6), 0:05 → 0:07 (+0:02), 2 → 3 lines (+1)',
        '  ⇄ ¶6  Yellow aisles are for forklifts only. (from Narrator)',
        '  2 unchanged',
        '',
      ].join('\n'),
    );
  });

  it('--format md gives the same for a pull request', () => {
    const { code, stdout } = run_(['diff', 'old.docx', 'new.docx', '--format', 'md'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '## Script changes: `old.docx` → `new.docx`',
        '',
        '### Narrator',
        '',
        '32 → 27 words (-5), 0:13 → 0:11 (-0:02), 5 → 4 lines (-1)',
        '',
        '| Change | Where | Line |',
        '|---|---|---|',
        '| changed | ¶2 | Welcome to the **new** safety **training** module. |',
        '| removed | ¶5 | Always wear your helmet in the marked zones. |',
        '| to Learner | ¶6 | Yellow aisles are for forklifts only. |',
        '| added | ¶7 | Report every accident on the same day. |',
        '',
        '2 unchanged.',
        '',
        '### Learner',
        '',
        '12 → 18 words (+6), 0:05 → 0:07 (+0:02), 2 → 3 lines (+1)',
        '',
        '| Change | Where | Line |',
        '|---|---|---|',
        '| from Narrator | ¶6 | Yellow aisles are for forklifts only. |',
        '',
        '2 unchanged.',
        '',
      ].join('\n'),
    );
  });

  it('--json has the documented shape', () => {
    const { code, stdout } = run_(['diff', 'old.docx', 'new.docx', '--json'], dir);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['old', 'new', 'formats', 'voices', 'warnings']);
    expect(doc.old).toBe('old.docx');
    expect(doc.new).toBe('new.docx');
    expect(doc.voices.map((v: { name: string }) => v.name)).toEqual(['Narrator', 'Learner']);
    const narrator = doc.voices[0];
    expect(Object.keys(narrator)).toEqual(['name', 'presence', 'added', 'removed', 'changed', 'reassignedIn', 'reassignedOut', 'moved', 'unchanged', 'resplit', 'lines', 'words', 'spokenWords', 'seconds']);
    expect(narrator.added).toEqual([{ text: 'Report every accident on the same day.', location: { story: 'body', paragraph: 7 } }]);
    expect(narrator.removed).toEqual([{ text: 'Always wear your helmet in the marked zones.', location: { story: 'body', paragraph: 5 } }]);
    expect(narrator.changed).toEqual([
      {
        old: 'Welcome to the safety module.',
        new: 'Welcome to the new safety training module.',
        location: { story: 'body', paragraph: 2 },
        oldLocation: { story: 'body', paragraph: 2 },
        parts: [
          { kind: 'same', text: 'Welcome to the ' },
          { kind: 'added', text: 'new ' },
          { kind: 'same', text: 'safety ' },
          { kind: 'added', text: 'training ' },
          { kind: 'same', text: 'module.' },
        ],
        addedWords: 2,
      },
    ]);
    expect(narrator.reassignedOut).toEqual([{ text: 'Yellow aisles are for forklifts only.', to: 'Learner', location: { story: 'body', paragraph: 6 }, oldLocation: { story: 'body', paragraph: 7 }, moved: false }]);
    expect(doc.voices[1].reassignedIn).toEqual([{ text: 'Yellow aisles are for forklifts only.', from: 'Narrator', location: { story: 'body', paragraph: 6 }, oldLocation: { story: 'body', paragraph: 7 }, moved: false }]);
    expect(narrator.moved).toEqual([]);
    expect(narrator.unchanged).toBe(2);
    expect(narrator.words).toEqual({ old: 32, new: 27, delta: -5 });
    expect(narrator.seconds).toEqual({ old: 12.8, new: 10.8, delta: -2 });
    expect(doc.warnings).toEqual([]);
  });

  it('--voice shows one voice; --voice unassigned the text of no voice', () => {
    const learner = JSON.parse(run_(['diff', 'old.docx', 'new.docx', '--voice', 'learner', '--json'], dir).stdout);
    expect(learner.voices.map((v: { name: string }) => v.name)).toEqual(['Learner']);
    const { stdout } = run_(['diff', 'old.docx', 'new.docx', '--voice', 'unassigned'], dir);
    expect(stdout).toBe('old.docx → new.docx\n\nUnassigned: no change (5 words, 0:02, 1 line)\n');
  });

  it('--fail-on-change exits 1 when a voice changed; =VOICE only for that voice', () => {
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change'], dir).code).toBe(1);
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change=Narrator'], dir).code).toBe(1);
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change=unassigned'], dir).code).toBe(0);
    const same = pair(BASE, BASE);
    const result = run_(['diff', 'old.docx', 'new.docx', '--fail-on-change'], same);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('old.docx → new.docx\n\nNarrator: no change (32 words, 0:13, 5 lines)\n\nLearner: no change (12 words, 0:05, 2 lines)\n');
    // Only the learner's line changes: the narrator's check passes.
    const learnerOnly = pair(BASE, edit(2, [LEARNER, 'Do I really need gloves every single day?']));
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change=Narrator'], learnerOnly).code).toBe(0);
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change=Learner'], learnerOnly).code).toBe(1);
  });

  it('with --voice, a bare --fail-on-change means that voice: no exit 1 for a change it does not show; =VOICE still any voice', () => {
    const learnerOnly = pair(BASE, edit(2, [LEARNER, 'Do I really need gloves every single day?']));
    const narrator = run_(['diff', 'old.docx', 'new.docx', '--voice', 'Narrator', '--fail-on-change'], learnerOnly);
    expect(narrator.stdout).toBe('old.docx → new.docx\n\nNarrator: no change (32 words, 0:13, 5 lines)\n');
    expect(narrator.code).toBe(0);
    expect(run_(['diff', 'old.docx', 'new.docx', '--voice', 'learner', '--fail-on-change'], learnerOnly).code).toBe(1);
    expect(run_(['diff', 'old.docx', 'new.docx', '--voice', 'Narrator', '--fail-on-change=Learner'], learnerOnly).code).toBe(1);
    expect(run_(['diff', 'old.docx', 'new.docx', '--voice', 'unassigned', '--fail-on-change'], learnerOnly).code).toBe(0);
    expect(run_(['diff', '--help'], learnerOnly).stdout.replace(/\s+/g, ' ')).toContain('exit 1 when any voice changed (with --voice: that voice), or only this voice');
  });

  it('reads the config both scripts share once, found beside them or given', () => {
    const plain = run_(['diff', 'old.docx', 'new.docx'], dir);
    const found = run_(['diff', 'old.docx', 'new.docx'], dir, ['--import', COUNT_CONFIG_READS]);
    const given = run_(['diff', 'old.docx', 'new.docx', '--config', 'vo-lines.config.json'], dir, ['--import', COUNT_CONFIG_READS]);
    expect(found.stderr).toBe(`config read: ${join(dir, 'vo-lines.config.json')}\n`);
    expect(given.stderr).toBe('config read: vo-lines.config.json\n');
    expect(found.stdout).toBe(plain.stdout);
    expect(given.stdout).toBe(plain.stdout);
  });

  it('usage and input errors exit 2 with one line', () => {
    const unknown = run_(['diff', 'old.docx', 'new.docx', '--voice', 'Bob'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('vo-lines: --voice: no voice "Bob" in old.docx or new.docx. Voices found: "Narrator", "Learner" (or "unassigned").\n');
    expect(run_(['diff', 'old.docx', 'new.docx', '--fail-on-change=Bob'], dir).code).toBe(2);
    expect(run_(['diff', 'old.docx'], dir).code).toBe(2);
    const missing = run_(['diff', 'old.docx', 'missing.docx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('a DOCX against its LibreOffice PDF, with no config: Word’s theme heading colour is one colour on both sides', () => {
  // Word's Heading 1 is accent1 shaded BF, cached as #365F91 (Word's rounding; the HSL arithmetic gives
  // #376092), which LibreOffice prints. Before, the DOCX read #376092 and diff showed the title moved
  // from "#376092 dark blue" (only in OLD) to "#365F91 dark blue" (only in NEW).
  it('labels/radio-labels-fr: no change in any colour group', () => {
    const dir = join(root, 'tests', 'fixtures', 'labels');
    const result = run_(['diff', 'radio-labels-fr.docx', 'radio-labels-fr.pdf', '--no-config'], dir);
    expect(result.code).toBe(0);
    // (Each side says its spot's title or length, read as a colour group's text with no config: spots-unread.
    // The DOCX's title is a section by its heading style; the PDF's, in a colour group at body size, is not.)
    expect(result.stdout.split('\n\n\nWarnings (2):\n')[0]).toBe('radio-labels-fr.docx → radio-labels-fr.pdf\n\n#365F91 dark blue: no change (6 words, 0:02, 1 line)\n\n#000000 black: no change (68 words, 0:26, 11 lines)');
    expect([...result.stdout.matchAll(/^ {2}! (radio-labels-fr\.\w+): "([^"]+)"/gmu)].map((m) => [m[1], m[2]])).toEqual([
      ['radio-labels-fr.docx', 'Durée : 30 secondes'],
      ['radio-labels-fr.pdf', 'Spot radio – Boulangerie Martin – 30 s'],
    ]);
  });
});
