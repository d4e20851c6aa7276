"""python-docx: an e-learning script with bulleted lists (the legend's entries and an expert's steps,
Word's List Bullet style: the bullet comes from numbering, a hanging indent sets the text apart) and
struck-through text (a sentence in a narrator's paragraph, a whole line of the expert's, a word of a
direction), converted to PDF by LibreOffice: `soffice --headless --convert-to pdf lo-lists-struck.docx`.
LibreOffice draws each bullet in OpenSymbol 18 pt left of its text, and each strike as a thin stroke
through the letters in the text's colour. Struck text is cut: it is not in the data, so neither the DOCX
nor the PDF may give it back.

/usr/bin/python3 scripts/pdf-producers/docx_lists_struck.py
"""
import subprocess

from docx import Document
from docx.shared import Pt, RGBColor

from common import OUT, out_path, write_script

NAME = 'lo-lists-struck'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#FF0000'}}
HEX = {'Narrator': (0x00, 0x70, 0xC0), 'Expert': (0x00, 0xB0, 0x50), 'Learner': (0xFF, 0x00, 0x00)}

# (style, [(voice, text, struck)][, 'legend']): what the document holds; struck pieces are cut, and
# the legend's paragraphs (its heading and entries) are never script lines.
SCRIPT = [
    ('Normal', [(None, 'Module 3 – Safety at work', False)]),
    ('Normal', [(None, 'Client: Acme Ltd. Version 2, 12 March', False)]),
    ('Normal', [(None, 'Voice key:', False)], 'legend'),
    ('List Bullet', [(None, 'Narrator – blue', False)], 'legend'),
    ('List Bullet', [(None, 'Expert – green', False)], 'legend'),
    ('List Bullet', [(None, 'Learner – red', False)], 'legend'),
    ('List Bullet', [(None, 'Black – not recorded', False)], 'legend'),
    ('Normal', [(None, '[Music in, then ', False), (None, 'loud ', True), (None, 'under]', False)]),
    ('Normal', [('Narrator', 'Welcome to this module on working safely. ', False), ('Narrator', 'It was written with the site managers of three regions last spring. ', True), ('Narrator', 'Today we look at the rules that keep a site safe.', False)]),
    ('Normal', [('Learner', 'Why do people skip the checks?', False)]),
    ('Normal', [('Expert', 'Because they are in a hurry. Before you start any job, three things:', False)]),
    ('List Bullet', [('Expert', 'Check the ladder before you climb it, every single time, even when the job takes a minute and the foreman is waiting for you at the bottom.', False)]),
    ('List Bullet', [('Expert', 'Wear your helmet and your boots.', False)]),
    ('List Bullet', [('Expert', 'Tell someone where you are.', False)]),
    ('Normal', [('Expert', 'Nobody ever got hurt by asking one question too many on a building site.', True)]),
    ('Normal', [('Learner', 'So what should I do first?', False)]),
    ('Normal', [('Narrator', 'Stop, look around, and ask before you start. See you in the next module.', False)]),
]


def build():
    doc = Document()
    st = doc.styles['Normal']
    st.font.size = Pt(11)
    for style, segs, *_ in SCRIPT:
        p = doc.add_paragraph(style=style)
        for voice, text, struck in segs:
            r = p.add_run(text)
            if voice:
                r.font.color.rgb = RGBColor(*HEX[voice])
            if struck:
                r.font.strike = True
    docx = out_path(NAME, 'docx')
    doc.save(docx)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True, capture_output=True)
    paras = []
    for _, segs, *legend in SCRIPT:
        kept = [[voice, text] for voice, text, struck in segs if not struck]
        if kept:
            paras.append({'segs': kept, 'legend': True} if legend else kept)
    write_script(NAME, 'python-docx 0.8 + LibreOffice 7.4', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
