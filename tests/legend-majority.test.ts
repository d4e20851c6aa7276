/**
 * A legend that is used but leaves most of the script unrecorded on its word: the colours it says are
 * not recorded (black aside) hold more than half of the words and more than all its voices. The
 * legend stays in force (such scripts exist: on-screen text in grey), and a warning says how much is
 * left out, so that a misread entry can never silently drop a narrator's lines.
 */
import { describe, expect, it } from 'vitest';
import { castScript } from '../src/attribute/cast-script.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const BLUE = '<w:color w:val="0070C0"/>';
const GREEN = '<w:color w:val="00B050"/>';
const GREY = '<w:color w:val="808080"/>';

/** An e-learning storyboard: a legend paragraph, then screens of narration, learner lines and on-screen text. */
function storyboard(legend: string, screens: number, onScreenPerScreen: number): Uint8Array {
  const body = [`<w:p>${r('Module 2 – Data protection at work')}</w:p>`, `<w:p>${legend}</w:p>`];
  for (let i = 1; i <= screens; i++) {
    body.push(`<w:p>${r(`Screen ${i}`)}</w:p>`);
    body.push(`<w:p>${r(`On screen ${i}: ${'a bullet point of the slide text and '.repeat(onScreenPerScreen).trim()}`, GREY)}</w:p>`);
    body.push(`<w:p>${r(`Personal data is any information that identifies a person, item ${i}.`, BLUE)}</w:p>`);
    body.push(`<w:p>${r('So my email address counts too?', GREEN)}</w:p>`);
  }
  return buildDocx({ body: body.join('') });
}

const legendRuns = `${r('Key: ')}${r('Narrator', BLUE)}${r(' · ')}${r('Learner', GREEN)}${r(' · ')}${r('grey = on-screen text, not recorded', GREY)}`;

async function cast(bytes: Uint8Array) {
  return castScript(await readScriptBytes(bytes, 'storyboard.docx'), null);
}

describe('a legend whose "not recorded" colour holds most of the script', () => {
  it('is used, with a warning giving the words left out against the voices\'', async () => {
    const casting = await cast(storyboard(legendRuns, 4, 3));
    expect(casting.mode).toBe('legend');
    expect(casting.voices.map((v) => [v.name, v.colors])).toEqual([
      ['Narrator', ['#0070C0']],
      ['Learner', ['#00B050']],
    ]);
    const warning = casting.warnings.find((w) => w.code === 'legend-not-recorded-majority');
    expect(warning?.message).toBe(
      'The legend at ¶2 ("Key: Narrator · Learner · grey = on-screen text, not recorded") says #808080 grey is not recorded: that is 108 of the script\'s 190 words (56.8%), more than all its voices have (68). If any of it is to be recorded, check the legend, or name the voices in a config (vo-lines init writes one).',
    );
    expect(warning?.details).toEqual({
      text: 'Key: Narrator · Learner · grey = on-screen text, not recorded',
      colours: [{ colour: '#808080', background: false, words: 108 }],
      words: 108,
      total: 190,
      voiced: 68,
    });
  });

  it('no warning when the voices have more, or when the colour left out is black, the ordinary text', async () => {
    const lighter = await cast(storyboard(legendRuns, 4, 1));
    expect(lighter.mode).toBe('legend');
    expect(lighter.warnings.map((w) => w.code)).not.toContain('legend-not-recorded-majority');
    // The incident's shape: the narrator's dark grey lines a quarter of the script, black not recorded.
    const body = [`<w:p>${r('Key: ')}${r('Narrator', '<w:color w:val="404040"/>')}${r(' · black = not recorded')}</w:p>`];
    for (let i = 0; i < 6; i++) body.push(`<w:p>${r('Instructions for the designer about the slide layout and the timing of the animation.')}</w:p>`, `<w:p>${r('Welcome to the course.', '<w:color w:val="404040"/>')}</w:p>`);
    const incident = await cast(buildDocx({ body: body.join('') }));
    expect(incident.mode).toBe('legend');
    expect(incident.warnings.map((w) => w.code)).not.toContain('legend-not-recorded-majority');
  });
});
