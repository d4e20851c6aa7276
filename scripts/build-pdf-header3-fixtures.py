"""Running headers in the body's own size and colour (black) that were left out of the lines without a
word, and black lines opening each page that a narrator may read.

/usr/bin/python3 scripts/build-pdf-header3-fixtures.py [NAME…]
(writes tests/fixtures/pdf-header3/NAME.docx and NAME.pdf for LibreOffice, NAME.pdf alone for ReportLab)

The body is scripts/build-pdf-header-fixtures.py's: Liberation Serif 12 pt, 1.5-spaced, 6 pt after each
paragraph, five paragraphs in two voices (#1F4E79, #38761D), each page opening one paragraph further on,
three pages.
"""
import importlib.util
import os
import subprocess
import sys

from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('hdr', os.path.join(HERE, 'build-pdf-header-fixtures.py'))
hdr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hdr)
sys.path.insert(0, os.path.join(HERE, 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-header3'))
BODY = hdr.BODY
COLOURS = hdr.COLOURS


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


def body_pages(doc, pages=3, opener=None, after=None):
    """`pages` pages, a page break between each; each opens with `opener` (black, the body's style; `after`:
    points after it instead of the body's 6), then the body's paragraphs."""
    for page in range(pages):
        if page:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if opener is not None:
            p = doc.add_paragraph()
            p.add_run(opener)
            if after is not None:
                p.paragraph_format.space_after = Pt(after)
        for voice, line in BODY[page % 5:] + BODY[:page % 5]:
            doc.add_paragraph().add_run(line).font.color.rgb = COLOURS[voice]


def header_part(name, text):
    """A header part of one paragraph, `text` in the body's 12 pt black: on every page, apart from the body."""
    doc = hdr.base()
    doc.sections[0].header.paragraphs[0].add_run(text)
    body_pages(doc)
    save(doc, name)


def opener(name, text, after=None):
    """A body paragraph `text` in black opening each page (a page break before it)."""
    doc = hdr.base()
    body_pages(doc, opener=text, after=after)
    save(doc, name)


def reportlab(name, text, gap):
    """ReportLab canvas, A4, Helvetica 11 pt body (lines 16 pt apart, paragraphs 22 pt apart); each page
    opens with `text`, black Helvetica 11 pt, `gap` points over the body's first line."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4, invariant=1)
    width, height = A4
    for page in range(3):
        y = height - 60
        c.setFillColor(HexColor('#000000'))
        c.setFont('Helvetica', 11)
        c.drawString(60, y, text)
        y -= gap
        for voice, line in BODY[page % 5:] + BODY[:page % 5]:
            col = COLOURS[voice]
            c.setFillColor(HexColor('#%02X%02X%02X' % (col[0], col[1], col[2])))
            c.setFont('Helvetica', 11)
            for k, part in enumerate(simpleSplit(line, 'Helvetica', 11, width - 120)):
                if k:
                    y -= 16
                c.drawString(60, y, part)
            y -= 22
        c.showPage()
    c.save()


if __name__ == '__main__':
    only = sys.argv[1:]
    want = lambda n: not only or n in only  # noqa: E731
    # A Word header part in the body's size and colour: a running header by every sign (left out, said).
    if want('lo-header-part'):
        header_part('lo-header-part', 'ACME — Safety module v3')
    # The same, its words a speaker's label.
    if want('lo-header-narrator'):
        header_part('lo-header-narrator', 'NARRATOR:')
    # "NARRATOR:" as the first body paragraph of each page, at the body's spacing: a line (read).
    if want('lo-narrator-top'):
        opener('lo-narrator-top', 'NARRATOR:')
    # A tagline as the first body paragraph of each page, 30 pt after it: apart from the body as a header (left out, said).
    if want('lo-tagline-top'):
        opener('lo-tagline-top', 'Brought to you by Harbour Insurance.', after=30)
    # ReportLab: "NARRATOR:" in black atop each page, 40 pt over the body (apart: left out, said).
    if want('rl-narrator-apart'):
        reportlab('rl-narrator-apart', 'NARRATOR:', 40)
    # ReportLab: the same at the body's paragraph spacing (22 pt): a line (read).
    if want('rl-narrator-close'):
        reportlab('rl-narrator-close', 'NARRATOR:', 22)
