"""python-docx then LibreOffice (`soffice --headless --convert-to pdf`): speaker labels set with a
tab (`KID⇥Can we get the big sunflower?`, a tab stop at 0.9 in) in a narrow justified measure (a
2.6 in column: 2.95 in margins on US Letter), in French and in English, whose text wraps to a short
last line at the margin ("sunflower?"). LibreOffice draws the tab as a gap between positioned words:
the text right of it, on a line with a single short line below it, must not be read as a column of
its own (it was moved to the end of the page).

/usr/bin/python3 scripts/pdf-producers/lo_tab_wrap.py
Then lo-tab-tight-en: the same labels with no space between paragraphs (`KID⇥Okay.` over
`MUM⇥Fine.`, `KID⇥Okay.` over `Yes.`), and a borderless table (Word's "Normal Table") whose left
cell wraps over three lines beside a one-line right cell: geometrically the same shape as a
one-line label paragraph over a short paragraph at the margin. The reader reads both as tab-set
lines and must say the table's order may be another.

(writes lo-tab-wrap-fr.docx, .pdf, lo-tab-wrap-en.docx, .pdf, lo-tab-tight-en.docx, .pdf; no
JSON: tests/pdf-tab-wrap.test.ts compares each PDF's paragraphs with its DOCX's)
"""
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from common import OUT, out_path

BLUE, RED, GREEN = RGBColor(0x1F, 0x4E, 0xD8), RGBColor(0xC0, 0x00, 0x00), RGBColor(0x00, 0x80, 0x00)

EN = [
    ('plain', None, 'Spot 1: the garden centre'),
    ('tab', BLUE, 'MUM\tLook at these tulips! Half price.'),
    ('tab', RED, 'KID\tCan we get the big sunflower?'),
    ('just', GREEN, 'Everything in store this weekend, while stocks last.'),
    ('tab', BLUE, 'MUM\tOnly if you carry it home.'),
]
FR = [
    ('plain', None, 'Spot 1 : la jardinerie'),
    ('tab', BLUE, 'MAMAN\tRegardez ces tulipes ! À moitié prix.'),
    ('tab', RED, 'ENFANT\tOn prend le grand tournesol ?'),
    ('just', GREEN, 'Tout le magasin ce week-end, dans la limite des stocks.'),
    ('tab', BLUE, 'MAMAN\tSeulement si tu le portes.'),
]


TIGHT = [
    ('plain', None, 'Spot 2: the checkout'),
    ('tab', BLUE, 'MUM\tFine.'),
    ('tab', RED, 'KID\tOkay.'),
    ('just', GREEN, 'Yes.'),
    ('tab', BLUE, 'MUM\tThat will be all.'),
]


def build(name, paras, lang, table=None):
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.size = Pt(11)
    normal.font.name = 'Liberation Serif'
    # The text's language, as Word writes it (w:lang on the style): LibreOffice carries it to the PDF's /Lang.
    lang_el = OxmlElement('w:lang')
    lang_el.set(qn('w:val'), lang)
    normal.element.get_or_add_rPr().append(lang_el)
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(2.95)
    for kind, colour, text in paras:
        para = doc.add_paragraph()
        run = para.add_run(text)
        if colour is not None:
            run.font.color.rgb = colour
        if kind in ('just', 'tab'):
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if kind == 'tab':
            para.paragraph_format.tab_stops.add_tab_stop(Inches(0.9))
        if table:
            para.paragraph_format.space_before = para.paragraph_format.space_after = Pt(0)
    if table:
        doc.add_paragraph('Spot 3: the shot list')
        grid = doc.add_table(rows=len(table), cols=2)
        for r, (left, right) in enumerate(table):
            for c, text in enumerate((left, right)):
                cell = grid.cell(r, c)
                cell.width = Inches(1.6 if c == 0 else 1.0)
                cell.paragraphs[0].add_run(text).font.color.rgb = GREEN if c == 0 else BLUE
    doc.core_properties.language = lang
    docx = out_path(name, 'docx')
    doc.save(docx)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True, capture_output=True)


if __name__ == '__main__':
    build('lo-tab-wrap-fr', FR, 'fr-FR')
    build('lo-tab-wrap-en', EN, 'en-GB')
    build('lo-tab-tight-en', TIGHT, 'en-GB', table=[
        ('Wide shot of the shop at dusk, lights on', 'Open late.'),
        ('Close on the till', 'Pay here.'),
    ])
