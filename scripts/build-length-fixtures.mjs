#!/usr/bin/env node
// Builds tests/fixtures/sections/lengths/: a radio campaign whose spots give their length the ways
// script writers do — in the title (`SPOT 2 — Durée : 30 secondes`, `— :15`, `(30 sec)`), on a line
// of its own under the title (`Durée : 30 secondes`, `Duration: 20 s`, `:15`, `(30 sec)`, after a
// `Client :` field or a `MUSIC:` cue), and in a table cell beside or under the title — plus its
// config, its PDF (LibreOffice) and expected.json (per spot: title, target, each voice's words),
// computed from the same data as the DOCX. A length under a title is the spot's target, never a
// section of its own (which would count the spot's lines twice).
//
//   node scripts/build-length-fixtures.mjs          # DOCX, config, expected.json
//   node scripts/build-length-fixtures.mjs --pdf    # ... and the PDF export (needs soffice)

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { postProcess } from './lib/script-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'sections', 'lengths');
const NAME = 'spot-lengths';
const FIXED_DATE = '2025-06-12T09:00:00Z';

const VOICES = {
  Annonceur: '0070C0', // blue
  Cliente: 'C00000', // dark red
};

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const countWords = (text) => text.split(/[\s\u00A0\u202F]+/u).filter((t) => HAS_WORD_CHAR.test(t)).length;

const say = (voice, text) => ({ voice, text });
const note = (text) => ({ voice: null, text });
// A spot's title (bold) and the target its spot should get.
const spot = (text, target) => ({ voice: null, text, bold: true, spot: true, target });

// The no-break space French puts before a colon.
const NB = '\u00A0';

const SCRIPT = [
  { voice: null, text: 'BOULANGERIE MARTIN — CAMPAGNE RADIO', bold: true, size: 32 },
  spot('SPOT 1 — Le pain du matin', 30),
  note(`Client${NB}: Boulangerie Martin`),
  note(`Durée${NB}: 30 secondes`),
  say('Annonceur', 'Chez Martin, le pain sort du four à sept heures.'),
  say('Cliente', 'Une baguette bien cuite, s’il vous plaît !'),
  spot(`SPOT 2 — Les croissants — Durée${NB}: 30 secondes`, 30),
  say('Cliente', 'Deux croissants. Ils sont encore chauds !'),
  say('Annonceur', 'Boulangerie Martin, douze rue des Lilas.'),
  spot('SPOT 3 — Morning ferry', 20),
  note('Duration: 20 s'),
  say('Annonceur', 'Fresh bread before the first ferry.'),
  say('Cliente', 'And a coffee, please.'),
  spot('SPOT 4 — Weekend — Duration: 20 s', 20),
  say('Annonceur', 'Open all weekend, seven days out of seven.'),
  spot('SPOT 5 — Night shift', 15),
  note('MUSIC: accordion bed under, 30s'),
  note(':15'),
  say('Cliente', 'Still open at this hour?'),
  say('Annonceur', 'For the night shift, always.'),
  spot('SPOT 6 — Tag — :15', 15),
  say('Annonceur', 'Martin. Le goût du vrai pain.'),
  spot('SPOT 7 — Last call', 30),
  note('(30 sec)'),
  say('Annonceur', 'Last loaves at eight. Do not miss them.'),
  spot('SPOT 8 — Sunday (30 sec)', 30),
  say('Cliente', 'Sunday brioche, my favourite.'),
  { table: true, rows: [[spot('SPOT 9 — Les soldes', 30), note(`Durée${NB}: 30 secondes`)]] },
  say('Annonceur', 'Les soldes commencent lundi chez Martin.'),
  say('Cliente', 'J’arrive !'),
  { table: true, rows: [[note('Spot'), spot('SPOT 10 — La rentrée', 30)], [note('Durée'), note('30 secondes')]] },
  say('Annonceur', 'Pour la rentrée, un pain au chocolat offert.'),
  { table: true, rows: [[spot('SPOT 11 — Summer', 30)], [note(':30')]] },
  say('Cliente', 'Ice cream at the bakery?'),
  say('Annonceur', 'All summer long.'),
  spot('SPOT 12 — Merci', null),
  say('Annonceur', 'Merci de votre fidélité.'),
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
  const columns = item.rows[0].length;
  const width = Math.floor(9000 / columns);
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: item.rows[0].map(() => width),
    rows: item.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ borders, width: { size: width, type: WidthType.DXA }, children: [paragraphOf(cell)] })) })),
  });
}


/** Per spot (in order): its title, its target and each voice's words. Table cells are read row by row. */
function expected() {
  const paragraphs = SCRIPT.flatMap((item) => (item.table ? item.rows.flat() : [item]));
  const spots = [];
  let current = null;
  for (const p of paragraphs) {
    if (p.spot) {
      current = { title: p.text.replaceAll(NB, ' '), targetSeconds: p.target, voices: Object.fromEntries(Object.keys(VOICES).map((v) => [v, 0])) };
      spots.push(current);
    } else if (current && p.voice) current.voices[p.voice] += countWords(p.text);
  }
  return {
    $comment: `Generated by scripts/build-length-fixtures.mjs from the same data as ${NAME}.docx: each spot (from its title to the next), the target it should get and the written words of each voice in it.`,
    spots,
  };
}

mkdirSync(OUT, { recursive: true });
const doc = new Document({
  creator: 'vo-lines fixtures',
  title: 'Boulangerie Martin — campagne radio',
  styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'fr-FR' } } } } },
  sections: [{ children: SCRIPT.flatMap((item) => (item.table ? [tableOf(item), new Paragraph({ children: [] })] : [paragraphOf(item)])) }],
});
const docx = join(OUT, `${NAME}.docx`);
writeFileSync(docx, postProcess(await Packer.toBuffer(doc), FIXED_DATE));
writeFileSync(
  join(OUT, 'vo-lines.config.json'),
  `${JSON.stringify({ voices: Object.fromEntries(Object.entries(VOICES).map(([name, hex]) => [name, { color: `#${hex}` }])), unassigned: ['#000000'], wpm: 150 }, null, 2)}\n`,
);
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected(), null, 2)}\n`);
console.log(`wrote ${docx}, vo-lines.config.json, expected.json`);

if (process.argv.includes('--pdf')) {
  const profile = 'file:///tmp/vo-lines-soffice-profile-lengths';
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'inherit' });
  if (!existsSync(join(OUT, `${NAME}.pdf`))) throw new Error('soffice did not write the PDF');
  console.log(`wrote ${join(OUT, `${NAME}.pdf`)}`);
}
