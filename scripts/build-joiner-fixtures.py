"""Fixtures of tests/word-joiners.test.ts: a word joiner (U+2060) and a zero-width no-break space / byte order mark
(U+FEFF) inside words, beside spaces and at a line's ends; the other invisible characters that sit inside words
(U+200B zero-width space, U+00AD soft hyphen, U+200C/U+200D non-joiner and joiner) for comparison.

Run from the repository root with the system Python (python-docx, reportlab) and LibreOffice (`soffice`) on the path:
    /usr/bin/python3 scripts/build-joiner-fixtures.py
Writes tests/fixtures/joiners/:
  joiners.docx     python-docx (Word-style XML): Narrator's lines blue (#0000FF), Learner's red (#C00000), one run a line
                   but the last Narrator line, whose joiner stands between two runs (`wo` + `\u2060rd`);
  joiners-lo.docx  joiners.docx saved again by LibreOffice (its own runs and XML);
  joiners-lo.pdf   joiners.docx printed by LibreOffice;
  joiners-rl.pdf   the same lines drawn by ReportLab (DejaVu Sans, which has no glyph for U+2060 nor U+FEFF).
"""
import os
import shutil
import tempfile

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf

OUT = 'tests/fixtures/joiners'
BLUE = '0000FF'
RED = 'C00000'

WJ = '\u2060'
BOM = '\uFEFF'

NARRATOR = [
    'The wo' + WJ + 'rd joiner keeps one word.',
    'A byte' + BOM + 'order mark inside a word.',
    'Joiner ' + WJ + 'beside a space' + WJ + ' stays one space.',
    WJ + BOM + 'Leading and trailing marks vanish.' + BOM + WJ,
]
# The last Narrator line: its joiner opens the second run.
SPLIT = ('Two runs, one wo', WJ + 'rd.')

LEARNER = [
    'Zero\u200Bwidth, soft\u00ADhyphen, zw\u200Dj and zw\u200Cnj stay.',
    'Between' + WJ + 'words: a' + WJ + WJ + 'b and ' + BOM + ' alone.',
]


def docx(path):
    d = Document()
    for text in NARRATOR:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(BLUE)
    p = d.add_paragraph()
    for text in SPLIT:
        p.add_run(text).font.color.rgb = RGBColor.from_string(BLUE)
    for text in LEARNER:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(RED)
    d.save(path)


def reportlab(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = 780
    lines = [(t, BLUE) for t in NARRATOR] + [(''.join(SPLIT), BLUE)] + [(t, RED) for t in LEARNER]
    for text, colour in lines:
        c.setFont('DejaVu', 12)
        c.setFillColor('#' + colour)
        c.drawString(72, y, text)
        y -= 30
    c.save()


def main():
    os.makedirs(OUT, exist_ok=True)
    src = os.path.join(OUT, 'joiners.docx')
    docx(src)
    lo_pdf(src, OUT)
    os.replace(os.path.join(OUT, 'joiners.pdf'), os.path.join(OUT, 'joiners-lo.pdf'))
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, 'joiners-lo.docx')
        shutil.copy(src, copy)
        # LibreOffice will not overwrite its source: it writes into a folder of its own.
        out = os.path.join(tmp, 'out')
        os.makedirs(out)
        lo_pdf(copy, out, fmt='docx:MS Word 2007 XML')
        shutil.copy(os.path.join(out, 'joiners-lo.docx'), os.path.join(OUT, 'joiners-lo.docx'))
    reportlab(os.path.join(OUT, 'joiners-rl.pdf'))


if __name__ == '__main__':
    main()
