/**
 * Dubbing and ADR scripts' time codes and loop numbers (attribute/timecodes.ts): the line's time, never
 * a word said nor a character of its dubbing count, and no mask over the speaker's label. A time code
 * opening a line (`01:02:03:04 MARC : …`, `MARC : 01:02:03:04 …`, after a loop number `B21`) is cut off
 * the line and becomes its time code; one alone in a cell (`Personnage | TC | Texte`) or a paragraph is
 * no line and times the row's text (or the next line). The time code reaches `lines --json`
 * (`timecode`), the booth script (beside each line), the CSV and XLSX line lists (a `Timecode` column,
 * only when some line has one) and VoiceQ's `Start`/`End`. Fixtures: tests/fixtures/timecodes (made by
 * scripts/build-timecode-fixtures.py). Before: `MARC … 6 lines, 21 words` with the time codes as lines
 * of their own, 125 characters and 3 dubbing lines where 92 and 2; `B21  01:10:02:14  MARC : …` found no
 * label; a time code after a label or inside a voice's colour counted one word more; the row with an
 * empty speaker cell after a TC column was nobody's with nothing said; sides and VoiceQ had no time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse, analyseScript } from '../src/pipeline.js';
import { parseConfig } from '../src/config/parse.js';
import type { Script } from '../src/model.js';
import type { Report } from '../src/measure/report.js';
import { castByLabels } from '../src/attribute/speaker-labels.js';
import { castByColour } from '../src/attribute/cast.js';
import { readScript } from '../src/readers/index.js';
import { beforeLabel, openingTimecode, timecodeAlone } from '../src/attribute/timecodes.js';
import { exportGroups, renderCombinedCsv, renderVoiceCsv, renderVoiceqCsv } from '../src/render/csv.js';
import { boothScript, lineMeta, type SidesBlock } from '../src/render/sides.js';
import { renderVoiceqXlsx, renderXlsx } from '../src/render/xlsx.js';
import readExcelFile from 'read-excel-file/node';
import { ROOT, runCli } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'timecodes');
const fixture = (name: string) => join(FIXTURES, name);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A config of these speakers' labels, black not recorded. */
function labelConfig(...voices: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-timecodes-'));
  made.push(dir);
  const path = join(dir, 'vo-lines.config.yaml');
  writeFileSync(path, ['voices:', ...voices.map((v) => `  ${v}: { label: "${v}" }`), 'unassigned: ["#000000"]', ''].join('\n'));
  return path;
}

const report = async (name: string, config?: string) => (await analyse(fixture(name), config ? { config } : { noConfig: true }))!.report;

/** By voice: its words, characters, dubbing lines, and its lines as `[text, time code]`. */
const voices = (r: Report) => r.voices.map((v) => [v.name, v.words, v.characters, v.dubbingLines, v.lines.map((l) => [l.text, l.timecode ?? null])]);
const said = (r: Report, code: string) => r.warnings.filter((w) => w.code === code).map((w) => ({ reason: w.details!.reason, after: w.details!.after, texts: w.details!.texts }));

/** What `init` proposes for the script: the labels as `[label, paragraphs, words]`, and the words each voice is then cast. */
async function proposed(name: string) {
  const casting = castByColour(await readScript(fixture(name)));
  const byLabels = castByLabels(casting);
  if (!byLabels) return null;
  const words = new Map<string, number>();
  for (const line of byLabels.casting.lines) if (line.voice) words.set(line.voice, (words.get(line.voice) ?? 0) + line.words);
  return { labels: byLabels.labels.labels.map((l) => [l.label, l.paragraphs, l.words]), words: Object.fromEntries(words) };
}

describe('the shapes of a time code and a loop number', () => {
  it('SMPTE frames, drop-frame, milliseconds, seconds alone; an in and out point; in brackets', () => {
    expect(['01:02:03:04', '01:02:03;04', '00:01:02.500', '00:01:02,500', '00:00:12', '1:02:03:04', ' [01:02:03:04] ', '(00:00:12)'].map(timecodeAlone)).toEqual([
      { start: '01:02:03:04' },
      { start: '01:02:03;04' },
      { start: '00:01:02.500' },
      { start: '00:01:02,500' },
      { start: '00:00:12' },
      { start: '1:02:03:04' },
      { start: '01:02:03:04' },
      { start: '00:00:12' },
    ]);
    expect(timecodeAlone('00:01:09,250 --> 00:01:11,000')).toEqual({ start: '00:01:09,250', end: '00:01:11,000', written: '00:01:09,250 --> 00:01:11,000' });
    expect(timecodeAlone('01:02:03:04 – 01:02:05:10')).toEqual({ start: '01:02:03:04', end: '01:02:05:10', written: '01:02:03:04 – 01:02:05:10' });
    expect(timecodeAlone('B21 01:10:02:14')).toEqual({ start: '01:10:02:14' });
  });

  it('no clock time said aloud (two groups), no minutes past 59, no number glued to a word, nothing inside a line', () => {
    expect(['12:30', '10:61:00', '01:02:03:04x', '12', 'B21', 'TC', 'Tu viens à 10:30:00 ?'].map(timecodeAlone)).toEqual([null, null, null, null, null, null, null]);
    expect(openingTimecode('12:30 Tu viens ?')).toBeNull();
    expect(openingTimecode('12 boats came in.')).toBeNull();
    expect(openingTimecode('At 10:30:00 the doors open.')).toBeNull();
    expect(openingTimecode('B21  01:10:02:14  MARC : Tu viens ce soir ?')).toEqual({ timecode: { start: '01:10:02:14' }, length: 18 });
    expect(openingTimecode('#13  00:01:05;12  ANNA: At the harbour.')).toEqual({ timecode: { start: '00:01:05;12' }, length: 18 });
    expect(openingTimecode('01:02:03:04\tTu as vu l’heure ?')).toEqual({ timecode: { start: '01:02:03:04' }, length: 12 });
  });

  it('before a label: a loop number and a time code, or a loop number alone', () => {
    expect(['B21  01:10:02:14  MARC : …', '01:02:03:04\tMARC\t…', '#12 JOHN: …', 'MARC : …', '12:30 MARC : …'].map(beforeLabel)).toEqual([18, 12, 4, 0, 0]);
  });
});

describe('timecodes/det-fr: a détection `Boucle | Personnage | TC | Texte`', () => {
  // (A label's aside, `MARC (off)`, opens its line as a direction, not counted: colour-labels.ts.)
  const marc = ['MARC', 18, 92, 2, [['Tu as vu l’heure ? On va être en retard.', { start: '01:02:03:04' }], ['(off) Je t’attends dans la voiture.', { start: '01:02:08:00' }], ['Je t’entends, tu sais !', { start: '01:02:15:03' }]]];
  const julie = ['JULIE', 13, 71, 2, [['(rires) Mais non, on a tout le temps.', { start: '01:02:05:10' }], ['(V.O.) Il oublie toujours tout, celui-là.', { start: '01:02:12:20' }]]];
  const empty = [{ reason: 'tabbed', after: 'MARC', texts: ['Et prends les clés, s’il te plaît.'] }];

  it('the time codes are the lines’ times, no words; the row with no speaker is said; DOCX, LibreOffice PDF and Chromium PDF agree', async () => {
    const config = labelConfig('MARC', 'JULIE');
    for (const name of ['det-fr.docx', 'det-fr.pdf', 'det-fr-chromium.pdf']) {
      const r = await report(name, config);
      expect([name, voices(r)]).toEqual([name, [marc, julie]]);
      expect([name, said(r, 'unlabelled-speech')]).toEqual([name, empty]);
      // No time code is a line of its own, of nobody's either.
      expect(r.unassigned.lines.filter((l) => /\d\d:\d\d/.test(l.text))).toEqual([]);
      expect(r.unassigned.lines.map((l) => l.text)).toEqual(['LES VOISINS — Épisode 4 — Détection', 'Boucle', 'Personnage', 'TC', 'Texte', '12', '12', '13', '13', 'Et prends les clés, s’il te plaît.', '14', '14']);
    }
  });

  it('with the TC column first (`TC | Personnage | Texte`), the same lines, times and warning', async () => {
    const config = labelConfig('MARC', 'JULIE');
    for (const name of ['det-tc-first-fr.docx', 'det-tc-first-fr.pdf']) {
      const r = await report(name, config);
      expect([name, voices(r)]).toEqual([name, [marc, julie]]);
      expect([name, said(r, 'unlabelled-speech')]).toEqual([name, empty]);
      expect(r.unassigned.lines.map((l) => l.text)).toEqual(['LES VOISINS — Épisode 4 — Détection', 'TC', 'Personnage', 'Texte', 'Et prends les clés, s’il te plaît.']);
    }
  });

  it('init proposes MARC and JULIE with their words, the time codes none of them', async () => {
    for (const name of ['det-fr.docx', 'det-fr.pdf', 'det-fr-chromium.pdf', 'det-tc-first-fr.docx', 'det-tc-first-fr.pdf']) {
      expect([name, await proposed(name)]).toEqual([name, { labels: [['MARC', 3, 18], ['JULIE', 2, 13]], words: { MARC: 18, JULIE: 13 } }]);
    }
  });
});

describe('time codes and loop numbers opening paragraphs', () => {
  it('loops-fr `B21  01:10:02:14  MARC : …`: the label is found after them (init and a config), the time code is the line’s', async () => {
    for (const name of ['loops-fr.docx', 'loops-fr.pdf']) {
      expect([name, await proposed(name)]).toEqual([name, { labels: [['MARC', 2, 9], ['JULIE', 2, 9]], words: { MARC: 9, JULIE: 9 } }]);
      const r = await report(name, labelConfig('MARC', 'JULIE'));
      expect([name, voices(r)]).toEqual([
        name,
        [
          ['MARC', 9, 45, 1, [['Tu viens ce soir ?', { start: '01:10:02:14' }], ['(rires) Tu dis toujours ça.', { start: '01:10:07:19' }]]],
          ['JULIE', 9, 52, 2, [['(off) Peut-être, si je finis tôt.', { start: '01:10:04:02' }], ['Cette fois, c’est promis.', { start: '01:10:09:00' }]]],
        ],
      ]);
      expect(r.unassigned.lines.map((l) => l.text)).toEqual(['LES VOISINS — Épisode 5']);
    }
  });

  it('after-label-fr `MARC : 01:02:03:04 Tu viens…`: the time code after the label is no word', async () => {
    expect(await proposed('after-label-fr.docx')).toEqual({ labels: [['MARC', 2, 7], ['JULIE', 2, 7]], words: { MARC: 7, JULIE: 7 } });
    for (const name of ['after-label-fr.docx', 'after-label-fr.pdf']) {
      const r = await report(name, labelConfig('MARC', 'JULIE'));
      expect([name, voices(r)]).toEqual([
        name,
        [
          ['MARC', 7, 34, 1, [['Tu viens ce soir ?', { start: '01:02:03:04' }], ['Allez, dis oui !', { start: '01:02:08:00' }]]],
          ['JULIE', 7, 41, 1, [['Peut-être, si je finis tôt.', { start: '01:02:05:10' }], ['Bon, d’accord.', { start: '01:02:09:12' }]]],
        ],
      ]);
    }
  });

  it('tab-set détections `NAME⇥TC⇥text` and `TC⇥NAME⇥text`: the same speakers, words and times', async () => {
    const expected = [
      ['MARC', 14, 69, 2, [['Tu as vu l’heure ? On va être en retard.', { start: '01:02:03:04' }], ['(OFF) Je t’attends dans la voiture.', { start: '01:02:08:00' }]]],
      ['JULIE', 12, 63, 2, [['Mais non, on a tout le temps.', { start: '01:02:05:10' }], ['Il oublie toujours tout, celui-là.', { start: '01:02:12:20' }]]],
    ];
    for (const name of ['tabs-fr.docx', 'tabs-tc-first-fr.docx']) {
      expect([name, await proposed(name)]).toEqual([name, { labels: [['MARC', 2, 14], ['JULIE', 2, 12]], words: { MARC: 14, JULIE: 12 } }]);
      expect([name, voices(await report(name, labelConfig('MARC', 'JULIE')))]).toEqual([name, expected]);
    }
  });

  it('adr-lines-en `#12  00:01:02:03  JOHN: …`: drop-frame; a time said inside a line and a number opening one are words', async () => {
    for (const name of ['adr-lines-en.docx', 'adr-lines-en.pdf']) {
      expect([name, await proposed(name)]).toEqual([name, { labels: [['JOHN', 2, 11], ['ANNA', 2, 11]], words: { JOHN: 11, ANNA: 11 } }]);
      expect([name, voices(await report(name, labelConfig('JOHN', 'ANNA')))]).toEqual([
        name,
        [
          ['JOHN', 11, 54, 2, [['Where were you last night?', { start: '00:01:02:03' }], ['12 boats came in. Not yours.', { start: '00:01:09:00' }]]],
          ['ANNA', 11, 63, 2, [['At the harbour, from 10:30:00 until midnight.', { start: '00:01:05;12' }], ['Mine came in late.', { start: '00:01:12:20' }]]],
        ],
      ]);
    }
  });

  it('colour-fr: a time code and the voice’s own name as a label, in its colour, opening its line: its time, no words (the legend’s voices)', async () => {
    for (const name of ['colour-fr.docx', 'colour-fr.pdf']) {
      const r = await report(name);
      expect([name, voices(r)]).toEqual([
        name,
        [
          ['Marc', 7, 34, 1, [['MARC (off) : Tu viens ce soir ?', { start: '01:14:02:10' }], ['MARC : Allez, dis oui !', { start: '01:14:07:19' }]]],
          ['Julie', 8, 43, 1, [['JULIE : Je sais pas (rires) on verra.', { start: '01:14:04:02' }], ['JULIE (V.O.) : Bon… d’accord.', { start: '01:14:09:00' }]]],
        ],
      ]);
    }
  });
});

describe('a voice’s own name opening its line in its colour (a config of colours)', () => {
  const script = (...lines: [string, string][]): Script => ({
    file: 'script.docx',
    format: 'docx',
    paragraphs: lines.map(([color, text], i) => ({ runs: [{ text, color, background: null }], location: { story: 'body', paragraph: i + 1 } })),
    warnings: [],
    facts: { trackedChanges: false },
  });
  it('is a label, not said (its time code the line’s); a name opening lines in two voices’ colours, the name inside a sentence, or a name with nothing after it stay words', async () => {
    const config = parseConfig({ voices: { Narrator: { color: '#1F4E79' }, Anna: { color: '#C00000' } } }, 'test');
    const { report: r } = await analyseScript(
      script(
        ['#1F4E79', 'Narrator: Welcome to the harbour.'],
        ['#C00000', '00:01:02:03 ANNA (V.O.): I waited all night.'],
        ['#C00000', 'Narrator: you are late.'],
        ['#1F4E79', 'Narrator said nothing.'],
        ['#C00000', 'Anna:'],
      ),
      { config },
    );
    expect(voices(r)).toEqual([
      // "Narrator:" opens lines in the Narrator's and in Anna's colours: the colour does not say who speaks (colour-labels.ts).
      ['Narrator', 8, 55, 2, [['Narrator: Welcome to the harbour.', null], ['Narrator said nothing.', null]]],
      // The label stays in the line as written, not counted (Line.label).
      ['Anna', 9, 47, 1, [['ANNA (V.O.): I waited all night.', { start: '00:01:02:03' }], ['Narrator: you are late.', null], ['Anna:', null]]],
    ]);
  });
});

describe('hostile input', () => {
  it('long runs of spaces and digits after time codes and loop numbers, with labels: read in one pass', async () => {
    const config = parseConfig({ voices: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`V${i}`, { label: `VOICE${i}` }])) }, 'test');
    // (A label thousands of spaces after a loop number is none: what stands before a label is a few spaces long.)
    const texts = ['01:02:03:04' + ' '.repeat(5000) + 'x', '1' + ' '.repeat(5000) + 'x', 'B21 ' + '\t '.repeat(3000) + 'VOICE1: y', '#1 01:02:03:04 ' + '1 '.repeat(300)];
    const paragraphs = Array.from({ length: 2000 }, (_, i) => ({ runs: [{ text: texts[i % texts.length]!, color: '#000000', background: null }], location: { story: 'body' as const, paragraph: i + 1 } }));
    const { report: r } = await analyseScript({ file: 'hostile.docx', format: 'docx', paragraphs, warnings: [], facts: { trackedChanges: false } }, { config });
    expect(r.voices.find((v) => v.name === 'V1')!.lines.length).toBe(0);
    expect(r.unassigned.lines.length).toBe(2000);
    expect(r.unassigned.lines.filter((l) => l.timecode?.start === '01:02:03:04').map((l) => l.text.slice(0, 3))).toEqual(Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? 'x' : '1 1')));
  });
});

describe('the time code in the outputs', () => {
  it('adr-en: an ADR cue sheet’s in and out points reach VoiceQ’s Start and End', async () => {
    const r = await report('adr-en.docx', labelConfig('JOHN', 'ANNA'));
    expect(voices(r)).toEqual([
      ['JOHN', 10, 51, 2, [['Where were you last night?', { start: '00:01:02.500' }], ['I never got your message.', { start: '00:01:09,250', end: '00:01:11,000', written: '00:01:09,250 --> 00:01:11,000' }]]],
      ['ANNA', 9, 45, 1, [['At the harbour. Waiting for you.', { start: '00:01:05.120' }], ['You never do.', { start: '00:01:14.000' }]]],
    ]);
    expect(renderVoiceqCsv(r, { lang: 'en' }).split('\r\n').slice(0, 5)).toEqual([
      'Script (en),Start,End,Character/Source,Comments',
      'Where were you last night?,00:01:02.500,,JOHN,"¶9 (table 1, row 2 · #1, col 4) · ID ' + r.voices[0]!.lines[0]!.id + '"',
      'At the harbour. Waiting for you.,00:01:05.120,,ANNA,"¶13 (table 1, row 3 · #2, col 4) · ID ' + r.voices[1]!.lines[0]!.id + '"',
      'I never got your message.,"00:01:09,250","00:01:11,000",JOHN,"¶17 (table 1, row 4 · #3, col 4) · ID ' + r.voices[0]!.lines[1]!.id + '"',
      'You never do.,00:01:14.000,,ANNA,"¶21 (table 1, row 5 · #4, col 4) · ID ' + r.voices[1]!.lines[1]!.id + '"',
    ]);
    const john = exportGroups(r).find((g) => g.name === 'JOHN')!;
    expect(renderVoiceCsv(john).split('\r\n').slice(0, 3)).toEqual([
      '#,Line ID,Location,Timecode,Cue,Line,Words,Seconds,Notes',
      `1,${john.lines[0]!.id},"¶9 (table 1, row 2 · #1, col 4)",'00:01:02.500,,Where were you last night?,5,2,`,
      `2,${john.lines[1]!.id},"¶17 (table 1, row 4 · #3, col 4)","00:01:09,250 --> 00:01:11,000",ANNA: At the harbour. Waiting for you.,I never got your message.,5,2,`,
    ]);
    expect(renderCombinedCsv(r).split('\r\n')[0]).toBe('Voice,#,Line ID,Location,Timecode,Cue,Line,Words,Seconds,Notes');
  });

  it('the XLSX: a Timecode column in each voice’s sheet, VoiceQ’s Start and End', async () => {
    const r = await report('adr-en.docx', labelConfig('JOHN', 'ANNA'));
    const sheets = await readExcelFile(Buffer.from(await renderXlsx(r)));
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'JOHN', 'ANNA']);
    expect(sheets[1]!.data.map((row) => [row[2], row[3], row[5]])).toEqual([
      ['Location', 'Timecode', 'Line'],
      ['¶9 (table 1, row 2 · #1, col 4)', '00:01:02.500', 'Where were you last night?'],
      ['¶17 (table 1, row 4 · #3, col 4)', '00:01:09,250 --> 00:01:11,000', 'I never got your message.'],
    ]);
    const [voiceq] = await readExcelFile(Buffer.from(await renderVoiceqXlsx(r, { lang: 'en' })));
    expect(voiceq!.data.slice(1).map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['Where were you last night?', '00:01:02.500', null, 'JOHN'],
      ['At the harbour. Waiting for you.', '00:01:05.120', null, 'ANNA'],
      ['I never got your message.', '00:01:09,250', '00:01:11,000', 'JOHN'],
      ['You never do.', '00:01:14.000', null, 'ANNA'],
    ]);
  });

  it('no Timecode column where no line has a time code', async () => {
    const r = await report('colour-fr.docx');
    const noTimes = { ...r, voices: r.voices.map((v) => ({ ...v, lines: v.lines.map(({ timecode: _, ...l }) => l) })) };
    expect(renderCombinedCsv(noTimes).split('\r\n')[0]).toBe('Voice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
    expect(renderVoiceqCsv(noTimes, { lang: 'fr' }).split('\r\n')[1]).toMatch(/^Tu viens ce soir \?,,,Marc,MARC \(off\) : · ¶/);
  });

  it('the booth script shows each line’s time code beside it', async () => {
    const r = await report('det-fr.docx', labelConfig('MARC', 'JULIE'));
    const marc = r.voices[0]!;
    const lines = boothScript(r, marc, { date: '2026-12-05', script: 'det-fr.docx' }).blocks.filter((b): b is Extract<SidesBlock, { kind: 'line' }> => b.kind === 'line');
    expect(lines.map((b) => [b.timecode, lineMeta(b)])).toEqual([
      ['01:02:03:04', `#1 · TC 01:02:03:04 · ¶9 (tableau 1, ligne 2 · Boucle 12, col. 4) · ID ${marc.lines[0]!.id}`],
      ['01:02:08:00', `#2 · TC 01:02:08:00 · ¶17 (tableau 1, ligne 4 · Boucle 13, col. 4) · ID ${marc.lines[1]!.id}`],
      ['01:02:15:03', `#3 · TC 01:02:15:03 · ¶28 (tableau 1, ligne 7 · Boucle 14, col. 4) · ID ${marc.lines[2]!.id}`],
    ]);
  });

  it('`lines --json` gives each line its `timecode`', () => {
    const config = labelConfig('MARC', 'JULIE');
    const run = runCli(['lines', '--json', '--config', config, fixture('det-fr.docx')]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { voices: { name: string; lines: { text: string; timecode?: { start: string } }[] }[] };
    expect(json.voices.map((v) => [v.name, v.lines.map((l) => l.timecode)])).toEqual([
      ['MARC', [{ start: '01:02:03:04' }, { start: '01:02:08:00' }, { start: '01:02:15:03' }]],
      ['JULIE', [{ start: '01:02:05:10' }, { start: '01:02:12:20' }]],
    ]);
  });
});

describe('a time code in the brackets of a speaker label', () => {
  it('in-label-en `NARRATOR [00:01:23]: …`, `MARC (00:12) : …`: the line keeps its time, the label its speaker, an aside stays an aside', async () => {
    expect(await proposed('in-label-en.docx')).toEqual({ labels: [['NARRATOR', 3, 16], ['MARC', 2, 8]], words: { NARRATOR: 16, MARC: 8 } });
    for (const name of ['in-label-en.docx', 'in-label-en.pdf']) {
      const r = await report(name, labelConfig('NARRATOR', 'MARC'));
      expect([name, voices(r)]).toEqual([
        name,
        [
          [
            'NARRATOR',
            16,
            // 28 + 25 + 24 characters (the aside not counted): 2 dubbing lines of 50.
            77,
            2,
            [
              ['Welcome to the harbour tour.', { start: '00:01:23' }],
              ['Let us begin at the pier.', { start: '00:01:31:12' }],
              ['(whispering) The boats sleep at noon.', null],
            ],
          ],
          ['MARC', 8, 41, 1, [['Thanks, glad to be here.', { start: '00:12' }], ['Right behind you.', { start: '01:02:05' }]]],
        ],
      ]);
    }
  });
});
