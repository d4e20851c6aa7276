/**
 * `spot-markers-voiced`'s advice fits what the texts are: spot titles (set the titles apart), a spot's
 * header fields (set the header's fields apart), or both. Built here: a radio spot typed all in the
 * announcer's colour, with a `SPOT 1 — :30` title, then an agency's header (CLIENT / TITLE / LENGTH).
 * The fields alone: tests/labels-written.test.ts (its fixtures).
 */
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { parseConfigText } from '../src/config/parse.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const BLUE = '<w:color w:val="1F4E79"/>';
const RED = '<w:color w:val="C00000"/>';
const body = (lines: [string, string][]) => lines.map(([colour, text]) => `<w:p>${r(text, colour)}</w:p>`).join('');
const SPOT: [string, string][] = [
  [BLUE, 'Mornings are hard. Your coffee should not be.'],
  [RED, 'I need a coffee before I can even think.'],
  [BLUE, 'Harbor Coffee opens at six, every day of the week.'],
];

async function advice(lines: [string, string][]) {
  const config = await parseConfigText('voices:\n  Announcer: { color: "#1F4E79" }\n  Woman: { color: "#C00000" }\npace: commercial\n', 'vo-lines.config.yaml');
  const { report } = await analyseBytes(buildDocx({ body: body(lines) }), 'spot.docx', { config });
  return report.warnings.filter((w) => w.code === 'spot-markers-voiced').map((w) => [w.message.slice(w.message.indexOf(' Set ') + 1), (w.details as { fields?: number }).fields]);
}

describe('spot-markers-voiced: the advice says what to set apart', () => {
  it('titles and header fields: both named', async () => {
    expect(await advice([[BLUE, 'SPOT 1 — :30'], [BLUE, 'CLIENT: Harbor Coffee'], [BLUE, 'TITLE: "Morning Rush"'], [BLUE, 'LENGTH: :30'], ...SPOT, [BLUE, 'SPOT 2 — :30'], ...SPOT])).toEqual([
      ["Set spot titles and header fields apart from the voice's text (a heading style, or a colour of no voice), or check Announcer's count.", 3],
    ]);
  });

  it('titles alone: the titles', async () => {
    expect(await advice([[BLUE, 'SPOT 1 — :30'], ...SPOT, [BLUE, 'SPOT 2 — :30'], ...SPOT])).toEqual([
      ["Set spot titles apart from the voice's text (a heading style, or a colour of no voice), or check Announcer's count.", undefined],
    ]);
  });
});
