/**
 * The renderers' voice filter, as a library caller meets it: `renderLines(report, name)`,
 * `renderJson(report, name)`, `renderSummary(report, { onlyVoice })` find the voice as the CLI's
 * `--voice` does (case and spacing ignored, `unassigned`, a colour group by its hex), and a name that
 * fits no voice is the CLI's `unknown-voice` error, not a document with no voice in it.
 * Before: `renderLines(report, 'mara')` printed the totals and no voice, `renderJson(report, 'Nobody')`
 * `voices: []`, and `renderLines(report, 'customer')` no voice either (an exact name only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, analyseBytes, isUserError, renderJson, renderLines, renderSummary, UserError } from '../src/index.js';
import type { Report } from '../src/measure/report.js';
import { buildDocx } from './helpers/docx-builder.js';

let report: Report;
beforeAll(async () => {
  ({ report } = await analyse('samples/en-commercial/spring-sale.docx'));
}, 60_000);

function thrown(render: () => unknown): UserError {
  try {
    render();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('no error');
}

const NONE = (asked: string) => ({
  code: 'unknown-voice',
  message: `no voice "${asked}" in samples/en-commercial/spring-sale.docx. Voices found: "Announcer", "Customer" (or "unassigned").`,
  details: { kind: 'none', asked, option: 'voice', voices: ['Announcer', 'Customer'] },
});

describe('renderers: the voice asked for', () => {
  it('a name that fits no voice throws unknown-voice, naming the voices there, from each renderer', () => {
    for (const [asked, render] of [
      ['mara', () => renderLines(report, 'mara')],
      ['Nobody', () => renderJson(report, 'Nobody')],
      ['Mara', () => renderSummary(report, { onlyVoice: ' Mara ' })],
    ] as const) {
      const error = thrown(render);
      expect({ code: error.code, message: error.message, details: error.details }).toEqual(NONE(asked));
    }
  });

  it('a name in another case or spacing is the voice, as --voice finds it', () => {
    expect(renderLines(report, ' customer ')).toBe(renderLines(report, 'Customer'));
    const lines = renderLines(report, 'customer').split('\n');
    expect(lines[3]).toBe('Whole script: 378 words in 40 lines, about 2:33 at 160 wpm; Customer is 13.2% of it.');
    expect(lines.filter((line) => /^Customer /.test(line))).toEqual(['Customer (#00FF00 bright green highlight): 7 lines, 50 words, about 0:19 at 160 wpm']);
    expect(JSON.parse(renderJson(report, 'ANNOUNCER')).voices.map((v: { name: string; words: number }) => [v.name, v.words])).toEqual([['Announcer', 243]]);
    expect(renderSummary(report, { onlyVoice: 'announcer' })).toBe(renderSummary(report, { onlyVoice: 'Announcer' }));
  });

  it('"unassigned" in any case is the text of no voice; no name is every voice', () => {
    const json = JSON.parse(renderJson(report, 'Unassigned'));
    expect([json.voices, json.unassigned.words]).toEqual([[], 85]);
    expect(renderLines(report, 'UNASSIGNED').split('\n').filter((line) => /^Unassigned: /.test(line))).toHaveLength(1);
    expect(JSON.parse(renderJson(report)).voices.map((v: { name: string }) => v.name)).toEqual(['Announcer', 'Customer']);
  });

  it('colour groups: found by hex; a colour name that fits none says how to name them', async () => {
    const p = (text: string, colour: string) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    const bytes = buildDocx({ body: p('Hello there, this is the first voice speaking.', 'C00000') + p('And this is the second voice answering back.', '0070C0') });
    const { report: colours } = await analyseBytes(bytes, 'colours.docx', { config: null });
    expect(colours.mode).toBe('colours');
    const names = colours.voices.map((v) => v.name);
    expect(JSON.parse(renderJson(colours, 'c00000')).voices.map((v: { name: string }) => v.name)).toEqual([names.find((n) => n.startsWith('#C00000'))]);
    const error = thrown(() => renderLines(colours, 'green'));
    expect([error.code, error.details]).toEqual(['unknown-voice', { kind: 'none', asked: 'green', option: 'voice', voices: names }]);
    expect(error.message).toContain('A colour group is also found by its hex code or its colour name');
  });
});
