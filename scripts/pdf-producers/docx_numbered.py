"""python-docx: an English e-learning script with Word's List Number style (the numbers come from
numbering, `w:numPr`: drawn, not in the text, so the DOCX reader never reads them), one item
wrapping over two lines, and a step typed by hand with its number ("1. This step…", a space after
the number), converted to PDF by LibreOffice: `soffice --headless --convert-to pdf lo-numbered-en.docx`.
LibreOffice draws each number in the paragraph mark's colour (black here) at the list's indent, the
item's text 18 pt on. The DOCX and the PDF must give the same lines and counts: the drawn numbers
are left out of the PDF's text as bullets are; the typed one stays in both.

/usr/bin/python3 scripts/pdf-producers/docx_numbered.py
"""

from docx import Document
from docx.shared import RGBColor

from common import docx_and_pdf, write_script

NAME = 'lo-numbered-en'
VOICES = {'Trainer': {'color': '#0070C0'}, 'Learner': {'color': '#00B050'}}
HEX = {'Trainer': '0070C0', 'Learner': '00B050'}
SCRIPT = [
    ('Normal', None, 'Module 4 – Saving your work'),
    ('Normal', 'Trainer', 'There are three ways to save a file.'),
    ('List Number', 'Trainer', 'Press Control and S together.'),
    ('List Number', 'Trainer', 'Choose Save in the File menu, then pick a folder for the file and type a name for it before you press Enter.'),
    ('List Number', 'Trainer', 'Click the disk icon.'),
    ('Normal', 'Learner', 'And if I forget?'),
    ('Normal', 'Learner', '1. This step was typed by hand with its number.'),
    ('Normal', 'Trainer', 'Then the program asks you when you close it.'),
]


def build():
    doc = Document()
    for style, voice, text in SCRIPT:
        para = doc.add_paragraph(style=style)
        run = para.add_run(text)
        if voice:
            run.font.color.rgb = RGBColor.from_string(HEX[voice])
    docx_and_pdf(doc, NAME)
    write_script(NAME, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], VOICES, ['#000000'],
                 [[[voice, text]] for _, voice, text in SCRIPT])


if __name__ == '__main__':
    build()
