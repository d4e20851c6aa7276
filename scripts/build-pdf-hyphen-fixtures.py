"""Single line-end hyphens in short scripts: a word LibreOffice's automatic hyphenation broke
("when-" / "ever", "what-" / "ever", "some-" / "thing"), and compounds broken at their own hyphen
("well-" / "known", "self-" / "aware"); the same drawn by ReportLab, whose lines are set by hand
(the script's own breaks, the hyphen in the line's one text operator as TeX draws it).

/usr/bin/python3 scripts/build-pdf-hyphen-fixtures.py
(writes tests/fixtures/pdf-hyphen/NAME.docx and NAME.pdf; NAME.pdf alone for ReportLab)
"""
import datetime
import os
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'pdf-hyphen'))
BLUE = RGBColor(0x1F, 0x4E, 0x79)

# name: (text, text width in inches: where LibreOffice 7.4 breaks the line as named)
LO = {
    'lo-when-ever': ('NARRATOR: Call us whenever you like.', 2.0),
    'lo-what-ever': ('NARRATOR: The skippers go out whatever the forecast says, because that is what they have always done.', 2.75),
    'lo-some-thing': ('NARRATOR: Every morning there is something new on the quay for the buyers from the restaurants.', 3.0),
    'lo-well-known': ('EXPERT: The harbour master is a well-known figure on the quay.', 2.9),
    'lo-self-aware': ('EXPERT: The young skippers are self-aware about the risks they take.', 2.9),
}


def lo(name, text, width):
    """One paragraph in Liberation Serif 12 pt, `width` inches wide, automatic hyphenation on."""
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = 'Liberation Serif'
    normal.font.size = Pt(12)
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches((8.5 - width) / 2)
    auto = OxmlElement('w:autoHyphenation')
    auto.set(qn('w:val'), 'true')
    doc.settings.element.append(auto)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    doc.add_paragraph().add_run(text).font.color.rgb = BLUE
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


# Lines set by hand, each drawn by one drawString (the hyphen inside the line's text operator).
# The first lines about as long as one another (430–442 pt in Helvetica 11, the text 451 pt wide on A4
# with inch margins): full lines, wrapped.
RL = [
    ['NARRATOR: You can always call the harbour office on the quay by the fish market when-', 'ever you like, day or night.'],
    ['NARRATOR: The skippers of the little boats go out to sea early every single morning what-', 'ever the forecast says.'],
    ['EXPERT: The harbour master who runs the auction on the quay every morning is a well-', 'known figure in the town.'],
    ['EXPERT: Most of the young skippers who work on the boats in the harbour today are self-', 'aware about the risks they take.'],
]


def reportlab(name, paras):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4, invariant=1)
    c.setFillColor(HexColor('#1F4E79'))
    c.setFont('Helvetica', 11)
    y = A4[1] - 72
    for para in paras:
        for line in para:
            c.drawString(72, y, line)
            y -= 14
        y -= 10
    c.showPage()
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, (text, width) in LO.items():
        lo(name, text, width)
    # Two breaks a script: fewer than the three that tell a hyphenating typesetter by their number.
    reportlab('rl-when-well', [RL[0], RL[2]])
    reportlab('rl-what-self', [RL[1], RL[3]])
