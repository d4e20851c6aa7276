/**
 * Attribution a narrator can trust (issue 4): legends, risky colours, style and label voices,
 * directions and cues — on DOCX files built from WordprocessingML by tests/helpers/docx-builder.ts
 * and read by the real reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLegend } from '../src/attribute/legend.js';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { buildReport } from '../src/measure/report.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { describeShared } from './helpers/shared.js';
import { parseConfig } from '../src/config/parse.js';
import { castScript } from '../src/attribute/cast-script.js';

const colour = (hex: string) => `<w:color w:val="${hex}"/>`;
const highlight = (name: string) => `<w:highlight w:val="${name}"/>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const styledPara = (styleId: string, ...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

async function analyse(body: string, config?: unknown, styles?: string) {
  const script = await readScriptBytes(buildDocx({ body, ...(styles ? { styles } : {}) }), 'test.docx');
  const map = config === undefined ? null : parseConfig(config, 'test-config').voiceMap;
  const casting = castScript(script, map);
  return { casting, report: buildReport(casting, { configWpm: map?.wpm }) };
}

const linesOf = (casting: Awaited<ReturnType<typeof analyse>>['casting']) => casting.lines.map((l) => [l.voice, l.text]);
const codes = (report: Awaited<ReturnType<typeof analyse>>['report']) => report.warnings.map((w) => w.code);

const GREY = '404040';
const BLUE = '1F4E79';
const GREEN = '00B050';

describe('a legend line in words: its sentences, and a sentence giving what is not recorded its colour', () => {
  const read = (text: string) => colourWordsLine(text)?.entries.map((e) => [e.name, e.notRecorded ? 'not recorded' : 'voice', e.words, e.phrase?.hex, e.phrase?.kind ?? null]) ?? null;

  it('a full stop ends the list of voices; the next sentence says what is not recorded, with its colour', () => {
    expect(read('Personnages : Hélène (violet), Ibrahim (orange). Les effets sonores sur fond gris ne sont pas enregistrés.')).toEqual([
      ['Hélène', 'voice', 'violet', '#7030A0', null],
      ['Ibrahim', 'voice', 'orange', '#FFA500', null],
      ['Les effets sonores', 'not recorded', 'fond gris', '#808080', 'background'],
    ]);
    expect(read('Key: Narrator = grey; Coach = blue. Text on a yellow background is not recorded.')).toEqual([
      ['Narrator', 'voice', 'grey', '#808080', null],
      ['Coach', 'voice', 'blue', '#0070C0', null],
      ['Text', 'not recorded', 'a yellow background', '#FFFF00', 'background'],
    ]);
    expect(read('Voix : Narratrice en violet, Client en orange. Les didascalies en gris ne sont pas lues.')).toEqual([
      ['Narratrice', 'voice', 'en violet', '#7030A0', null],
      ['Client', 'voice', 'en orange', '#FFA500', null],
      ['Les didascalies', 'not recorded', 'gris', '#808080', null],
    ]);
  });

  it('the same sentence after a comma; a note naming no colour is left aside; "Dr." ends no sentence; a final full stop is no part of the last colour', () => {
    expect(read('Personnages : Hélène (violet), Ibrahim (orange), les effets sonores sur fond gris ne sont pas enregistrés')).toEqual([
      ['Hélène', 'voice', 'violet', '#7030A0', null],
      ['Ibrahim', 'voice', 'orange', '#FFA500', null],
      ['les effets sonores', 'not recorded', 'fond gris', '#808080', 'background'],
    ]);
    expect(read('Key: Narrator = grey; Coach = blue; stage directions or notes are not read')).toEqual([
      ['Narrator', 'voice', 'grey', '#808080', null],
      ['Coach', 'voice', 'blue', '#0070C0', null],
    ]);
    expect(read('Key: Narrator = grey; Coach = blue. Stage directions in italics are not read.')).toEqual([
      ['Narrator', 'voice', 'grey', '#808080', null],
      ['Coach', 'voice', 'blue', '#0070C0', null],
    ]);
    expect(read('Key: Narrator = grey; Coach = blue; black text is not recorded')).toEqual([
      ['Narrator', 'voice', 'grey', '#808080', null],
      ['Coach', 'voice', 'blue', '#0070C0', null],
      ['black text', 'not recorded', 'black text', '#000000', 'text'],
    ]);
    expect(read('Voix : Narratrice en violet, Client en orange. Le texte en noir n’est pas enregistré.')).toEqual([
      ['Narratrice', 'voice', 'en violet', '#7030A0', null],
      ['Client', 'voice', 'en orange', '#FFA500', null],
      ['Le texte', 'not recorded', 'noir', '#000000', null],
    ]);
    expect(read('Cast: Dr. Ruiz (blue), Nurse Kim (green).')).toEqual([
      ['Dr. Ruiz', 'voice', 'blue', '#0070C0', null],
      ['Nurse Kim', 'voice', 'green', '#00B050', null],
    ]);
  });

  it('legend lines as people write them: every voice kept, what is not recorded given its colour (most lost a voice before)', () => {
    const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;
    expect(entries('Légende : Narrateur en gris foncé, Formatrice en bleu, Apprenant en vert. Le texte en noir n’est pas enregistré.')).toEqual([
      'Narrateur = en gris foncé', 'Formatrice = en bleu', 'Apprenant = en vert', 'Le texte (not recorded) = noir',
    ]);
    expect(entries('Colour key: Narrator in blue, Expert in green. On-screen text in grey is not voiced.')).toEqual(['Narrator = in blue', 'Expert = in green', 'On-screen text (not recorded) = grey']);
    expect(entries('Voices: HOST = yellow highlight, GUEST = cyan highlight. Music cues and SFX are not recorded.')).toEqual(['HOST = yellow highlight', 'GUEST = cyan highlight']);
    expect(entries('Légende des couleurs : Julie (rouge), Marc (bleu). Les indications scéniques ne sont pas lues.')).toEqual(['Julie = rouge', 'Marc = bleu']);
    expect(entries('Cast: Anna (red), Ben (blue), Narrator (green). Everything in black is direction and not recorded.')).toEqual([
      'Anna = red', 'Ben = blue', 'Narrator = green', 'Everything (not recorded) = black',
    ]);
    expect(entries('Narrator: dark grey. Interviewer: blue. Archive: green.')).toEqual(['Narrator = dark grey', 'Interviewer = blue', 'Archive = green']);
  });

  it('never swallows a voice into a note: a part that names a colour and is neither an entry nor such a sentence makes the line no legend', () => {
    // "Ibrahim (orange)" runs into the note with no separator: read as a note, Ibrahim's lines would be nobody's.
    expect(read('Personnages : Hélène (violet), Ibrahim (orange) les effets en gris ne sont pas enregistrés')).toBeNull();
    expect(read('Personnages : Hélène (violet), Ibrahim (orange). Ce qui est en gris ou en bleu clair ne sera pas enregistré aujourd’hui.')).toBeNull();
  });
});

describe('legend detection', () => {
  it('reads names written in their own colour, leaves the legend out and declares "Non enregistré" as unassigned', async () => {
    const { casting, report } = await analyse(
      [
        para(r('Module 1 — Accueil')),
        para(r('Légende : ', colour('000000')), r('Narrateur', colour(GREY)), r(' — ', colour('000000')), r('Formatrice', colour(BLUE)), r(' — Non enregistré', colour('000000'))),
        para(r('[Musique]')),
        para(r('Bienvenue dans ce module.', colour(GREY))),
        para(r('Bonjour à tous !', colour(BLUE))),
      ].join(''),
    );
    expect(casting.mode).toBe('legend');
    expect(casting.voices.map((v) => [v.name, v.colors, v.highlights])).toEqual([
      ['Narrateur', ['#404040'], []],
      ['Formatrice', ['#1F4E79'], []],
    ]);
    expect(casting.voiceMap?.unassigned).toEqual(['#000000']);
    expect(report.legend).toEqual({
      kind: 'names in colour',
      location: { story: 'body', paragraph: 2 },
      text: 'Légende : Narrateur — Formatrice — Non enregistré',
      voices: [
        { name: 'Narrateur', colors: ['#404040'], highlights: [] },
        { name: 'Formatrice', colors: ['#1F4E79'], highlights: [] },
      ],
      unassigned: { colors: ['#000000'], highlights: [] },
    });
    expect(linesOf(casting)).toEqual([
      [null, 'Module 1 — Accueil'],
      [null, '[Musique]'],
      ['Narrateur', 'Bienvenue dans ce module.'],
      ['Formatrice', 'Bonjour à tous !'],
    ]);
    expect(codes(report)).not.toContain('unknown-colour');
  });

  it('reads a plain-text note after names in colour by the colour it names, not by its own black', async () => {
    const { casting, report } = await analyse(
      [
        para(r('Module 3 — Sécurité')),
        para(r('Voix : '), r('Narratrice', colour(BLUE)), r(', '), r('Client', colour(GREEN)), r('. Les consignes en gris ne sont pas lues.')),
        para(r('Écran 1', colour('000000'))),
        para(r('[Animation du logo]', colour('808080'))),
        para(r('Bienvenue dans ce module.', colour(BLUE))),
        para(r('Merci, je vous écoute.', colour(GREEN))),
      ].join(''),
    );
    expect(casting.mode).toBe('legend');
    expect(report.legend?.unassigned).toEqual({ colors: ['#808080'], highlights: [] });
    expect(casting.voices.map((v) => [v.name, v.colors])).toEqual([
      ['Narratrice', ['#1F4E79']],
      ['Client', ['#00B050']],
    ]);
    // The black title and screen title are no voice's and undeclared; the grey direction is declared.
    expect(report.warnings.filter((w) => w.code === 'unknown-colour').map((w) => w.message.slice(0, 40))).toEqual(['5 words in 2 lines are #000000 black, wh']);
  });

  it('reads only the names of a legend whose plain-text note names colours it cannot read, and says the note was not applied', async () => {
    const { casting } = await analyse(
      [
        para(r('Voix : '), r('Narratrice', colour(BLUE)), r(', '), r('Client', colour(GREEN)), r('. Tout ce qui est gris ou rouge n’est pas lu.')),
        para(r('[Animation du logo]', colour('808080'))),
        para(r('Bienvenue dans ce module.', colour(BLUE))),
        para(r('Merci, je vous écoute.', colour(GREEN))),
      ].join(''),
    );
    // Each name sits exactly on the colour of its voice's lines: the names are read, the note said (probefix; before, no legend).
    expect(casting.mode).toBe('legend');
    expect(casting.voices.map((v) => [v.name, v.colors])).toEqual([
      ['Narratrice', ['#1F4E79']],
      ['Client', ['#00B050']],
    ]);
    expect(casting.warnings.filter((w) => w.code === 'legend-part-not-read').map((w) => w.details?.parts)).toEqual([['Tout ce qui est gris ou rouge n’est pas lu.']]);
    expect(casting.voiceMap?.unassigned ?? []).not.toContain('#000000');
  });

  it('does not pick between two blues of the lines for a bare "blue", unless one is Word\'s Blue itself', async () => {
    const script = (narrator: string, other: string, coach: string) =>
      [
        para(r('Key: Narrator = blue; Coach = green')),
        para(r('On screen: the depot at night.', colour(other))),
        para(r('Every parcel carries a promise.', colour(narrator))),
        para(r('Check the seal before loading.', colour(coach))),
        para(r('On screen: a pallet label.', colour(other))),
      ].join('');
    // Pure blue lines and Word's heading blue on other lines: nearer Word's Blue (#0070C0) is no reason.
    const twoBlues = await analyse(script('0000FF', '2F5496', '00B050'));
    expect(twoBlues.casting.mode).not.toBe('legend');
    expect(twoBlues.report.warnings.find((w) => w.code === 'legend-rejected')?.message).toContain('Narrator\'s "blue" fits #2F5496 dark blue and #0000FF blue alike');
    // Word's Green itself beside a light green nobody is named for, holding fewer words: "green" is Word's Green.
    const greener = (narrator: string, other: string, coach: string) =>
      script(narrator, other, coach) + para(r('Sign the sheet, then load the van.', colour(coach))) + para(r('Close the doors before you leave.', colour(coach)));
    const wordsGreen = await analyse(greener('0070C0', '92D050', '00B050'));
    expect(wordsGreen.casting.mode).toBe('legend');
    expect(wordsGreen.casting.voices.map((v) => [v.name, v.colors])).toEqual([
      ['Narrator', ['#0070C0']],
      ['Coach', ['#00B050']],
    ]);
    // The light green holding more words than Word's Green: being the word's own colour is no reason.
    const lighter = await analyse(script('0070C0', '92D050', '00B050'));
    expect(lighter.casting.mode).not.toBe('legend');
    expect(lighter.report.warnings.find((w) => w.code === 'legend-rejected')?.message).toContain('Coach\'s "green" fits #00B050 green and #92D050');
  });

  it('reads "NAME: colour" lines, snapping the named colour to the one the script uses', async () => {
    const { casting, report } = await analyse(
      [
        para(r('Colour key')),
        para(r('NARRATOR: dark grey')),
        para(r('VO1: yellow highlight')),
        para(r('Stage directions: black')),
        para(r('Welcome to the course.', colour('595959'))),
        para(r('Buy now and save.', highlight('yellow'))),
        para(r('(Music fades)')),
      ].join(''),
    );
    expect(casting.mode).toBe('legend');
    expect(report.legend?.kind).toBe('colours in words');
    expect(report.legend?.location.paragraph).toBe(1);
    expect(casting.voices.map((v) => [v.name, v.colors, v.highlights])).toEqual([
      ['NARRATOR', ['#595959'], []],
      ['VO1', [], ['#FFFF00']],
    ]);
    expect(casting.voiceMap?.unassigned).toEqual(['#000000']);
    expect(linesOf(casting)).toEqual([
      ['NARRATOR', 'Welcome to the course.'],
      ['VO1', 'Buy now and save.'],
      [null, '(Music fades)'],
    ]);
  });

  it('reads a small table of voice and colour (in words, or the name in its own colour)', async () => {
    const table = `<w:tbl>${row(cell(para(r('Voix'))), cell(para(r('Couleur'))))}${row(cell(para(r('Narrateur'))), cell(para(r('gris foncé'))))}${row(
      cell(para(r('Apprenant', colour(GREEN)))),
      cell(para(r('comme ceci'))),
    )}</w:tbl>`;
    const { casting, report } = await analyse(
      [table, para(r('Voici le texte du narrateur.', colour(GREY))), para(r('Et la réponse.', colour(GREEN))), para(r('Écran 2'))].join(''),
    );
    expect(report.legend?.kind).toBe('table');
    expect(casting.voices.map((v) => [v.name, v.colors])).toEqual([
      ['Narrateur', ['#404040']],
      ['Apprenant', ['#00B050']],
    ]);
    expect(linesOf(casting)).toEqual([
      ['Narrateur', 'Voici le texte du narrateur.'],
      ['Apprenant', 'Et la réponse.'],
      [null, 'Écran 2'],
    ]);
  });

  it('without a legend falls back to colour groups', async () => {
    const { casting } = await analyse([para(r('Hello there.', colour(GREY))), para(r('Short answer? Yes.', colour(BLUE))), para(r('Screen 2'))].join(''));
    expect(casting.mode).toBe('colours');
    expect(casting.legend).toBeNull();
    expect(casting.voices.map((v) => v.name)).toEqual(['#404040 dark grey', '#1F4E79 dark blue', '#000000 black']);
  });

  it('does not take a short two-colour dialogue line for a legend', async () => {
    const { casting } = await analyse(
      [para(r('Ready?', colour(BLUE)), r(' ', colour('000000')), r('Yes!', colour(GREEN))), para(r('Then we start.', colour(BLUE))), para(r('Great.', colour(GREEN)))].join(''),
    );
    expect(casting.mode).toBe('colours');
  });

  it('with a config, a legend naming its voices is still left out of the lines', async () => {
    const { casting } = await analyse(
      [para(r('Legend: ', colour('000000')), r('Narrator', colour(GREY)), r(' / ', colour('000000')), r('Learner', colour(GREEN))), para(r('Line one.', colour(GREY))), para(r('Line two.', colour(GREEN)))].join(''),
      { voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } } },
    );
    expect(casting.mode).toBe('config');
    expect(linesOf(casting)).toEqual([
      ['Narrator', 'Line one.'],
      ['Learner', 'Line two.'],
    ]);
  });
});

describe('risky colours', () => {
  it('dark grey against black warns, with the words and lines on each side', async () => {
    const { report } = await analyse(
      [para(r('Your lines are these three words and more.', colour(GREY))), para(r('Not yours.', colour('000000'))), para(r('Also not yours at all.', colour('000000')))].join(''),
      { voices: { Narrator: { color: '#404040' } }, unassigned: ['#000000'] },
    );
    const warning = report.warnings.find((w) => w.code === 'confusable-colours')!;
    expect(warning.message).toBe(
      'Narrator (#404040 dark grey: 8 words in 1 line) and unassigned text (#000000 black: 7 words in 2 lines) look alike (colour difference 17.6, under 30): check which lines are whose before recording.',
    );
    expect(warning.details).toEqual({
      deltaE: 17.6,
      threshold: 30,
      kind: 'text',
      sides: [
        { voice: 'Narrator', colour: '#404040', words: 8, lines: 1 },
        { voice: null, colour: '#000000', words: 7, lines: 2 },
      ],
    });
    expect(report.voices[0]!.words).toBe(8);
  });

  it('dark blue against green does not warn', async () => {
    const { report } = await analyse([para(r('Question for you?', colour(BLUE))), para(r('Answer from me.', colour(GREEN)))].join(''), {
      voices: { Trainer: { color: '#1F4E79' }, Learner: { color: '#00B050' } },
    });
    expect(report.warnings).toEqual([]);
  });

  it('a grey beside a clear colour does not warn (Word\'s Blue and Green vs grey notes); dark hues beside black or grey still do', async () => {
    const lines = (...looks: [string, string][]) => looks.map(([hex, text]) => para(r(text, colour(hex)))).join('');
    const pairs = async (voices: Record<string, string>, unassigned: string[]) => {
      const { report } = await analyse(lines(...Object.values(voices).map((hex, i): [string, string] => [hex.slice(1), `Line ${i + 1} of the voice.`]), ...unassigned.map((hex): [string, string] => [hex.slice(1), 'A production note.'])), {
        voices: Object.fromEntries(Object.entries(voices).map(([name, hex]) => [name, { color: hex }])),
        ...(unassigned.length ? { unassigned } : {}),
      });
      return report.warnings.filter((w) => w.code === 'confusable-colours').map((w) => (w.details!.sides as { colour: string }[]).map((s) => s.colour).join(' ~ ') + ` ${w.details!.deltaE}`);
    };
    // #0070C0 is 24.5 from #808080 and #00B050 28.7: plainly different hues, no warning.
    expect(await pairs({ Narrator: '#0070C0', Learner: '#00B050' }, ['#808080'])).toEqual([]);
    // Navy, Word's Dark Blue, dark blue, dark green: dark hues look black or grey in thin letters.
    expect(await pairs({ Narrator: '#000080', Expert: '#375623' }, ['#000000', '#808080'])).toEqual(['#000080 ~ #000000 29.7', '#375623 ~ #808080 28.2']);
    expect(await pairs({ Narrator: '#002060', Coach: '#1F4E79' }, ['#000000'])).toEqual(['#002060 ~ #1F4E79 15.1', '#002060 ~ #000000 24.5', '#1F4E79 ~ #000000 27.6']);
    // Two clear colours close together still warn: Word's Blue and pure blue.
    expect(await pairs({ Narrator: '#0070C0', Expert: '#0000FF' }, [])).toEqual(['#0070C0 ~ #0000FF 25.5']);
  });

  it('reports text in a colour that is no voice and not declared unassigned', async () => {
    const { report } = await analyse(
      [para(r('Narrated line.', colour(GREY))), para(r('Red note one.', colour('FF0000'))), para(r('Red note two here.', colour('FF0000'))), para(r('Black title'))].join(''),
      { voices: { Narrator: { color: '#404040' } }, unassigned: ['#000000'] },
    );
    const unknown = report.warnings.filter((w) => w.code === 'unknown-colour');
    expect(unknown.map((w) => w.message)).toEqual([
      '7 words in 2 lines are #FF0000 red, which is no voice\'s colour: "Red note one.", "Red note two here.". Add the colour to a voice, or to "unassigned" in the config if it is not recorded.',
    ]);
    expect(unknown[0]!.details).toEqual({ colour: '#FF0000', background: false, words: 7, lines: 2, firstLines: ['Red note one.', 'Red note two here.'] });
  });

  it('credits each colour of a mixed unassigned line with its own words', async () => {
    const { report } = await analyse(
      [para(r('Narrated line.', colour(GREY))), para(r('Note for the editor: ', colour('FF0000')), r('keep this pause short please', colour('7030A0')))].join(''),
      { voices: { Narrator: { color: '#404040' } } },
    );
    const unknown = report.warnings.filter((w) => w.code === 'unknown-colour');
    expect(unknown.map((w) => [(w.details as { colour: string }).colour, (w.details as { words: number }).words, (w.details as { lines: number }).lines])).toEqual([
      ['#7030A0', 5, 1],
      ['#FF0000', 4, 1],
    ]);
    expect(unknown[1]!.message).toBe(
      '4 words in 1 line are #FF0000 red, which is no voice\'s colour: "Note for the editor: keep this pause short please". Add the colour to a voice, or to "unassigned" in the config if it is not recorded.',
    );
  });

  it('a colour exactly as near to two voices is nobody\'s, and says between whom (never the later voice\'s)', async () => {
    // Two voices given one colour (a copy-paste slip in a config): #404040 and #424242 are as near to both.
    const { casting, report } = await analyse(
      [para(r('First voice line.', colour('404040'))), para(r('Which voice says this?', colour('424242')))].join(''),
      { voices: { One: { color: '#404040' }, Two: { color: '#404040' }, Three: { color: '#00B050' } } },
    );
    expect(linesOf(casting)).toEqual([
      [null, 'First voice line.'],
      [null, 'Which voice says this?'],
    ]);
    const unknown = report.warnings.filter((w) => w.code === 'unknown-colour');
    expect(unknown.map((w) => w.message)).toEqual([
      '4 words in 1 line are #424242 dark grey, equally near to the colours of "One" and "Two", so they are counted as nobody\'s: "Which voice says this?". Give those voices colours apart, or recolour these lines.',
      '3 words in 1 line are #404040 dark grey, equally near to the colours of "One" and "Two", so they are counted as nobody\'s: "First voice line.". Give those voices colours apart, or recolour these lines.',
    ]);
    expect(unknown[0]!.details).toMatchObject({ colour: '#424242', background: false, tiedVoices: ['One', 'Two'] });
  });

  it('two voices given the same highlight: their text is nobody\'s, not the later voice\'s, and the text colour does not decide instead', async () => {
    const { casting, report } = await analyse([para(r('Highlighted line here.', highlight('yellow') + colour(GREY)))].join(''), {
      voices: { Early: { highlight: 'yellow' }, Late: { highlight: '#FFFF00' }, Grey: { color: '#404040' } },
    });
    expect(linesOf(casting)).toEqual([[null, 'Highlighted line here.']]);
    expect(report.warnings.filter((w) => w.code === 'unknown-colour').map((w) => w.details)).toEqual([
      { colour: '#FFFF00', background: true, words: 3, lines: 1, firstLines: ['Highlighted line here.'], tiedVoices: ['Early', 'Late'] },
    ]);
  });

  it('reports a word split across two colours', async () => {
    const { report } = await analyse([para(r('Welcome, Narr', colour(GREY)), r('ator friend.', colour('000000')))].join(''), {
      voices: { Narrator: { color: '#404040' } },
      unassigned: ['#000000'],
    });
    const mixed = report.warnings.filter((w) => w.code === 'mixed-word');
    expect(mixed.map((w) => [w.message, w.location?.paragraph])).toEqual([
      ['The word "Narrator" is split across Narrator and unassigned text: its parts are counted in both lines; recolour the whole word.', 1],
    ]);
  });

  it('reports a word split over three runs once, and not a full stop in another colour', async () => {
    const { report } = await analyse(
      [para(r('Hello Na', colour(GREY)), r('rra', colour('000000')), r('tor!', colour(GREY))), para(r('A full stop in black', colour(GREY)), r('.', colour('000000')))].join(''),
      { voices: { Narrator: { color: '#404040' } }, unassigned: ['#000000'] },
    );
    expect(report.warnings.filter((w) => w.code === 'mixed-word').map((w) => w.details)).toEqual([{ word: 'Narrator!', voices: ['Narrator', null] }]);
  });
});

describe('voices by style and by label', () => {
  const styles = `
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="VoixNarrateur"><w:name w:val="Narrator Line"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="character" w:styleId="LearnerChar"><w:name w:val="Learner"/></w:style>`;

  it('matches paragraph and character style names', async () => {
    const { casting } = await analyse(
      [styledPara('VoixNarrateur', r('Styled narrator line.')), para(r('Plain text, '), r('learner words', '<w:rStyle w:val="LearnerChar"/>'), r('.'))].join(''),
      { voices: { Narrator: { style: 'narrator line' }, Learner: { style: 'Learner' } } },
      styles,
    );
    expect(linesOf(casting)).toEqual([
      ['Narrator', 'Styled narrator line.'],
      [null, 'Plain text,'],
      ['Learner', 'learner words.'],
    ]);
  });

  it('matches a speaker label at the start of a paragraph and does not count the label', async () => {
    const { report, casting } = await analyse(
      [para(r('NARRATOR: Welcome to the course.')), para(r('NARRATEUR : Bonjour à tous.')), para(r('LEARNER:'), r(' Hi!')), para(r('Not a label: NARRATOR: here'))].join(''),
      { voices: { Narrator: { label: ['NARRATOR', 'Narrateur'] }, Learner: { label: 'LEARNER' } } },
    );
    expect(linesOf(casting)).toEqual([
      ['Narrator', 'Welcome to the course.'],
      ['Narrator', 'Bonjour à tous.'],
      ['Learner', 'Hi!'],
      [null, 'Not a label: NARRATOR: here'],
    ]);
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['Narrator', 7],
      ['Learner', 1],
    ]);
  });

  it('a voice can combine a colour and a label; the text colour comes before the label', async () => {
    const { casting } = await analyse([para(r('NARRATOR: Welcome. '), r('Hello!', colour(GREEN)))].join(''), {
      voices: { Narrator: { label: 'NARRATOR' }, Learner: { color: '#00B050' } },
    });
    expect(linesOf(casting)).toEqual([
      ['Narrator', 'Welcome.'],
      ['Learner', 'Hello!'],
    ]);
  });
});

describe('directions and cues', () => {
  it('directions are kept in the line but not counted as spoken words', async () => {
    const { report } = await analyse(
      [para(r('(enthusiastic) Welcome [pause] to the course (slowly)', colour(GREY))), para(r('(off)', colour(GREY))), para(r('[breath] (smiling) Hello', colour(GREY)))].join(''),
      { voices: { Narrator: { color: '#404040', wpm: 60 } } },
    );
    const narrator = report.voices[0]!;
    expect(narrator.lines.map((l) => [l.text, l.words, l.spokenWords, l.seconds])).toEqual([
      ['(enthusiastic) Welcome [pause] to the course (slowly)', 7, 5, 5],
      ['(off)', 1, 0, 0],
      ['[breath] (smiling) Hello', 3, 1, 1],
    ]);
    expect([narrator.words, narrator.spokenWords, narrator.seconds]).toEqual([11, 6, 6]);
  });

  it('which brackets are directions is configurable', async () => {
    const { report } = await analyse(para(r('Welcome (slowly) to {the} course [pause]', colour(GREY))), {
      voices: { Narrator: { color: '#404040' } },
      directions: { '()': 'anywhere', '{}': 'anywhere', '[]': 'off' },
    });
    expect(report.voices[0]!.lines[0]!.spokenWords).toBe(4);
  });

  it('each line carries its cue: the last line of another voice before it', async () => {
    const { report } = await analyse(
      [
        para(r('Hello everyone.', colour(BLUE))),
        para(r('Hi!', colour(GREEN))),
        para(r('Screen 2')),
        para(r('Shall we start?', colour(BLUE))),
        para(r('Yes.', colour(GREEN))),
        para(r('Let us go.', colour(GREEN))),
      ].join(''),
      { voices: { Trainer: { color: '#1F4E79' }, Learner: { color: '#00B050' } }, unassigned: ['#000000'] },
    );
    expect(report.voices[1]!.lines.map((l) => [l.text, l.cue])).toEqual([
      ['Hi!', { voice: 'Trainer', text: 'Hello everyone.' }],
      ['Yes.', { voice: 'Trainer', text: 'Shall we start?' }],
      ['Let us go.', null],
    ]);
    expect(report.voices[0]!.lines.map((l) => l.cue)).toEqual([null, { voice: 'Learner', text: 'Hi!' }]);
  });
});

describeShared('corpus/public-docx', 'legend detection on the public DOCX corpus', (corpus) => {
  it('finds no legend in 40 public documents that are not colour-coded scripts (tables of contents, styled tables…)', async () => {
    const found: string[] = [];
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.docx'))) {
      const script = await readScriptBytes(readFileSync(join(corpus, name)), name);
      const legend = detectLegend(script);
      if (legend) found.push(`${name}: ${legend.text}`);
    }
    expect(found).toEqual([]);
  });
});
