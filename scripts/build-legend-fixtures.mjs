#!/usr/bin/env node
// Builds the legend fixtures in tests/fixtures/legends/: realistic scripts, each opening with a
// title block, a client/job line and a version line, then a legend in one of the shapes people
// write, then a few hundred words of script. Written from the shapes of issue 9, before the code
// that reads them.
//
//   node scripts/build-legend-fixtures.mjs          # DOCX + expected.json (needs soffice for the
//                                                   #  fixtures saved through LibreOffice)
//   node scripts/build-legend-fixtures.mjs --pdf    # ... and the PDF of each DOCX, through LibreOffice
//   node scripts/build-legend-fixtures.mjs --pdf --only NAME   # one fixture's DOCX and PDF (expected.json whole)
//
// Each script is DATA: paragraphs of segments [voice, text, look]. The same data writes the DOCX
// (npm `docx`) and computes expected.json with the small counter in this file: the lines and words
// of each voice, the legend the tool must read (its paragraph, voices, colours, what is not
// recorded), or — for a legend that must not be trusted — the reasons it is rejected and the colour
// groups the tool falls back to.
//
// Producers and encodings vary on purpose: Word-style highlights (w:highlight) and theme colours
// with tint or shade (w:themeColor + w:themeTint, rewritten to text1 as Word writes it);
// LibreOffice-style character shading (w:shd w:fill) and plain hex colours; two fixtures are saved
// again by LibreOffice itself (DOCX → DOCX), so their XML is LibreOffice's own.
//
// Line and word rules (the expectations): scripts/lib/script-data.mjs. Voiced lines here hold no
// figures, acronyms or symbols, so their spoken words are their written words less directions.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import {
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { countWords, fr, paragraphOf, normalise, paragraphLines, postProcess, sofficeConvert, sofficeVersion, spokenWords } from './lib/script-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'legends');
const FIXED_DATE = '2025-06-02T08:00:00Z';
export const SOFFICE_PROFILE = 'file:///tmp/vo-lines-soffice-profile-legends';

// ---------------------------------------------------------------------------------------------
// Looks: the run options that write a colour, and the colour a reader sees
// ---------------------------------------------------------------------------------------------

const PALETTE = { yellow: '#FFFF00', green: '#00FF00', cyan: '#00FFFF', magenta: '#FF00FF', lightGray: '#C0C0C0', darkYellow: '#808000' };

/** Word: w:highlight. */
const hl = (name) => ({ run: { highlight: name }, bg: PALETTE[name] });
/** LibreOffice / Google Docs: character shading w:shd w:fill. */
const shd = (hex) => ({ run: { shading: { type: ShadingType.CLEAR, fill: hex, color: 'auto' } }, bg: `#${hex}` });
/** Plain hex text colour (LibreOffice, a paste). */
const ink = (hex) => ({ run: { color: hex }, fg: `#${hex}` });
/** Word: theme text colour with tint or shade; `hex` is what Word caches and what the reader resolves. */
const theme = (name, change, hex) => ({ run: { color: { theme: name, ...change } }, fg: `#${hex}` });
const PLAIN = { run: {}, fg: '#000000' };

/** A segment: who says it (null: nobody), its text, its look and extra run options (bold, italics…). */
const seg = (voice, text, look = PLAIN, extra = {}) => ({ voice, text, look, run: { ...look.run, ...extra } });
const p = (...segs) => ({ kind: 'p', segs });
const heading = (...segs) => ({ kind: 'p', style: 'heading2', segs });
const title = (...segs) => ({ kind: 'p', style: 'title', segs });
/** A legend paragraph: not a script line when the legend is trusted. */
const lp = (...segs) => ({ kind: 'p', segs, legend: true });
/**
 * A table. rows: arrays of cells; a cell is an array of paragraphs, or { shade: 'RRGGBB' } (an empty
 * shaded cell: a colour swatch; with `space: true` the cell holds a no-break space, as the empty cells
 * of a document made from HTML do), or { picture: 'RRGGBB' } (a swatch pasted as a picture).
 */
const table = (rows, options = {}) => ({ kind: 'table', rows, legend: options.legend === true, widths: options.widths ?? rows[0].map(() => 100 / rows[0].length) });

// ---------------------------------------------------------------------------------------------
// Counting (the expectations)
// ---------------------------------------------------------------------------------------------

/** Paragraphs in reading order, with their number among paragraphs holding text, and whether they belong to the legend. */
function* paragraphsOf(blocks) {
  let number = 0;
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) {
        for (const cell of row) {
          if (!Array.isArray(cell)) continue;
          for (const para of cell) {
            if (!/\S/u.test(para.segs.map((s) => s.text).join(''))) continue;
            yield { number: ++number, segs: para.segs, legend: b.legend };
          }
        }
      }
    } else if (/\S/u.test(b.segs.map((s) => s.text).join(''))) {
      yield { number: ++number, segs: b.segs, legend: b.legend === true };
    }
  }
}

/** The legend as the tool should show it: paragraphs joined by " / ", a table row's cells by " | ". */
function legendText(blocks) {
  const parts = [];
  for (const b of blocks) {
    if (!b.legend) continue;
    if (b.kind === 'table') {
      for (const row of b.rows) {
        const cells = row.filter(Array.isArray).map((cell) => normalise(cell.map((para) => para.segs.map((s) => s.text).join('')).join(' '))).filter(Boolean);
        if (cells.length) parts.push(cells.join(' | '));
      }
    } else parts.push(normalise(b.segs.map((s) => s.text).join('')));
  }
  return parts.join(' / ');
}

const groupName = (look) => (look.bg ? `${look.bg} background` : look.fg);

function computeExpected(fixture) {
  const paragraphs = [...paragraphsOf(fixture.blocks)];
  const legendParagraphs = paragraphs.filter((p) => p.legend).map((p) => p.number);
  const result = {
    file: `${fixture.name}.docx`,
    shape: fixture.shape,
    producer: fixture.producer,
    lang: fixture.lang,
  };
  const totalWords = paragraphs.reduce((n, p) => n + countWords(p.segs.map((s) => s.text).join('')), 0);
  if (fixture.legend) {
    const voices = Object.fromEntries(fixture.legend.voices.map((v) => [v.name, { lines: [], words: 0, spokenWords: 0 }]));
    const unassigned = { lines: [], words: 0 };
    for (const para of paragraphs) {
      if (para.legend) continue;
      for (const line of paragraphLines(para.segs)) {
        if (line.voice === null) {
          unassigned.lines.push(line.text);
          unassigned.words += countWords(line.text);
          continue;
        }
        const bucket = voices[line.voice];
        if (!bucket) throw new Error(`${fixture.name}: unknown voice ${line.voice}`);
        bucket.lines.push(line.text);
        bucket.words += countWords(line.text);
        bucket.spokenWords += spokenWords(line.text);
      }
    }
    const scriptWords = Object.values(voices).reduce((n, v) => n + v.words, unassigned.words);
    const legendWords = paragraphs.filter((p) => p.legend).reduce((n, p) => n + countWords(p.segs.map((s) => s.text).join('')), 0);
    if (scriptWords + legendWords !== totalWords) throw new Error(`${fixture.name}: a word is split between two voices in the data`);
    result.legend = {
      kind: fixture.legend.kind,
      paragraphs: legendParagraphs,
      text: legendText(fixture.blocks),
      voices: fixture.legend.voices.map((v) => ({ name: v.name, colors: v.colors ?? [], highlights: v.highlights ?? [] })),
      unassigned: { colors: fixture.legend.unassigned?.colors ?? [], highlights: fixture.legend.unassigned?.highlights ?? [] },
    };
    result.voices = voices;
    result.unassigned = unassigned;
    result.totalWords = scriptWords;
    result.recorded = Object.values(voices).reduce((r, v) => ({ words: r.words + v.words, spokenWords: r.spokenWords + v.spokenWords }), { words: 0, spokenWords: 0 });
  } else {
    // A legend that must not be trusted: colour groups over every paragraph but the legend's (quoted
    // in the legend-rejected warning, it is never a line).
    const groups = {};
    for (const para of paragraphs) {
      if (para.legend) continue;
      for (const line of paragraphLines(para.segs, (s) => groupName(s.look))) {
        const group = (groups[line.voice] ??= { lines: 0, words: 0 });
        group.lines++;
        group.words += countWords(line.text);
      }
    }
    result.rejected = { paragraphs: legendParagraphs, text: legendText(fixture.blocks), reasons: fixture.rejected.reasons };
    result.groups = groups;
    result.totalWords = totalWords;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The fixtures
// ---------------------------------------------------------------------------------------------

const B = (t, extra) => seg(null, t, PLAIN, extra); // ordinary text: automatic colour, nobody reads it
const Bfr = (t, extra) => seg(null, fr(t), PLAIN, extra);

// 1. Names in their own highlight, on one line after "Cast:", separated by spaces only, with a
//    trailing note in plain text. Word highlights. English podcast.
const podcast = (() => {
  const HOST = hl('yellow');
  const GUEST = hl('cyan');
  const TAG = hl('green');
  const H = (t) => seg('HOST', t, HOST);
  const G = (t) => seg('GUEST', t, GUEST);
  const T = (t) => seg('TAG', t, TAG);
  return {
    name: 'en-podcast-cast-highlights',
    shape: 'names in their own highlight, one line after a heading word, space-separated, trailing note',
    producer: 'docx package, Word-style w:highlight',
    lang: 'en-GB',
    legend: {
      kind: 'names in colour',
      voices: [
        { name: 'HOST', highlights: ['#FFFF00'] },
        { name: 'GUEST', highlights: ['#00FFFF'] },
        { name: 'TAG', highlights: ['#00FF00'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(B('The Long Table — Episode 12: Bread')),
      p(B('Client: Harvest Radio Network · Job 2291 · Producer: M. Osei')),
      p(B('Script v4 — 3 June — approved for recording', { italics: true })),
      lp(B('Cast: ', { bold: true }), seg(null, 'HOST', HOST), B(' '), seg(null, 'GUEST', GUEST), B(' '), seg(null, 'TAG', TAG), B(' (plain text is not recorded)')),
      heading(B('Cold open')),
      p(B('[Sound of a bread knife on a crust]', { italics: true })),
      p(H('There is a moment, just after the crust gives way, when the whole kitchen goes quiet. That moment is what this episode is about.')),
      p(T('The Long Table. Stories from the people who feed us.')),
      heading(B('Segment one — the starter')),
      p(H('My guest today has kept the same sourdough starter alive for longer than most of us have kept a houseplant. Welcome to the table.')),
      p(G('Thank you. I should say the starter keeps me alive, not the other way round. It wakes me up at five every morning, whether I like it or not.')),
      p(H('Five in the morning? Every single day?')),
      p(G('Every single day. You feed it, you fold the dough, you wait. Bread is mostly waiting, and people forget that part.')),
      p(B('[Music bed fades up under the next line]', { italics: true })),
      p(H('So what would you tell someone who has never baked a loaf in their life?')),
      p(G('Start with flour, water and salt, and a lot of patience. Your first loaf will be flat. Your tenth will be wonderful. Nobody remembers the first one except you.')),
      heading(B('Segment two — the market')),
      p(H('You sell at the Saturday market now. What do people ask you most?')),
      p(G('They ask why it costs more than the bread in the supermarket. Then they taste it, and they stop asking.')),
      p(H('That might be the best answer I have heard all year.')),
      p(T('The Long Table is made with support from the Harvest Radio Network.')),
      heading(B('Close')),
      p(H('Next week we go to the coast, where the fish arrives before the sun does. Until then, keep your table long and your bread warm.')),
      p(T('Listen again, and subscribe wherever you get your podcasts.')),
      p(B('[End of episode music, eight seconds]', { italics: true })),
    ],
  };
})();

// 1b. A short radio spot whose every paragraph is one line, the legend's the longest of them all
//    (its note runs on), the script's first line right under it. Word highlights. In the PDF,
//    nothing wraps, so nothing shows where the right margin is: the legend line is not "full".
const spotOneLiners = (() => {
  const HOST = hl('yellow');
  const GUEST = hl('cyan');
  const H = (t) => seg('HOST', t, HOST);
  const G = (t) => seg('GUEST', t, GUEST);
  return {
    name: 'en-spot-one-line-paragraphs',
    shape: 'names in their own highlight after "Cast:", the longest line of a script of one-line paragraphs, a voice line right under it',
    producer: 'docx package, Word-style w:highlight',
    lang: 'en-US',
    legend: {
      kind: 'names in colour',
      voices: [
        { name: 'HOST', highlights: ['#FFFF00'] },
        { name: 'GUEST', highlights: ['#00FFFF'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(B('Greenway — Radio :30')),
      p(B('Client: Greenway · v1')),
      lp(B('Cast: '), seg(null, 'HOST', HOST), B(' '), seg(null, 'GUEST', GUEST), B(' (text without a highlight is not recorded)')),
      p(H('Spring is here!')),
      p(G('And the roses are half price.')),
      p(H('Half price? All of them?')),
      p(G('Every single rose, until Sunday.')),
      p(B('[Birdsong]', { italics: true })),
      p(H('Greenway. Grow something.')),
    ],
  };
})();

// 2. Names with their colour in words, several on one line after "Key:", English, with "black = not
//    read". Word theme colours with tint and shade.
const elearning = (() => {
  const NARR = theme('dark1', { lighter: 35 }, '595959');
  const COACH = theme('accent1', { darker: 25 }, '2F5496');
  const STUD = ink('00B050');
  const N = (t, x) => seg('Narrator', t, NARR, x);
  const C = (t, x) => seg('Coach', t, COACH, x);
  const S = (t, x) => seg('Student', t, STUD, x);
  return {
    name: 'en-elearning-key-in-words',
    shape: 'names with colour in words, several per line after "Key:", "black = not read"',
    producer: 'docx package, Word-style theme colours (text1 tint A6, accent1 shade BF)',
    lang: 'en-US',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'Narrator', colors: ['#595959'] },
        { name: 'Coach', colors: ['#2F5496'] },
        { name: 'Student', colors: ['#00B050'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(B('Customer Conversations That Work')),
      p(B('Northwind Learning · Module 3 of 6 · Course code CC-301')),
      p(B('Version 2.1, 14 May — changes since 2.0 in section 3 only', { italics: true })),
      lp(B('Key: Narrator = dark grey; Coach = blue; Student = green; black = not read')),
      heading(B('Screen 1 — Welcome')),
      p(B('On screen: course title, then the photo of the call centre team.')),
      p(N('Welcome to the third module of Customer Conversations That Work. In this module you will practise the hardest call of all: the customer who is already angry before you say a word.')),
      p(N('You will listen to a short call, then work through it with your coach, one step at a time.')),
      p(C('Hi, I am Dana, and I have taken more of these calls than I can count. The good news is that an angry call follows a pattern, and patterns can be learned.')),
      heading(B('Screen 2 — The call')),
      p(B('Audio: the customer call plays here. It is recorded separately and is not part of this script.')),
      p(C('So, what did you notice first?')),
      p(S('Honestly, I noticed that I wanted to interrupt him. He kept repeating the same thing.')),
      p(C('That is the most natural reaction in the world, and it is exactly the one to resist. When a customer repeats himself, he is telling you he does not feel heard yet.')),
      p(S('So I let him finish, even if it takes a while?')),
      p(C('You let him finish, then you say back what you heard, in your own words. Nothing calms a caller faster.')),
      heading(B('Screen 3 — Try it')),
      p(B('Interaction: the learner picks one of three replies. Feedback text appears on screen.')),
      p(N('Choose the reply that shows the customer you have understood the problem before you offer a solution.')),
      p(S('I think it is the second one. It names the problem and it does not blame anyone.')),
      p(C('Exactly right. Notice that it also avoids the word policy. Nobody has ever been soothed by a policy.')),
      p(N('In the next module, you will handle a call where the customer is right and the company is wrong. Take a short break before you continue.')),
    ],
  };
})();

// 3. "NAME (colour)" entries on one line, separated by " / ", with no heading word, colour words
//    that name highlights without saying so, and a group "SFX & music" that is not recorded.
//    LibreOffice-style character shading.
const radio = (() => {
  const VO1 = shd('FFFF00');
  const VO2 = shd('00FFFF');
  const ANN = shd('FF00FF');
  const SFX = shd('D9D9D9');
  const V1 = (t) => seg('VO1', t, VO1);
  const V2 = (t) => seg('VO2', t, VO2);
  const A = (t, x) => seg('ANNCR', t, ANN, x);
  const X = (t, x) => seg(null, t, SFX, x);
  return {
    name: 'en-radio-parens-shading',
    shape: '"NAME (colour)" several per line separated by "/", highlight colours in plain words, a "/" and "&" group not recorded',
    producer: 'docx package, LibreOffice-style character shading (w:shd w:fill)',
    lang: 'en-US',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'VO1', highlights: ['#FFFF00'] },
        { name: 'VO2', highlights: ['#00FFFF'] },
        { name: 'ANNCR', highlights: ['#FF00FF'] },
      ],
      unassigned: { highlights: ['#D9D9D9'] },
    },
    blocks: [
      title(B('Coastline Credit Union — "Rainy Day" radio campaign')),
      p(B('Agency: Fairweather & Lane · Job CCU-0412 · Two spots, :30 and :15')),
      p(B('Draft 3 — client comments of 28 April included', { italics: true })),
      lp(B('VO1 (yellow) / VO2 (turquoise) / ANNCR (pink) / SFX & music (grey, not recorded)')),
      heading(B('Spot one — "Umbrella" — :30')),
      p(X('SFX: Rain on a car roof. A wiper squeaks.')),
      p(V1('Of course the car breaks down on the one day it pours.')),
      p(V2('And of course the garage wants the money before they even look at it.')),
      p(V1('Do we have enough put away for this?')),
      p(V2('We have the rainy day account. I think this counts as a rainy day.')),
      p(X('MUSIC: Warm piano, in and under.')),
      p(A('A rainy day account from Coastline Credit Union grows a little every month, so it is there when the weather turns. Open yours in minutes, online or in any branch.')),
      p(V1('Look at that. The sun is coming out.')),
      p(A('Coastline Credit Union. Here for the rainy days, and all the others.', { bold: true })),
      heading(B('Spot two — "Forecast" — :15')),
      p(X('SFX: Thunder, far away.')),
      p(V2('They say more rain all week.')),
      p(V1('Then it is a good thing we planned for it.')),
      p(A('Start your rainy day account today at Coastline Credit Union. Federally insured, and locally owned.')),
      p(X('MUSIC: Piano out.')),
    ],
  };
})();

// 4. A table of name and swatch: names in body text, the colour an empty shaded cell. The script is
//    coded by text colour. French e-learning, "Non enregistré" with a black swatch.
const swatchTable = (() => {
  const NARR = ink('1F4E79');
  const FORM = ink('C00000');
  const APPR = ink('00B050');
  const N = (t) => seg('Narrateur', fr(t), NARR);
  const F = (t) => seg('Formatrice', fr(t), FORM);
  const A = (t) => seg('Apprenant', fr(t), APPR);
  const row = (name, hex) => [[p(Bfr(name))], { shade: hex }];
  return {
    name: 'fr-elearning-swatch-table',
    shape: 'table of name and swatch: names in body text, colour as an empty shaded cell; script coded by text colour',
    producer: 'docx package, cell shading (w:tcPr/w:shd), plain hex text colours',
    lang: 'fr-FR',
    legend: {
      kind: 'table',
      voices: [
        { name: 'Narrateur', colors: ['#1F4E79'] },
        { name: 'Formatrice', colors: ['#C00000'] },
        { name: 'Apprenant', colors: ['#00B050'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(Bfr('Module 2 — Les gestes qui sauvent')),
      p(Bfr('Client : Groupe Aldéa — Service formation · Dossier n° 2025-118')),
      p(Bfr('Version 5 du 22 mai — validée par le client', { italics: true })),
      lp(Bfr('Légende des couleurs', { bold: true })),
      table(
        [
          [[p(Bfr('Voix', { bold: true }))], [p(Bfr('Couleur', { bold: true }))]],
          row('Narrateur', '1F4E79'),
          row('Formatrice', 'C00000'),
          row('Apprenant', '00B050'),
          row('Non enregistré', '000000'),
        ],
        { legend: true, widths: [70, 30] },
      ),
      heading(Bfr('Écran 1 — Introduction')),
      p(Bfr("[Musique douce, puis fondu sous la voix]", { italics: true })),
      p(N("Un malaise, une chute, une brûlure : au travail comme à la maison, les premières minutes comptent plus que tout le reste. Dans ce module, vous allez apprendre les gestes simples qui permettent d'attendre les secours dans de bonnes conditions.")),
      p(F("Bonjour ! Je m'appelle Sophie, je suis formatrice secouriste depuis quinze ans. Et voici Lucas, qui a accepté de jouer la victime… et l'élève.")),
      p(A("Bonjour. Je préviens tout de suite : la vue du sang, ce n'est pas mon fort.")),
      p(F("Rassurez-vous, on commence par le plus important, et il n'y a pas de sang du tout.")),
      heading(Bfr('Écran 2 — Protéger, alerter, secourir')),
      p(Bfr("Texte à l'écran : Protéger — Alerter — Secourir")),
      p(N("Face à un accident, retenez trois verbes, dans cet ordre : protéger, alerter, secourir. Protéger, c'est éviter un second accident, pour la victime comme pour vous.")),
      p(F("Lucas, si vous voyez un collègue allongé au pied d'une machine, que faites-vous en premier ?")),
      p(A("Je cours vers lui pour voir s'il va bien ?")),
      p(F("Surtout pas ! D'abord, vous arrêtez la machine. Ensuite seulement, vous vous approchez.")),
      heading(Bfr('Écran 3 — Alerter')),
      p(N("Pour alerter, composez le numéro d'urgence et décrivez calmement la situation : où vous êtes, ce qui s'est passé, et l'état de la victime. Ne raccrochez jamais le premier.")),
      p(A("Et si je ne sais pas exactement ce qui s'est passé ?")),
      p(F("Dites simplement ce que vous voyez. Les secours vous guideront, c'est leur métier.")),
      p(N("Dans le prochain écran, vous verrez comment placer une victime en position latérale de sécurité.")),
    ],
  };
})();

// 4b. A table of name and swatch whose empty swatch cells hold a no-break space, as those of a
//    document written in HTML (or pasted from a web page) do: LibreOffice's PDF draws that space
//    on the cell's shading. French onboarding module, coded by text colour.
const swatchTableSpaces = (() => {
  const NARR = ink('7030A0');
  const RH = ink('C00000');
  const N = (t) => seg('Narratrice', fr(t), NARR);
  const R = (t) => seg('Responsable RH', fr(t), RH);
  const row = (name, hex) => [[p(Bfr(name))], { shade: hex, space: true }];
  return {
    name: 'fr-onboarding-swatch-cells-nbsp',
    shape: 'table of name and swatch whose swatch cells hold a no-break space (as HTML-made documents); script coded by text colour',
    producer: 'docx package, cell shading (w:tcPr/w:shd) over a cell holding U+00A0, plain hex text colours',
    lang: 'fr-FR',
    legend: {
      kind: 'table',
      voices: [
        { name: 'Narratrice', colors: ['#7030A0'] },
        { name: 'Responsable RH', colors: ['#C00000'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(Bfr('Accueil des nouveaux arrivants — Module 1')),
      p(Bfr('Client : Groupe Lumière — Direction des ressources humaines')),
      p(Bfr('Version 2 du 4 février 2026')),
      table(
        [
          [[p(Bfr('Personnage', { bold: true }))], [p(Bfr('Couleur', { bold: true }))]],
          row('Narratrice', '7030A0'),
          row('Responsable RH', 'C00000'),
          row('Non enregistré', '000000'),
        ],
        { legend: true, widths: [70, 30] },
      ),
      heading(Bfr('Écran 1 : Bienvenue')),
      p(N('Bienvenue dans le Groupe Lumière ! Ce module vous présente votre première semaine parmi nous.')),
      p(R('Bonjour, je suis Claire, responsable des ressources humaines. Je vais vous accompagner pendant votre intégration.')),
      p(Bfr('Animation : le logo apparaît, puis la carte des sites.')),
      heading(Bfr('Écran 2 : Vos premiers jours')),
      p(N('Le premier jour, vous recevez votre badge, votre ordinateur et la liste de vos contacts utiles.')),
      p(R("N'hésitez pas à poser des questions : personne ne s'attend à ce que vous sachiez tout dès le lundi matin.")),
      p(N('Cliquez sur la flèche pour découvrir la suite.')),
    ],
  };
})();

// 5. A table of name and swatch where the script is coded by highlight, with a row whose colour is
//    in words ("Didascalies | noir"). Saved again by LibreOffice (DOCX → DOCX). French podcast.
const swatchHighlights = (() => {
  const ANIM = hl('yellow');
  const INV = hl('green');
  const A = (t) => seg('Animatrice', fr(t), ANIM);
  const I = (t) => seg('Invité', fr(t), INV);
  return {
    name: 'fr-podcast-swatch-highlights-lo',
    shape: 'table of name and swatch (shaded cell), script coded by highlight, one row with its colour in words ("Didascalies | noir")',
    producer: 'docx package, then saved again by LibreOffice (DOCX → DOCX)',
    lang: 'fr-FR',
    libreOffice: true,
    legend: {
      kind: 'table',
      voices: [
        { name: 'Animatrice', highlights: ['#FFFF00'] },
        { name: 'Invité', highlights: ['#00FF00'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(Bfr('Terre et saisons — épisode 7 : le verger')),
      p(Bfr('Production : Radio Bocage · Réalisation : J. Morel')),
      p(Bfr('Conducteur v2 — enregistrement le 12 juin', { italics: true })),
      table(
        [
          [[p(Bfr('Personnage', { bold: true }))], [p(Bfr('Code couleur', { bold: true }))]],
          [[p(Bfr('Animatrice'))], { shade: 'FFFF00' }],
          [[p(Bfr('Invité'))], { shade: '00FF00' }],
          [[p(Bfr('Didascalies'))], [p(Bfr('noir'))]],
        ],
        { legend: true, widths: [60, 40] },
      ),
      heading(Bfr('Ouverture')),
      p(Bfr('[Chants d\'oiseaux, puis générique]', { italics: true })),
      p(A("Bonjour à toutes et à tous, et bienvenue dans Terre et saisons. Aujourd'hui, nous sommes dans un verger de la Sarthe, chez un arboriculteur qui cultive plus de quarante variétés de pommes anciennes.")),
      p(I("Bonjour ! Quarante-deux, pour être exact. Et je compte bien en planter encore quelques-unes cet hiver.")),
      p(A("Quarante-deux variétés ! Comment s'y retrouve-t-on ?")),
      p(I("Avec un cahier, un bon crayon et beaucoup de patience. Chaque arbre a son étiquette, et chaque étiquette a son histoire.")),
      p(Bfr('[Bruit de pas dans l\'herbe]', { italics: true })),
      heading(Bfr('Le verger')),
      p(A("On marche entre les rangs, et je remarque que les arbres ne se ressemblent pas du tout.")),
      p(I("C'est tout l'intérêt ! Celui-ci donne des pommes à cuire, acides, parfaites pour la tarte. Celui-là, plus loin, donne une pomme à croquer qui se garde jusqu'au printemps.")),
      p(A("Et laquelle est votre préférée ?")),
      p(I("Ne me demandez pas de choisir entre mes enfants. Mais si vous insistez… la reinette grise, cuite au four, avec un peu de beurre.")),
      p(A("Merci pour cette visite. La semaine prochaine, nous partirons à la rencontre des bergers du Larzac.")),
      p(Bfr('[Générique de fin]', { italics: true })),
    ],
  };
})();

// 6. Separate paragraphs under a heading word, each name in its own text colour, then a trailing
//    note in words. Plain hex text colours, saved again by LibreOffice. French commercial.
const separateParagraphs = (() => {
  const NAR = ink('7030A0');
  const CLI = ink('C55A11');
  const CON = ink('0070C0');
  const N = (t, x) => seg('Narratrice', fr(t), NAR, x);
  const Cl = (t) => seg('Cliente', fr(t), CLI);
  const Co = (t) => seg('Conseiller', fr(t), CON);
  return {
    name: 'fr-spot-voices-paragraphs-lo',
    shape: 'names in their own text colour as separate paragraphs under "Voix :", trailing note in words',
    producer: 'docx package with plain hex colours, then saved again by LibreOffice (DOCX → DOCX)',
    lang: 'fr-FR',
    libreOffice: true,
    legend: {
      kind: 'names in colour',
      voices: [
        { name: 'Narratrice', colors: ['#7030A0'] },
        { name: 'Cliente', colors: ['#C55A11'] },
        { name: 'Conseiller', colors: ['#0070C0'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(Bfr('Banque Horizon — « Le bon moment »')),
      p(Bfr('Annonceur : Banque Horizon · Agence : Studio Marée · Spot radio 40 secondes')),
      p(Bfr('Texte v3 du 2 juin — à enregistrer en deux prises', { italics: true })),
      lp(Bfr('Voix :', { bold: true })),
      lp(seg(null, 'Narratrice', NAR)),
      lp(seg(null, 'Cliente', CLI)),
      lp(seg(null, 'Conseiller', CON)),
      lp(Bfr('Texte en noir : non enregistré')),
      heading(Bfr('Spot')),
      p(Bfr('[Ambiance café, tasses, brouhaha léger]', { italics: true })),
      p(Cl("Tu vois, j'aimerais bien acheter cet appartement, mais je ne sais jamais si c'est le bon moment.")),
      p(Co("Le bon moment, c'est celui où vous avez toutes les cartes en main. Et ça, on peut le préparer ensemble.")),
      p(Cl("Ensemble ? Même un samedi matin ?")),
      p(Co("Même un samedi matin. Nos conseillers vous reçoivent six jours sur sept, en agence ou en visio.")),
      p(Bfr('[Musique : thème Horizon, en fond]', { italics: true })),
      p(N("Banque Horizon. Un conseiller qui prend le temps, pour que vous ne perdiez pas le vôtre. Prenez rendez-vous sur notre site ou dans l'une de nos agences.")),
      p(N("Offre soumise à conditions, renseignez-vous en agence.", { italics: true })),
      p(Bfr('[Fin de la musique]', { italics: true })),
    ],
  };
})();

// 7. "NAME: colour" one per line under a heading, text colour and highlights mixed, highlight words
//    ("highlighted in yellow", "bright green highlight"), and "black = not recorded". Word-style.
const trainingLines = (() => {
  const NARR = theme('dark1', { lighter: 25 }, '404040');
  const TRAIN = hl('yellow');
  const LEARN = hl('green');
  const N = (t) => seg('NARRATOR', t, NARR);
  const T = (t) => seg('TRAINER', t, TRAIN);
  const L = (t) => seg('LEARNER', t, LEARN);
  return {
    name: 'en-training-one-per-line',
    shape: '"NAME: colour" one per line under "Colour code:", text colour and highlight words mixed, "black = not recorded"',
    producer: 'docx package, Word-style (text1 tint BF, w:highlight)',
    lang: 'en-GB',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'NARRATOR', colors: ['#404040'] },
        { name: 'TRAINER', highlights: ['#FFFF00'] },
        { name: 'LEARNER', highlights: ['#00FF00'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(B('Safe Lifting at Work — video voice-over')),
      p(B('Client: Brookfield Logistics (Health & Safety) · Job BL-77')),
      p(B('Script revision C — 30 May', { italics: true })),
      lp(B('Colour code:', { bold: true })),
      lp(B('NARRATOR: dark grey')),
      lp(B('TRAINER: highlighted in yellow')),
      lp(B('LEARNER: bright green highlight')),
      lp(B('black = not recorded')),
      heading(B('Scene 1 — Warehouse, morning')),
      p(B('Wide shot: the loading bay. Caption: Safe Lifting at Work.')),
      p(N('Every year, thousands of workers injure their backs lifting loads that were never too heavy. It is rarely the weight. It is almost always the way we lift.')),
      p(T('Morning, Sam. Before you pick that box up, tell me how heavy you think it is.')),
      p(L('No idea. Not very? It is only paper.')),
      p(T('Paper is one of the heaviest things in this building. Test it first: tip one corner and feel the weight.')),
      heading(B('Scene 2 — The lift')),
      p(N('Plan the lift before you make it. Know where the load is going, and clear the way.')),
      p(T('Feet apart, one slightly forward. Bend your knees, not your back. Get a firm grip, and keep the load close to your waist.')),
      p(L('It feels lighter like this. Why does it feel lighter?')),
      p(T('Because your legs are doing the work, and they are much stronger than your back.')),
      p(N('Lift smoothly, without jerking, and never twist your body while you carry. Turn with your feet instead.')),
      heading(B('Scene 3 — Wrap up')),
      p(N('If a load is too heavy or awkward, ask for help or use the equipment provided. Nobody gets a medal for a sore back.')),
      p(B('End card: logo, then the safety team phone extension.')),
    ],
  };
})();

// 8. "NAME – colour" several per line with " | ", French colour words with modifiers, "Non
//    enregistré – noir". Plain hex colours and a LibreOffice-style shading.
const dashLine = (() => {
  const NARR = ink('404040');
  const CLIENTE = shd('FFFF00');
  const VEND = ink('00B0F0');
  const N = (t) => seg('NARRATEUR', fr(t), NARR);
  const C = (t) => seg('CLIENTE', fr(t), CLIENTE);
  const V = (t) => seg('VENDEUR', fr(t), VEND);
  return {
    name: 'fr-magasin-dash-words',
    shape: '"NAME – colour" several per line after "Code couleur :", French modifiers (foncé, clair) and "surligné en jaune"',
    producer: 'docx package, plain hex text colours and w:shd character shading',
    lang: 'fr-FR',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'NARRATEUR', colors: ['#404040'] },
        { name: 'CLIENTE', highlights: ['#FFFF00'] },
        { name: 'VENDEUR', colors: ['#00B0F0'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(Bfr('Maison Lumière — vidéo magasin « Bien choisir son luminaire »')),
      p(Bfr('Client : Maison Lumière SAS · Réf. ML-VID-09 · Durée cible : 1 min 30')),
      p(Bfr('V2 — 5 juin, après relecture du service marketing', { italics: true })),
      lp(Bfr('Code couleur : NARRATEUR – gris foncé | CLIENTE – surligné en jaune | VENDEUR – bleu clair | Non enregistré – noir')),
      heading(Bfr('Séquence 1 — Le rayon')),
      p(Bfr('Plan large du rayon suspensions. Incrustation du logo.')),
      p(N("Choisir un luminaire, c'est choisir une lumière. Et la bonne lumière change tout : une pièce plus chaleureuse, un bureau plus reposant, une cuisine où l'on voit enfin ce que l'on coupe.")),
      p(C("Bonjour, je cherche une suspension pour ma salle à manger, mais je ne sais pas du tout par où commencer.")),
      p(V("Bonjour madame ! Commençons par le plus simple : quelle est la taille de votre table ?")),
      p(C("Elle est assez longue, on peut s'asseoir à huit.")),
      p(V("Alors je vous conseille deux suspensions plutôt qu'une, alignées au-dessus de la table. La lumière sera mieux répartie.")),
      heading(Bfr('Séquence 2 — La couleur de la lumière')),
      p(N("Pensez aussi à la température de la lumière. Une lumière chaude pour les pièces à vivre, une lumière plus neutre pour travailler.")),
      p(C("Et pour les ampoules, je prends lesquelles ?")),
      p(V("Des ampoules à basse consommation, bien sûr. Elles durent des années et chauffent beaucoup moins.")),
      p(N("Maison Lumière. Nos conseillers vous accompagnent en magasin et sur notre site.")),
      p(Bfr('Carton de fin : adresse du site et horaires.')),
    ],
  };
})();

// 9. A table whose names are written in their own highlight, a heading row "Voice | Notes", and a
//    row "SFX & music" whose note says it is not recorded. Word highlights.
const tableHighlights = (() => {
  const HOST = hl('yellow');
  const EXP = hl('cyan');
  const SFX = hl('lightGray');
  const H = (t) => seg('HOST', t, HOST);
  const E = (t) => seg('EXPERT', t, EXP);
  const X = (t) => seg(null, t, SFX);
  return {
    name: 'en-explainer-table-names-highlighted',
    shape: 'table of names written in their own highlight, heading row "Voice | Notes", "SFX & music" row with a "not recorded" note',
    producer: 'docx package, Word-style w:highlight',
    lang: 'en-US',
    legend: {
      kind: 'table',
      voices: [
        { name: 'HOST', highlights: ['#FFFF00'] },
        { name: 'EXPERT', highlights: ['#00FFFF'] },
      ],
      unassigned: { highlights: ['#C0C0C0'] },
    },
    blocks: [
      title(B('How Heat Pumps Work — explainer video')),
      p(B('Client: Greenfield Energy · Job TR-5120')),
      p(B('Voice-over script, final draft, 6 June', { italics: true })),
      table(
        [
          [[p(B('Voice', { bold: true }))], [p(B('Notes', { bold: true }))]],
          [[p(seg(null, 'HOST', HOST))], [p(B('friendly, curious, medium pace'))]],
          [[p(seg(null, 'EXPERT', EXP))], [p(B('calm, confident, a little slower'))]],
          [[p(seg(null, 'SFX & music', SFX))], [p(B('not recorded, for the editor'))]],
        ],
        { legend: true, widths: [35, 65] },
      ),
      heading(B('Part one — The question')),
      p(X('MUSIC: light electronic bed, in.')),
      p(H('Your fridge keeps food cold by moving heat out of it. So here is a question: what if you could run that trick backwards and heat your whole home?')),
      p(E('That is exactly what a heat pump does. It does not make heat by burning anything. It moves heat that is already there, from outside to inside.')),
      p(H('Wait. There is heat outside, even in winter?')),
      p(E('There is. Even cold air holds a surprising amount of energy. The heat pump collects it, concentrates it, and releases it indoors.')),
      heading(B('Part two — How it works')),
      p(X('SFX: a soft whoosh as the diagram animates.')),
      p(H('So how does it concentrate the heat?')),
      p(E('A special fluid absorbs heat outside and turns into a gas. A compressor squeezes that gas, which makes it much hotter. Inside, the hot gas gives its heat to your radiators or your floor, cools down, and the cycle starts again.')),
      p(H('And that uses less energy than a boiler?')),
      p(E('For every unit of electricity it uses, a good heat pump delivers three or four units of heat. That is why it is so efficient.')),
      heading(B('Part three — Close')),
      p(H('Curious whether a heat pump is right for your home? Greenfield Energy can tell you in one free visit.')),
      p(X('MUSIC: bed out, logo sting.')),
    ],
  };
})();

// 10. Names in their own text colour after "Voice key:", separated by " · ", the last entry
//     "On-screen text" in light grey. Word theme colours. English documentary.
const documentary = (() => {
  const NARR = theme('dark1', { lighter: 25 }, '404040');
  // accent1 shaded BF: Word's cached value and the theme agree exactly (not so for accent2/6, ±1).
  const INT = theme('accent1', { darker: 25 }, '2F5496');
  const ARCH = ink('538135');
  const OSD = theme('dark1', { lighter: 35 }, '595959');
  const N = (t) => seg('NARRATOR', t, NARR);
  const I = (t) => seg('INTERVIEWER', t, INT);
  const A = (t) => seg('ARCHIVE VOICE', t, ARCH);
  const O = (t) => seg(null, t, OSD);
  return {
    name: 'en-documentary-voice-key-text-colours',
    shape: 'names in their own text colour after "Voice key:", "·" separators, "On-screen text" entry not recorded',
    producer: 'docx package, Word-style theme colours (text1 tint BF and A6, accent1 shade BF) and a plain hex',
    lang: 'en-GB',
    legend: {
      kind: 'names in colour',
      voices: [
        { name: 'NARRATOR', colors: ['#404040'] },
        { name: 'INTERVIEWER', colors: ['#2F5496'] },
        { name: 'ARCHIVE VOICE', colors: ['#538135'] },
      ],
      unassigned: { colors: ['#595959'] },
    },
    blocks: [
      title(B('The Canal Builders — episode two')),
      p(B('For: Riverside Heritage Trust · Production no. RHT-2-02')),
      p(B('Narration script, version 6, locked 9 June', { italics: true })),
      lp(B('Voice key: '), seg(null, 'NARRATOR', NARR), B(' · '), seg(null, 'INTERVIEWER', INT), B(' · '), seg(null, 'ARCHIVE VOICE', ARCH), B(' · '), seg(null, 'On-screen text', OSD)),
      heading(B('Opening')),
      p(O('Caption: The Midland Cut, summer of the great drought')),
      p(N('Two hundred years ago, this valley was fields and a slow brown river. Then came the men with spades, and in six years they cut a road of water straight through the hills.')),
      p(A('We worked from first light until we could not see the spade in our hands. The pay was fair, the food was not.')),
      p(N('That is the voice of a navvy, written down by a clergyman who visited the camps and was shocked by what he found there.')),
      heading(B('The lock keeper')),
      p(O('Caption: Lock seventeen, present day')),
      p(I('How long has your family looked after this lock?')),
      p(N('Margaret Hale is the fifth generation of her family to keep lock seventeen. She still opens the gates by hand.')),
      p(I('Do you ever wish it were all done by machine?')),
      p(N('She laughs at the question, and does not answer it. The gates swing open behind her, slowly, the way they always have.')),
      heading(B('Closing')),
      p(A('When the first boat came through, the whole town turned out to cheer, and I will own that I cheered loudest of all.')),
      p(N('The canal builders left no monuments. They left this: a road of water that still carries boats, and stories, through the hills.')),
      p(O('End caption: Riverside Heritage Trust')),
    ],
  };
})();

// ---- Legends that must not be trusted -------------------------------------------------------

/** A 16×16 PNG of one colour: a swatch pasted as a picture. */
function swatchPng(hex) {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const size = 16;
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const o = y * (1 + size * 3);
    for (let x = 0; x < size; x++) rows.set([r, g, b], o + 1 + x * 3);
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

// 11. A legend table whose swatches are pictures vo-lines cannot see: read as it stands, every
//     voice would be the black of its name (two voices, one colour: the black text is nobody's).
const pictureSwatches = (() => {
  const HOST = hl('yellow');
  const CALLER = hl('cyan');
  const H = (t) => seg(null, t, HOST);
  const C = (t) => seg(null, t, CALLER);
  return {
    name: 'rejected-swatch-pictures',
    shape: 'table "Voice | Colour" whose swatches are pictures: names in body text, no colour to read',
    producer: 'docx package, pictures in the swatch column, Word-style w:highlight in the script',
    lang: 'en-US',
    rejected: { reasons: ['same-colour', 'body-colour'] },
    blocks: [
      title(B('Tech Talk Tuesday — call-in segment')),
      p(B('Station: WKRL 88.1 · Show ID TTT-0603')),
      p(B('Rundown v1, 3 June', { italics: true })),
      table(
        [
          [[p(B('Voice', { bold: true }))], [p(B('Colour', { bold: true }))]],
          [[p(B('Host'))], { picture: 'FFFF00' }],
          [[p(B('Caller'))], { picture: '00FFFF' }],
        ],
        { legend: true, widths: [60, 40] },
      ),
      heading(B('Segment')),
      p(H('Welcome back to Tech Talk Tuesday. The lines are open, and our first caller has a laptop that will not stop making noise.')),
      p(C('Hi, yes. It sounds like a tiny jet engine, even when I am only writing emails.')),
      p(H('How old is the laptop, and have you ever cleaned the fan?')),
      p(C('It is about five years old. I did not know you were supposed to clean the fan.')),
      p(H('Most people do not. Dust builds up, the fan works harder, and you get the jet engine. A can of compressed air and ten careful minutes usually fix it.')),
      p(B('[Station ident]', { italics: true })),
    ],
  };
})();

// 12. Two voices given the same colour in words ("blue" twice): the legend cannot tell them apart.
const duplicated = (() => {
  const NARR = ink('0070C0');
  const COACH = ink('1F4E79');
  const STUD = ink('00B050');
  const N = (t) => seg(null, t, NARR);
  const C = (t) => seg(null, t, COACH);
  const S = (t) => seg(null, t, STUD);
  return {
    name: 'rejected-duplicated-colour',
    shape: '"NAME = colour" on one line where two voices get the same colour word',
    producer: 'docx package, plain hex text colours',
    lang: 'en-US',
    rejected: { reasons: ['same-colour'] },
    blocks: [
      title(B('Onboarding: Your First Week')),
      p(B('Client: Larkspur Hotels · People team · Module 1')),
      p(B('Draft 1, 20 May', { italics: true })),
      lp(B('Key: Narrator = blue; Coach = blue; Student = green; black = not recorded')),
      heading(B('Screen 1')),
      p(N('Welcome to Larkspur Hotels. This short module walks you through your first week, from your first shift to your first guest.')),
      p(C('Hello and welcome! I am Priya from the front desk team, and I will be your guide.')),
      p(S('Hi Priya. I have to admit I am a bit nervous about the first day.')),
      p(C('Everyone is. By Friday you will be the one reassuring the new starters.')),
      p(N('Let us begin with the tour.')),
    ],
  };
})();

// 13. A legend naming a highlight the script does not use (an old key: pink became bright green).
const unused = (() => {
  const VO1 = hl('yellow');
  const VO2 = hl('green');
  const ANN = hl('cyan');
  const V1 = (t) => seg(null, t, VO1);
  const V2 = (t) => seg(null, t, VO2);
  const A = (t) => seg(null, t, ANN);
  return {
    name: 'rejected-colour-not-used',
    shape: '"NAME = colour highlight" entries where one colour is not used in the script',
    producer: 'docx package, Word-style w:highlight',
    lang: 'en-GB',
    rejected: { reasons: ['colour-not-used'] },
    blocks: [
      title(B('Fresh Basket — summer TV campaign')),
      p(B('Client: Fresh Basket Grocers · Job FB-TV-22')),
      p(B('Version 4, 11 June', { italics: true })),
      lp(B('Cast: VO1 = yellow highlight · VO2 = pink highlight · ANNCR = turquoise highlight')),
      heading(B('Spot — "Picnic" — :30')),
      p(V1('Who packed the picnic?')),
      p(V2('Nobody packed the picnic. I thought you packed the picnic.')),
      p(V1('Then we stop at Fresh Basket on the way. It is right there.')),
      p(A('Fresh Basket. Everything for the summer, ready in minutes, with fruit picked this week by farmers you could name.')),
      p(V2('Strawberries, bread, that cheese you like. Done.')),
      p(A('Fresh Basket Grocers. Open late all summer.')),
    ],
  };
})();

// 16. Colours in words, then a sentence: "Personnages : Hélène (violet), Ibrahim (orange). Les effets
//     sonores sur fond gris ne sont pas enregistrés." A full stop ends the list of voices, and a
//     sentence gives what is not recorded its colour (grey character shading, LibreOffice-style).
const sentences = (() => {
  const HEL = ink('7030A0');
  const IBR = ink('C55A11');
  const SFX = shd('D9D9D9');
  const H = (t) => seg('Hélène', fr(t), HEL);
  const I = (t) => seg('Ibrahim', fr(t), IBR);
  const X = (t) => seg(null, fr(t), SFX);
  return {
    name: 'fr-podcast-key-sentences',
    shape: 'names with colours in words, a full stop, then a sentence giving what is not recorded its colour ("sur fond gris ne sont pas enregistrés")',
    producer: 'docx package with plain hex colours and grey character shading',
    lang: 'fr-FR',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'Hélène', colors: ['#7030A0'] },
        { name: 'Ibrahim', colors: ['#C55A11'] },
      ],
      unassigned: { highlights: ['#D9D9D9'] },
    },
    blocks: [
      title(Bfr('Podcast « Les métiers du bois » — épisode 4')),
      p(Bfr('Enregistrement prévu le 12 juin · durée cible 4 minutes', { italics: true })),
      lp(Bfr('Personnages : Hélène (violet), Ibrahim (orange). Les effets sonores sur fond gris ne sont pas enregistrés.')),
      heading(Bfr('Partie 1 — L’atelier')),
      p(X('[Jingle d’ouverture, 5 secondes]')),
      p(H('Bonjour et bienvenue dans « Les métiers du bois ». Aujourd’hui, nous partons à la rencontre d’un ébéniste installé à Lyon depuis quinze ans.')),
      p(I('Merci de m’accueillir, Hélène. Mon atelier fait cent vingt mètres carrés, et j’y travaille avec deux apprentis.')),
      p(H('Qu’est-ce qui vous a donné envie de faire ce métier ?')),
      p(I('Mon grand-père ! Il réparait des chaises le dimanche, et moi je regardais.')),
      p(X('[Bruit de rabot]')),
      heading(Bfr('Partie 2 — Les essences')),
      p(I('Le chêne, le noyer, le frêne… chaque essence a son caractère. Le chêne se travaille lentement : il faut compter trois à quatre semaines pour une table.')),
      p(H('Merci Ibrahim. Retrouvez tous nos épisodes sur notre site. À bientôt !')),
    ],
  };
})();

// 17. Names in their own text colour after "Voices:", then a sentence in the legend's plain text that
//     gives what is not recorded a colour in words: "Voices: Narrator, Expert, Customer. Notes in grey
//     are not recorded." The note's own look is the legend's (black): the grey it names is what is not
//     recorded, not black. Plain hex colours as python-docx writes them (Word's standard colours).
const namesThenNote = (() => {
  const NARR = ink('1F4E79');
  const EXP = ink('008000');
  const CUST = ink('C00000');
  const NOTE = ink('808080');
  const N = (t) => seg('Narrator', t, NARR);
  const E = (t) => seg('Expert', t, EXP);
  const C = (t) => seg('Customer', t, CUST);
  const O = (t) => seg(null, t, NOTE);
  return {
    name: 'en-elearning-names-then-grey-note',
    shape: 'names in their own text colour after "Voices:", then a plain-text sentence naming the colour of what is not recorded ("Notes in grey are not recorded.")',
    producer: 'docx package, plain hex text colours as python-docx writes them (Word standard colours)',
    lang: 'en-US',
    legend: {
      kind: 'names in colour',
      voices: [
        { name: 'Narrator', colors: ['#1F4E79'] },
        { name: 'Expert', colors: ['#008000'] },
        { name: 'Customer', colors: ['#C00000'] },
      ],
      unassigned: { colors: ['#808080'] },
    },
    blocks: [
      title(B('Delivery Quality — e-learning module 2')),
      p(B('Client: Northway Logistics · Course NL-DQ-02')),
      p(B('Voice-over script v3, approved 14 May', { italics: true })),
      lp(B('Voices: '), seg(null, 'Narrator', NARR), B(', '), seg(null, 'Expert', EXP), B(', '), seg(null, 'Customer', CUST), B('. Notes in grey are not recorded.')),
      heading(B('Screen 1 — Welcome')),
      p(O('On screen: the warehouse at dawn, trucks at the loading bays.')),
      p(N('Every parcel that leaves our warehouse carries a promise. In this module you will learn how we keep it, from the loading bay to the customer’s door.')),
      p(E('I have run quality checks here for eleven years. Most problems start long before a truck leaves the yard.')),
      heading(B('Screen 2 — The check')),
      p(O('On screen: a driver scanning a pallet label.')),
      p(N('Before loading, the driver checks three things: the label, the seal and the weight on the scale.')),
      p(C('Last winter a pallet arrived with a broken seal. We sent the whole order back.')),
      p(E('A broken seal means we cannot prove nothing was taken. So we never load one, however late we are running.')),
      heading(B('Screen 3 — Summary')),
      p(O('On screen: the three checks as icons.')),
      p(N('Label, seal, weight. Three checks, every pallet, every time. Select Next to try them yourself.')),
    ],
  };
})();

// 18. "NAME: colour text", one per line, in a script whose headings are Word's blue (Heading 1's
//     accent1 shade BF, #2F5496) while the narrator's lines are pure blue #0000FF. "blue" is the
//     narrator's blue: the headings' blue is nearer Word's "Blue" (#0070C0), but it colours no line.
const blueHeadings = (() => {
  const HEAD = theme('accent1', { darker: 25 }, '2F5496');
  const NARR = ink('0000FF');
  const EXP = ink('00B050');
  const LRN = ink('FF0000');
  const N = (t) => seg('Narrator', t, NARR);
  const E = (t) => seg('Expert', t, EXP);
  const L = (t) => seg('Learner', t, LRN);
  const H = (t) => heading(seg(null, t, HEAD));
  return {
    name: 'en-safety-words-blue-headings',
    shape: '"Narrator: blue text" one per line, "Black text: directions, do not record"; headings in Word\'s heading blue, the narrator in pure blue',
    producer: 'docx package, headings in theme accent1 shade BF (as Word and python-docx style them), plain hex voices',
    lang: 'en-GB',
    legend: {
      kind: 'colours in words',
      voices: [
        { name: 'Narrator', colors: ['#0000FF'] },
        { name: 'Expert', colors: ['#00B050'] },
        { name: 'Learner', colors: ['#FF0000'] },
      ],
      unassigned: { colors: ['#000000'] },
    },
    blocks: [
      title(seg(null, 'Workplace Safety — Module 1', HEAD)),
      p(B('Client: BuildRight Ltd · Script v2 · 11 March')),
      lp(B('Narrator: blue text')),
      lp(B('Expert: green text')),
      lp(B('Learner: red text')),
      lp(B('Black text: directions, do not record')),
      H('Screen 1 — Boots'),
      p(B('[Photo: a pair of steel-toe boots on a site hut step]')),
      p(N('Welcome to the course on workplace safety. Over the next ten minutes we will look at the three most common risks on a building site.')),
      p(E('Thanks. I have worked on building sites for twenty years, and I have seen every one of these mistakes.')),
      p(L('So where should a new worker start?')),
      p(E('With their boots. Good boots prevent more injuries than any sign on a wall.')),
      H('Screen 2 — Ladders'),
      p(B('[Animation: a ladder against scaffolding]')),
      p(N('Let us look at the second risk: ladders.')),
      p(E('Always keep three points of contact. Two feet and a hand, every time.')),
      p(L('Even for a quick job at the top?')),
      p(E('Especially then. Quick jobs are when people fall.')),
    ],
  };
})();

export const FIXTURES = [podcast, spotOneLiners, elearning, radio, swatchTable, swatchTableSpaces, swatchHighlights, separateParagraphs, trainingLines, dashLine, tableHighlights, documentary, pictureSwatches, sentences, namesThenNote, blueHeadings, duplicated, unused];

// ---------------------------------------------------------------------------------------------
// DOCX writing
// ---------------------------------------------------------------------------------------------

function tableOf(block) {
  const total = 6000;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: block.widths.map((w) => Math.round((total * w) / 100)),
    rows: block.rows.map(
      (row) =>
        new TableRow({
          children: row.map((cell, ci) => {
            const width = { size: Math.round((total * block.widths[ci]) / 100), type: WidthType.DXA };
            if (cell.shade) {
              const children = cell.space ? [new TextRun('\u00A0')] : [];
              return new TableCell({ borders, width, shading: { type: ShadingType.CLEAR, fill: cell.shade, color: 'auto' }, children: [new Paragraph({ children })] });
            }
            if (cell.picture) {
              const picture = new ImageRun({ type: 'png', data: swatchPng(cell.picture), transformation: { width: 28, height: 14 } });
              return new TableCell({ borders, width, children: [new Paragraph({ children: [picture] })] });
            }
            return new TableCell({ borders, width, children: cell.map(paragraphOf) });
          }),
        }),
    ),
  });
}

function buildDocument(fixture) {
  const children = [];
  for (const b of fixture.blocks) {
    if (b.kind === 'table') {
      children.push(tableOf(b));
      children.push(new Paragraph({ children: [] }));
    } else children.push(paragraphOf(b));
  }
  return new Document({
    creator: 'vo-lines legend fixtures',
    title: fixture.name,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: fixture.lang } } },
        title: { run: { size: 36, bold: true } },
        heading2: { run: { size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ children }],
  });
}

async function main() {
  const wantPdf = process.argv.includes('--pdf');
  // --only NAME: write that fixture's DOCX (and PDF) only, leaving the others' bytes as committed.
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
  const chosen = FIXTURES.filter((f) => !only || f.name === only);
  if (only && chosen.length === 0) throw new Error(`no fixture ${only}`);
  mkdirSync(OUT, { recursive: true });
  const expected = [];
  const viaLibreOffice = [];
  for (const fixture of FIXTURES) {
    const path = join(OUT, `${fixture.name}.docx`);
    expected.push(computeExpected(fixture));
    if (!chosen.includes(fixture)) continue;
    writeFileSync(path, postProcess(await Packer.toBuffer(buildDocument(fixture)), FIXED_DATE));
    if (fixture.libreOffice) viaLibreOffice.push(path);
    console.log(`${fixture.name}: ${fixture.legend ? Object.entries(expected.at(-1).voices).map(([v, e]) => `${v} ${e.words}`).join(', ') : `rejected (${fixture.rejected.reasons.join(', ')})`}`);
  }
  if (viaLibreOffice.length) {
    // Saved again by LibreOffice: its own DOCX writer, not the docx package's.
    const temp = mkdtempSync(join(tmpdir(), 'vo-lines-lo-'));
    try {
      sofficeConvert(viaLibreOffice, 'docx:MS Word 2007 XML', temp, SOFFICE_PROFILE);
      for (const path of viaLibreOffice) copyFileSync(join(temp, basename(path)), path);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  if (wantPdf) {
    sofficeConvert(chosen.map((f) => join(OUT, `${f.name}.docx`)), 'pdf', OUT, SOFFICE_PROFILE);
    for (const f of chosen) if (!existsSync(join(OUT, `${f.name}.pdf`))) throw new Error(`soffice did not write ${f.name}.pdf`);
  }
  const version = sofficeVersion();
  writeFileSync(
    join(OUT, 'expected.json'),
    `${JSON.stringify({ $comment: 'Generated by scripts/build-legend-fixtures.mjs from the same data as the DOCX files; see tests/fixtures/legends/README.md.', libreOffice: version, fixtures: expected }, null, 2)}\n`,
  );
  console.log(`${readdirSync(OUT).filter((f) => f.endsWith('.docx')).length} DOCX${wantPdf ? ' and PDF' : ''} in ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
