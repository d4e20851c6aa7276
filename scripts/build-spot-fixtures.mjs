#!/usr/bin/env node
// Builds tests/fixtures/sections/spots/: small label-coded radio and TV scripts (ANNCR:, WOMAN:) whose
// spots a section finder once found or nested wrong, each in the shapes other producers give it:
//
//   NAME.docx           Word-like (the `docx` package: pStyle Heading2/Title, bold runs)
//   NAME-lo.docx        LibreOffice's DOCX of the HTML twin (--pdf)
//   NAME.pdf            LibreOffice's PDF of NAME.docx (--pdf)
//   NAME-chromium.pdf   Chromium's PDF of the HTML twin (--pdf)
//   NAME.html           the HTML twin (<h1>/<h2>, <b>, a large <p> for the title)
//
// The shapes:
//   nest       a Heading 2 spot with its length on the next line, then a bold spot marker; a bold
//              marker, then Heading 2 spots with their lengths under them (spots side by side)
//   container  Heading 1 campaigns (`Radio campaign — 45 sec`) holding Heading 2 spots and a marker
//   title      a Title naming the spots' count and length (`Acme Summer Radio — 3 × :30`)
//   medium     `RADIO :60`, `TV :15`, `TV 30 sec`, `TÉLÉ :30` as spot titles (no speaker `TV`)
//   clock      times of day in bold lines inside a spot (`Doors open — 10:30`, `Mon–Fri, 9:00–17:30`)
//   cues       timed sound and music cues inside a spot (`MUSIC UP — 10 sec`, `Silence — 5 seconds`)
//   unitstop   spot titles ending in a unit's full stop (`SPOT 1 — 30 sec.`, `Spot 2 – 30 Sek.`)
//   minutes    lengths in minutes or with `max` (`SPOT 2 — 1 min`, `SPOT 1 — 1'00"`), one unreadable (`0:30:00`)
//   block      the agency's header block (CLIENT:, TITLE: "Garden", LENGTH: :30, MEDIUM:, ISCI:) before each spot
//   supers     `SUPER:`/`LEGAL:`/`TAG:` lines between a speaker's line and speech with no label
//   fields     header blocks with no TITLE field (CLIENT:, PRODUCT:, LENGTH: :30, ISCI:), one under a bold
//              `SPOT 4` marker, and a lone `Length: :20` line after speech (no block)
//   hours      opening hours in spot titles (`Spot 2 — Open 9:00–17:00`): no length, nothing unread
//   campaign   a Heading 1 campaign over bold spot markers, with no line of its own: with a config target
//              for it (campaign.config.json) and with lengths in its title and under it, it holds the spots
//   keys       a Heading 1 `Radio campaign — 45 sec` over bold spots `RADIO :60`, `Spot 2 — Breakfast — :30`,
//              `Spot 2 — Lunch — :20`, `TV :15`: the config's keys (keys.config.json) `Radio` and `Spot 2` each start
//              two titles (named by none), `tv  :15` names `TV :15` (case and spaces aside), `Breakfast` none
//
// The right sections are written by hand in tests/sections-spots.test.ts.
//
//   node scripts/build-spot-fixtures.mjs          # DOCX, HTML, config
//   node scripts/build-spot-fixtures.mjs --pdf    # ... and the LibreOffice and Chromium files (soffice, chromium)
//   node scripts/build-spot-fixtures.mjs --pdf --only minutes,supers   # those scripts alone

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import { postProcess } from './lib/script-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'sections', 'spots');
const FIXED_DATE = '2025-06-12T09:00:00Z';

const words = (n, word) => Array.from({ length: n }, () => word).join(' ');
const p = (text) => ({ text });
const b = (text) => ({ text, bold: true });
const h1 = (text) => ({ text, style: 'Heading1' });
const h2 = (text) => ({ text, style: 'Heading2' });
const title = (text) => ({ text, style: 'Title' });
// A header block's field: its name in bold, a tab, its value.
const field = (name, value) => ({ text: `${name}:\t${value}`, field: [name, value] });
// A header block with no TITLE field: the spot is named by its ISCI code, else its product.
const fields = (product, length, isci) => [field('CLIENT', 'Acme Motors'), field('PRODUCT', product), field('LENGTH', length), ...(isci ? [field('ISCI', isci)] : [])];
const block = (name, length) => [field('CLIENT', 'Acme Motors'), field('TITLE', name), field('LENGTH', length), field('MEDIUM', 'Radio'), field('ISCI', 'ACME0001H')];

const SCRIPTS = {
  nest: [
    h2('Spot A — Breakfast'),
    p('Length: :15'),
    p('ANNCR: Breakfast at Acme Diner, every morning from six.'), // 8 words
    b('SPOT B — Lunch — :30'),
    p('ANNCR: Lunch at Acme Diner means soup, salad and a sandwich for one low price, served fast to your table, every weekday from noon until three, with free refills on coffee.'), // 30 words
    b('SPOT C — :45'),
    p('WOMAN: Dinner for two at Acme Diner, candles included.'), // 8 words
    h2('Spot D — Dessert'),
    p('Length: :20'),
    p('ANNCR: Pie of the day, every day, at Acme Diner.'), // 9 words
    h2('Spot E — Late'),
    p('Durée : 15 secondes'),
    p('WOMAN: Open late on Fridays.'), // 4 words
  ],
  container: [
    h1('Radio campaign — 45 sec'),
    h2('Spot 1 — Morning — :30'),
    p(`ANNCR: ${words(60, 'morning')}.`), // 60 words, 24 s
    h2('Spot 2 — Evening — :30'),
    p(`WOMAN: ${words(60, 'evening')}.`), // 60 words, 24 s: 48 s in all, over the 45 the campaign's heading names
    h1('Web campaign'),
    b('SPOT 3 — :15'),
    p('ANNCR: Click now for the summer deal.'), // 7 words
  ],
  title: [
    title('Acme Summer Radio — 3 × :30'),
    b('SPOT 1 — :30'),
    p(`ANNCR: ${words(50, 'sun')}.`),
    b('SPOT 2 — :30'),
    p(`ANNCR: ${words(50, 'sea')}.`),
    b('SPOT 3 — :30'),
    p(`WOMAN: ${words(50, 'sand')}.`),
  ],
  medium: [
    b('RADIO :60'),
    p('ANNCR: Summer is here at Acme Motors.'), // 6
    p('WOMAN: Finally, a deal I like.'), // 5
    b('TV :15'),
    p('ANNCR: Meet the new Roadster.'), // 4
    p('WOMAN: Wow.'), // 1
    b('TV 30 sec'),
    p('ANNCR: Test drive one this weekend.'), // 5
    b('TÉLÉ :30'),
    p('WOMAN: Essayez-la ce week-end.'), // 3
  ],
  clock: [
    b('SPOT 1 — :30'),
    p('ANNCR: The summer sale starts Saturday.'), // 5
    b('Doors open — 10:30'),
    p('ANNCR: Come early for the best deals.'), // 6
    b('Mon–Fri, 9:00–17:30'),
    p('ANNCR: Every weekday, all summer long.'), // 5
    b('Store hours — 8:00'),
    p('ANNCR: Free coffee for the early birds.'), // 6
    b('Open daily — 9:00 am'),
    p('ANNCR: See you at Acme.'), // 4
    b('Tag — 0:10'),
    p('WOMAN: Acme. Open all summer.'), // 4
  ],
  cues: [
    b('SPOT 1 — :30'),
    p('ANNCR: Line number zero here.'),
    p('MUSIC UP — 10 sec'),
    p('ANNCR: Line number one here.'),
    p('Silence — 5 seconds'),
    p('ANNCR: Line number two here.'),
    p('Beat — 5 sec'),
    p('ANNCR: Line number three here.'),
    p('SOUND OF WAVES, 8 SEC'),
    p('ANNCR: Line number four here.'),
    p('Musique — 5 secondes'),
    p('ANNCR: Line number five here.'),
  ],
  unitstop: [
    b('SPOT 1 — 30 sec.'),
    p('ANNCR: Line number one here.'),
    b('Spot 2 – 30 Sek.'),
    p('ANNCR: Line number two here.'),
    b('SPOT 3 — 20 s.'),
    p('ANNCR: Line number three here.'),
    b('SPOT 4 — :15'),
    p('ANNCR: Line number four here.'),
  ],
  // Lengths in minutes, minutes and seconds, with `max`; one that cannot be read (`0:30:00`: h:mm:ss or m:ss:ff?) is said.
  minutes: [
    b('SPOT 1 — 1\'00"'),
    p('ANNCR: Line number one here.'),
    b('SPOT 2 — 1 min'),
    p('ANNCR: Line number two here.'),
    b('SPOT 3 — 1 min 30'),
    p('ANNCR: Line number three here.'),
    b('SPOT 4 — 20 sec. max'),
    p('ANNCR: Line number four here.'),
    b('Spot 5 - 30 secs'),
    p('ANNCR: Line number five here.'),
    b('SPOT 6 — 0:30:00'),
    p('ANNCR: Line number six here.'),
  ],
  // On-screen text and fields between a speaker's line and speech with no label: the reason given is the label.
  // The agency's header block before each spot: the TITLE field names the spot, the LENGTH field times it.
  block: [
    ...block('"Garden"', ':30'),
    p('ANNCR: The garden is calling you home this spring.'), // 8
    p('SFX: Birdsong.'),
    p('WOMAN: I love it here.'), // 4
    ...block('"Kitchen"', ':15'),
    p('ANNCR: A new kitchen in a weekend, only at Acme Home.'), // 10
    ...block('"Roadster"', ':60'),
    p('ANNCR: Drive the Roadster today.'), // 4
    p('WOMAN: Wow.'), // 1
  ],
  fields: [
    ...fields('Roadster', ':30', 'ACME0002H'),
    p('ANNCR: The Roadster is back, and it is faster than ever.'), // 10
    p('WOMAN: Wow.'), // 1
    ...fields('Kitchen Week', ':15', 'ACME0003H'),
    p('ANNCR: A new kitchen in a weekend.'), // 6
    ...fields('Garden', ':60'),
    p('WOMAN: The garden is calling.'), // 4
    p('Length: :20'),
    p('ANNCR: Spring starts at Acme.'), // 4
    b('SPOT 4'),
    field('CLIENT', 'Acme Motors'),
    field('LENGTH', ':20'),
    p('WOMAN: See you there.'), // 4
  ],
  hours: [
    b('SPOT 1 — :30'),
    p('ANNCR: The summer sale starts Saturday.'), // 5
    b('Spot 2 — Open 9:00–17:00'),
    p('ANNCR: Every weekday, all summer long.'), // 5
    b('SPOT 3 — Open 9:00'),
    p('WOMAN: See you at Acme.'), // 4
    b('SPOT 4 — 8:00 am–6:00 pm'),
    p('ANNCR: Free coffee for the early birds.'), // 6
  ],
  campaign: [
    h1('Acme Drive campaign'),
    b('SPOT 1 — :30'),
    p(`ANNCR: ${words(50, 'drive')}.`), // 50 words, 20 s
    b('SPOT 2 — :15'),
    p(`WOMAN: ${words(30, 'ride')}.`), // 30 words, 12 s: 32 s in all
    h1('Acme Summer campaign — 45 sec'),
    p('Duration: 60 sec'),
    b('SPOT 3 — :30'),
    p(`ANNCR: ${words(40, 'sun')}.`), // 40 words, 16 s
    b('SPOT 4 — :30'),
    p(`WOMAN: ${words(40, 'sea')}.`), // 40 words, 16 s
  ],
  keys: [
    h1('Radio campaign — 45 sec'),
    b('RADIO :60'),
    p(`ANNCR: ${words(100, 'radio')}.`), // 100 words, 40 s
    b('Spot 2 — Breakfast — :30'),
    p(`WOMAN: ${words(50, 'toast')}.`), // 50 words, 20 s
    b('Spot 2 — Lunch — :20'),
    p(`ANNCR: ${words(40, 'soup')}.`), // 40 words, 16 s
    b('TV :15'),
    p(`WOMAN: ${words(30, 'screen')}.`), // 30 words, 12 s
  ],
  supers: [
    b('SPOT 1 — TV — :15'),
    p('ANNCR: The Roadster is here.'),
    p('SUPER: 0% APR for 60 months.'),
    p('ANNCR: Zero percent, sixty months.'),
    p('LEGAL: Offer ends 31/08/2026. Not all buyers qualify.'),
    p('TAG: Acme. Drive happy.'),
    p('Offer ends August 31. See dealer for details.'),
  ],
};

const HEADINGS = { Heading1: HeadingLevel.HEADING_1, Heading2: HeadingLevel.HEADING_2, Title: HeadingLevel.TITLE };

function paragraphOf(item) {
  if (item.field) {
    const [name, value] = item.field;
    return new Paragraph({ children: [new TextRun({ text: `${name}:`, bold: true }), new TextRun({ children: [new Tab(), value] })], spacing: { after: 120 } });
  }
  const run = new TextRun({ text: item.text, bold: item.bold ?? false });
  return new Paragraph({ children: [run], ...(item.style ? { heading: HEADINGS[item.style] } : {}), spacing: { after: 120 } });
}

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
function htmlOf(name, items) {
  const body = items.map((item) => {
    const text = escape(item.text);
    if (item.field) return `<p><b>${escape(item.field[0])}:</b>&emsp;${escape(item.field[1])}</p>`;
    if (item.style === 'Title') return `<p style="font-size:24pt">${text}</p>`;
    if (item.style === 'Heading1') return `<h1>${text}</h1>`;
    if (item.style === 'Heading2') return `<h2>${text}</h2>`;
    return item.bold ? `<p><b>${text}</b></p>` : `<p>${text}</p>`;
  });
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

// `--only NAME,NAME`: build those scripts alone (the others' files stay as they are).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',')) : null;
const names = Object.keys(SCRIPTS).filter((name) => !only || only.has(name));

mkdirSync(OUT, { recursive: true });
for (const name of names) {
  const items = SCRIPTS[name];
  const doc = new Document({
    creator: 'vo-lines fixtures',
    title: name,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'en-US' } } } } },
    sections: [{ children: items.map(paragraphOf) }],
  });
  writeFileSync(join(OUT, `${name}.docx`), postProcess(await Packer.toBuffer(doc), FIXED_DATE));
  writeFileSync(join(OUT, `${name}.html`), htmlOf(name, items));
}
writeFileSync(
  join(OUT, 'vo-lines.config.json'),
  `${JSON.stringify({ voices: { ANNCR: { label: 'ANNCR' }, WOMAN: { label: 'WOMAN' } }, unassigned: ['#000000'], wpm: 150 }, null, 2)}\n`,
);

// The campaign script with a target for its first campaign (tests pass it with --config).
writeFileSync(
  join(OUT, 'campaign.config.json'),
  `${JSON.stringify({ voices: { ANNCR: { label: 'ANNCR' }, WOMAN: { label: 'WOMAN' } }, unassigned: ['#000000'], wpm: 150, sections: { 'Acme Drive campaign': { maxSeconds: 30 } } }, null, 2)}\n`,
);

// The keys script's targets by keys that name several sections, one by case and spaces aside, one naming none.
writeFileSync(
  join(OUT, 'keys.config.json'),
  `${JSON.stringify({ voices: { ANNCR: { label: 'ANNCR' }, WOMAN: { label: 'WOMAN' } }, unassigned: ['#000000'], wpm: 150, sections: { Radio: { maxSeconds: 50 }, 'Spot 2': { maxSeconds: 25 }, 'tv  :15': { maxSeconds: 10 }, Breakfast: { maxSeconds: 30 } } }, null, 2)}\n`,
);

if (process.argv.includes('--pdf')) {
  const work = mkdtempSync(join(tmpdir(), 'spot-fixtures-'));
  const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
  for (const name of names) {
    // LibreOffice: the PDF of the Word-like DOCX, and a DOCX of its own from the HTML.
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, join(OUT, `${name}.docx`)], { stdio: 'ignore' });
    renameSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
    execFileSync('soffice', [profile, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(OUT, `${name}.html`)], { stdio: 'ignore' });
    copyFileSync(join(work, `${name}.docx`), join(OUT, `${name}-lo.docx`));
    // Chromium: the PDF of the HTML.
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => {
      try {
        execFileSync('which', [c], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });
    if (chromium) {
      const pdf = join(OUT, `${name}-chromium.pdf`);
      execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(OUT, `${name}.html`)}`], { stdio: 'ignore' });
      if (!existsSync(pdf)) throw new Error(`${chromium} wrote no ${pdf}`);
    }
  }
  rmSync(work, { recursive: true, force: true });
}
