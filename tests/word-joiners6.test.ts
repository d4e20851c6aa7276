/**
 * A word joiner (U+2060) or a U+FEFF inside a word is that word everywhere, not only in the word count: the readers
 * leave the joiners out of the text they read (text/words.ts readText), so a speaker's label `NAR\u2060RATOR:`
 * is the label NARRATOR, a legend's `Nar\u2060rator = blue` names Narrator, and a diff of `les\u2060son` against
 * `lesson` is no change. A NEL (U+0085, NEXT LINE) between two words is a space: Unicode's White_Space holds it
 * (JavaScript's `\s` does not); LibreOffice keeps it in a DOCX it saves, draws it as a missing glyph between the words
 * and breaks no line there, so `Stop\u0085now` is two words, shown, drawn in a booth script and counted `Stop now` (the
 * readers make it a space, the word rule takes it as one).
 * Fixtures: scripts/build-joiner6-fixtures.py (python-docx; LibreOffice's DOCX and PDF; ReportLab's PDF).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { findSpeakerLabels } from '../src/attribute/speaker-labels.js';
import { readScript } from '../src/readers/index.js';
import { boothScript } from '../src/render/sides.js';
import { countWords, isNormalSpace, lineBreaksIn, normaliseSpace, readText } from '../src/text/words.js';
import { runCli, ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests', 'fixtures', 'joiners6');

describe('a joiner inside a speaker label', () => {
  it.each(['labels.docx', 'labels-lo.docx', 'labels-rl.pdf'])('%s: NARRATOR and GUEST, each twice', async (name) => {
    const found = findSpeakerLabels(await readScript(join(DIR, name)));
    expect(found?.labels.map((l) => [l.label, l.paragraphs, l.words])).toEqual([
      ['NARRATOR', 2, 11],
      ['GUEST', 2, 10],
    ]);
    expect([found?.labelled, found?.body]).toEqual([4, 4]);
  });

  it('the paragraphs read hold no joiner', async () => {
    const script = await readScript(join(DIR, 'labels.docx'));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'NARRATOR: Welcome to the course.',
      'GUEST: Thank you for having me here.',
      'NARRATOR: Let us begin with the first part.',
      'GUEST: Sure, I am ready.',
    ]);
  });
});

describe('a joiner inside a legend name, and a diff', () => {
  it('legend.docx: Narrator and Guest', async () => {
    const { report } = await analyse(join(DIR, 'legend.docx'));
    expect(report.voices.map((v) => [v.name, v.words, v.lines.length])).toEqual([
      ['Narrator', 11, 2],
      ['Guest', 6, 1],
    ]);
  });

  it('joined.docx against plain.docx: no change', () => {
    const diff = runCli(['diff', 'tests/fixtures/joiners6/plain.docx', 'tests/fixtures/joiners6/joined.docx']);
    expect(diff.code).toBe(0);
    expect(diff.stdout.split('\n').slice(2, 3)).toEqual(['#000000 black: no change (26 words, 0:10, 4 lines)']);
  });
});

describe('NEL (U+0085) between words', () => {
  it.each([
    ['Stop\u0085now', 'Stop now', 2],
    ['\u0085one\u0085 two\u0085', 'one two', 2],
    ['a\u0085\u2060b', 'a b', 2],
  ])('%j: shown %j, %i words', (text, shown, words) => {
    expect(normaliseSpace(text)).toBe(shown);
    expect(countWords(text)).toBe(words);
    expect(isNormalSpace(text)).toBe(false);
    expect(lineBreaksIn(text)).toBeNull();
  });

  it('readText: joiners out, a NEL a space', () => {
    expect([readText('wo\u2060rd'), readText('\uFEFFa\u2060 \u2060b\uFEFF'), readText('Stop\u0085now'), readText('plain')]).toEqual(['word', 'a b', 'Stop now', 'plain']);
  });

  it.each(['nel.docx', 'nel-lo.docx', 'nel-lo.pdf'])('%s: the paragraphs read hold a space for the NEL', async (name) => {
    const script = await readScript(join(DIR, name));
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Stop now, please.', 'One two three four.']);
  });

  it.each(['nel.docx', 'nel-lo.docx', 'nel-lo.pdf'])('%s: two lines of 3 and 4 words, shown with a space', async (name) => {
    const { report } = await analyse(join(DIR, name));
    expect(report.voices.map((v) => [v.name, v.words, v.lines.map((l) => [l.text, l.words])])).toEqual([
      ['#000000 black', 7, [['Stop now, please.', 3], ['One two three four.', 4]]],
    ]);
    const booth = boothScript(report, report.voices[0]!, { date: '2026-12-08', script: name });
    const drawn = booth.blocks.flatMap((b) => (b.kind === 'line' ? [b.segments.map((s) => s.text).join('')] : []));
    expect(drawn).toEqual(['Stop now, please.', 'One two three four.']);
  });
});
