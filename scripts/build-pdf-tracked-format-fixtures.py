"""A change of formatting tracked in LibreOffice, shown in its PDF: text whose colour was changed
with Track Changes on (w:rPrChange) is drawn bold in the author's colour (#C69200 for the first
author) beside a change bar, its new colour drawn nowhere. And the same look without a change:
a voice set bold in #C69200, no change bar.

/usr/bin/python3 scripts/build-pdf-tracked-format-fixtures.py
(writes tests/fixtures/pdf-tracked-format/NAME.docx and NAME.pdf, LibreOffice `soffice --convert-to pdf`)
"""
import datetime
import os
import sys

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'pdf-tracked-format'))
BLUE, RED, ORANGE = RGBColor(0x00, 0x70, 0xC0), RGBColor(0xC0, 0x00, 0x00), RGBColor(0xC6, 0x92, 0x00)


def doc():
    d = Document()
    d.styles['Normal'].font.name = 'Liberation Serif'
    d.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return d


def line(d, text, colour, bold=False):
    run = d.add_paragraph().add_run(text)
    run.font.color.rgb = colour
    run.bold = bold
    return run


def colour_change():
    """Blue narrator lines; the middle line's colour changed from blue to red by "Reviewer", tracked."""
    d = doc()
    line(d, 'NARRATOR: The harbour wakes before the town does.', BLUE)
    run = line(d, 'EXPERT: This line was the narrator’s, its colour changed to red with changes tracked.', RED)
    run._r.get_or_add_rPr().append(parse_xml(
        '<w:rPrChange %s w:id="1" w:author="Reviewer" w:date="2025-09-01T08:00:00Z"><w:rPr><w:color w:val="0070C0"/></w:rPr></w:rPrChange>' % nsdecls('w')))
    line(d, 'NARRATOR: Then the boats come home.', BLUE)
    return d


def bold_orange_voice():
    """No change: the expert's line bold in #C69200 (the first author's colour), no change bar."""
    d = doc()
    line(d, 'NARRATOR: The harbour wakes before the town does.', BLUE)
    line(d, 'EXPERT: My lines are bold and orange, as the key says.', ORANGE, bold=True)
    line(d, 'NARRATOR: Then the boats come home.', BLUE)
    return d


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, build in (('lo-colour-change', colour_change), ('lo-bold-orange-voice', bold_orange_voice)):
        path = os.path.join(OUT, name + '.docx')
        build().save(path)
        lo_pdf(path, 'pdf', OUT)
