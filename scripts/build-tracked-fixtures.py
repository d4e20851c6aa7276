"""Fixtures for PDFs that SHOW tracked changes (tests/fixtures/pdf-tracked/), and for PDFs that must not be
taken for them.

/usr/bin/python3 scripts/build-tracked-fixtures.py   (python-docx, ReportLab, LibreOffice `soffice`)

- lo-tracked.docx / .pdf: python-docx, with raw w:ins / w:del from two authors (Alice, Bruno) inside a blue
  and a red voice's paragraphs; LibreOffice converts it with the changes shown, as it does by default:
  inserted text in the author's colour (by author: #C69200 for the first, #0646A2 for the second),
  underlined in that colour; deleted text in that colour, struck through; a thin black change bar in the
  left margin beside each changed line.
- lo-tracked-paragraph.docx / .pdf: python-docx, LibreOffice as above: a whole paragraph inserted by Alice
  (its runs and its paragraph mark in w:ins) between two blue lines, and a red paragraph opening with
  Bruno's insertion. The PDF shows the inserted paragraph all in Alice's colour: whose voice it is cannot
  be told there (the DOCX's runs are blue).
- lo-tracked-boundary.docx / .pdf: python-docx, LibreOffice as above: insertions where a blue and a red
  voice meet in one paragraph, and at the ends of one-voice paragraphs. Two whole sentences inserted
  between a blue sentence and a red one look the same in the PDF (Alice's colour), though the DOCX has the
  first blue and the second red: whose they are cannot be told from the page. An insertion continuing the
  blue sentence ("… press the" + "green button."), one opening the red sentence after a blue one ("Slowly"
  + "the doors open again."), one opening and one closing a paragraph of one voice.
- lo-tracked-abbrev.docx / .pdf: python-docx, LibreOffice as above: insertions after an abbreviation's full
  stop where a blue and a red voice meet ("Then we call Mr. " + "Lambert." + red; "M.", "p. " before a
  number, "e.g.", "Mme", "Dr."), all blue in the DOCX; "etc. " + "Then " + red "come and taste…" (red in
  the DOCX: etc. before a capital ends a sentence); "Main St. " + "Then " + red (red in the DOCX, not to be
  told from the page: St. before a capital may end no sentence).
- lo-tracked-labels.docx / .pdf: python-docx, LibreOffice as above: speakers told by labels ("MARIE :",
  "PAUL :"), all text black, a sentence inserted between two sentences of a labelled paragraph and one
  closing another: a paragraph whose voice is its label's has no boundary between voices.
- word-markup.pdf: ReportLab canvas IMITATING Word's "Print Markup" with All Markup and balloons (we have
  no Word here; drawn after Microsoft's documentation of Track Changes: inserted text in the reviser's
  colour, underlined; deleted text moved into balloons in a markup pane right of the text, "Deleted: …",
  "Formatted: …", "Commented [AB1]: …", joined to the text by a dotted line; one deletion shown inline,
  struck through; a change bar (a black vertical line) in the left margin beside each changed line).
- word-markup-fr.pdf: the same page as Word in French prints it: its balloons' labels "Supprimé :",
  "Mis en forme :", "Commenté [AB1]:" (French labels end on "é", where an ASCII word boundary never falls).
- plain-underlined.docx / .pdf (LibreOffice) and plain-table-rule.pdf (ReportLab): negatives. A voice coded
  as blue underlined text, a hyperlink, a struck-through line of a plain script (no change bar); a ruled
  table whose left border stands in the margin beside a cell of underlined coloured text.
- plain-border.docx / .pdf (LibreOffice): a negative. Paragraphs with a left border each (LibreOffice draws
  it a paragraph at a time, in the margin, as a change bar would stand), two of them the narrator's blue
  underlined lines, the others plain: the border runs beside plain lines too, so it is no change bar (as
  in the corpus's docx4j__themeFontLang.docx, a code block with a left border and underlined links).
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_COLOR_INDEX  # noqa: F401  (python-docx is the one installed)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from docx_common import lo_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-tracked'))
BLUE = (0x00, 0x70, 0xC0)
RED = (0xC0, 0x00, 0x00)
DATE = '2025-09-01T08:00:00Z'


def save(doc, name):
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, OUT)


def run_el(text, rgb, deleted=False, underline=False, strike=False):
    """A w:r with its colour; in a w:del its text is w:delText."""
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    if rgb:
        c = OxmlElement('w:color')
        c.set(qn('w:val'), '%02X%02X%02X' % rgb)
        rpr.append(c)
    if underline:
        u = OxmlElement('w:u')
        u.set(qn('w:val'), 'single')
        rpr.append(u)
    if strike:
        rpr.append(OxmlElement('w:strike'))
    r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def change(kind, author, ident, text, rgb):
    el = OxmlElement('w:' + kind)
    el.set(qn('w:id'), str(ident))
    el.set(qn('w:author'), author)
    el.set(qn('w:date'), DATE)
    el.append(run_el(text, rgb, deleted=(kind == 'del')))
    return el


def paragraph(doc, pieces):
    """pieces: (text, rgb) plain runs, or ('ins'|'del', author, text, rgb) changes."""
    p = doc.add_paragraph()
    for k, piece in enumerate(pieces):
        if piece[0] in ('ins', 'del'):
            kind, author, text, rgb = piece
            p._p.append(change(kind, author, 100 + len(p._p) + k, text, rgb))
        else:
            text, rgb, *look = piece
            p._p.append(run_el(text, rgb, underline='u' in look, strike='s' in look))
    return p


def lo_tracked():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Scene 1. The harbour at dawn.', None)])
    paragraph(doc, [('The boats come home ', BLUE), ('ins', 'Alice', 'early ', BLUE), ('this morning', BLUE), ('del', 'Alice', ', slowly', BLUE),
                    (', and the gulls follow them.', BLUE)])
    paragraph(doc, [('Nobody waits on the quay', RED), ('ins', 'Bruno', ' any more', RED), ('.', RED), ('del', 'Bruno', ' Not even the fishmonger.', RED)])
    paragraph(doc, [('We will see them again tomorrow.', BLUE)])
    save(doc, 'lo-tracked')


def lo_tracked_paragraph():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Scene 2. The market.', None)])
    paragraph(doc, [('The stalls open at six and the square fills with voices.', BLUE)])
    inserted = paragraph(doc, [('ins', 'Alice', 'The fishmonger sings as he sets out his ice.', BLUE)])
    # The paragraph mark inserted too, as Word writes a paragraph added whole.
    ppr = inserted._p.get_or_add_pPr()
    rpr = OxmlElement('w:rPr')
    mark = OxmlElement('w:ins')
    for key, value in (('w:id', '90'), ('w:author', 'Alice'), ('w:date', DATE)):
        mark.set(qn(key), value)
    rpr.append(mark)
    ppr.append(rpr)
    paragraph(doc, [('ins', 'Bruno', 'Every morning ', RED), ('the first buyer is the baker.', RED)])
    paragraph(doc, [('Then the crowd comes, and nobody hears the gulls.', BLUE)])
    save(doc, 'lo-tracked-paragraph')


def lo_tracked_boundary():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Scene 3. The lift.', None)])
    # A whole sentence inserted between a blue sentence and a red one, typed in blue (the look of the text before it) ...
    paragraph(doc, [('We wait for the lift. ', BLUE), ('ins', 'Alice', 'Then we count to ten. ', BLUE), ('Is it safe to go in?', RED)])
    # ... and one the same to the eye in the PDF, red in the DOCX.
    paragraph(doc, [('The doors open slowly. ', BLUE), ('ins', 'Alice', 'Nobody comes out. ', RED), ('Should we wait here?', RED)])
    # Continuing the blue sentence, right before the red one.
    paragraph(doc, [('We step in and press the ', BLUE), ('ins', 'Alice', 'green button.', BLUE), (' It hums.', RED)])
    # Opening the red sentence, right after a blue one.
    paragraph(doc, [('The lift stops. ', BLUE), ('ins', 'Alice', 'Slowly ', RED), ('the doors open again.', RED)])
    # One voice in the paragraph: an insertion opening it, one closing it.
    paragraph(doc, [('ins', 'Alice', 'At last ', BLUE), ('we reach the top floor.', BLUE)])
    paragraph(doc, [('We made it.', RED), ('ins', 'Alice', ' What a relief!', RED)])
    save(doc, 'lo-tracked-boundary')


def lo_tracked_abbrev():
    """Insertions after an abbreviation's full stop where a blue and a red voice meet: the full stop ends no
    sentence (English and French titles, a page number, `e.g.`), so the insertion goes on with the blue
    sentence; `etc.` before a capital ends one; `St.` before a capital may or may not."""
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Scene 5. The office.', None)])
    paragraph(doc, [('Then we call Mr. ', BLUE), ('ins', 'Alice', 'Lambert.', BLUE), (' He answers at once.', RED)])
    paragraph(doc, [('Demandez à M. ', BLUE), ('ins', 'Alice', 'Dupont, le gardien', BLUE), (' — Oui, c’est moi !', RED)])
    paragraph(doc, [('Open the book at p. ', BLUE), ('ins', 'Alice', '12', BLUE), (' — Which book?', RED)])
    paragraph(doc, [('Bring something warm, e.g. ', BLUE), ('ins', 'Alice', 'a scarf', BLUE), (' — And gloves!', RED)])
    paragraph(doc, [('Appelez Mme ', BLUE), ('ins', 'Alice', 'Leroy ', BLUE), ('ou le Dr. ', BLUE), ('ins', 'Alice', 'Martin', BLUE), (' — Tout de suite !', RED)])
    paragraph(doc, [('We sell apples, pears, etc. ', BLUE), ('ins', 'Alice', 'Then ', RED), ('come and taste them.', RED)])
    paragraph(doc, [('We meet on Main St. ', BLUE), ('ins', 'Alice', 'Then ', RED), ('we walk to the river.', RED)])
    save(doc, 'lo-tracked-abbrev')


def lo_tracked_labels():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Scene 4. On the roof.', None)])
    paragraph(doc, [('MARIE : The wind is strong up here. ', None), ('ins', 'Alice', 'Hold the rail. ', None), ('Can you see the sea?', None)])
    paragraph(doc, [('PAUL : I can see the boats.', None), ('ins', 'Alice', ' All of them.', None)])
    save(doc, 'lo-tracked-labels')


def add_hyperlink(p, url, text):
    part = p.part
    rid = part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
    h = OxmlElement('w:hyperlink')
    h.set(qn('r:id'), rid)
    h.append(run_el(text, (0x05, 0x63, 0xC1), underline=True))
    p._p.append(h)


def plain_underlined():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Voice key: blue underlined is the narrator, red is Marie.', None)])
    paragraph(doc, [('Welcome to the museum of the sea.', BLUE, 'u')])
    paragraph(doc, [('I found a shell on the beach this morning.', RED)])
    p = paragraph(doc, [('The full story is on ', BLUE, 'u')])
    add_hyperlink(p, 'https://example.org/sea', 'example.org/sea')
    paragraph(doc, [('This line was cut from the recording.', None, 's')])
    paragraph(doc, [('Thank you for listening.', BLUE, 'u')])
    save(doc, 'plain-underlined')


def left_border(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    left = OxmlElement('w:left')
    for k, v in (('val', 'single'), ('sz', '4'), ('space', '4'), ('color', '000000')):
        left.set(qn('w:' + k), v)
    bdr.append(left)
    ppr.append(bdr)


def plain_border():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    paragraph(doc, [('Read the boxed lines slowly.', None)])
    for pieces in ([('Step one: breathe in.', None)], [('Hold it for a count of four.', BLUE, 'u')], [('Now let it go.', BLUE, 'u')], [('Step two: rest.', None)]):
        p = paragraph(doc, pieces)
        p.paragraph_format.space_after = Pt(0)
        left_border(p)
    paragraph(doc, [('That is all for today.', None)])
    save(doc, 'plain-border')


def rgbf(rgb):
    return tuple(v / 255 for v in rgb)


def word_markup(lang='en'):
    """Word's All Markup printed with balloons, imitated: the page's text on the left two thirds, the
    markup pane on the right third (Word shrinks the page to make room for it). In French (`lang` 'fr'),
    the balloons' labels as French Word writes them."""
    W, H = A4
    labels = {'en': ('Deleted:', 'Formatted:', 'Commented [AB1]:'), 'fr': ('Supprimé :', 'Mis en forme :', 'Commenté [AB1]:')}[lang]
    name = 'word-markup.pdf' if lang == 'en' else f'word-markup-{lang}.pdf'
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('Word markup imitation')
    REVISER = (0x00, 0x80, 0x80)  # teal, one of Word's reviser colours
    LEFT, SIZE, FONT = 56, 10, 'Helvetica'
    PANE = 400  # where the markup pane starts
    y = H - 70

    def bar(y_line):
        c.saveState()
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.75)
        c.line(LEFT - 12, y_line - 3, LEFT - 12, y_line + SIZE)
        c.restoreState()

    def pieces(y_line, parts):
        """parts: (text, rgb, look) with look '' | 'ins' | 'del'; returns the x after the line."""
        x = LEFT
        for text, rgb, look in parts:
            c.setFillColorRGB(*rgbf(rgb))
            c.setFont(FONT, SIZE)
            c.drawString(x, y_line, text)
            w = stringWidth(text, FONT, SIZE)
            if look:
                c.saveState()
                c.setStrokeColorRGB(*rgbf(rgb))
                c.setLineWidth(0.5)
                dy = -1.5 if look == 'ins' else SIZE * 0.3
                c.line(x, y_line + dy, x + w, y_line + dy)
                c.restoreState()
            x += w
        return x

    def balloon(y_top, label, text, anchor):
        c.saveState()
        c.setStrokeColorRGB(*rgbf(REVISER))
        c.setFillColorRGB(0.93, 0.97, 0.97)
        c.setLineWidth(0.5)
        c.roundRect(PANE, y_top - 14, W - 20 - PANE, 18, 3, stroke=1, fill=1)
        c.setDash(1, 2)
        c.line(anchor[0], anchor[1] - 2, PANE, y_top - 5)
        c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Helvetica-Bold', 8)
        c.drawString(PANE + 4, y_top - 8, label)
        c.setFont('Helvetica', 8)
        c.drawString(PANE + 6 + stringWidth(label, 'Helvetica-Bold', 8), y_top - 8, text)

    # A plain line, then the changed lines.
    pieces(y, [('Scene 1. The harbour at dawn.', (0, 0, 0), '')])
    y -= 20
    x = pieces(y, [('The boats come home ', BLUE, ''), ('early ', REVISER, 'ins'), ('this morning, and the gulls follow them.', BLUE, '')])
    bar(y)
    balloon(y + 10, labels[0], ', slowly', (LEFT + stringWidth('The boats come home early this morning', FONT, SIZE), y))
    y -= 20
    pieces(y, [('Nobody waits on the quay', RED, ''), (' any more', REVISER, 'ins'), ('.', RED, ''), (' Not even the fishmonger.', REVISER, 'del')])
    bar(y)
    y -= 20
    pieces(y, [('We will see them again tomorrow.', BLUE, '')])
    balloon(y + 10, labels[1], 'Font: Bold', (x - 40, y))
    y -= 20
    pieces(y, [('The end.', (0, 0, 0), '')])
    balloon(y + 4, labels[2], 'Check the timing.', (LEFT + 30, y))
    c.showPage()
    c.save()


def plain_table_rule():
    """A ruled table whose left border stands in the margin (left of the paragraphs' text), one cell
    with a voice's line coded as underlined blue text, beside plain paragraphs."""
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, 'plain-table-rule.pdf'), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('Table rule in the margin')
    LEFT, SIZE, FONT = 72, 11, 'Helvetica'
    y = H - 80
    c.setFont(FONT, SIZE)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(LEFT, y, 'Episode 4. Read the table row by row.')
    y -= 30
    top, bottom = y + 14, y - 8
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.75)
    c.rect(LEFT - 20, bottom, 420, top - bottom, stroke=1, fill=0)
    c.line(LEFT + 60, bottom, LEFT + 60, top)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(LEFT - 14, y, 'Line 1')
    text = 'Here we go again, said the narrator.'
    c.setFillColorRGB(*rgbf(BLUE))
    c.drawString(LEFT + 66, y, text)
    c.saveState()
    c.setStrokeColorRGB(*rgbf(BLUE))
    c.setLineWidth(0.6)
    c.line(LEFT + 66, y - 1.5, LEFT + 66 + stringWidth(text, FONT, SIZE), y - 1.5)
    c.restoreState()
    y -= 40
    # A rule in the margin beside a plain line, as a pull-quote's side rule.
    c.setLineWidth(1)
    c.line(LEFT - 12, y - 3, LEFT - 12, y + SIZE)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(LEFT, y, 'A quiet moment before the storm.')
    c.showPage()
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    lo_tracked()
    lo_tracked_paragraph()
    lo_tracked_boundary()
    lo_tracked_abbrev()
    lo_tracked_labels()
    plain_underlined()
    plain_border()
    word_markup()
    word_markup('fr')
    plain_table_rule()
