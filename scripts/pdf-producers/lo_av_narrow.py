"""A TV spot as a VIDEO | AUDIO table with very narrow columns, printed by LibreOffice: from HTML
(`<table width="120">`, two columns of 60 px: LibreOffice's HTML import draws no borders for the
CSS ones, and leaves a gap of a space or less between some VIDEO lines' ends and the AUDIO text; it
also drops the body's first paragraph onto a blank first page, hence the `&nbsp;` one) and from a DOCX of the same table with its columns set 0.75 in wide (Table Grid: ruled; and
with no borders). Every cell wraps over several lines; the AUDIO cells are the voices' (Anna blue, Ben
red), the VIDEO cells and the header black.

/usr/bin/python3 scripts/pdf-producers/lo_av_narrow.py
(writes lo-av-narrow-en.html and lo-av-narrow-en-html.pdf, lo-av-narrow-labels-en.html and
lo-av-narrow-labels-en-html.pdf (the same spot in black, each AUDIO cell opening with a speaker's label,
as probe5 wrote it), lo-av-narrow-en.docx and .pdf, lo-av-narrow-noborders-en.docx and .pdf; no JSON:
tests/pdf-av-narrow.test.ts compares the PDFs with the DOCX)
"""
import os
import shutil
import tempfile

import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Inches, RGBColor

from common import docx_and_pdf, esc, lo_pdf, out_path

COLOURS = {'Anna': '0070C0', 'Ben': 'C00000'}
TITLE = 'Acme Roadster — TV :15'
ROWS = [
    ('Open on a red car at dawn.', 'Anna', 'Meet the new Acme Roadster, built for summer roads.'),
    ('SUPER: 0% APR for 60 months', 'Ben', 'Zero percent financing for sixty months.'),
    ('Logo. SUPER: Call 0800 30 30 30', 'Anna', 'Call us today on 0800 30 30 30.'),
]
AFTER = 'End of spot.'
# The spot as probe5 wrote it: no colours, each AUDIO cell opening with its speaker's label.
LABELLED = [
    ('Open on a red car at dawn.', 'ANNCR: Meet the new Acme Roadster.'),
    ('SUPER: 0% APR for 60 months', 'ANNCR: Zero percent financing.'),
    ('Logo. SUPER: Call 0800 30 30 30', 'VO: Call 0800 30 30 30.'),
]


def html(labelled=False):
    if labelled:
        rows = ''.join(f'<tr><td>{esc(v)}</td><td>{esc(a)}</td></tr>\n' for v, a in LABELLED)
    else:
        rows = ''.join(f'<tr><td>{esc(v)}</td><td><span style="color: #{COLOURS[who]}">{esc(a)}</span></td></tr>\n' for v, who, a in ROWS)
    return f'''<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme</title>
<style>body {{ font-family: sans-serif; font-size: 11pt }} td {{ border: 1px solid #888; padding: 4px }}</style></head><body>
<p>&nbsp;</p>
<p>{esc(TITLE)}</p>
<table width="120"><thead><tr><th width="60">VIDEO</th><th width="60">AUDIO</th></tr></thead><tbody>
{rows}</tbody></table>
<p>{esc(AFTER)}</p>
</body></html>
'''


def no_borders(table):
    props = table._tbl.tblPr
    borders = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        b = OxmlElement(f'w:{side}')
        b.set(qn('w:val'), 'nil')
        borders.append(b)
    props.append(borders)


def document(ruled):
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    table = doc.add_table(rows=len(ROWS) + 1, cols=2)
    if ruled:
        table.style = 'Table Grid'
    else:
        no_borders(table)
    table.autofit = False
    for row in table.rows:
        for cell in row.cells:
            cell.width = Inches(0.75)
    table.cell(0, 0).text = 'VIDEO'
    table.cell(0, 1).text = 'AUDIO'
    for i, (video, who, audio) in enumerate(ROWS, start=1):
        table.cell(i, 0).text = video
        run = table.cell(i, 1).paragraphs[0].add_run(audio)
        run.font.color.rgb = RGBColor.from_string(COLOURS[who])
    doc.add_paragraph(AFTER)
    return doc


def html_pdf(name, labelled=False):
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(html(labelled))
    # The HTML is converted under its own name in a folder apart, so the DOCX's PDF does not overwrite it.
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, name + '-html.html')
        shutil.copy(out_path(name, 'html'), src)
        lo_pdf(src, 'pdf:writer_web_pdf_Export', work)
        shutil.copy(os.path.join(work, name + '-html.pdf'), out_path(name + '-html', 'pdf'))
    finally:
        shutil.rmtree(work)


def build():
    name = 'lo-av-narrow-en'
    html_pdf(name)
    html_pdf('lo-av-narrow-labels-en', labelled=True)
    docx_and_pdf(document(True), name)
    docx_and_pdf(document(False), 'lo-av-narrow-noborders-en')


if __name__ == '__main__':
    build()
