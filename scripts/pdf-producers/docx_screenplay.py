"""python-docx: the screenplay of reportlab_canvas_screenplay.py as a Word document (character names
centred, dialogue indented 1.5 in from both margins, parentheticals further in), converted to PDF by
LibreOffice: `soffice --headless --convert-to pdf lo-screenplay.docx`.

/usr/bin/python3 scripts/pdf-producers/docx_screenplay.py
"""
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

from common import OUT, out_path, write_script
from reportlab_canvas_screenplay import HEX, SCRIPT, VOICES

NAME = 'lo-screenplay'


def build():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Courier New'
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = Inches(1.5)
    sec.right_margin = Inches(1)
    sec.header.paragraphs[0].text = 'THE ENVELOPE — dubbing script, reel 2'
    for kind, voice, text in SCRIPT:
        p = doc.add_paragraph()
        r = p.add_run(text)
        f = p.paragraph_format
        if kind in ('scene', 'action', 'name'):
            f.space_before = Pt(12)
        if kind == 'scene':
            r.bold = True
        if kind == 'name':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == 'paren':
            f.left_indent, f.right_indent = Inches(2.0), Inches(2.0)
        if kind == 'dialogue':
            f.left_indent, f.right_indent = Inches(1.0), Inches(1.5)
            r.font.color.rgb = RGBColor(*HEX[voice])
    docx = out_path(NAME, 'docx')
    doc.save(docx)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True, capture_output=True)
    paras = [[[voice, text]] for kind, voice, text in SCRIPT]
    paras.append({'segs': [[None, 'THE ENVELOPE — dubbing script, reel 2']], 'furniture': True})
    write_script(NAME, 'python-docx 0.8 + LibreOffice 7.4', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
