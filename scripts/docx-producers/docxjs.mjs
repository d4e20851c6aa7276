#!/usr/bin/env node
// DOCX fixtures written by docx.js (npm `docx`, the project's own dependency, 9.15.2), in the shapes
// its users write: styles with colour in w:basedOn chains, highlights, run and paragraph shading,
// table cells shaded, merged cells, numbering, headers and footers, footnotes, comments, tabs, line
// breaks, hyperlinks, bookmarks, tracked changes, hidden text, a VML text box, a landscape section.
//
//   node scripts/docx-producers/docxjs.mjs
//
// Each script is data: paragraphs of segments { voice, text, run } (run: the TextRun options that
// give the segment its look). The same data writes the DOCX and NAME.json (what a reader sees:
// text that Word and LibreOffice do not show, or show in no voice's colour, is in the data with no
// voice, or not at all).
import { writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Bookmark,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  WidthType,
} from 'docx';
import { outPath, stabilise, writeScript } from './common.mjs';

const PRODUCER = 'docx.js 9.15.2 (npm docx)';
const DATE = '2025-09-01T08:00:00Z';

async function save(name, doc) {
  writeFileSync(outPath(name, 'docx'), stabilise(await Packer.toBuffer(doc)));
}

/** Runs of a paragraph's segments; `data` gets the paragraph's [voice, text] pairs. */
function runs(segs) {
  return segs.map((s) => s.make?.() ?? new TextRun({ text: s.text, ...s.run }));
}
const seg = (voice, text, run = {}) => ({ voice, text, run });
const dataOf = (segs) => segs.filter((s) => s.text !== '' && !s.unread).map((s) => [s.voice, s.read ?? s.text]);

// ------------------------------------------------------------------------------------------------
// docxjs-elearning-en: an e-learning module, every way docx.js gives text a colour a reader sees
// ------------------------------------------------------------------------------------------------

async function elearning() {
  const name = 'docxjs-elearning-en';
  const NARR = 'C55A11';
  const paras = [];
  const body = [];
  const add = (paragraph, segs) => {
    body.push(paragraph);
    if (segs) paras.push(dataOf(segs));
  };
  const P = (segs, options = {}) => add(new Paragraph({ ...options, children: runs(segs) }), segs);
  const narrator = (segs) => P(segs, { style: 'Narrator' });
  const expert = (text) => seg('Expert', text, { style: 'Expert' });

  P([seg(null, 'Working at Height — Module 3')], { heading: HeadingLevel.TITLE });
  P([seg(null, 'Scene 1 — On the site')], { heading: HeadingLevel.HEADING_1 });
  narrator([
    seg('Narrator', 'Welcome to module three. In this module we look at ladders, scaffolds and harnesses.'),
    { voice: 'Narrator', text: '', make: () => new FootnoteReferenceRun(1) },
  ]);
  // A line break inside the paragraph (TextRun break) and a tab.
  narrator([seg('Narrator', 'Before you climb, stop.'), { voice: 'Narrator', text: ' Look at the ladder from top to bottom.', read: ' Look at the ladder from top to bottom.', make: () => new TextRun({ text: 'Look at the ladder from top to bottom.', break: 1 }) }]);
  P([expert('Most falls happen from less than two metres.'), { voice: 'Expert', text: ' ', make: () => new TextRun({ children: [new Tab()], style: 'Expert' }) }, expert('Rule one: three points of contact.')]);
  // A comment on the learner's line (comments are not script lines).
  body.push(
    new Paragraph({
      children: [new CommentRangeStart(0), new TextRun({ text: 'So even a short ladder can hurt you?', highlight: 'yellow' }), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
    }),
  );
  paras.push([['Learner', 'So even a short ladder can hurt you?']]);
  P([seg('Host', 'That’s right — and that is why we check it every time.', { shading: { type: ShadingType.CLEAR, fill: 'FFE699', color: 'auto' } })]);
  // A hyperlink: its run in the Hyperlink character style, the narrator's colour given directly.
  body.push(
    new Paragraph({
      style: 'Narrator',
      children: [
        new TextRun('Download the checklist from the '),
        new ExternalHyperlink({ link: 'https://example.com/safety', children: [new TextRun({ text: 'safety portal', style: 'Hyperlink', color: NARR })] }),
        new TextRun('.'),
      ],
    }),
  );
  paras.push([['Narrator', 'Download the checklist from the safety portal.']]);
  // A bookmark around the expert's words.
  body.push(new Paragraph({ children: [new Bookmark({ id: 'rule-two', children: [new TextRun({ text: 'Rule two: never stand on the top three rungs.', style: 'Expert' })] })] }));
  paras.push([['Expert', 'Rule two: never stand on the top three rungs.']]);
  // A tracked deletion (not read) and insertion (read).
  body.push(
    new Paragraph({
      style: 'Narrator',
      children: [
        new TextRun('Always '),
        new DeletedTextRun({ text: 'wear gloves and ', id: 1, author: 'Client', date: DATE }),
        new InsertedTextRun({ text: 'clip your harness on ', id: 2, author: 'Client', date: DATE }),
        new TextRun('before you climb.'),
      ],
    }),
  );
  paras.push([['Narrator', 'Always clip your harness on before you climb.']]);
  // Hidden text (w:vanish): an alternative take nobody sees.
  narrator([seg('Narrator', 'Thanks for staying with us.'), { voice: 'Narrator', text: ' [alt: Thanks for watching.]', unread: true, run: { vanish: true } }]);
  P([seg('Quiz', 'Question one. Which of these is a safe ladder angle?')], { shading: { type: ShadingType.CLEAR, fill: 'DDEBF7', color: 'auto' } });
  for (const item of ['Check the feet.', 'Check the rungs.', 'Check the locking bars.']) {
    P([expert(item)], { numbering: { reference: 'steps', level: 0 } });
  }
  // A storyboard table: a screen cell merged over two rows, shaded audio cells, a row spanning both columns.
  const cell = (segs, options = {}) => new TableCell({ ...options, children: [new Paragraph({ style: options.pStyle, children: runs(segs) })] });
  const screen = [seg(null, 'Worker climbs a ladder, close-up on the hands.')];
  const coach = [seg('Coach', 'Keep your hips between the rails.')];
  const lean = [seg('Narrator', 'Never lean out to reach further.')];
  const gotIt = [seg('Learner', 'Got it. Hips between the rails.', { highlight: 'yellow' })];
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cell([seg(null, 'Screen', { bold: true })]), cell([seg(null, 'Audio', { bold: true })])] }),
        new TableRow({ children: [cell(screen, { rowSpan: 2 }), cell(coach, { shading: { type: ShadingType.CLEAR, fill: 'E2EFDA', color: 'auto' } })] }),
        new TableRow({ children: [new TableCell({ children: [new Paragraph({ style: 'Narrator', children: runs(lean) })] })] }),
        new TableRow({ children: [cell(gotIt, { columnSpan: 2 })] }),
      ],
    }),
  );
  paras.push([[null, 'Screen']], [[null, 'Audio']], dataOf(screen), dataOf(coach), dataOf(lean), dataOf(gotIt));
  // A VML text box (docx.js writes w:pict/v:shape/v:textbox only, no DrawingML choice), read after its anchor.
  P([seg(null, 'On-screen text appears on the right.')]);
  const boxed = [seg('Host', 'Remember: helmet, harness, boots.', { shading: { type: ShadingType.CLEAR, fill: 'FFE699', color: 'auto' } })];
  body.push(new Textbox({ alignment: AlignmentType.LEFT, style: { width: '220pt', height: 'auto' }, children: [new Paragraph({ children: runs(boxed) })] }));
  paras.push(dataOf(boxed));

  const landscape = [];
  const L = (segs, options = {}) => {
    landscape.push(new Paragraph({ ...options, children: runs(segs) }));
    paras.push(dataOf(segs));
  };
  L([seg(null, 'Scene 2 — Wrap-up')], { heading: HeadingLevel.HEADING_1 });
  landscape.push(new Paragraph({ style: 'Narrator', children: [new TextRun('That’s the end of module three. See you in module four.')] }));
  paras.push([['Narrator', 'That’s the end of module three. See you in module four.']]);

  const doc = new Document({
    creator: 'vo-lines fixtures',
    styles: {
      paragraphStyles: [
        { id: 'Voice', name: 'Voice', basedOn: 'Normal', run: { color: '595959' } },
        { id: 'Narrator', name: 'Narrator', basedOn: 'Voice', next: 'Narrator', run: { color: NARR } },
      ],
      characterStyles: [
        { id: 'ExpertBase', name: 'Expert Base', run: { color: '7F7F7F', italics: true } },
        { id: 'Expert', name: 'Expert', basedOn: 'ExpertBase', run: { color: '00B050' } },
      ],
    },
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    comments: { children: [{ id: 0, author: 'Director', date: new Date(DATE), children: [new Paragraph({ children: [new TextRun({ text: 'A little more surprised here, please.', color: NARR })] })] }] },
    footnotes: { 1: { children: [new Paragraph({ children: [new TextRun({ text: 'Say “scaffolds”, not “scaffoldings”.', color: NARR })] })] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: 'Module 3 — VO script v2', color: NARR })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })] }) },
        children: body,
      },
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: landscape },
    ],
  });
  await save(name, doc);
  writeScript(
    name,
    PRODUCER,
    'e-learning module: Narrator by a paragraph style (basedOn Voice basedOn Normal), Expert by a character style (basedOn Expert Base), Learner by w:highlight, Host by run shading, Quiz by paragraph shading, Coach by a table cell shading; footnote, comment, header, footer (not lines), hyperlink, bookmark, tab, line break, tracked deletion and insertion, hidden text, a numbered list, merged cells, a VML text box, a landscape section',
    {
      Narrator: { color: `#${NARR}` },
      Expert: { color: '#00B050' },
      Learner: { highlight: 'yellow' },
      Host: { highlight: '#FFE699' },
      Quiz: { highlight: '#DDEBF7' },
      Coach: { highlight: '#E2EFDA' },
    },
    ['#000000', '#2E74B5'],
    paras,
  );
}

// ------------------------------------------------------------------------------------------------
// docxjs-style-highlight-fr: a highlight set in a character style, which Word and LibreOffice do not show
// ------------------------------------------------------------------------------------------------

async function styleHighlight() {
  const name = 'docxjs-style-highlight-fr';
  const paras = [];
  const body = [];
  const P = (segs, options = {}) => {
    body.push(new Paragraph({ ...options, children: runs(segs) }));
    paras.push(dataOf(segs));
  };
  const lea = (text) => seg('Léa', text, { style: 'Lea' });
  // Marc's lines are in the character style "Marc", whose only formatting is a cyan highlight:
  // Word ignores a highlight in a character style, and LibreOffice does as Word does. A reader
  // sees Marc's words in plain black.
  const marc = (text) => seg(null, text, { style: 'Marc' });
  const choeur = (text) => seg('Chœur', text, { style: 'Choeur' });
  P([seg(null, 'Épisode 4 — scène 12 (version doublage)')], { heading: HeadingLevel.TITLE });
  P([seg('Narrateur', 'La nuit tombe sur le port. Deux silhouettes avancent le long du quai.')], { style: 'Narrateur' });
  P([lea('Tu es sûr que c’est ici ?')]);
  P([marc('Certain. Il m’a dit le hangar numéro sept.')]);
  P([lea('Il n’y a personne. On aurait dû venir plus tôt.')]);
  P([marc('Attends… tu entends ça ?')]);
  // The one line where Marc's cyan is direct formatting: that one a reader sees.
  P([seg('Marc', 'Quelqu’un vient. Cache-toi !', { style: 'Marc', highlight: 'cyan' })]);
  P([choeur('Sept hangars, sept secrets, et la mer qui se tait.')]);
  P([seg('Narrateur', 'Une porte grince. Puis plus rien.')], { style: 'Narrateur' });
  P([lea('Marc ? Marc, réponds-moi !')]);
  const doc = new Document({
    creator: 'vo-lines fixtures',
    styles: {
      paragraphStyles: [{ id: 'Narrateur', name: 'Narrateur', basedOn: 'Normal', run: { highlight: 'green' } }],
      characterStyles: [
        { id: 'Lea', name: 'Léa', run: { color: '7030A0' } },
        { id: 'Marc', name: 'Marc', run: { highlight: 'cyan' } },
        { id: 'Choeur', name: 'Chœur', run: { shading: { type: ShadingType.CLEAR, fill: 'FCE4D6', color: 'auto' } } },
      ],
    },
    sections: [{ children: body }],
  });
  await save(name, doc);
  writeScript(
    name,
    PRODUCER,
    'dubbing scene in French: Narrateur by a highlight in a paragraph style (shown), Léa by a character style colour, Chœur by character style shading, Marc by a character style whose only formatting is a cyan highlight (Word and LibreOffice show none; one of his lines has the highlight as direct formatting)',
    { Narrateur: { highlight: 'green' }, Léa: { color: '#7030A0' }, Marc: { highlight: 'cyan' }, Chœur: { highlight: '#FCE4D6' } },
    ['#000000'],
    paras,
  );
}

// ------------------------------------------------------------------------------------------------
// docxjs-solid-shading-en: ShadingType.SOLID with a fill and no pattern colour (Word paints it black)
// ------------------------------------------------------------------------------------------------

async function solidShading() {
  const name = 'docxjs-solid-shading-en';
  const paras = [];
  const rows = [];
  // ANNCR: solid shading in its pattern colour (correct: solid paints w:color).
  const anncr = { type: ShadingType.SOLID, color: 'FFD966' };
  // MUM: clear shading with a fill (correct: clear paints w:fill).
  const mum = { type: ShadingType.CLEAR, fill: 'DEEBF7', color: 'auto' };
  // KID: solid with only a fill, as docx.js users often write it (dolanmiu/docx#3008): solid paints
  // the pattern colour, which is automatic: Word paints the cell black (and the automatic text
  // white); LibreOffice paints it white. Neither shows the green fill meant.
  const kid = { type: ShadingType.SOLID, fill: 'E2EFDA' };
  const line = (label, voice, text, shading) => {
    rows.push(
      new TableRow({
        children: [
          new TableCell({ width: { size: 1400, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
          new TableCell({ width: { size: 7600, type: WidthType.DXA }, shading, children: [new Paragraph({ children: [new TextRun(text)] })] }),
        ],
      }),
    );
    // A speaker's name cell is no line (src/attribute/name-cells.ts); a direction's (SFX) is read as it is.
    paras.push(label === 'SFX' ? [[null, label]] : { segs: [[null, label]], name: true }, [[voice, text]]);
  };
  // The key: each speaker's name beside an empty cell shaded as the speaker's lines are.
  const key = [
    ['ANNCR', anncr],
    ['MUM', mum],
    ['KID', kid],
  ];
  const keyTable = new Table({
    width: { size: 4000, type: WidthType.DXA },
    rows: key.map(
      ([label, shading]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun(label)] })] }),
            new TableCell({ width: { size: 2000, type: WidthType.DXA }, shading, children: [new Paragraph({})] }),
          ],
        }),
    ),
  });
  paras.push({ segs: [[null, 'Key']], legend: true }, ...key.map(([label]) => ({ segs: [[null, label]], legend: true })));
  paras.push([[null, 'SPOT 1 — Summer Sale (:30)']]);
  line('SFX', null, '[Beach waves, seagulls.]', undefined);
  line('ANNCR', 'ANNCR', 'Summer is here, and so is the Big Summer Sale at Harbour Home.', anncr);
  line('MUM', 'MUM', 'New garden chairs for everyone? I love it.', mum);
  line('KID', null, 'Can we get the hammock too? Please?', kid);
  line('MUM', 'MUM', 'Only if you help me carry it.', mum);
  line('KID', null, 'Deal!', kid);
  line('ANNCR', 'ANNCR', 'Everything outdoors at half price, this weekend only. Harbour Home.', anncr);
  const doc = new Document({
    creator: 'vo-lines fixtures',
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Key', bold: true })] }),
          keyTable,
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('SPOT 1 — Summer Sale (:30)')] }),
          new Table({ width: { size: 9000, type: WidthType.DXA }, rows }),
        ],
      },
    ],
  });
  await save(name, doc);
  writeScript(
    name,
    PRODUCER,
    'radio spot in a label | text table under a key table of swatches (a name, an empty cell shaded as the speaker): ANNCR cells shaded solid in a pattern colour, MUM cells clear with a fill, KID cells ShadingType.SOLID with only a fill (Word paints them black, LibreOffice white: no reader sees the fill)',
    { ANNCR: { highlight: '#FFD966' }, MUM: { highlight: '#DEEBF7' }, KID: { highlight: '#E2EFDA' } },
    ['#000000'],
    paras,
  );
}

await elearning();
await styleHighlight();
await solidShading();
