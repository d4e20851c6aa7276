"""Fixtures of tests/word-joiners6.test.ts: a word joiner (U+2060) or a U+FEFF inside a speaker's label, a legend's
names, a heading, and words a diff compares; a NEL (U+0085, NEXT LINE) between words.

Run from the repository root with the system Python (python-docx, reportlab) and LibreOffice (`soffice`) on the path:
    /usr/bin/python3 scripts/build-joiner6-fixtures.py
Writes tests/fixtures/joiners6/:
  labels.docx       python-docx (Word-style XML), black text: lines opening on a speaker's label, two of the labels
                    with a joiner inside (`NAR\u2060RATOR:`, `GU\uFEFFEST:`);
  labels-lo.docx    labels.docx saved again by LibreOffice;
  labels-rl.pdf     the same lines drawn by ReportLab (DejaVu Sans; the joiners are in the PDF's text);
  legend.docx       a legend whose names hold a joiner (`Nar\u2060rator = blue, Gu\uFEFFest = green`), lines in blue and green;
  plain.docx        four black lines;
  joined.docx       the same lines with joiners inside three of their words (a diff against plain.docx);
  nel.docx          python-docx: `Stop\u0085now, please.` and `One two\u0085three four.` (LibreOffice draws a NEL as a
                    missing glyph between the words, and breaks no line there);
  nel-lo.docx       nel.docx saved again by LibreOffice (it keeps the NEL);
  nel-lo.pdf        nel.docx printed by LibreOffice.
"""
import datetime
import os
import shutil
import tempfile

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf

OUT = 'tests/fixtures/joiners6'
WJ = '\u2060'
BOM = '\uFEFF'
NEL = '\u0085'

LABELS = [
    'NAR' + WJ + 'RATOR: Welcome to the course.',
    'GUEST: Thank you for having me here.',
    'NARRATOR: Let us begin with the first part.',
    'GU' + BOM + 'EST: Sure, I am ready.',
]

LEGEND = ('Legend: Nar' + WJ + 'rator = blue, Gu' + BOM + 'est = green', [
    ('Welcome to the course.', '0000FF'),
    ('Thank you for having me here.', '00B050'),
    ('Let us begin with the first part.', '0000FF'),
])

PLAIN = [
    'Welcome to the first lesson of the course.',
    'Today we look at the word joiner.',
    'It joins two letters without a space.',
    'Thank you for listening.',
]
JOINED = [
    'Welcome to the first les' + WJ + 'son of the course.',
    'Today we look at the word join' + BOM + 'er.',
    'It joins two letters with' + WJ + 'out a space.',
    'Thank you for listening.',
]

NELS = ['Stop' + NEL + 'now, please.', 'One two' + NEL + 'three four.']


def fixed(d):
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.revision = 1
    return d


def black(lines, path):
    d = Document()
    for text in lines:
        d.add_paragraph(text)
    fixed(d).save(path)


def legend(path):
    d = Document()
    d.add_paragraph(LEGEND[0])
    for text, colour in LEGEND[1]:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colour)
    fixed(d).save(path)


def reportlab(lines, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = 780
    for text in lines:
        c.setFont('DejaVu', 12)
        c.drawString(72, y, text)
        y -= 30
    c.save()


def lo_docx(src, name):
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, name)
        shutil.copy(src, copy)
        # LibreOffice will not overwrite its source: it writes into a folder of its own.
        out = os.path.join(tmp, 'out')
        os.makedirs(out)
        lo_pdf(copy, out, fmt='docx:MS Word 2007 XML')
        shutil.copy(os.path.join(out, name), os.path.join(OUT, name))


def main():
    os.makedirs(OUT, exist_ok=True)
    black(LABELS, os.path.join(OUT, 'labels.docx'))
    lo_docx(os.path.join(OUT, 'labels.docx'), 'labels-lo.docx')
    reportlab(LABELS, os.path.join(OUT, 'labels-rl.pdf'))
    legend(os.path.join(OUT, 'legend.docx'))
    black(PLAIN, os.path.join(OUT, 'plain.docx'))
    black(JOINED, os.path.join(OUT, 'joined.docx'))
    black(NELS, os.path.join(OUT, 'nel.docx'))
    lo_docx(os.path.join(OUT, 'nel.docx'), 'nel-lo.docx')
    lo_pdf(os.path.join(OUT, 'nel.docx'), OUT)
    os.replace(os.path.join(OUT, 'nel.pdf'), os.path.join(OUT, 'nel-lo.pdf'))


if __name__ == '__main__':
    main()
