"""python-docx: a short script whose lines are all short, with time codes set flush right between
them, converted to PDF by LibreOffice (`soffice --headless --convert-to
pdf`). In the PDF the flush-right lines stand apart horizontally from the rest with
nothing beside them: they are lines of the one flow, read where they stand (read as a second
column, they went to the end of the page). The DOCX and the PDF must give the same lines in the same
order.

/usr/bin/python3 scripts/pdf-producers/docx_aligned_lines.py
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

from common import docx_and_pdf, write_script

NAME = 'lo-aligned-lines-en'
VOICES = {'Narrator': {'color': '#404040'}, 'Marie': {'color': '#C00000'}}
HEX = {'Narrator': '404040', 'Marie': 'C00000'}
SCRIPT = [
    ('left', 'Narrator', 'We open on the harbour at dawn.'),
    ('left', 'Marie', 'Marie walks along the quay.'),
    ('right', None, '00:00:12'),
    ('left', 'Narrator', 'The fish market wakes up.'),
    ('left', 'Marie', 'Good morning, everyone!'),
    ('right', None, '00:00:19'),
    ('left', 'Narrator', 'The sun rises over the water.'),
]
ALIGN = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER, 'right': WD_ALIGN_PARAGRAPH.RIGHT}


def build():
    doc = Document()
    for align, voice, text in SCRIPT:
        para = doc.add_paragraph()
        para.alignment = ALIGN[align]
        run = para.add_run(text)
        if voice:
            run.font.color.rgb = RGBColor.from_string(HEX[voice])
    docx_and_pdf(doc, NAME)
    write_script(NAME, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], VOICES, ['#000000'],
                 [[[voice, text]] for _, voice, text in SCRIPT])


if __name__ == '__main__':
    build()
