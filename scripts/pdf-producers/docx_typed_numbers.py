"""python-docx: an English e-learning script whose steps are numbered three ways, converted to PDF by
LibreOffice (`soffice --headless --convert-to pdf`), once untagged (its default) and once as a
tagged PDF (`UseTaggedPDF`):
- Word's List Number style (`w:numPr`: the numbers are drawn, not in the text, so the DOCX reader
  never reads them);
- numbers typed by hand with a tab after them ("1.<tab>Press…"), in Normal style;
- numbers typed by hand with a tab, in a paragraph with a hanging indent (w:ind left 360, hanging
  360), as one types a list whose wrapped lines go under the text.
The DOCX reader reads the typed numbers as words and not the drawn ones. LibreOffice draws all
three alike in an untagged PDF (a number, then the text at a tab stop); a tagged PDF marks the drawn
numbers as a list item's label (/LI /Lbl) and the typed ones as plain paragraph text (/P).

/usr/bin/python3 scripts/pdf-producers/docx_typed_numbers.py
"""
import datetime
import json
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt, RGBColor

from common import OUT, out_path, write_script

NAME = 'lo-typed-numbers-en'
VOICES = {'Trainer': {'color': '#0070C0'}, 'Learner': {'color': '#00B050'}}
HEX = {'Trainer': '0070C0', 'Learner': '00B050'}
# (style, hanging indent, voice, text as typed)
SCRIPT = [
    ('Normal', False, None, 'Module 5 – Printing'),
    ('Normal', False, 'Trainer', 'Here is how to print a page.'),
    ('List Number', False, 'Trainer', 'Open the file you want to print.'),
    ('List Number', False, 'Trainer', 'Choose Print in the File menu, then pick the printer nearest to you and the number of copies you need.'),
    ('List Number', False, 'Trainer', 'Press the Print button.'),
    ('Normal', False, 'Learner', 'And to print on both sides?'),
    ('Normal', False, 'Learner', '1.\tOpen the printer settings.'),
    ('Normal', False, 'Learner', '2.\tTick the box that says both sides, then close the settings and print the page as before.'),
    ('Normal', True, 'Trainer', '3.\tCheck the first copy before you print the rest.'),
    ('Normal', True, 'Trainer', '4.\tPut the paper you did not use back in the tray, so that the next person finds the printer ready for their own work.'),
    ('Normal', False, 'Trainer', 'That is all there is to it.'),
]


def build():
    doc = Document()
    for style, hanging, voice, text in SCRIPT:
        para = doc.add_paragraph(style=style)
        if hanging:
            para.paragraph_format.left_indent = Pt(18)
            para.paragraph_format.first_line_indent = Pt(-18)
        run = para.add_run(text)
        if voice:
            run.font.color.rgb = RGBColor.from_string(HEX[voice])
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    docx = out_path(NAME, 'docx')
    doc.save(docx)
    tagged = 'pdf:writer_pdf_Export:' + json.dumps({'UseTaggedPDF': {'type': 'boolean', 'value': 'true'}})
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx],
                       check=True, capture_output=True)
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', tagged, '--outdir', tmp, docx],
                       check=True, capture_output=True)
        subprocess.run(['cp', '%s/%s.pdf' % (tmp, NAME), out_path(NAME + '-tagged', 'pdf')], check=True)
    # What a reader of the DOCX gets: the typed numbers, not the drawn ones.
    write_script(NAME, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], VOICES, ['#000000'],
                 [[[voice, text]] for _, _, voice, text in SCRIPT])


if __name__ == '__main__':
    build()
