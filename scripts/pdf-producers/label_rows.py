"""One English radio script coded by speaker labels only (every line black), set as a borderless
two-column table `LABEL | text` by four producers: WeasyPrint 57.2 and Chromium from the same HTML
table, ReportLab 3.6.12 `Table` with no grid, and python-docx (the DOCX the PDFs must agree with).
The label column is narrow; a speech wraps under itself in the text column; the label is set in
bold sans-serif a size smaller than the serif text, so its baseline stands a point or two off the
text's first line (as `vertical-align: top` and ReportLab's VALIGN TOP leave it).

/usr/bin/python3 scripts/pdf-producers/label_rows.py
(writes label-rows-en.docx, label-rows-en.html, label-rows-en-wp.pdf (`weasyprint`),
label-rows-en-chromium.pdf (`chromium_pdf()`) and label-rows-en-rl.pdf; label-rows-en-small.html and
label-rows-en-wp-small.pdf, the labels in 8 pt, their baselines 3 pt above the text's;
label-rows-wide-en.html and label-rows-wide-en-wp.pdf, labels such as MADAME MUM in a 1.8 in column)

Labels set in the middle or at the bottom of their rows (`build_middle`, `build_centred`):
label-rows-middle-en.pdf (Chromium, the table above with its labels `vertical-align: middle`, each
level with a wrapped line of its text or between two lines); a 4.5 in table whose speeches wrap to
1 to 4 lines, labels middle (label-rows-middle-narrow-en-chromium.pdf, -wp.pdf, and -rl.pdf with
VALIGN MIDDLE) and bottom (label-rows-bottom-narrow-en-wp.pdf, -rl.pdf with VALIGN BOTTOM); and
label-rows-astray-narrow-en.pdf, the middle table with one label moved into a row gap, which the
reader must leave as it read it before.
"""
import html
import subprocess

from docx import Document
from docx.shared import Inches, Pt
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from common import chromium_pdf, esc, out_path

NAME = 'label-rows-en'
TITLE = 'Greenway Garden Centre — spring sale, 60 s'
NOTE = 'Approved script, version 3. Every line is read as written.'
ROWS = [
    ('ANNCR', 'Spring is here, and so is the Greenway Garden Centre spring sale, with thousands of plants, '
              'pots and tools at half price or less, this weekend only, while stocks last.'),
    ('MUM', 'Look at these tulips! Half price!'),
    ('KID', 'Can we get the big sunflower too? The one that is taller than Dad? Please, please, please?'),
    ('SFX', 'Trolley wheels on gravel.'),
    ('MUM', 'Only if you carry it to the car yourself, all the way across the car park, without dropping it.'),
    ('GRANDAD', 'In my day we grew our own sunflowers from seed.'),
    ('ANNCR', 'Seeds, bulbs and bedding plants from ninety-nine pence. Compost, three bags for ten pounds. '
              'And free coffee for everyone who brings a grandad.'),
    ('KID', 'Grandad, you can have my coffee.'),
    ('GRANDAD', 'Thank you, young man. Now, where did they put the sunflower seeds? I want the giant ones, '
                'the ones that win prizes at the village show.'),
    ('ANNCR', 'Greenway Garden Centre. Open every day from eight till eight.'),
]

CSS = """
@page { size: letter; margin: 0.9in 1in; }
body { font: 11pt/1.4 "DejaVu Serif", serif; }
.lines { border-collapse: collapse; width: 100%; }
.lines td { padding: 0 0 6pt; vertical-align: top; text-align: justify; }
.lines td.label { width: 0.9in; text-align: left; font: bold 10pt "DejaVu Sans", sans-serif; }
"""


# For label-rows-wide-en-wp.pdf: every other label two words long, in a 1.8 in column (wide enough
# for the reader to find a gutter between labels and texts).
WIDE_ROWS = [(('MADAME ' + l) if i % 2 else l, t) for i, (l, t) in enumerate(ROWS)]


def page_html(css=CSS, rows=ROWS):
    rows = ''.join('<tr><td class="label">%s</td><td>%s</td></tr>\n' % (html.escape(l), html.escape(t)) for l, t in rows)
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spring sale</title><style>%s</style></head>'
            '<body><h1 style="font:bold 15pt sans-serif">%s</h1><p>%s</p><table class="lines">\n%s</table></body></html>'
            % (css, html.escape(TITLE), html.escape(NOTE), rows))


def build_html_pdfs():
    chromium_pdf(NAME + '-chromium', page_html())
    # The same page for WeasyPrint (one HTML file beside both PDFs).
    src = out_path(NAME, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(page_html())
    subprocess.run(['weasyprint', src, out_path(NAME + '-wp', 'pdf')], check=True)
    # Labels in 8 pt: their baselines stand 3 pt above the text's, too far to share its row.
    small = out_path(NAME + '-small', 'html')
    with open(small, 'w', encoding='utf-8') as f:
        f.write(page_html(CSS.replace('bold 10pt', 'bold 8pt')))
    subprocess.run(['weasyprint', small, out_path(NAME + '-wp-small', 'pdf')], check=True)
    wide = out_path('label-rows-wide-en', 'html')
    with open(wide, 'w', encoding='utf-8') as f:
        f.write(page_html(CSS.replace('width: 0.9in', 'width: 1.8in'), WIDE_ROWS))
    subprocess.run(['weasyprint', wide, out_path('label-rows-wide-en-wp', 'pdf')], check=True)
    # chromium_pdf() wrote its own copy of the page: one is enough.
    import os
    os.remove(out_path(NAME + '-chromium', 'html'))


def build_reportlab(name=NAME + '-rl', valign='TOP', text_width=5.6 * inch):
    doc = SimpleDocTemplate(out_path(name, 'pdf'), pagesize=letter, leftMargin=inch, rightMargin=inch,
                            topMargin=0.9 * inch, bottomMargin=0.9 * inch, title='Spring sale')
    title = ParagraphStyle('title', fontName='Helvetica-Bold', fontSize=15, leading=19, spaceAfter=10)
    body = ParagraphStyle('body', fontName='Times-Roman', fontSize=11, leading=15, spaceAfter=8)
    label = ParagraphStyle('label', fontName='Helvetica-Bold', fontSize=10, leading=15)
    text = ParagraphStyle('text', parent=body, alignment=4, spaceAfter=0)
    table = Table([[Paragraph(esc(l), label), Paragraph(esc(t), text)] for l, t in ROWS],
                  colWidths=[0.9 * inch, text_width])
    table.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), valign), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 6), ('TOPPADDING', (0, 0), (-1, -1), 0)]))
    doc.build([Paragraph(esc(TITLE), title), Paragraph(esc(NOTE), body), table])


def build_docx():
    doc = Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(NOTE)
    table = doc.add_table(rows=0, cols=2)  # python-docx's default table style: no borders
    for l, t in ROWS:
        cells = table.add_row().cells
        cells[0].text = l
        cells[1].text = t
        cells[0].width = Inches(0.9)
        cells[1].width = Inches(5.6)
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].paragraphs[0].runs[0].font.size = Pt(10)
    doc.core_properties.title = 'Spring sale'
    doc.save(out_path(NAME, 'docx'))


def build_middle():
    chromium_pdf('label-rows-middle-en', page_html(CSS + '.lines td.label { vertical-align: middle; }'))


# A narrower table (4.5 in): the speeches wrap to 1, 2, 3 and 4 lines, so that a label set in the
# middle of its row stands level with a line (odd counts) or between two lines (even counts).
NARROW_CSS = CSS.replace('width: 100%', 'width: 4.5in')


def build_centred():
    middle = NARROW_CSS + '.lines td.label { vertical-align: middle; }'
    chromium_pdf('label-rows-middle-narrow-en-chromium', page_html(middle))
    bottom = out_path('label-rows-bottom-narrow-en', 'html')
    with open(bottom, 'w', encoding='utf-8') as f:
        f.write(page_html(NARROW_CSS + '.lines td.label { vertical-align: bottom; }'))
    subprocess.run(['weasyprint', bottom, out_path('label-rows-bottom-narrow-en-wp', 'pdf')], check=True)
    middle_wp = out_path('label-rows-middle-narrow-en', 'html')
    with open(middle_wp, 'w', encoding='utf-8') as f:
        f.write(page_html(middle))
    subprocess.run(['weasyprint', middle_wp, out_path('label-rows-middle-narrow-en-wp', 'pdf')], check=True)
    build_reportlab('label-rows-middle-narrow-en-rl', 'MIDDLE', 3.2 * inch)
    build_reportlab('label-rows-bottom-narrow-en-rl', 'BOTTOM', 3.2 * inch)
    # One label the rule must not take: SFX moved down 11 pt (`position: relative`), into the gap
    # between its row and the next, level with no line of text. The whole table keeps the reading
    # of before (labels at the ends of lines, which `label-out-of-place` says).
    astray = page_html(middle).replace('<td class="label">SFX</td>', '<td class="label"><span style="position: relative; top: 11pt">SFX</span></td>')
    assert 'top: 11pt' in astray
    chromium_pdf('label-rows-astray-narrow-en', astray)
    # A row whose label cell is empty (SFX's): its text alone, the table still read as its rows.
    empty = out_path('label-rows-unlabelled-narrow-en', 'html')
    with open(empty, 'w', encoding='utf-8') as f:
        f.write(page_html(middle, [('', t) if i == 3 else (l, t) for i, (l, t) in enumerate(ROWS)]))
    subprocess.run(['weasyprint', empty, out_path('label-rows-unlabelled-narrow-en-wp', 'pdf')], check=True)
    import os
    os.remove(out_path('label-rows-middle-narrow-en-chromium', 'html'))


# Labels of two lines (`MUM<br>(off)`), one beside a speech of one line: the label's second line
# stands on a row of its own under the text's only line (top), or the label's two lines stand
# either side of it (middle). A short heading at the labels' edge above the table ("Scene one")
# and a short line under it ("END"): no labels of the table.
ASIDE_ROWS = [(('MUM', '(off)') if i == 1 else ('MUM', '(close)') if i == 4 else (l,), t) for i, (l, t) in enumerate(ROWS[:6])]


def build_asides():
    rows = ''.join('<tr><td class="label">%s</td><td>%s</td></tr>\n' % ('<br>'.join(map(html.escape, l)), html.escape(t)) for l, t in ASIDE_ROWS)
    for name, css in (('label-rows-asides-en', NARROW_CSS), ('label-rows-asides-middle-en', NARROW_CSS + '.lines td.label { vertical-align: middle; }')):
        page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spring sale</title><style>%s</style></head>'
                '<body><h1 style="font:bold 15pt sans-serif">%s</h1><p>%s</p><h2 style="font:bold 12pt sans-serif; margin: 12pt 0 8pt">Scene one</h2>'
                '<table class="lines">\n%s</table><p>END</p></body></html>'
                % (css, html.escape(TITLE), html.escape(NOTE), rows))
        src = out_path(name, 'html')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(page)
        subprocess.run(['weasyprint', src, out_path(name + '-wp', 'pdf')], check=True)


def build():
    build_docx()
    build_middle()
    build_centred()
    build_asides()
    build_html_pdfs()
    build_reportlab()


if __name__ == '__main__':
    build()
