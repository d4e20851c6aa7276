/**
 * Paragraphs joined, split or cut differently between two versions (tests/fixtures/splitmerge, made
 * by scripts/build-splitmerge-fixtures.py): `diff` shows them as such, `check --since` counts only
 * the words really new; a line given to another voice and edited; a script renamed with `git mv`.
 * The library (`analyse` + `compareScripts`), then the built CLI in temporary git repositories.
 */
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { compareScripts } from '../src/compare/compare.js';
import type { Line } from '../src/attribute/cast.js';
import { alignLines } from '../src/compare/align.js';
import type { ScriptDiff, VoiceDiff } from '../src/compare/model.js';
import { renderDiffText } from '../src/render/diff-text.js';
import { addedWords } from '../src/check/since-rules.js';
import { git, runInRepo } from './helpers/git.js';
import { countReads } from './helpers/work.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'splitmerge');
const config = join(fixtures, 'vo-lines.config.yaml');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function compare(version: string): Promise<ScriptDiff> {
  return compareScripts(await analyse(join(fixtures, 'v1.docx'), { config }), await analyse(join(fixtures, `${version}.docx`), { config }));
}

const voice = (diff: ScriptDiff, name: string): VoiceDiff => diff.voices.find((v) => v.name === name)!;
/** The voice's block in `diff`'s text, less its totals line. */
const block = (diff: ScriptDiff, name: string) => {
  const lines = renderDiffText(diff).split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}:`));
  return lines.slice(start + 1, lines.indexOf('', start));
};

const N2 = 'Les équipements de protection individuelle sont obligatoires dans toutes les zones de stockage.';
const N3 = 'Le casque, les chaussures de sécurité et le gilet haute visibilité ne se discutent pas.';

describe('diff: paragraphs joined, split or cut differently', () => {
  it('two adjacent lines joined: one changed line "¶6 and ¶7 joined", no word changed, none added', async () => {
    const diff = await compare('v2-merge');
    const narrateur = voice(diff, 'Narrateur');
    expect(narrateur.removed).toEqual([]);
    expect(narrateur.added).toEqual([]);
    expect(narrateur.changed).toHaveLength(1);
    const [joined] = narrateur.changed;
    expect(joined!.regrouped).toEqual({
      how: 'joined',
      old: [
        { text: N2, location: expect.objectContaining({ paragraph: 6 }) },
        { text: N3, location: expect.objectContaining({ paragraph: 7 }) },
      ],
      new: [{ text: `${N2} ${N3}`, location: expect.objectContaining({ paragraph: 6 }) }],
    });
    expect(joined!.words).toEqual([{ kind: 'same', text: `${N2} ${N3}` }]);
    expect(joined!.addedWords).toBe(0);
    expect(addedWords(narrateur)).toBe(0);
    expect(block(diff, 'Narrateur')).toEqual([`  ~ ¶6  ${N2} ${N3} (¶6 and ¶7 joined)`, '  3 unchanged']);
  });

  it('one line split in two: one changed line "¶6 split in two", listed once; a capital and a full stop are no new words', async () => {
    const diff = await compare('v2-split');
    const narrateur = voice(diff, 'Narrateur');
    expect([narrateur.added, narrateur.removed, narrateur.changed.length]).toEqual([[], [], 1]);
    expect(narrateur.changed[0]!.regrouped!.how).toBe('split');
    expect(narrateur.changed[0]!.addedWords).toBe(0);
    expect(block(diff, 'Narrateur')).toEqual([
      '  ~ ¶6  Les équipements de protection individuelle sont obligatoires [-dans-]{+. Dans+} toutes les zones de stockage. (¶6 split in two: now ¶6 and ¶7)',
      '  4 unchanged',
    ]);
  });

  it('split with two words really new: they alone are added', async () => {
    const diff = await compare('v2-split-add');
    const narrateur = voice(diff, 'Narrateur');
    expect(narrateur.changed.map((c) => [c.regrouped?.how, c.addedWords])).toEqual([['split', 2]]);
    expect(block(diff, 'Narrateur')[0]).toBe(
      '  ~ ¶6  Les équipements de protection individuelle sont obligatoires [-dans-]{+. Dans+} toutes les zones de stockage{+, sans exception+}. (¶6 split in two: now ¶6 and ¶7)',
    );
  });

  it('joined and edited: the edit is shown in the joined line; one word added', async () => {
    const diff = await compare('v2-merge-edit');
    const narrateur = voice(diff, 'Narrateur');
    expect(narrateur.changed.map((c) => [c.regrouped?.how, c.addedWords])).toEqual([['joined', 1]]);
    expect(block(diff, 'Narrateur')[0]).toBe(`  ~ ¶6  ${N2} Le casque, les chaussures de sécurité et le gilet [-haute visibilité-]{+fluorescent+} ne se discutent pas. (¶6 and ¶7 joined)`);
  });

  it('a sentence moved to the start of the next line: the two lines "cut differently", no word added', async () => {
    const diff = await compare('v2-shift');
    const narrateur = voice(diff, 'Narrateur');
    expect(narrateur.changed.map((c) => [c.regrouped?.how, c.addedWords])).toEqual([['recut', 0]]);
    expect(block(diff, 'Narrateur')).toEqual([
      '  ~ ¶10  Les chariots ont toujours la priorité. Même sur les passages piétons, restez attentifs. Merci de votre attention. (¶10 and ¶11 cut differently: now ¶10 and ¶11)',
      '  3 unchanged',
    ]);
  });

  it('a line removed beside an edited one is no join: its words are not in the edited line', async () => {
    const diff = await compare('v2-drop');
    const narrateur = voice(diff, 'Narrateur');
    expect(narrateur.removed.map((l) => l.text)).toEqual([N2]);
    expect(narrateur.changed.map((c) => [c.regrouped, c.new])).toEqual([[undefined, 'Le casque, les chaussures de sécurité et le gilet ne se discutent pas.']]);
    expect(addedWords(narrateur)).toBe(0);
  });

  it('a line given to another voice and edited: given, with its edit, on both voices', async () => {
    const diff = await compare('v2-give-edit');
    expect(block(diff, 'Formatrice')).toEqual([
      '  ⇄ ¶9  Dans ce cas, demandez une paire à votre [-chef-]{+cheffe+} d’équipe avant de commencer. (to Apprenant, edited)',
      '  2 unchanged',
    ]);
    expect(block(diff, 'Apprenant')).toEqual([
      '  ⇄ ¶9  Dans ce cas, demandez une paire à votre [-chef-]{+cheffe+} d’équipe avant de commencer. (from Formatrice, edited)',
      '  2 unchanged',
    ]);
    // Apprenant records the whole line anew.
    expect(addedWords(voice(diff, 'Apprenant'))).toBe(13);
  });

  it('a region of 200 different lines of one voice on each side is paired quickly', () => {
    const line = (text: string, i: number): Line => ({ id: '', voice: 'N', text, words: 4, spokenWords: 4, location: { paragraph: i + 1, story: 'body' }, color: null, background: null, looks: [] }) as unknown as Line;
    // No clock: the lines' reads counted. Each old line is weighed against each new one (a region's
    // pairing is quadratic), a bounded number of reads each: twice the lines, four times the reads
    // (the lines of one voice before a pair counted again at each pair would be eight).
    const region = (count: number) => {
      const old = Array.from({ length: count }, (_, i) => line(`alpha ${i} beta gamma`, i));
      const next = Array.from({ length: count }, (_, i) => line(`delta ${i} beta epsilon`, i));
      const counted = countReads([...old, ...next]);
      return { pairs: alignLines(old, next), reads: counted.reads() };
    };
    const half = region(100);
    const whole = region(200);
    expect(whole.pairs.map((p) => [p.old, p.new, p.how])).toEqual(Array.from({ length: 200 }, (_, i) => [i, i, 'changed']));
    expect(half.pairs).toHaveLength(100);
    expect(whole.reads / half.reads).toBeGreaterThan(3.5);
    expect(whole.reads / half.reads).toBeLessThan(4.5);
  }, 60_000);
});

describe('diff --json: the joined lines and the edit of a line given to another voice', () => {
  it('a joined line carries `regrouped` and `addedWords`; a reassigned line edited carries `parts`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-splitmerge-json-'));
    made.push(dir);
    const json = (version: string) => JSON.parse(run(['diff', join(fixtures, 'v1.docx'), join(fixtures, `${version}.docx`), '--config', config, '--json'], dir).stdout);
    const merged = json('v2-merge-edit').voices[0];
    expect(merged.changed).toHaveLength(1);
    expect(merged.changed[0]).toMatchObject({
      addedWords: 1,
      location: { paragraph: 6 },
      oldLocation: { paragraph: 6 },
      regrouped: { how: 'joined', old: [{ text: N2, location: { paragraph: 6 } }, { text: N3, location: { paragraph: 7 } }], new: [{ location: { paragraph: 6 } }] },
    });
    const given = json('v2-give-edit').voices.find((v: { name: string }) => v.name === 'Apprenant');
    expect(given.reassignedIn[0].parts.filter((p: { kind: string }) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'chef' },
      { kind: 'added', text: 'cheffe' },
    ]);
  });
});

const run = runInRepo;
/** A git repository with v1 committed as script.docx beside the config; the work tree then holds `version`. */
function repo(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-splitmerge-'));
  made.push(dir);
  git(dir, 'init', '-q');
  copyFileSync(config, join(dir, 'vo-lines.config.yaml'));
  copyFileSync(join(fixtures, 'v1.docx'), join(dir, 'script.docx'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'v1');
  copyFileSync(join(fixtures, `${version}.docx`), join(dir, 'script.docx'));
  return dir;
}
/** The file's block of `check`'s human output. */
const fileBlock = (stdout: string) => stdout.split('\n\nFiles:')[0]!.split('\n');

describe('check --since HEAD: Narrateur may gain 1 word, Formatrice is locked', () => {
  it('paragraphs joined: no word added, exit 0; the summary says a joined line', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], repo('v2-merge'));
    expect(fileBlock(stdout)).toEqual(['script.docx', '  Narrateur since HEAD: 1 joined line, ±0 words']);
    expect(code).toBe(0);
  });

  it('a paragraph split: no word added, exit 0', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], repo('v2-split'));
    expect(fileBlock(stdout)).toEqual(['script.docx', '  Narrateur since HEAD: 1 split line, ±0 words']);
    expect(code).toBe(0);
  });

  it('a split with two words really new: those two are over the limit of 1', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], repo('v2-split-add'));
    expect(fileBlock(stdout)).toEqual([
      'script.docx',
      "  error    max-added-words  Narrateur: 2 words added since HEAD (in 1 changed line), over the contract's maximum of 1 by 1.",
      '  Narrateur since HEAD: 1 split line, +2 words',
    ]);
    expect(code).toBe(1);
  });

  it('a locked voice whose lines were joined with every word kept: no finding (the recording says them all), the summary counts it', () => {
    const dir = repo('v2-merge');
    writeFileSync(join(dir, 'locked.yaml'), readFileSync(config, 'utf8').replace('locked: [Formatrice]', 'locked: [Narrateur]'));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--rule', 'max-added-words=off', '--config', 'locked.yaml'], dir);
    expect(fileBlock(stdout)).toEqual(['script.docx', '  Narrateur since HEAD: 1 joined line, ±0 words']);
    expect(code).toBe(0);
  });

  it('a locked voice whose lines were joined and edited: one finding with the edit', () => {
    const dir = repo('v2-merge-edit');
    writeFileSync(join(dir, 'locked.yaml'), readFileSync(config, 'utf8').replace('locked: [Formatrice]', 'locked: [Narrateur]'));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--rule', 'max-added-words=off', '--config', 'locked.yaml'], dir);
    expect(fileBlock(stdout)[1]).toMatch(/^  error    locked  Narrateur: ¶6 and ¶7 joined since HEAD: .*(\[-|\{\+)/);
    expect(code).toBe(1);
  });

  it('a sentence moved to the next line: nothing added', () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], repo('v2-shift'));
    expect(fileBlock(stdout)).toEqual(['script.docx', '  Narrateur since HEAD: 1 passage cut differently, ±0 words']);
    expect(code).toBe(0);
  });

  it("a locked voice's line given to another voice and edited: the finding shows the edit", () => {
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], repo('v2-give-edit'));
    expect(fileBlock(stdout)).toEqual([
      'script.docx',
      '  error    locked  Formatrice: line given to Apprenant since HEAD and edited: … une paire à votre [-chef-]{+cheffe+} d’équipe avant de commencer. [¶9]',
      '  Formatrice since HEAD: -1 line to another voice, -13 words',
      '  Apprenant since HEAD: +1 line from another voice, +13 words',
    ]);
    expect(code).toBe(1);
  });

  it('renamed with git mv (and edited): compared with its old name at HEAD, said so', () => {
    const dir = repo('v2-merge-edit');
    git(dir, 'mv', 'script.docx', 'module4-v2.docx');
    const { code, stdout } = run(['check', 'module4-v2.docx', '--since', 'HEAD'], dir);
    expect(fileBlock(stdout)).toEqual(['module4-v2.docx', '  was script.docx in HEAD', '  Narrateur since HEAD: 1 joined line, -1 word']);
    expect(code).toBe(0);
  });

  it('renamed without git knowing (a new file git does not track): found by its text among the scripts deleted since; once added, paired by git', () => {
    const dir = repo('v2-merge');
    renameSync(join(dir, 'script.docx'), join(dir, 'module4-v2.docx'));
    const { code, stdout } = run(['check', 'module4-v2.docx', '--since', 'HEAD'], dir);
    // 11 lines at HEAD, 10 today (two joined): each of today's paired with one of HEAD's.
    expect(fileBlock(stdout)).toEqual(['module4-v2.docx', '  was script.docx in HEAD (renamed; text matched 10 of 11 lines)', '  Narrateur since HEAD: 1 joined line, ±0 words']);
    expect(code).toBe(0);
    // Once added, git pairs it with the old name.
    git(dir, 'add', '-A');
    expect(fileBlock(run(['check', 'module4-v2.docx', '--since', 'HEAD'], dir).stdout)).toEqual(['module4-v2.docx', '  was script.docx in HEAD', '  Narrateur since HEAD: 1 joined line, ±0 words']);
  });
});
