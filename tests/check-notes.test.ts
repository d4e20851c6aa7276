/**
 * `vo-lines check` notes: every warning of the report that no rule checks — the reader's, and those
 * made when the script is cast and measured (a word in another voice's colour inside a sentence,
 * paragraphs counted for a speaker by a guess…) — in the report's order, once each; a warning a rule
 * checks stays that rule's finding (or is hidden, the rule off). The built CLI on real fixtures and
 * on small scripts built here. Also `diff`: each version's casting warnings, named by side.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vo-check-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (path: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
};
const run = (args: string[], cwd = dir) => runCli(args, cwd);

interface Note {
  code: string;
  message: string;
  location?: { story: string; paragraph: number };
  details?: unknown;
}
interface JsonCheck {
  summary: Record<string, number>;
  files: { file: string; status: string; findings: { rule: string; level: string; message: string }[]; notes?: Note[] }[];
}

copyFileSync(join(ROOT, 'tests/fixtures/emphasis/emphasis-en.docx'), join(dir, 'emphasis-en.docx'));
mkdirSync(join(dir, 'labels'));
copyFileSync(join(ROOT, 'tests/fixtures/labels/continued-labels-en.docx'), join(dir, 'labels/continued-labels-en.docx'));

const inside = (word: string, count: string, colour: string, sentence: string) =>
  `"${word}" (${count}), in ${colour}’s colour, stands inside a sentence of #0070C0 blue ("${sentence}"): it is counted for ${colour}, as its colour says, but a word or two in another colour in the middle of a sentence is often emphasis. Check whose words they are; if it is #0070C0 blue’s, give it #0070C0 blue’s colour in the script.`;
const EMPHASIS = [
  [inside('red', '1 word', '#C00000 red', '…the alarm sounds, press the red button and leave the room…'), '¶1'],
  [inside('lift during', '2 words', '#000000 black', 'Remember: never use the lift during a fire alarm, whatever…'), '¶3'],
  // Six words between two of blue's: no emphasis, but a voice inside blue's sentence all the same.
  [
    '"big green door at the end" (6 words), in #C00000 red’s colour, stands inside a sentence of #0070C0 blue ("Walk to the big green door at the end of the corridor."), with no sentence end between them: it is counted for #C00000 red, as its colour says, but one sentence is seldom said by two voices. Check whose words they are; if it is #0070C0 blue’s, give it #0070C0 blue’s colour in the script.',
    '¶6',
  ],
  [inside('and', '1 word', '#C00000 red', 'Close the windows, and then the doors behind you.'), '¶7'],
] as const;

describe('check: the casting and measuring warnings are notes', () => {
  it('a word in another colour inside a sentence (voice-inside-sentence): four notes, text output exact, still a pass', () => {
    const { code, stdout } = run(['check', 'emphasis-en.docx', '--no-config']);
    expect(stdout).toBe(
      [
        'emphasis-en.docx',
        ...EMPHASIS.map(([message, place]) => `  note     voice-inside-sentence  ${message} [${place}]`),
        '',
        'Files:',
        '  pass   emphasis-en.docx  3 colour groups, 84 words, 0:34 · 4 notes',
        '',
        '1 file: 1 passed · no findings, 4 notes.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('json: the notes are the report warnings `summary --json` gives, details and all; the summary counts them', () => {
    const check = JSON.parse(run(['check', 'emphasis-en.docx', '--no-config', '--format', 'json']).stdout) as JsonCheck;
    const summary = JSON.parse(run(['summary', 'emphasis-en.docx', '--no-config', '--json']).stdout) as { warnings: Note[] };
    expect(check.summary).toEqual({ files: 1, passed: 1, failed: 0, unreadable: 0, errors: 0, warnings: 0, notes: 4, exitCode: 0 });
    expect(check.files[0]!.findings).toEqual([]);
    expect(check.files[0]!.notes).toEqual(summary.warnings);
    expect(check.files[0]!.notes!.map((n) => [n.code, n.message, n.location])).toEqual(
      EMPHASIS.map(([message, place]) => ['voice-inside-sentence', message, { story: 'body', paragraph: Number(place.slice(1)) }]),
    );
  });

  it('speech counted for a speaker by a guess (label-continued) and speech left nobody’s (unlabelled-speech), with the config init writes', () => {
    expect(run(['init', 'labels/continued-labels-en.docx']).code).toBe(0);
    const { code, stdout } = run(['check', 'labels/continued-labels-en.docx']);
    const continued =
      '5 paragraphs with no speaker label (44 words) are counted for MARIE, as going on from MARIE’s line above them: "The first room holds the oldest maps of the harbour.", "The guards will remind you at the door.", "Here the floor is three hundred years old, so please walk…" and 2 more (the first at ¶3). If someone else says them, write that speaker’s label before each.';
    const unlabelled =
      '1 paragraph (10 words) reads as speech but has no speaker label, with no speaker’s line right above it (a heading or a title stands between): "The second room tells the story of the lighthouse keepers." (at ¶10). It is counted as unassigned text, for nobody. If it is to be recorded, write the speaker’s label before it.';
    expect(stdout).toBe(
      [
        'labels/continued-labels-en.docx',
        `  note     label-continued    ${continued} [¶3]`,
        `  note     unlabelled-speech  ${unlabelled} [¶10]`,
        '',
        'Files:',
        '  (config: labels/vo-lines.config.yaml)',
        '  pass   labels/continued-labels-en.docx  2 voices, 82 words to record, 0:33 · 2 notes',
        '',
        '1 file: 1 passed · no findings, 2 notes.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    const github = run(['check', 'labels/continued-labels-en.docx', '-f', 'github']).stdout.split('\n');
    expect(github.slice(0, 2)).toEqual([
      `::notice file=labels/continued-labels-en.docx,title=vo-lines label-continued::${continued} [¶3] (config: labels/vo-lines.config.yaml)`,
      `::notice file=labels/continued-labels-en.docx,title=vo-lines unlabelled-speech::${unlabelled} [¶10] (config: labels/vo-lines.config.yaml)`,
    ]);
    expect(run(['check', 'labels/continued-labels-en.docx', '-f', 'junit']).stdout).toContain(
      `    <system-out>note: ${continued.replace(/"/g, '&quot;')} [¶3]\nnote: ${unlabelled.replace(/"/g, '&quot;')} [¶10]</system-out>\n  </testsuite>`,
    );
  });

  it("the reader's note and the casting's in the report's order, each once; a warning a rule checks is its finding, or hidden with the rule off", () => {
    const BLUE = '<w:color w:val="0070C0"/>';
    const YELLOW = '<w:highlight w:val="yellow"/>';
    const THEMED = '<w:color w:val="FF0000" w:themeColor="accent2"/>';
    const GREEN = '<w:color w:val="00B050"/>';
    put(
      'mix/spot.docx',
      buildDocx({
        theme: { accent2: '0070C0' },
        body:
          `<w:p>${r('Spring sale spot, take one', GREEN)}</w:p>` +
          `<w:p>${r('Welcome to the spring sale at our garden centre.', THEMED)}</w:p>` +
          `<w:p>${r('I found everything I ', YELLOW)}${r('needed', BLUE)}${r(' for my garden, and more.', YELLOW)}</w:p>` +
          `<w:p>${r('Come and see us, open every day from nine.', BLUE)}</w:p>`,
      }),
    );
    put('mix/vo-lines.config.json', JSON.stringify({ voices: { Narrator: { color: '#0070C0' }, Customer: { highlight: 'yellow' } } }));
    const result = JSON.parse(run(['check', 'mix/spot.docx', '--format', 'json']).stdout) as JsonCheck;
    const file = result.files[0]!;
    expect(file.findings.map((f) => [f.rule, f.level])).toEqual([['unknown-colour', 'warning']]);
    expect(file.notes!.map((n) => [n.code, n.location])).toEqual([
      ['theme-colour-mismatch', { story: 'body', paragraph: 2 }],
      ['voice-inside-sentence', { story: 'body', paragraph: 3 }],
    ]);
    expect(result.summary).toEqual({ files: 1, passed: 1, failed: 0, unreadable: 0, errors: 0, warnings: 1, notes: 2, exitCode: 0 });
    const text = run(['check', 'mix/spot.docx']).stdout.split('\n');
    expect(text.slice(-4)).toEqual(['  pass   mix/spot.docx  2 voices, 28 words to record, 0:11 · 1 warning, 2 notes', '', '1 file: 1 passed · 1 warning, 2 notes.', '']);
    // The rule off: its warning is neither a finding nor a note.
    const off = JSON.parse(run(['check', 'mix/spot.docx', '--format', 'json', '--rule', 'unknown-colour=off']).stdout) as JsonCheck;
    expect(off.files[0]!.findings).toEqual([]);
    expect(off.files[0]!.notes!.map((n) => n.code)).toEqual(['theme-colour-mismatch', 'voice-inside-sentence']);
  });

  it('a section target the config names and the script has not is the section-time finding, not a note too', () => {
    put('sections/spot.docx', buildDocx({ body: `<w:p>${r('Welcome to the spring sale at our garden centre this weekend.', '<w:color w:val="0070C0"/>')}</w:p>` }));
    put('sections/vo-lines.config.json', JSON.stringify({ voices: { Narrator: { color: '#0070C0' } }, sections: { 'Spot 9': { maxSeconds: 30 } } }));
    const result = JSON.parse(run(['check', 'sections/spot.docx', '--format', 'json']).stdout) as JsonCheck;
    const file = result.files[0]!;
    expect(file.findings.map((f) => f.rule)).toEqual(['section-time']);
    expect((file.notes ?? []).map((n) => n.code)).not.toContain('unknown-section');
  });
});
