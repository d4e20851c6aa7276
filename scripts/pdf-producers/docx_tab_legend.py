"""python-docx: a legend whose entries are set apart by tabs (`Key:⇥Narrator – blue⇥Expert – green⇥
Learner – red`), then a short script, converted to PDF by LibreOffice: `soffice --headless
--convert-to pdf lo-tab-legend.docx`. In the DOCX the tabs are text; in the PDF they are gaps as wide
as a column's, which the reader keeps as tabs so that the legend reads the same.

/usr/bin/python3 scripts/pdf-producers/docx_tab_legend.py
"""
import subprocess

from docx import Document
from docx.shared import Pt, RGBColor

from common import OUT, out_path, write_script

NAME = 'lo-tab-legend'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#FF0000'}}
HEX = {'Narrator': '0070C0', 'Expert': '00B050', 'Learner': 'FF0000'}
SCRIPT = [
    (None, 'Module 3 – Safety at work', False),
    (None, 'Client: Acme Ltd. Version 2, 12 March', False),
    (None, 'Key:\tNarrator – blue\tExpert – green\tLearner – red', True),
    (None, '[Music in]', False),
    ('Narrator', 'Welcome to this module on working safely.', False),
    ('Expert', 'Today we look at the three rules that keep a site safe.', False),
    ('Learner', 'Why do people skip the checks?', False),
    ('Expert', 'Because they are in a hurry, most of the time.', False),
    ('Narrator', 'That is the whole point of this course. See you in the next module.', False),
]


def build():
    doc = Document()
    doc.styles['Normal'].font.size = Pt(11)
    for voice, text, _ in SCRIPT:
        r = doc.add_paragraph().add_run(text)
        if voice:
            r.font.color.rgb = RGBColor.from_string(HEX[voice])
    docx = out_path(NAME, 'docx')
    doc.save(docx)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True, capture_output=True)
    paras = [{'segs': [[voice, text]], 'legend': True} if legend else [[voice, text]] for voice, text, legend in SCRIPT]
    write_script(NAME, 'python-docx 0.8 + LibreOffice 7.4', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
