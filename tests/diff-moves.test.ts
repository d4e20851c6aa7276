/**
 * A sentence moved from one line to another further away (an aligned line between, so no join or
 * re-cut of adjacent lines) is a move, not a removal and an addition: both lines say where it went
 * or came from, and its words are no words added for the voice that had it (`addedWords`, which
 * `check --since`'s max-added-words sums); moved to another voice's line, they are that voice's to
 * record. Fixtures: scripts/build-diff-fixtures.py (tests/fixtures/diff-moves).
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addedWords } from '../src/check/since-rules.js';
import { compareScripts } from '../src/compare/compare.js';
import type { ScriptDiff } from '../src/compare/model.js';
import { sentencesOf } from '../src/compare/moved.js';
import { analyse } from '../src/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.cjs');
const dir = join(root, 'tests', 'fixtures', 'diff-moves');
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

const SENTENCE = 'Le travail commence à six heures du matin.';

async function compare(oldName: string, newName: string): Promise<ScriptDiff> {
  return compareScripts(await analyse(join(dir, `${oldName}.docx`)), await analyse(join(dir, `${newName}.docx`)));
}

/** Each voice's words added (as max-added-words counts them) and its net change of words. */
const added = (diff: ScriptDiff) => Object.fromEntries(diff.voices.map((v) => [v.name, [addedWords(v), v.words.delta]]));

function cliRows(oldName: string, newName: string, ...args: string[]): string[] {
  const result = spawnSync(process.execPath, [cli, 'diff', join(dir, `${oldName}.docx`), join(dir, `${newName}.docx`), ...args], { cwd: tmpdir(), encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => /^ {2}[-+~⇄↕] |^\| (changed|removed)/.test(line));
}

describe('a sentence moved to a line further away', () => {
  it('within the voice: shown moved both ways, no word added', async () => {
    const diff = await compare('v1', 'v2-same-voice');
    expect(added(diff)).toEqual({ Narrateur: [0, 0], Formatrice: [0, 0], Apprenant: [0, 0] });
    const narrator = diff.voices.find((v) => v.name === 'Narrateur')!;
    expect(narrator.changed.map((l) => [l.addedWords, l.moves])).toEqual([
      [0, [{ direction: 'out', text: SENTENCE, words: 8, location: { paragraph: 3, story: 'body' }, voice: 'Narrateur' }]],
      [0, [{ direction: 'in', text: SENTENCE, words: 8, location: { paragraph: 1, story: 'body' }, voice: 'Narrateur' }]],
    ]);
    expect(cliRows('v1', 'v2-same-voice')).toEqual([
      `  ~ ¶1  Chaque jour, plus de mille collaborateurs préparent des colis. [-${SENTENCE}-] (sentence moved to ¶3)`,
      `  ~ ¶3  Les équipements de protection sont obligatoires dans toutes les zones. {+${SENTENCE}+} (sentence moved from ¶1)`,
    ]);
    expect(cliRows('v1', 'v2-same-voice', '--format', 'md').map((row) => row.split(' | ').slice(0, 2).join(' | '))).toEqual(['| changed (sentence moved to ¶3) | ¶1', '| changed (sentence moved from ¶1) | ¶3']);
  });

  it('within the voice with a word edited beside it: that one word added, no more', async () => {
    const diff = await compare('v1', 'v2-same-voice-edit');
    expect(added(diff)).toEqual({ Narrateur: [1, 0], Formatrice: [0, 0], Apprenant: [0, 0] });
  });

  it('to another voice\'s line, down or up: the words are the other voice\'s to record, both lines say where', async () => {
    const down = await compare('v1', 'v2-other-voice');
    expect(added(down)).toEqual({ Narrateur: [0, -8], Formatrice: [8, 8], Apprenant: [0, 0] });
    expect(cliRows('v1', 'v2-other-voice')).toEqual([
      `  ~ ¶1  Chaque jour, plus de mille collaborateurs préparent des colis. [-${SENTENCE}-] (sentence moved to Formatrice, ¶5)`,
      `  ~ ¶5  Oui, chaque collaborateur doit le suivre avant le 30 juin. {+${SENTENCE}+} (sentence moved from Narrateur, ¶1)`,
    ]);
    const up = await compare('v1-end', 'v2-up');
    expect(added(up)).toEqual({ Narrateur: [4, 4], Formatrice: [0, -4], Apprenant: [0, 0] });
    expect(cliRows('v1-end', 'v2-up')).toEqual([
      '  ~ ¶3  {+Merci de votre attention.+} Les équipements de protection sont obligatoires dans toutes les zones. (sentence moved from Formatrice, ¶7)',
      '  ~ ¶7  [-Merci de votre attention.-] Bonne journée à tous. (sentence moved to Narrateur, ¶3)',
    ]);
  });

  it('a whole line removed, its sentence now ending another line of the voice: no word added, the removed line says where it went', async () => {
    const diff = await compare('v1', 'v2-line-moved-in');
    expect(added(diff)).toEqual({ Narrateur: [0, 0], Formatrice: [0, 0], Apprenant: [0, 0] });
    expect(cliRows('v1', 'v2-line-moved-in')).toEqual([
      '  ~ ¶3  Les équipements de protection sont obligatoires dans toutes les zones. {+Les chariots ont toujours la priorité sur les piétons.+} (sentence moved from ¶6)',
      '  - ¶6  Les chariots ont toujours la priorité sur les piétons. (sentence moved to ¶3)',
    ]);
    const json = JSON.parse(spawnSync(process.execPath, [cli, 'diff', join(dir, 'v1.docx'), join(dir, 'v2-line-moved-in.docx'), '--json'], { cwd: tmpdir(), encoding: 'utf8', env }).stdout);
    expect(json.voices[0].removed[0].moves).toEqual([{ direction: 'out', text: 'Les chariots ont toujours la priorité sur les piétons.', words: 9, location: { paragraph: 3, story: 'body' }, voice: 'Narrateur' }]);
    expect(json.voices[0].changed[0].addedWords).toBe(0);
  });

  it('sentences are cut where a reader ends one: not after an abbreviation, a decimal, or a mark inside a word', () => {
    const cut = (text: string) => sentencesOf(text).map(({ start, end }) => text.slice(start, end));
    expect(cut('Ask Mr. Lambert at 2.5 km. He knows! Really?» Then go.')).toEqual(['Ask Mr. Lambert at 2.5 km.', 'He knows!', 'Really?»', 'Then go.']);
    expect(cut('Voir M. Dupont… Ensuite, « partez ! » Fin')).toEqual(['Voir M. Dupont…', 'Ensuite, « partez ! »', 'Fin']);
    expect(cut('')).toEqual([]);
  });
});
