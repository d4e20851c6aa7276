"""Endnotes as Word's own PDFs set them (Save as PDF; we have no Word, so imitated with ReportLab 3.6):
right after the text's last paragraph, on its page, under a short rule, in a smaller size (Endnote
Text 10 pt under Normal 11 pt), each opening with its raised number; the calls raised and glued to
their words in the text ("workersⁱ").

/usr/bin/python3 scripts/pdf-producers/reportlab_endnotes_run_on.py

Writes tests/fixtures/pdf-furniture/
- endnote-runon-roman-en.pdf: one page, one call "i" after "workers", its note "i Source: national
  safety statistics for the year 2024." (8 words) right under the text;
- endnote-runon-pages-en.pdf: two pages, calls "1" (page 1, after "workers") and "2" (page 2, after
  "corner"), both notes after the text on page 2 (the first note's call on an earlier page: no footnote).
Before, the first note was said as a footnote, the second PDF's notes were read as script lines and
"workers1" kept its call.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-furniture'))
RED, BLUE, BLACK = (0.75, 0, 0), (0, 0.44, 0.75), (0, 0, 0)
W, H = A4
LEFT = 72


class Page:
    def __init__(self, c):
        self.c, self.y = c, H - 72

    def runs(self, parts, size=11, font='Helvetica', after=22):
        """parts: (text, colour, raised) — a raised part is a call, set at 0.6 of the size, 0.35 em up."""
        x = LEFT
        for text, colour, raised in parts:
            s = size * 0.6 if raised else size
            self.c.setFillColorRGB(*colour)
            self.c.setFont(font, s)
            self.c.drawString(x, self.y + (0.35 * size if raised else 0), text)
            x += stringWidth(text, font, s)
        self.y -= after

    def rule(self):
        self.y -= 4
        self.c.setStrokeColorRGB(0, 0, 0)
        self.c.setLineWidth(0.5)
        self.c.line(LEFT, self.y, LEFT + 144, self.y)
        self.y -= 14


def roman():
    c = canvas.Canvas(os.path.join(OUT, 'endnote-runon-roman-en.pdf'), pagesize=A4)
    p = Page(c)
    p.runs([('Screen 8 — Why it matters', BLACK, False)], 16, 'Helvetica-Bold', 30)
    p.runs([('Every year, forklifts injure thousands of workers', RED, False), ('i', RED, True), ('. Most of these accidents could be avoided.', RED, False)])
    p.runs([('So the rules really matter.', BLUE, False)])
    p.rule()
    p.runs([('i', BLACK, True), (' Source: national safety statistics for the year 2024.', BLACK, False)], 10, after=12)
    c.showPage()
    c.save()


def pages():
    c = canvas.Canvas(os.path.join(OUT, 'endnote-runon-pages-en.pdf'), pagesize=A4)
    p = Page(c)
    p.runs([('Screen 8 — Why it matters', BLACK, False)], 16, 'Helvetica-Bold', 30)
    p.runs([('Every year, forklifts injure thousands of workers', RED, False), ('1', RED, True), ('.', RED, False)])
    p.runs([('So the rules really matter.', BLUE, False)])
    c.showPage()
    p = Page(c)
    p.runs([('Screen 9 — Blind corners', BLACK, False)], 16, 'Helvetica-Bold', 30)
    p.runs([('Sound the horn at every blind corner', RED, False), ('2', RED, True), ('.', RED, False)])
    p.runs([('Even when the aisle looks empty?', BLUE, False)])
    p.rule()
    p.runs([('1', BLACK, True), (' Source: national safety statistics for the year 2024.', BLACK, False)], 10, after=12)
    p.runs([('2', BLACK, True), (' See the site rules, section 4.', BLACK, False)], 10, after=12)
    c.showPage()
    c.save()


if __name__ == '__main__':
    roman()
    pages()
