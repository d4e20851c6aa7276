"""Page headers that stand at the body's own spacing from it (LibreOffice PDFs from python-docx
documents, and a ReportLab canvas), and lines that repeat but are no header.

/usr/bin/python3 scripts/build-pdf-header-fixtures.py
(writes tests/fixtures/pdf-header/NAME.docx and NAME.pdf; NAME.pdf alone for ReportLab)

LibreOffice: a two-line 10 pt header over a 1.5-spaced 12 pt body with 6 pt between paragraphs, no
footer: the header's last line stands as far above the body's first as two paragraphs do from each
other, so the gap alone does not set it apart. Variants: the page number inside the header
("Harbour script — page 2 of 3", fields), a header only from page 2 (a first page of its own), a
header that differs on odd and even pages; and lines that repeat but are no header: a refrain said
on two pages at different heights, and a one-page script whose first line is the same text.
"""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'pdf-header'))

COLOURS = {'NARRATOR': RGBColor(0x1F, 0x4E, 0x79), 'EXPERT': RGBColor(0x38, 0x76, 0x1D)}

BODY = [
    ('NARRATOR', 'NARRATOR: The harbour wakes before the town does. Long before the first bus coughs its way up the hill, '
                 'the fishing boats are already rounding the breakwater, their decks stacked with crates and nets.'),
    ('EXPERT', 'EXPERT: What most visitors never notice is how much of the catch is sold before it even touches the quay. '
               'The auction runs on phones now, and the prices move faster than anybody can haul the ropes.'),
    ('NARRATOR', 'NARRATOR: By seven the market hall is full of voices, ice and the smell of diesel, and the buyers from the '
                 'restaurants along the coast argue over every box of langoustines.'),
    ('EXPERT', 'EXPERT: The young skippers worry about quotas, fuel and insurance; the old ones worry about the weather, '
               'which has become harder to read every winter.'),
    ('NARRATOR', 'NARRATOR: Then, as suddenly as it started, it is over. The hall is hosed down, the lorries pull away, '
                 'and the harbour goes quiet again until the tide turns.'),
]

HEADER = ['Harbour Heritage Trust — Episode 4 “The Catch”', 'Version 3 — approved 2026-11-02']


def base():
    """Liberation Serif 12 pt, lines 1.5 apart, 6 pt after each paragraph, US Letter, inch margins."""
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = 'Liberation Serif'
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.5
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return doc


def small(paragraph, text, size=10):
    """`text` in `size` pt, its paragraph set solid, nothing after: a header's lines."""
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    return run


def field(paragraph, code, size=10):
    """A complex field (PAGE, NUMPAGES) whose result LibreOffice computes on each page."""
    run = paragraph.add_run()
    run.font.size = Pt(size)
    for kind, text in (('begin', None), (None, code), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            el = OxmlElement('w:fldChar')
            el.set(qn('w:fldCharType'), kind)
        elif text == code:
            el = OxmlElement('w:instrText')
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {code} '
        else:
            el = OxmlElement('w:t')
            el.text = text
        run._r.append(el)


def two_lines(header, lines):
    first = header.paragraphs[0]
    small(first, lines[0])
    small(header.add_paragraph(), lines[1])


def script(doc, pages=2, refrain=None):
    """The body's paragraphs, a page break between each page's (`pages` pages), each page opening one
    paragraph further on; `refrain`, if given, a line said at the top of page 1 and in the middle of page 2."""
    for page in range(pages):
        if page:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        items = BODY[page % len(BODY):] + BODY[:page % len(BODY)]
        if refrain:
            items.insert(0 if page == 0 else 3, ('NARRATOR', refrain))
        for voice, text in items:
            doc.add_paragraph().add_run(text).font.color.rgb = COLOURS[voice]


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


def two_line_header():
    doc = base()
    two_lines(doc.sections[0].header, HEADER)
    script(doc)
    save(doc, 'lo-two-line-header')


def page_in_header():
    """"Harbour script — page N of M" over the version line, three pages."""
    doc = base()
    # The fields' results in the Header style's size (else LibreOffice sets them in Normal's 12 pt).
    doc.styles['Header'].font.size = Pt(10)
    header = doc.sections[0].header
    first = header.paragraphs[0]
    small(first, 'Harbour script — page ')
    field(first, 'PAGE')
    small(first, ' of ')
    field(first, 'NUMPAGES')
    small(header.add_paragraph(), HEADER[1])
    script(doc, pages=3)
    save(doc, 'lo-page-in-header')


def from_page_two():
    """A first page of its own with no header (w:titlePg), the two-line header on pages 2 and 3."""
    doc = base()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    two_lines(section.header, HEADER)
    script(doc, pages=3)
    save(doc, 'lo-header-from-page-two')


def odd_even():
    """Odd pages' header: the series and version; even pages': the episode and the studio (four pages)."""
    doc = base()
    even = OxmlElement('w:evenAndOddHeaders')
    doc.settings.element.append(even)
    section = doc.sections[0]
    two_lines(section.header, HEADER)
    two_lines(section.even_page_header, ['Episode 4 “The Catch” — narration', 'Studio B — session of 14 November'])
    script(doc, pages=4)
    save(doc, 'lo-odd-even-header')


def reportlab_header(name, header, pages=3, first=1):
    """ReportLab canvas: the lines `header(page)` (two lines, Helvetica 9 pt, 11 pt apart) atop pages
    `first` and on, then the body in Helvetica 11 pt, lines 16 pt apart and paragraphs 22 pt apart,
    its first baseline 22 pt under the header's last: the header stands at the body's paragraph spacing."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4, invariant=1)
    width, height = A4
    for page in range(1, pages + 1):
        y = height - 50
        if page >= first:
            c.setFillColor(HexColor('#000000'))
            c.setFont('Helvetica', 9)
            for text in header(page, pages):
                c.drawString(60, y, text)
                y -= 11
            y += 11
        else:
            y += 11
        y -= 22
        for voice, text in BODY[(page - 1) % len(BODY):] + BODY[:(page - 1) % len(BODY)]:
            colour = COLOURS[voice]
            c.setFillColor(HexColor('#%02X%02X%02X' % (colour[0], colour[1], colour[2])))
            c.setFont('Helvetica', 11)
            for k, part in enumerate(simpleSplit(text, 'Helvetica', 11, width - 120)):
                if k:
                    y -= 16
                c.drawString(60, y, part)
            y -= 22
        c.showPage()
    c.save()


REFRAIN = 'NARRATOR: The tide waits for no one.'


def refrain():
    """No header: a refrain opens page 1 and is said again in the middle of page 2."""
    doc = base()
    script(doc, refrain=REFRAIN)
    save(doc, 'lo-refrain')


def refrain_one_page():
    """One page, no header: the refrain opens it and closes it."""
    doc = base()
    doc.add_paragraph().add_run(REFRAIN).font.color.rgb = COLOURS['NARRATOR']
    for voice, text in BODY[:3]:
        doc.add_paragraph().add_run(text).font.color.rgb = COLOURS[voice]
    doc.add_paragraph().add_run(REFRAIN).font.color.rgb = COLOURS['NARRATOR']
    save(doc, 'lo-refrain-one-page')


if __name__ == '__main__':
    two_line_header()
    page_in_header()
    from_page_two()
    odd_even()
    refrain()
    refrain_one_page()
    reportlab_header('rl-two-line-header', lambda page, pages: HEADER)
    reportlab_header('rl-page-in-header', lambda page, pages: [f'Harbour script — page {page} of {pages}', HEADER[1]])
    reportlab_header('rl-header-from-page-two', lambda page, pages: HEADER, first=2)
