#!/usr/bin/env node
// Builds tests/fixtures/sections/: a realistic radio + TV commercial script with five spots, the
// way agencies write them in Word — no heading styles: each spot opens with a bold plain-text
// marker (`SPOT 1 — :30`, `(RADIO, 30")`, `15s`, `60 sec`, `0:30`), voices coded by text colour —
// plus its config, its PDF (LibreOffice) and expected.json (per spot, each voice's words),
// computed from the same data as the DOCX.
//
//   node scripts/build-section-fixtures.mjs          # DOCX, config, expected.json
//   node scripts/build-section-fixtures.mjs --pdf    # ... and the PDF export (needs soffice)
//
// Traps for the section finder: sound and music cues that hold durations (`SFX: … 2 sec.`,
// `MUSIC: bed under, 30s`), a talent note with an age range (`30s–40s`), a voice line with a
// time of day (`6:30`) and a bracketed direction with seconds; none of them is a spot.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { postProcess } from './lib/script-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'sections');
const FIXED_DATE = '2025-06-12T09:00:00Z';

const VOICES = {
  Announcer: '1F4E79', // dark blue
  Barista: 'C00000', // dark red
  Customer: '7030A0', // purple
};

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const countWords = (text) => text.split(/[\s\u00A0\u202F]+/u).filter((t) => HAS_WORD_CHAR.test(t)).length;

// A paragraph: a voice (or null) and its text; `bold` for markers; `spot` starts a new spot.
const say = (voice, text) => ({ voice, text });
const note = (text) => ({ voice: null, text });
const marker = (text, spot) => ({ voice: null, text, bold: true, spot });

const SCRIPT = [
  { voice: null, text: 'HARBOR COFFEE — SUMMER CAMPAIGN', bold: true, size: 32 },
  note('Agency draft 3 for client review, 12 June. Voices: Announcer, Barista, Customer.'),
  note('Talent: Barista (woman, 30s–40s, warm); Customer (man, 20s, sleepy).'),
  marker('SPOT 1 — :30', 'SPOT 1'),
  note('SFX: Espresso machine hiss, 2 sec.'),
  say('Barista', 'Morning! The usual?'),
  say('Customer', 'You know me too well.'),
  say('Announcer', 'At Harbor Coffee, every cup is roasted on the dock the same week it is poured. Real beans, real people, right on your way to work.'),
  say('Barista', 'We open at 6:30 every morning, rain or shine.'),
  say('Announcer', 'Harbor Coffee. Good mornings start here.'),
  marker('SPOT 2 — “Morning Rush” (RADIO, 30")', 'SPOT 2'),
  note('MUSIC: Upbeat ukulele bed under, 30s'),
  say('Customer', 'Five minutes to catch the ferry, and I still need coffee.'),
  say('Barista', 'Order ahead in the Harbor app and it is waiting at the window when you arrive.'),
  say('Announcer', 'The Harbor Coffee app. Skip the line, keep the ferry, and earn a free drink every tenth cup. Download it today on iPhone or Android.'),
  say('Customer', 'Made it!'),
  marker('SPOT 3 — Iced Tag — 15s', 'SPOT 3'),
  say('Announcer', 'New at Harbor Coffee: cold brew on tap, steeped for twenty hours. Cool off this summer.'),
  marker('SPOT 4 — “Night Shift” (TV) — 60 sec', 'SPOT 4'),
  { table: true, rows: [
    [note('VIDEO'), note('AUDIO')],
    [note('A nurse leaves the hospital at dawn.'), say('Announcer', 'Some people start their day when everyone else is ending theirs.')],
    [note('She walks into Harbor Coffee; the barista is already pouring.'), say('Barista', 'Long night? This one is on the house.')],
    [note('Close-up: steam rising from the cup.'), say('Customer', '[sigh] Thank you. You have no idea.')],
    [note('Wide shot: the café fills with early workers.'), say('Announcer', 'Harbor Coffee is open from six thirty in the morning, roasted fresh every week, and poured by people who know your name. For the night shift, the early shift and every shift in between.')],
    [note('Logo and tagline on screen.'), say('Announcer', 'Harbor Coffee. Good mornings start here, whenever yours begins.')],
  ] },
  note('[Hold on logo for 3 seconds]'),
  marker('SPOT 5 — Loyalty — 0:30', 'SPOT 5'),
  say('Customer', 'Wait, my tenth coffee is free?'),
  say('Barista', 'Every tenth one. Just scan the app at the counter.'),
  say('Announcer', 'Harbor Rewards. Because the best coffee is the one you did not pay for. Join free in the Harbor Coffee app.'),
  note('LEGAL (read fast, approx. 5 seconds):'),
  say('Announcer', 'Rewards terms apply. See app for details.'),
];

// ---------------------------------------------------------------------------------------------

function paragraphOf(item) {
  const run = { text: item.text, bold: item.bold ?? false, ...(item.size ? { size: item.size } : {}) };
  if (item.voice) run.color = VOICES[item.voice];
  return new Paragraph({ children: [new TextRun(run)], spacing: { after: 120 } });
}

function tableOf(item) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [4000, 5000],
    rows: item.rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map((cell, c) => new TableCell({ borders, width: { size: c === 0 ? 4000 : 5000, type: WidthType.DXA }, children: [paragraphOf(cell)] })),
        }),
    ),
  });
}


/** Per spot (in order) each voice's words, from the same data. Table cells are read row by row. */
function expected() {
  const paragraphs = SCRIPT.flatMap((item) => (item.table ? item.rows.flat() : [item]));
  const spots = [];
  let current = null;
  for (const p of paragraphs) {
    if (p.spot) {
      current = { title: p.text, voices: Object.fromEntries(Object.keys(VOICES).map((v) => [v, 0])) };
      spots.push(current);
    } else if (current && p.voice) current.voices[p.voice] += countWords(p.text);
  }
  return {
    $comment: 'Generated by scripts/build-section-fixtures.mjs from the same data as harbor-coffee.docx: each spot (from its marker to the next) and the written words of each voice in it.',
    spots,
  };
}

mkdirSync(OUT, { recursive: true });
const doc = new Document({
  creator: 'vo-lines fixtures',
  title: 'Harbor Coffee — summer campaign',
  styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'en-US' } } } } },
  sections: [{ children: SCRIPT.flatMap((item) => (item.table ? [tableOf(item), new Paragraph({ children: [] })] : [paragraphOf(item)])) }],
});
const docx = join(OUT, 'harbor-coffee.docx');
writeFileSync(docx, postProcess(await Packer.toBuffer(doc), FIXED_DATE));
writeFileSync(
  join(OUT, 'vo-lines.config.json'),
  `${JSON.stringify({ voices: Object.fromEntries(Object.entries(VOICES).map(([name, hex]) => [name, { color: `#${hex}` }])), unassigned: ['#000000'], pace: 'commercial', sections: { 'SPOT 2': { maxSeconds: 20 } } }, null, 2)}\n`,
);
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected(), null, 2)}\n`);
console.log(`wrote ${docx}, vo-lines.config.json, expected.json`);

if (process.argv.includes('--pdf')) {
  const profile = 'file:///tmp/vo-lines-soffice-profile';
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'inherit' });
  if (!existsSync(join(OUT, 'harbor-coffee.pdf'))) throw new Error('soffice did not write the PDF');
  console.log(`wrote ${join(OUT, 'harbor-coffee.pdf')}`);
}
