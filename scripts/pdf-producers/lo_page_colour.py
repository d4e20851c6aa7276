"""python-docx then LibreOffice (`soffice --headless --convert-to pdf`): a script on a pale yellow
page (Word's Design > Page Color: `w:background w:color="FFF2CC"`, shown with
`w:displayBackgroundShape`), its lines in two voices' colours and one note in the page's own colour
(unseen); and the same script all in black (lo-page-colour-one: one text colour, which `init` named
after the page, "pale yellow highlight"). LibreOffice draws the page colour as an opaque rectangle over the whole page before any
text: the page's colour, as the DOCX says it, not a background behind every line. And the
one-colour script as HTML on a pale yellow `html { background }`, printed by Chromium
(chromium-page-colour.pdf) and WeasyPrint (wp-page-colour.pdf): each paints it inside the page's
printing margins, before any text.

/usr/bin/python3 scripts/pdf-producers/lo_page_colour.py
(writes lo-page-colour.docx, .pdf, lo-page-colour-one.docx, .pdf, chromium-page-colour.html, .pdf,
wp-page-colour.pdf; tests/pdf-page-colour.test.ts reads them)
"""
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

import subprocess

from common import chromium_pdf, esc, lo_pdf, out_path

NAME = 'lo-page-colour'
SCRIPT = [
    (None, 'Warehouse Safety Module'),
    (None, 'Screen 1'),
    ('0000FF', 'Welcome to the warehouse safety course for new starters. Today we walk through the loading bay together, one rule at a time.'),
    ('00B050', 'Always wear your high visibility vest in the loading bay, and keep it closed.'),
    ('FFF2CC', 'Note to the studio: this line is in the page colour.'),
    (None, 'Screen 2'),
    ('0000FF', 'Every day more than two hundred people work on this site, in three shifts.'),
    ('00B050', 'Never walk behind a reversing forklift truck, even for a second.'),
]


def build(name, one_colour):
    doc = Document()
    background = OxmlElement('w:background')
    background.set(qn('w:color'), 'FFF2CC')
    doc.element.insert(0, background)
    doc.settings.element.insert(0, OxmlElement('w:displayBackgroundShape'))
    for colour, text in SCRIPT:
        run = doc.add_paragraph().add_run(text)
        if colour and not one_colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    docx = out_path(name, 'docx')
    doc.save(docx)
    lo_pdf(docx)


def browsers():
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><style>html{background:#FFF2CC;"
            "-webkit-print-color-adjust:exact}body{font:11pt 'DejaVu Serif',serif}</style></head><body>"
            + ''.join(f'<p>{esc(text)}</p>' for _, text in SCRIPT) + '</body></html>')
    chromium_pdf('chromium-page-colour', page)
    subprocess.run(['weasyprint', out_path('chromium-page-colour', 'html'), out_path('wp-page-colour', 'pdf')], check=True, capture_output=True)


if __name__ == '__main__':
    build(NAME, False)
    build(NAME + '-one', True)
    browsers()
