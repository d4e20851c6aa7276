"""A colour key in a text box set right of the script's heading, as Word writes it (a `wps:wsp` text
box anchored in the heading's paragraph, wrapped square, with its VML fallback), exported by LibreOffice.

/usr/bin/python3 scripts/pdf-producers/docx_frame_beside.py

Writes tests/fixtures/pdf-layout/frame-beside-heading-en.docx (a minimal WordprocessingML package written
here) and .pdf (`soffice --headless --convert-to pdf`, LibreOffice 7.4.7.2). In the PDF the heading (16 pt
bold) and the box's first line (11 pt) share a baseline within a point, 17 pt apart: read as one line
before, the key's words ran on after the heading's and no legend was found (the DOCX reads it).
"""
import os

from common import lo_pdf, w_para, w_run, w_text_box, write_docx

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-layout'))
NAME = 'frame-beside-heading-en'
RED, BLUE = 'C00000', '0070C0'


STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
)


def build():
    key = w_para(w_run('Key: ') + w_run('Narrator', RED) + w_run(' · ') + w_run('Learner', BLUE) + w_run(' · black = not recorded'))
    body = w_para(w_text_box(key, 216, 36) + w_run('Module 6 — Pedestrians'), 'Heading1')  # 3 in × 0.5 in
    body += w_para(w_run('Pedestrians and forklifts share the same aisles every day.', RED))
    body += w_para(w_run('So who has priority, the driver or me?', BLUE))
    body += w_para(w_run('The pedestrian, always. Drivers stop and wait.', RED))
    os.makedirs(OUT, exist_ok=True)
    docx = os.path.join(OUT, NAME + '.docx')
    write_docx(docx, body, STYLES)
    lo_pdf(docx, outdir=OUT)


if __name__ == '__main__':
    build()
