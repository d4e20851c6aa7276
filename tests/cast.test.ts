import { describe, expect, it } from 'vitest';
import { castByColour, castByVoiceMap } from '../src/attribute/cast.js';
import { stretchesOf } from '../src/attribute/stretches.js';
import type { Paragraph, Run, Script } from '../src/model.js';
import { deltaE } from '../src/colour/distance.js';
import { plainName } from '../src/colour/names.js';
import { parseConfig } from '../src/config/parse.js';

const run = (text: string, color = '#000000', background: string | null = null): Run => ({ text, color, background });
const paragraph = (n: number, ...runs: Run[]): Paragraph => ({ runs, location: { story: 'body', paragraph: n } });
const script = (...paragraphs: Paragraph[]): Script => ({ file: 't.docx', format: 'docx', paragraphs, warnings: [], facts: { trackedChanges: false } });

const map = parseConfig(
  { voices: { Narrator: { color: '#404040' }, Trainer: { color: 'navy' }, VO1: { highlight: 'yellow' } } },
  'test-config',
).voiceMap;

const linesOf = (s: Script) => castByVoiceMap(s, map).lines.map((l) => [l.voice, l.text, l.words]);

describe('lines', () => {
  it('a line is a maximal stretch of one voice in one paragraph', () => {
    const s = script(
      paragraph(1, run('Hello ', '#404040'), run('there, ', '#404040'), run('friend.', '#404040')),
      paragraph(2, run('Are you ready? ', '#000080'), run('Yes!', '#404040')),
    );
    expect(linesOf(s)).toEqual([
      ['Narrator', 'Hello there, friend.', 3],
      ['Trainer', 'Are you ready?', 3],
      ['Narrator', 'Yes!', 1],
    ]);
  });

  it('a wordless stretch joins its neighbour instead of becoming a line', () => {
    const s = script(
      // A black full stop ends a dark grey sentence.
      paragraph(1, run('Welcome to the course', '#404040'), run('.', '#000000')),
      // A black space between two dark grey runs does not split the line.
      paragraph(2, run('One', '#404040'), run(' ', '#000000'), run('line', '#404040')),
      // Opening quote in black before a narrator quote, after another voice: it goes with the quote.
      paragraph(3, run('He said', '#000080'), run(' « ', '#000000'), run('go', '#404040'), run(' »', '#000000')),
      // A paragraph that is only punctuation holds no line.
      paragraph(4, run('— * —', '#404040')),
    );
    expect(linesOf(s)).toEqual([
      ['Narrator', 'Welcome to the course.', 4],
      ['Narrator', 'One line', 2],
      ['Trainer', 'He said', 2],
      ['Narrator', '« go »', 1],
    ]);
  });

  it('a background matching a highlight voice wins over the text colour', () => {
    const s = script(paragraph(1, run('Buy now', '#404040', '#FFFF00'), run(' and save', '#404040')));
    expect(linesOf(s)).toEqual([
      ['VO1', 'Buy now', 2],
      ['Narrator', 'and save', 2],
    ]);
  });

  it('colours match by perceptual distance within the tolerance, never dark grey with black or mid grey', () => {
    expect(deltaE('#404040', '#000000')).toBeGreaterThan(map.tolerance);
    expect(deltaE('#404040', '#7F7F7F')).toBeGreaterThan(map.tolerance);
    const s = script(
      paragraph(1, run('Exported grey', '#3F3F3F')),
      paragraph(2, run('Plain black', '#000000')),
      paragraph(3, run('Mid grey', '#7F7F7F')),
      paragraph(4, run('Word grey tint A6', '#595959')),
    );
    expect(linesOf(s)).toEqual([
      ['Narrator', 'Exported grey', 2],
      [null, 'Plain black', 2],
      [null, 'Mid grey', 2],
      [null, 'Word grey tint A6', 4],
    ]);
  });

  it('line IDs depend on voice and text only, so they survive edits elsewhere', () => {
    const before = castByVoiceMap(script(paragraph(1, run('Alpha line', '#404040')), paragraph(2, run('Beta line', '#404040'))), map).lines;
    const after = castByVoiceMap(
      script(paragraph(1, run('A new first line', '#404040')), paragraph(2, run('Alpha line', '#404040')), paragraph(3, run('Beta line', '#404040'))),
      map,
    ).lines;
    expect(after[1]!.id).toBe(before[0]!.id);
    expect(after[2]!.id).toBe(before[1]!.id);
    expect(before[0]!.id).toMatch(/^[0-9a-f]{8}$/);
    const repeated = castByVoiceMap(script(paragraph(1, run('Again', '#404040')), paragraph(2, run('Again', '#404040'))), map).lines;
    expect(repeated.map((l) => l.id)).toEqual([repeated[0]!.id, `${repeated[0]!.id}-2`]);
  });

  it('without a config every distinct colour is its own group, named by hex and plain name', () => {
    const casting = castByColour(
      script(paragraph(1, run('Grey words here', '#404040'), run(' then black', '#000000')), paragraph(2, run('Highlighted', '#000000', '#FFFF00'))),
    );
    expect(casting.voices.map((v) => v.name)).toEqual(['#404040 dark grey', '#000000 black', '#FFFF00 yellow background']);
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['#404040 dark grey', 'Grey words here'],
      ['#000000 black', 'then black'],
      ['#FFFF00 yellow background', 'Highlighted'],
    ]);
  });

  it('stretches keep run text as is until lines normalise it', () => {
    expect(stretchesOf(paragraph(1, run('a\tb', '#404040')).runs, () => 'x').map((s) => s.text)).toEqual(['a\tb']);
  });
});

describe('colour names', () => {
  it('gives plain names', () => {
    expect(plainName('#404040')).toBe('dark grey');
    expect(plainName('#595959')).toBe('dark grey');
    expect(plainName('#000000')).toBe('black');
    expect(plainName('#1F4E79')).toBe('dark blue');
    expect(plainName('#00B050')).toBe('green');
    expect(plainName('#FFFF00')).toBe('yellow');
  });
});

describe('lines without IDs', () => {
  // A caller that shows no line (the text summary) skips the hashing: everything else is the same.
  it('castScript and buildReport with lineIds: false differ from the default only in the empty IDs', async () => {
    const { castScript } = await import('../src/attribute/cast-script.js');
    const { buildReport } = await import('../src/measure/report.js');
    const s = script(
      paragraph(1, run('Hello ', '#404040'), run('there, ', '#404040'), run('friend.', '#404040')),
      paragraph(2, run('Are you ready? ', '#000080'), run('Yes!', '#404040')),
      paragraph(3, run('Hello there, friend.', '#404040')),
      paragraph(4, run('Total: 30 %', '#FF0000'), run('[pause] Go', '#404040')),
    );
    for (const voices of [map, null]) {
      const withIds = castScript(s, voices);
      const withoutIds = castScript(s, voices, { lineIds: false });
      expect(withIds.lines.every((l) => /^[0-9a-f]{8}(-\d+)?$/.test(l.id))).toBe(true);
      expect(withoutIds.lines.map((l) => l.id)).toEqual(withIds.lines.map(() => ''));
      const noIds = <T extends { id: string }>(lines: T[]) => lines.map((l) => ({ ...l, id: '' }));
      expect(withoutIds.lines).toEqual(noIds(withIds.lines));
      const [a, b] = [buildReport(withIds), buildReport(withoutIds)];
      expect({ ...b, voices: b.voices.map((v) => ({ ...v, lines: [] })), unassigned: { ...b.unassigned, lines: [] } }).toEqual({
        ...a,
        voices: a.voices.map((v) => ({ ...v, lines: [] })),
        unassigned: { ...a.unassigned, lines: [] },
      });
      expect(b.voices.flatMap((v) => v.lines)).toEqual(noIds(a.voices.flatMap((v) => v.lines)));
    }
  });
});
