"""A raised figure right after a figure: a power (3², 5³, 2¹⁰, 10⁶, x² + y²) or a note's call (a footnoted
report's "14" with its call 2 after "region¹"), and cases that could be either (2025² in a document with no
other call; 4² in a report whose calls it does not follow). Each as python-docx writes it (runs with
w:vertAlign superscript) and its LibreOffice PDF (raised pieces set at 58 %): both must read alike.

/usr/bin/python3 scripts/build-raised-figure-fixtures.py
(writes tests/fixtures/raised-figures/NAME.docx and NAME.pdf)
"""
import datetime
import os
import re
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'raised-figures'))
BLUE = RGBColor(0x1F, 0x4E, 0x9D)
RED = RGBColor(0xC0, 0x00, 0x00)


def new_doc(lang):
    doc = Document()
    rpr = doc.styles['Normal'].element.get_or_add_rPr()
    tag = OxmlElement('w:lang')
    tag.set(qn('w:val'), lang)
    rpr.append(tag)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return doc


def para(doc, text, colour):
    """A paragraph from marked text: ^raised^ pieces are superscript runs."""
    p = doc.add_paragraph()
    for piece in re.split(r'(\^[^^]*\^)', text):
        if not piece:
            continue
        run = p.add_run(piece[1:-1] if piece[0] == '^' and len(piece) > 1 else piece)
        run.font.color.rgb = colour
        if piece[0] == '^':
            run.font.superscript = True


# A maths worksheet: every raised figure a power. "7^4^" has no maths of its own: the line before has.
MATHS_EN = [
    (BLUE, 'The area of a square of side 3 is 3^2^, nine square units.'),
    (RED, 'Five cubed is written 5^3^ and makes 125.'),
    (BLUE, 'A kilobyte is 2^10^ bytes and a million is 10^6^.'),
    (RED, 'Now solve x^2^ + y^2^ = 25 for whole numbers.'),
    (BLUE, 'Then write the next one as 7^4^.'),
]
MATHS_FR = [
    (BLUE, 'L\u2019aire d\u2019un carré de côté 6 est 6^2^, soit trente-six.'),
    (RED, 'Un million, c\u2019est 10^6^ ; un kilo-octet, 2^10^ octets.'),
]
# A footnoted report: calls after words numbered 1, 2, 3; "14" carries call 2, "100" call 4 (it follows 3).
REPORT_EN = [
    (BLUE, 'Sales rose in every region^1^ last year.'),
    (BLUE, 'We opened 14^2^ new stores in the spring.'),
    (RED, 'Margins held steady^3^ through the winter.'),
    (RED, 'More than 100^4^ staff joined the company.'),
    (BLUE, 'Each team now has 3^2^ leads.'),
]
# One case that could be either, alone in its document: a year and its call, or a year squared.
AMBIGUOUS_EN = [
    (BLUE, 'The plan was filed in 2025^2^ and approved.'),
]


def build(name, lang, lines):
    os.makedirs(OUT, exist_ok=True)
    doc = new_doc(lang)
    for colour, text in lines:
        para(doc, text, colour)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


if __name__ == '__main__':
    build('maths-en', 'en-US', MATHS_EN)
    build('maths-fr', 'fr-FR', MATHS_FR)
    build('report-en', 'en-US', REPORT_EN)
    build('ambiguous-en', 'en-US', AMBIGUOUS_EN)
