/**
 * DOCX text a reader sees otherwise than as it is stored, on documents built in memory
 * (tests/helpers/docx-builder.ts) and one-page PDFs built by hand (tests/helpers/pdf-builder.ts):
 * - ruby (`w:ruby`): the base is read, the reading above it (`w:rt`) is not said apart;
 * - equations (`m:oMath`, `m:oMathPara`): read as written, in their runs' colour, and said;
 * - a text effect of no fill and no outline (`w14:textFill/w14:noFill`): hidden, as Word shows it, and said;
 * - text in the colour of what it stands on (white on the white page, yellow on a yellow highlight, the
 *   page's own colour): no voice's line, in no count, said (attribute/invisible.ts), for DOCX and PDF;
 * - a master document's subdocument (`w:subDoc`): said (`subdocument-unread`, rule unread-text);
 * - tracked changes counted by kind and said where they stand, formatting changes among them.
 * Every value asserted is exact.
 */
import { describe, expect, it } from 'vitest';
import { analyseBytes, type Analysis } from '../src/pipeline.js';
import { parseConfigText } from '../src/config/parse.js';
import { warningRule } from '../src/config/rules.js';
import { readDocx } from '../src/readers/docx/index.js';
import type { Warning } from '../src/model.js';
import { buildDocx, r, type DocxParts } from './helpers/docx-builder.js';
import { onePagePdf } from './helpers/pdf-builder.js';

const CONFIG = 'voices:\n  Narrator: { color: "#C00000" }\n  Expert: { highlight: yellow }\n  Announcer: { color: "#FFFFFF" }\nunassigned: ["#000000"]\n';
const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const RED = '<w:color w:val="C00000"/>';
const N = (text: string, more = '') => r(text, RED + more);
const E = (text: string) => r(text, '<w:highlight w:val="yellow"/>');
const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

async function analyseDocx(parts: DocxParts | string): Promise<Analysis> {
  const config = await parseConfigText(CONFIG, 'vo-lines.config.yaml');
  return analyseBytes(buildDocx(typeof parts === 'string' ? { body: parts } : parts), 'probe.docx', { config });
}

async function analysePdf(content: string): Promise<Analysis> {
  const config = await parseConfigText(CONFIG, 'vo-lines.config.yaml');
  return analyseBytes(onePagePdf(content, false), 'probe.pdf', { config });
}

/** Words per voice, and unassigned. */
function words(analysis: Analysis): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of analysis.report.voices) out[v.name] = v.words;
  out['unassigned'] = analysis.report.unassigned.words;
  return out;
}

const texts = (analysis: Analysis): string[] => analysis.script.paragraphs.map((p) => p.runs.map((run) => run.text).join(''));
const said = (analysis: Analysis, code: string): Warning[] => analysis.report.warnings.filter((w) => w.code === code);

describe('ruby: the base is read, its reading is not said apart', () => {
  const ruby = (base: string, reading: string, rPr: string, lid: string) =>
    `<w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="20"/><w:hpsBaseText w:val="20"/><w:lid w:val="${lid}"/></w:rubyPr>` +
    `<w:rt>${r(reading, rPr)}</w:rt><w:rubyBase>${r(base, rPr)}</w:rubyBase></w:ruby>`;

  it('English: "We visit Tokyo today." (4 words), not the reading "toe key oh" glued to it', async () => {
    const analysis = await analyseDocx(P(N('We visit '), ruby('Tokyo', 'toe key oh', RED, 'en-US'), N(' today.')));
    expect(texts(analysis)).toEqual(['We visit Tokyo today.']);
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 0, Announcer: 0, unassigned: 0 });
  });

  it('Japanese furigana: 東京に行きます。 (7 words), not とうきょう before it', async () => {
    const analysis = await analyseDocx(P(ruby('東京', 'とうきょう', RED, 'ja-JP'), N('に行きます。')));
    expect(texts(analysis)).toEqual(['東京に行きます。']);
    expect(words(analysis)).toEqual({ Narrator: 7, Expert: 0, Announcer: 0, unassigned: 0 });
  });
});

describe('equations: read as written, in their colour, and said', () => {
  it('an inline equation in a Narrator sentence is read in its place and colour', async () => {
    const analysis = await analyseDocx(P(N('The answer is '), `<m:oMath ${M}><m:r>${`<w:rPr>${RED}</w:rPr>`}<m:t>x=5</m:t></m:r></m:oMath>`, N(' exactly.')));
    expect(texts(analysis)).toEqual(['The answer is x=5 exactly.']);
    expect(words(analysis)).toEqual({ Narrator: 5, Expert: 0, Announcer: 0, unassigned: 0 });
    expect(said(analysis, 'equations-as-written')).toEqual([
      {
        code: 'equations-as-written',
        message:
          'An equation ("x=5") at ¶1 is counted as it is written, with the colour of its text: a narrator says it in words ("x equals five"), so the spoken word count of its line is approximate. Check it by eye.',
        details: { equations: 1, first: ['x=5'], paragraphs: [1] },
        location: { story: 'body', paragraph: 1 },
      },
    ]);
  });

  it('a display equation (m:oMathPara) is a paragraph of its own; a deleted one is not read; each is counted', async () => {
    const display = `<w:p><m:oMathPara ${M}><m:oMath><m:r><m:t>E=m</m:t></m:r><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath></m:oMathPara></w:p>`;
    const fraction = P(N('Take '), `<m:oMath ${M}><m:f><m:num><m:r><w:rPr>${RED}</w:rPr><m:t>1</m:t></m:r></m:num><m:den><m:r><w:rPr>${RED}</w:rPr><m:t>2</m:t></m:r></m:den></m:f></m:oMath>`, N(' of it.'));
    const deleted = P(N('Then '), `<w:del w:id="1" w:author="a"><m:oMath ${M}><m:r><w:rPr>${RED}</w:rPr><m:t>y=2</m:t></m:r></m:oMath></w:del>`, `<m:oMath ${M}><m:r><w:rPr>${RED}</w:rPr><m:t>y=3</m:t></m:r></m:oMath>`, N(' holds.'));
    const analysis = await analyseDocx(P(E('The expert reads it aloud.')) + display + deleted + fraction);
    expect(texts(analysis)).toEqual(['The expert reads it aloud.', 'E=mc²', 'Then y=3 holds.', 'Take 1/2 of it.']);
    expect(words(analysis)).toEqual({ Narrator: 7, Expert: 5, Announcer: 0, unassigned: 1 });
    const [warning] = said(analysis, 'equations-as-written');
    expect(warning!.message).toBe(
      '3 equations ("E=mc²", "y=3", "1/2") at ¶2, ¶3, ¶4 are counted as they are written, with the colour of their text: a narrator says them in words ("x equals five"), so the spoken word count of their lines is approximate. Check them by eye.',
    );
    expect(warning!.details).toEqual({ equations: 3, first: ['E=mc²', 'y=3', '1/2'], paragraphs: [2, 3, 4] });
  });
});

describe('a text effect of no fill and no outline is not seen in Word', () => {
  const NOFILL = '<w14:textFill><w14:noFill/></w14:textFill>';

  it('left out as hidden, and said with its words and the colour other readers show', async () => {
    const analysis = await analyseDocx(P(N('Visible narrator words here.')) + P(N('These words cannot be seen at all.', NOFILL)) + P(N('Seen '), N('unseen ', NOFILL), N('again.')));
    expect(texts(analysis)).toEqual(['Visible narrator words here.', 'Seen again.']);
    expect(words(analysis)).toEqual({ Narrator: 6, Expert: 0, Announcer: 0, unassigned: 0 });
    expect(said(analysis, 'text-fill-none')).toEqual([
      {
        code: 'text-fill-none',
        message:
          '8 words have a Word text effect of no fill and no outline, which Word does not show: "These words cannot be seen at all.", "unseen". vo-lines leaves them out, as Word shows the script; LibreOffice and older readers show them in #C00000 red. If they are to be recorded, give them a fill in Word (Font > Text Effects > Text Fill).',
        details: { words: 8, text: ['These words cannot be seen at all.', 'unseen'], fontColour: '#C00000' },
        location: { story: 'body', paragraph: 2 },
      },
    ]);
  });

  it('with an outline drawn, hollow letters are read; an outline of no fill draws nothing; a character style may set it', async () => {
    const outline = '<w14:textOutline w14:w="9525"><w14:solidFill><w14:srgbClr w14:val="C00000"/></w14:solidFill></w14:textOutline>';
    const noOutline = '<w14:textOutline w14:w="0"><w14:noFill/></w14:textOutline>';
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="character" w:styleId="Ghost"><w:name w:val="Ghost"/><w:rPr>${NOFILL}</w:rPr></w:style>`;
    const analysis = await analyseDocx({
      body: P(N('Hollow outlined narrator words.', outline + NOFILL)) + P(N('No outline at all.', noOutline + NOFILL)) + P(N('Styled ghost words.', '<w:rStyle w:val="Ghost"/>')),
      styles,
    });
    expect(texts(analysis)).toEqual(['Hollow outlined narrator words.']);
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 0, Announcer: 0, unassigned: 0 });
    expect(said(analysis, 'text-fill-none')[0]!.details).toEqual({ words: 7, text: ['No outline at all.', 'Styled ghost words.'], fontColour: '#C00000' });
  });
});

describe('text in the colour of what it stands on is not seen (attribute/invisible.ts)', () => {
  it('DOCX: white words inside a Narrator sentence, on the white page: no line, no count, said', async () => {
    const analysis = await analyseDocx(P(N('Narrator line with '), r('hidden white keywords', '<w:color w:val="FFFFFF"/>'), N(' inside.')) + P(E('And I am the expert.')));
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 5, Announcer: 0, unassigned: 0 });
    expect(analysis.report.total.words).toBe(9);
    expect(analysis.casting.lines.map((l) => l.text)).toEqual(['Narrator line with inside.', 'And I am the expert.']);
    expect(said(analysis, 'unknown-colour')).toEqual([]);
    expect(said(analysis, 'text-unseen')).toEqual([
      {
        code: 'text-unseen',
        message:
          '3 words in 1 paragraph are in the colour of what they stand on (#FFFFFF white on the white page): a reader does not see them (unless they stand on a picture or a shape behind the text, which vo-lines does not see), so they are in no voice’s lines and in no count: "hidden white keywords" (¶1). If they are to be recorded, give them a colour a reader sees.',
        details: { words: 3, paragraphs: [1], text: ['hidden white keywords'], looks: [{ color: '#FFFFFF', on: '#FFFFFF', page: true }], page: '#FFFFFF' },
        location: { story: 'body', paragraph: 1 },
      },
    ]);
  });

  it('DOCX: yellow text on a yellow highlight is not the Expert’s; white on dark shading is a voice configured white', async () => {
    const analysis = await analyseDocx(
      P(r('Yellow on yellow words.', '<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/>')) +
        P(E('Seen expert words.')) +
        // Automatic text on a black highlight: Word may show it white; not judged.
        P(r('Automatic on black highlight.', '<w:highlight w:val="black"/>')) +
        P(r('Announcer white on navy.', '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>')),
    );
    expect(words(analysis)).toEqual({ Narrator: 0, Expert: 3, Announcer: 4, unassigned: 4 });
    const [warning] = said(analysis, 'text-unseen');
    expect(warning!.message).toBe(
      '4 words in 1 paragraph are in the colour of what they stand on (#FFFF00 yellow on #FFFF00 yellow): a reader does not see them, so they are in no voice’s lines and in no count: "Yellow on yellow words." (¶1). If they are to be recorded, give them a colour a reader sees.',
    );
    expect(warning!.details).toEqual({ words: 4, paragraphs: [1], text: ['Yellow on yellow words.'], looks: [{ color: '#FFFF00', on: '#FFFF00', page: false }] });
  });

  describe('DOCX with a page colour (w:background, shown as Word shows it: w:displayBackgroundShape)', () => {
    const body =
      P(r('White on the dark page.', '<w:color w:val="FFFFFF"/>')) + P(r('Automatic text on it.')) + P(r('Navy on navy page.', '<w:color w:val="1F3864"/>'));
    const documentXml = (background: string) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${background}<w:body>${body}<w:sectPr/></w:body></w:document>`;
    const SHOWN = '<w:displayBackgroundShape/>';
    const look = (script: Awaited<ReturnType<typeof readDocx>>) => script.paragraphs.map((p) => p.runs.map((run) => [run.text, run.color]));

    it('text in the page’s colour is not seen; white and automatic text on it are (automatic text is white on a dark page)', async () => {
      const parts = { body: '', rawDocument: documentXml('<w:background w:color="1F3864"/>'), settings: SHOWN };
      const script = await readDocx(buildDocx(parts), 'page.docx');
      expect(script.facts.pageColour).toBe('#1F3864');
      expect(look(script)).toEqual([[['White on the dark page.', '#FFFFFF']], [['Automatic text on it.', '#FFFFFF']], [['Navy on navy page.', '#1F3864']]]);
      const analysis = await analyseDocx(parts);
      expect(words(analysis)).toEqual({ Narrator: 0, Expert: 0, Announcer: 9, unassigned: 0 });
      expect(said(analysis, 'text-unseen')[0]!.details).toEqual({ words: 4, paragraphs: [3], text: ['Navy on navy page.'], looks: [{ color: '#1F3864', on: '#1F3864', page: true }], page: '#1F3864' });
    });

    it('a page colour Word does not show (no w:displayBackgroundShape) leaves the page white', async () => {
      const script = await readDocx(buildDocx({ body: '', rawDocument: documentXml('<w:background w:color="1F3864"/>') }), 'page.docx');
      expect(script.facts.pageColour).toBeUndefined();
      expect(look(script)[1]).toEqual([['Automatic text on it.', '#000000']]);
    });

    it('a page filled with a picture: what text on it stands on is not known, and none is judged', async () => {
      const parts = { body: '', rawDocument: documentXml('<w:background w:color="FFFFFF"><v:background id="b" fillcolor="white"><v:fill r:id="rIdPic" type="frame"/></v:background></w:background>'), settings: SHOWN };
      const analysis = await analyseDocx(parts);
      expect(analysis.script.facts.pageUnknown).toBe(true);
      expect(words(analysis)).toEqual({ Narrator: 0, Expert: 0, Announcer: 5, unassigned: 8 });
      expect(said(analysis, 'text-unseen')).toEqual([]);
    });
  });

  it('DOCX: white text in a text box of no fill (over what vo-lines does not know) is not judged', async () => {
    const box = `<w:p><w:r><w:pict><v:shape id="b" style="width:200pt;height:40pt" filled="f"><v:textbox><w:txbxContent>${P(r('Title over a picture.', '<w:color w:val="FFFFFF"/>'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const analysis = await analyseDocx(P(N('Narrator words.')) + box);
    expect(words(analysis)).toEqual({ Narrator: 2, Expert: 0, Announcer: 4, unassigned: 0 });
    expect(said(analysis, 'text-unseen')).toEqual([]);
  });

  it('PDF: white text on no fill is not seen (unless on a picture); white on a dark filled box is', async () => {
    const analysis = await analysePdf(
      [
        'BT /F1 12 Tf 0.75294 0 0 rg 72 700 Td (Narrator words here.) Tj ET',
        'BT /F1 12 Tf 1 g 72 680 Td (Invisible white words here.) Tj ET',
        '0.1216 0.2196 0.3922 rg 66 590 300 24 re f',
        'BT /F1 12 Tf 1 g 72 598 Td (Announcer white on navy.) Tj ET',
      ].join('\n'),
    );
    expect(words(analysis)).toEqual({ Narrator: 3, Expert: 0, Announcer: 4, unassigned: 0 });
    const [warning] = said(analysis, 'text-unseen');
    expect(warning!.message).toBe(
      '4 words in 1 paragraph are in the colour of what they stand on (#FFFFFF white on the white page): a reader does not see them (unless they stand on a picture, which vo-lines does not see), so they are in no voice’s lines and in no count: "Invisible white words here." (page 1, ¶2). If they are to be recorded, give them a colour a reader sees.',
    );
  });
});

describe('a master document’s subdocument is said', () => {
  it('its file named, where it stands, under the unread-text rule; the counts as they are', async () => {
    const analysis = await analyseDocx({
      body: P(N('Master document narrator line.')) + '<w:p><w:subDoc r:id="rIdSub"/></w:p>' + P(E('Expert after it.')),
      extraRels: [{ id: 'rIdSub', type: 'subDocument', target: 'file:///C:/scripts/chapter%202.docx', external: true }],
    });
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 3, Announcer: 0, unassigned: 0 });
    expect(said(analysis, 'subdocument-unread')).toEqual([
      {
        code: 'subdocument-unread',
        message:
          '1 subdocument (chapter 2.docx) is not in this file: this is a master document, and its lines are not counted. Open it in Word, expand its subdocuments (View > Outline > Show Document > Expand Subdocuments), save it as one file and read that, or read each subdocument on its own.',
        details: { subdocuments: 1, files: ['chapter 2.docx'] },
        location: { story: 'body', paragraph: 2 },
      },
    ]);
    expect(warningRule('subdocument-unread')).toBe('unread-text');
  });
});

describe('tracked changes: how many, of which kind, and where', () => {
  const ins = (run: string, id: number) => `<w:ins w:id="${id}" w:author="Reviewer" w:date="2026-01-05T10:00:00Z">${run}</w:ins>`;
  const del = (text: string, id: number) => `<w:del w:id="${id}" w:author="Reviewer" w:date="2026-01-05T10:00:00Z"><w:r><w:rPr>${RED}</w:rPr><w:delText>${text}</w:delText></w:r></w:del>`;
  const recoloured = (text: string) => r(text, `${RED}<w:rPrChange w:id="9" w:author="Reviewer" w:date="2026-01-05T10:00:00Z"><w:rPr><w:highlight w:val="yellow"/></w:rPr></w:rPrChange>`);

  it('insertions, deletions and formatting changes, each counted where it stands, a colour change said so', async () => {
    const body =
      P(N('An untouched narrator line.')) +
      P(N('Welcome '), ins(N('to all '), 1), N('learners.')) +
      P(E('Expert line '), del('old words ', 2)) +
      // A paragraph deleted whole (its text and its mark): one deletion, said where the paragraph stood (between ¶3 and ¶4), not in ¶4.
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Reviewer"/></w:rPr></w:pPr>${del('gone', 4)}</w:p>` +
      P(recoloured('Given to the narrator now.')) +
      `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="10" w:author="Reviewer"><w:pPr/></w:pPrChange></w:pPr>${N('Centred now.')}</w:p>`;
    const analysis = await analyseDocx(body);
    expect(analysis.script.facts.changes).toEqual({ insertions: 1, deletions: 2, moves: 0, formatting: 2, colourChanges: 1, paragraphs: [2, 3, 4, 5], deletedParagraphs: [{ after: 3, before: 4 }] });
    expect(words(analysis)).toEqual({ Narrator: 15, Expert: 2, Announcer: 0, unassigned: 0 });
    expect(analysis.report.warnings[0]).toEqual({
      code: 'tracked-changes',
      message:
        'The file holds 5 tracked changes (1 insertion, 2 deletions, 2 formatting changes (1 of a colour or style); first at ¶2, also ¶3, a paragraph deleted between ¶3 and ¶4…); they were counted as accepted. The counts take in the text inserted and the formatting as changed (a line whose colour changed is counted in its new voice) and leave out the text deleted: accept or reject the changes before the session.',
      details: { countedAs: 'accepted', changes: 5, insertions: 1, deletions: 2, moves: 0, formatting: 2, colourChanges: 1, paragraphs: [2, 3, 4, 5], deletedParagraphs: [{ after: 3, before: 4 }] },
    });
  });

  it('a table cell’s shading changed under review (w:tcPrChange) is a formatting change of a colour, said at the cell', async () => {
    const cell = (text: string, tcPr: string) => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${P(r(text))}</w:tc>`;
    const YELLOW_CELL = '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>';
    const table =
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>' +
      `<w:tr>${cell('Shot one.', '<w:tcW w:w="3000" w:type="dxa"/>')}${cell('Now the expert says it.', `<w:tcW w:w="3000" w:type="dxa"/>${YELLOW_CELL}<w:tcPrChange w:id="7" w:author="Reviewer"><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr></w:tcPrChange>`)}</w:tr></w:tbl>`;
    const analysis = await analyseDocx(P(N('Narrator before the table.')) + table);
    expect(analysis.script.facts.changes).toEqual({ insertions: 0, deletions: 0, moves: 0, formatting: 1, colourChanges: 1, paragraphs: [3] });
    expect(words(analysis)).toEqual({ Narrator: 4, Expert: 5, Announcer: 0, unassigned: 2 });
  });

  it('a colour changed under review alone is a tracked change of the file', async () => {
    const analysis = await analyseDocx(P(N('An untouched line.')) + P(recoloured('Formerly the expert’s.')));
    expect(analysis.script.facts.trackedChanges).toBe(true);
    expect(said(analysis, 'tracked-changes').map((w) => w.message)).toEqual([
      'The file holds 1 tracked change (1 formatting change of a colour or style; at ¶2); they were counted as accepted. The counts take in the text inserted and the formatting as changed (a line whose colour changed is counted in its new voice) and leave out the text deleted: accept or reject the changes before the session.',
    ]);
  });
});
