/**
 * Text in one voice's text colour on another voice's highlight (KID's red inside ANNCR's yellow
 * <mark> or Word highlight): counted as the highlight's voice, as the README's order of precedence
 * has it, and said (`two-voices-one-stretch`), naming both voices and the lines — never silently.
 * Not said for a voice's highlight over ordinary text (black, greys), even when another voice's colour
 * is black. DOCX built here (the probe's gen_docx7.py shape); the PDF from scripts/build-legend-notes-fixtures.py.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript, readScriptBytes } from '../src/readers/index.js';
import { parseConfigText } from '../src/config/parse.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { ROOT } from './helpers/cli.js';

const Y = '<w:highlight w:val="yellow"/>';
const RED = '<w:color w:val="C00000"/>';
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

function spot(last: string, kid = RED): Uint8Array {
  return buildDocx({
    body: [
      para(r('Sunny Oats — TV spot, 30 s — v3')),
      para(r('Key: '), r('ANNCR', Y), r(' · '), r('KID', kid), r(' · black text is not recorded.')),
      para(r('Mornings are busy. Breakfast should not be.', Y)),
      para(r('Can I have the one with the honey?', kid)),
      para(r('Sunny Oats, in every good store from Monday.', Y)),
      para(r('Best breakfast ever!', last)),
    ].join(''),
  });
}

async function cast(bytes: Uint8Array | string, config?: string) {
  const script = typeof bytes === 'string' ? await readScript(join(ROOT, 'tests/fixtures/legend-notes', bytes)) : await readScriptBytes(bytes, 'spot.docx');
  const voiceMap = config === undefined ? null : (await parseConfigText(config, 'vo-lines.config.yaml')).voiceMap;
  const { casting } = await analyseScript(script, { voiceMap });
  return {
    lines: casting.lines.filter((l) => l.voice !== null).map((l) => `${l.voice} ¶${l.location.paragraph} ${l.words} ${l.text}`),
    warnings: casting.warnings.map((w) => [w.code, w.message]),
    details: casting.warnings.filter((w) => w.code === 'two-voices-one-stretch').map((w) => w.details),
  };
}

const LINES = ['ANNCR ¶3 7 Mornings are busy. Breakfast should not be.', 'KID ¶4 8 Can I have the one with the honey?', 'ANNCR ¶5 8 Sunny Oats, in every good store from Monday.'];

describe("a voice's text colour on another voice's highlight", () => {
  it('DOCX (legend, and a config): counted as the highlight\'s voice, said with both voices and the line', async () => {
    const message =
      '3 words in KID\'s colour (#C00000 red) on ANNCR\'s highlight (#FFFF00 yellow) are counted as ANNCR\'s, as a highlight comes before a text colour: ¶6 "Best breakfast ever!" (3 words). If it is KID\'s, take ANNCR\'s highlight off it.';
    const config = 'voices:\n  ANNCR: { highlight: yellow }\n  KID: { color: "#C00000" }\nunassigned: ["#000000"]\n';
    for (const c of [undefined, config]) {
      const got = await cast(spot(Y + RED), c);
      expect(got.lines, c ? 'config' : 'legend').toEqual([...LINES, 'ANNCR ¶6 3 Best breakfast ever!']);
      expect(got.warnings, c ? 'config' : 'legend').toEqual([['two-voices-one-stretch', message]]);
      expect(got.details).toEqual([
        { highlightVoice: 'ANNCR', textVoice: 'KID', colour: '#C00000', background: '#FFFF00', words: 3, lines: [{ location: { story: 'body', paragraph: 6 }, text: 'Best breakfast ever!', words: 3 }] },
      ]);
    }
  });

  it('Chromium PDF: red text inside a <mark> is said the same way', async () => {
    const got = await cast('web-overlap-chromium.pdf');
    expect(got.lines.filter((l) => l.startsWith('ANNCR'))).toEqual([
      'ANNCR ¶3 7 Mornings are busy. Breakfast should not be.',
      'ANNCR ¶7 8 Sunny Oats, in every good store from Monday.',
      'ANNCR ¶8 3 Best breakfast ever!',
    ]);
    expect(got.warnings).toEqual([
      [
        'two-voices-one-stretch',
        '3 words in KID\'s colour (#C00000 red) on ANNCR\'s highlight (#FFFF00 yellow) are counted as ANNCR\'s, as a highlight comes before a text colour: p.1 ¶8 "Best breakfast ever!" (3 words). If it is KID\'s, take ANNCR\'s highlight off it.',
      ],
    ]);
  });

  it('not said for ordinary text on a highlight, whoever has black; nor for a voice\'s own text colour on its highlight', async () => {
    // KID's colour black: ANNCR's yellow over black text is ANNCR's, nothing to say.
    const black = 'voices:\n  ANNCR: { highlight: yellow }\n  KID: { color: "#000000" }\n';
    const plain = await cast(spot(Y, '<w:color w:val="000000"/>'), black);
    expect(plain.warnings.filter(([code]) => code === 'two-voices-one-stretch')).toEqual([]);
    // ANNCR reads red on yellow too (a colour of its own as well as its highlight).
    const both = 'voices:\n  ANNCR: { highlight: yellow, color: "#C00000" }\n  KID: { color: "#0000FF" }\nunassigned: ["#000000"]\n';
    const own = await cast(spot(Y + RED, '<w:color w:val="0000FF"/>'), both);
    expect(own.warnings.filter(([code]) => code === 'two-voices-one-stretch')).toEqual([]);
    // Red on yellow with no voice in red: nothing to say either.
    const none = await cast(spot(Y + RED), 'voices:\n  ANNCR: { highlight: yellow }\n  KID: { color: "#0000FF" }\nunassigned: ["#000000"]\n');
    expect(none.warnings.filter(([code]) => code === 'two-voices-one-stretch')).toEqual([]);
  });
});
