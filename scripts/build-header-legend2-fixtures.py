"""Scripts whose page header stands on two paragraphs: the module's title, then the legend under it
("Module 3 — Safety" / "Legend: Narrator blue, Learner green"), on every page.

Run from the repository root with the system Python:
    /usr/bin/python3 scripts/build-header-legend2-fixtures.py
Writes tests/fixtures/header-legend2/:
- lo-two-para-header.docx and its PDF (LibreOffice, soffice --headless --convert-to pdf): python-docx, a
  header part of two paragraphs, three pages of blue (#0070C0) Narrator and green (#00B050) Learner lines,
  grey (#808080) directions in brackets.
- lo-two-para-header-fr.docx and its PDF: the same in French ("Module 3 — Sécurité" / "Légende : Narrateur en
  bleu, Apprenante en vert").
- rl-two-para-header.pdf: ReportLab (3.6.12) drawing the same two header lines with canvas.drawString in
  onPage (Helvetica 9 pt, grey title, black legend, 12 pt apart) over Paragraph flowables in the voices' colours.
- lo-two-para-noheading.docx and its PDF: the second header paragraph "Narrator blue, Learner green" with no
  heading word: not a legend the rule can be sure of (said as not read).
"""
import os
import sys

from docx import Document
from docx.shared import Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import french, lo_pdf  # noqa: E402

OUT = os.path.join('tests', 'fixtures', 'header-legend2')
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)
GREY = RGBColor(0x80, 0x80, 0x80)

EN_LINES = [
    (BLUE, 'Welcome to the third module, on safety in the workshop.'),
    (GREEN, 'Do I really need gloves for every job on the bench?'),
    (GREY, '[Animation: the workshop floor plan, exits flashing]'),
    (BLUE, 'Gloves, glasses and boots, every time, whatever the job.'),
    (GREEN, 'And where do I find the first aid kit?'),
    (BLUE, 'Beside each exit, under the green sign.'),
]
FR_LINES = [
    (BLUE, 'Bienvenue dans le troisième module, consacré à la sécurité à l’atelier.'),
    (GREEN, 'Faut-il vraiment des gants pour chaque travail à l’établi ?'),
    (GREY, '[Animation : le plan de l’atelier, les sorties clignotent]'),
    (BLUE, 'Gants, lunettes et chaussures, à chaque fois, quel que soit le travail.'),
    (GREEN, 'Et où se trouve la trousse de secours ?'),
    (BLUE, 'À côté de chaque sortie, sous le panneau vert.'),
]


def two_para_doc(title, legend, lines, fr=False):
    d = Document()
    if fr:
        french(d)
    header = d.sections[0].header
    first = header.paragraphs[0]
    first.text = title
    second = header.add_paragraph(legend)
    for p in (first, second):
        for run in p.runs:
            run.font.size = Pt(9)
    for page in range(3):
        for colour, text in lines:
            d.add_paragraph().add_run(text).font.color.rgb = colour
        if page < 2:
            d.add_page_break()
    return d


DOCX = {
    'lo-two-para-header': lambda: two_para_doc('Module 3 — Safety', 'Legend: Narrator blue, Learner green', EN_LINES),
    'lo-two-para-header-fr': lambda: two_para_doc('Module 3 — Sécurité', 'Légende : Narrateur en bleu, Apprenante en vert', FR_LINES, fr=True),
    'lo-two-para-noheading': lambda: two_para_doc('Module 3 — Safety', 'Narrator blue, Learner green', EN_LINES),
}


def reportlab_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    def on_page(canvas, _doc):
        canvas.saveState()
        canvas.setFont('Helvetica', 9)
        canvas.setFillColorRGB(0.5, 0.5, 0.5)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, 'Module 3 — Safety')
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(20 * mm, A4[1] - 12 * mm - 12, 'Legend: Narrator blue, Learner green')
        canvas.restoreState()

    hexes = {BLUE: '#0070C0', GREEN: '#00B050', GREY: '#808080'}
    story = []
    for page in range(3):
        for colour, text in EN_LINES:
            style = ParagraphStyle('line', fontName='Helvetica', fontSize=12, leading=18, spaceAfter=8, textColor=hexes[colour])
            story.append(Paragraph(text.replace('&', '&amp;'), style))
        if page < 2:
            story.append(PageBreak())
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=30 * mm, leftMargin=20 * mm, rightMargin=20 * mm,
                            title='Module 3 — Safety', author='vo-lines fixtures', creator='vo-lines fixtures')
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main(names):
    os.makedirs(OUT, exist_ok=True)
    made = []
    for name, build in DOCX.items():
        if names and name not in names:
            continue
        path = os.path.join(OUT, f'{name}.docx')
        doc = build()
        doc.core_properties.author = 'vo-lines fixtures'
        doc.save(path)
        made.append(path)
    if made:
        lo_pdf(made, OUT, own_profile=False)
    if not names or 'rl-two-para-header' in names:
        reportlab_pdf(os.path.join(OUT, 'rl-two-para-header.pdf'))


if __name__ == '__main__':
    main(sys.argv[1:])
