"""A colour key in a box floated LEFT of the script, the script's lines starting further right beside
it and back at the margin below it: a Word text box (`wps:wsp`, wrapped square, aligned left) exported
by LibreOffice, and an HTML `float: left` box printed by Chromium and by WeasyPrint. Paragraphs at
spacing 0, no first-line indent: a line beside the box starts at the box's wrap edge, the next below
the box at the margin, inside one paragraph; the change of left edge is no new paragraph, nor a list item.

/usr/bin/python3 scripts/pdf-producers/box_left.py
(writes lo-box-left-en.docx and .pdf with `soffice --headless --convert-to pdf`, LibreOffice 7.4;
chromium-box-left-en.html and .pdf with Chromium's print-to-PDF; wp-box-left-en.html and .pdf with
`weasyprint`, from the same HTML; each with NAME.json, the script data)
"""
import subprocess
import zipfile

import box_beside as right
from common import chromium_pdf, esc, lo_pdf, out_path, write_script

RED, BLUE = right.RED, right.BLUE
VOICES = right.VOICES
PARAS = right.PARAS
KEY = right.KEY


def build_docx(name):
    body = right.w_para(right.w_run(PARAS[0][0][1]), 'Heading1')
    for i, segs in enumerate(PARAS[1:]):
        runs = ''.join(right.w_run(text, RED if voice == 'Narrator' else BLUE) for voice, text in segs)
        # The box is anchored in the first script paragraph, at its top, against the left margin.
        if i == 0:
            runs = right.w_box(right.key_docx(), 2.1, 1.0).replace('<wp:align>right</wp:align>', '<wp:align>left</wp:align>') + runs
        body += right.w_para(runs)
    docx = out_path(name, 'docx')
    with zipfile.ZipFile(docx, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in right.docx_files(body).items():
            info = zipfile.ZipInfo(part, date_time=(2025, 9, 1, 8, 0, 0))
            z.writestr(info, data, zipfile.ZIP_DEFLATED)
    lo_pdf(docx)


def page():
    return right.page().replace('float: right; width: 55mm; margin: 0 0 6pt 12pt', 'float: left; width: 55mm; margin: 0 12pt 6pt 0')


def build():
    data = PARAS[:1] + [{'segs': [[None, 'Key: Narrator Learner black = not recorded']], 'legend': True}] + PARAS[1:]
    desc = __doc__.split('\n\n')[0]
    name = 'lo-box-left-en'
    build_docx(name)
    write_script(name, 'LibreOffice 7.4 (Word text box)', desc, VOICES, ['#000000'], data)
    name = 'chromium-box-left-en'
    chromium_pdf(name, page())
    write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data)
    name = 'wp-box-left-en'
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page())
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data)


if __name__ == '__main__':
    build()
