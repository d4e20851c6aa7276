#!/usr/bin/env node
// Builds tests/fixtures/shown-sums/: a two-spot radio script whose three voices each take a time that
// ends in half a second or just under it (at the default 160 wpm a word is 0.375 s: 28 words 10.5 s,
// 20 words 7.5 s, 9 words 3.375 s), so that each time rounded on its own to the second no longer adds
// up to the total rounded (10.5 + 10.5 + 7.5 = 28.5: 0:11 + 0:11 + 0:08 = 0:30 against 0:29; spot 2's
// 3.4 s three times is 0:03 × 3 = 0:09 against 0:10). Its config names the voices by text colour.
//
//   node scripts/build-shown-sums-fixtures.mjs

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { postProcess } from './lib/script-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'shown-sums');
const NAME = 'three-halves';
const FIXED_DATE = '2025-06-12T09:00:00Z';

const VOICES = { Host: 'C00000', Baker: '0070C0', Guest: '00B050' };

const say = (voice, text) => ({ voice, text });
const spot = (text) => ({ voice: null, text, bold: true });

// Words per voice: Host 7 + 12 + 9 = 28, Baker 7 + 12 + 9 = 28, Guest 7 + 4 + 9 = 20 (no figure, no
// symbol: what is said is what is written). The config sets 160 wpm.
const SCRIPT = [
  say('Host', 'Welcome to the harbour bakery this morning.'),
  say('Baker', 'Fresh bread is waiting on every shelf.'),
  say('Guest', 'And the coffee is always hot here.'),
  spot('SPOT 1 — :30'),
  say('Host', 'Our bakers start before dawn so your loaf is warm at breakfast.'),
  say('Baker', 'I buy two croissants every day and they never last very long.'),
  say('Guest', 'See you there soon.'),
  spot('SPOT 2 — :15'),
  say('Host', 'Open every day from seven until the evening bell.'),
  say('Baker', 'The sourdough sells out early so come in quickly.'),
  say('Guest', 'Harbour Bakery where the bread is baked with love.'),
];

function paragraphOf(item) {
  const run = { text: item.text, bold: item.bold ?? false };
  if (item.voice) run.color = VOICES[item.voice];
  return new Paragraph({ children: [new TextRun(run)], spacing: { after: 120 } });
}

mkdirSync(OUT, { recursive: true });
const doc = new Document({
  creator: 'vo-lines fixtures',
  title: 'Harbour Bakery — radio spots',
  styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'en-US' } } } } },
  sections: [{ children: SCRIPT.map(paragraphOf) }],
});
const docx = join(OUT, `${NAME}.docx`);
writeFileSync(docx, postProcess(await Packer.toBuffer(doc), FIXED_DATE));
writeFileSync(
  join(OUT, 'vo-lines.config.json'),
  `${JSON.stringify({ voices: Object.fromEntries(Object.entries(VOICES).map(([name, hex]) => [name, { color: `#${hex}` }])), unassigned: ['#000000'], wpm: 160 }, null, 2)}\n`,
);
console.log(`wrote ${docx}, vo-lines.config.json`);
