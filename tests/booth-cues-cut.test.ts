/**
 * A booth script's cue is what leads into the actor's line, not the two pages before it: a cue of
 * more than CUE_WORDS (40) words is cut to its last sentences (or lines) holding at most 40 words,
 * after "…"; a last sentence longer than that, to its last 40 words
 * (tests/fixtures/booth/long-cue.docx, scripts/build-booth-fixtures.py). Before: the narrator's
 * 1,213-word paragraph was printed whole as the cue of Anna's six-word line.
 * And a heading the voice reads (Word's Heading 2 blue #4F81BD within the tolerance of a Narrator in
 * #2E74B5: heading-near-voice.docx) is printed once, as the voice's line. Before: each "Screen N"
 * twice, as the section heading and as the line under it.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { CUE_WORDS, cueTail } from '../src/render/cue.js';
import { countWords } from '../src/text/words.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-cues-cut-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['long-cue', 'heading-near-voice']) copyFileSync(join(ROOT, `tests/fixtures/booth/${name}.docx`), join(dir, `${name}.docx`));
writeFileSync(join(dir, 'c.yaml'), 'voices:\n  Narrator: { highlight: yellow }\n  Anna: { highlight: brightGreen }\n');
const run = (args: string[]) => runCli(args, dir);

/** The paragraphs of a booth script written as Word, their text as read. */
function paragraphs(file: string): string[] {
  const xml = strFromU8(unzipSync(readFileSync(join(dir, file)))['word/document.xml']!);
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('cueTail', () => {
  it('whole up to 40 words; else the last sentences within 40 words, after "…"', () => {
    const short = 'One two three. Four five.';
    expect(cueTail(short)).toEqual({ text: short, cut: false });
    const ten = 'This sentence of exactly ten words leads into the next.';
    const text = `${ten} ${ten} ${ten} ${ten} ${ten}`;
    expect(countWords(text)).toBe(50);
    expect(cueTail(text)).toEqual({ text: `… ${ten} ${ten} ${ten} ${ten}`, cut: true });
    expect(CUE_WORDS).toBe(40);
  });

  it('a last sentence longer than 40 words: its last 40', () => {
    const words = Array.from({ length: 45 }, (_, i) => `w${i}`);
    expect(cueTail(`${words.join(' ')}.`)).toEqual({ text: `… ${words.slice(5).join(' ')}.`, cut: true });
  });

  it('a line break a reader sees is a place to cut too, and is kept in what is left', () => {
    const verse = 'la la la la la la la la la la';
    const text = `${verse} ${verse} ${verse} ${verse} ${verse}`;
    const breaks = [verse.length, 2 * verse.length + 1, 3 * verse.length + 2, 4 * verse.length + 3];
    const tail = cueTail(text, breaks);
    expect(tail).toEqual({ text: `… ${verse} ${verse} ${verse} ${verse}`, breaks: [2 + verse.length, 3 + 2 * verse.length, 4 + 3 * verse.length], cut: true });
  });
});

describe('sides: long cues cut, headings read by the voice printed once', () => {
  it("Anna's booth script: each cue at most 40 words, the end of the narrator's line", () => {
    expect(run(['sides', 'long-cue.docx', '-c', 'c.yaml', '--voice', 'Anna', '-o', 'a.docx']).code).toBe(0);
    expect(paragraphs('a.docx').slice(5)).toEqual([
      '#1 · ¶4 · ID 69eb935a',
      'Narrator: … Harbor letter had along she to her the the thinking to her sent flickered. Had as the the flickered letter lights about harbor never. She stopped at the end of the quay, where the last lamp burned.',
      'I should have sent it.',
      '#2 · ¶6 · ID 07f69695',
      'Narrator: The wind took her words.',
      'Nobody heard me.',
      '#3 · ¶8 · ID 435f9e6c',
      'Narrator: … Short. Very short. But Anna, the letter was never lost at all, only waiting in the drawer where she had left it on the night the harbor lights went out for good.',
      'Then I will find it.',
      '#4 · ¶10 · ID 266ad19d',
      'Narrator: … the fishing boats and the closed cafés and the old customs house with its broken clock, past the church and the bakery and the school where her brother had once carved their names into a desk, all the way home.',
      'Home, at last.',
    ]);
  });

  it('the export keeps the whole cue (a spreadsheet is not the booth)', () => {
    expect(run(['export', 'long-cue.docx', '-c', 'c.yaml', '--voice', 'Anna', '-o', 'a.json']).code).toBe(0);
    const cue = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).voices[0].lines[0].cue;
    expect(countWords(cue.text)).toBe(1213);
  });

  it('Narrator: "Screen N" (in the heading blue, counted as the Narrator\'s) once, as the line', () => {
    const { code, stdout, stderr } = run(['sides', 'heading-near-voice.docx', '--voice', 'Narrator', '-o', 'n.docx']);
    expect(code).toBe(0);
    expect(stdout + stderr).toContain('3 headings (6 words) are in Narrator\'s colour (#4F81BD blue)');
    expect(paragraphs('n.docx').slice(5, 15)).toEqual([
      '#1 · ¶3 · ID 10a8fb25',
      'Screen 1',
      '#2 · ¶5 · ID ea9ba803',
      '[On screen: slide 1]',
      'Personal data is any information about a person. (1)',
      '#3 · ¶7 · ID 70cf6cc9',
      'Learner: So what counts as sensitive data? (1)',
      'Health records and political opinions. (1)',
      '#4 · ¶8 · ID 45a3ce94',
      'Screen 2',
    ]);
  });

  it('Learner: the screens stay headings above the lines', () => {
    expect(run(['sides', 'heading-near-voice.docx', '--voice', 'Learner', '-o', 'l.docx']).code).toBe(0);
    expect(paragraphs('l.docx').slice(5, 9)).toEqual(['Screen 1', '#1 · ¶6 · ID 133d12af', 'Narrator: Personal data is any information about a person. (1)', 'So what counts as sensitive data? (1)']);
  });
});
