"""python-docx: scripts with a page header and footer, converted by LibreOffice to TAGGED PDFs
(`soffice --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":…}'`, as "Tagged PDF" / Word's
"Document structure tags for accessibility", on by default in Word's Save as PDF). A tagged PDF marks
what is not the document's content as /Artifact (PDF 32000 §14.8.2.2): LibreOffice marks the page's
header and footer so (`/Artifact BMC`), Word and Chromium with `/Artifact <</Type /Pagination
/Subtype /Header>> BDC`. In the DOCX they are no script lines; in the PDF they must not be either,
though a footer on one page only (a one-page script, a first-page footer) repeats nowhere to be
recognised by.

- lo-tagged-footer-en: one page, a header and a footer, three voices by text colour.
- lo-tagged-first-footer-fr: two pages, French, a footer on the first page only (Word's "Different
  first page"), none on the second; a header on both.

/usr/bin/python3 scripts/pdf-producers/docx_tagged_furniture.py
"""

from docx import Document
from docx.shared import Pt, RGBColor

from common import TAGGED_PDF, docx_and_pdf, write_script

EN = [
    ('Narrator', 'Spring has come to Maple Street, and so has the biggest garden sale of the year, with every seed, pot and tool at half price until Sunday evening.'),
    ('Customer', 'Half price on the roses too?'),
    ('Narrator', 'On the roses, the tulips and the lemon trees, while stocks last.'),
    ('Clerk', 'And if you bring back last year\'s pots, we give you a voucher for the new ones, whatever their size.'),
    ('Customer', 'I will bring the whole shed.'),
    ('Narrator', 'Maple Street Garden Centre, open every day from eight until eight.'),
]
FR = [
    ('Narrateur', 'Bienvenue dans ce module consacré à la sécurité sur les chantiers. Il dure une dizaine de minutes et se termine par un court questionnaire.'),
    ('Formatrice', 'Avant d’entrer sur un chantier, on vérifie toujours son équipement : casque, chaussures, gilet et gants.'),
    ('Apprenti', 'Même pour une visite de cinq minutes ?'),
    ('Formatrice', 'Même pour une minute. La plupart des accidents arrivent au moment où l’on pense ne rien risquer, en passant sous un échafaudage ou près d’un engin qui recule.'),
    ('Narrateur', 'Voyons maintenant les panneaux que vous rencontrerez le plus souvent, et ce qu’ils demandent.'),
    ('Apprenti', 'Le rond bleu, c’est une obligation ?'),
    ('Formatrice', 'Oui : un panneau rond à fond bleu dit ce que vous devez faire, un panneau rond cerclé de rouge ce qui est interdit, et un triangle jaune vous avertit d’un danger.'),
    ('Narrateur', 'Retenez ces trois formes : elles sont les mêmes sur tous les chantiers d’Europe.'),
]
HEX_EN = {'Narrator': '404040', 'Customer': '0070C0', 'Clerk': 'C00000'}
HEX_FR = {'Narrateur': '404040', 'Formatrice': '0070C0', 'Apprenti': 'C00000'}


def furniture_paragraph(paragraph, text):
    run = paragraph.add_run(text)
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor.from_string('7F7F7F')


def build(name, script, hexes, repeat, header, footer, first_page_only, language):
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    section = doc.sections[0]
    furniture_paragraph(section.header.paragraphs[0], header)
    if first_page_only:
        section.different_first_page_header_footer = True
        furniture_paragraph(section.first_page_header.paragraphs[0], header)
        furniture_paragraph(section.first_page_footer.paragraphs[0], footer)
    else:
        furniture_paragraph(section.footer.paragraphs[0], footer)
    paras = [{'segs': [[None, header]], 'furniture': True}, {'segs': [[None, footer]], 'furniture': True}]
    for voice, text in script * repeat:
        run = doc.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(hexes[voice])
        paras.append([[voice, text]])
    docx_and_pdf(doc, name, TAGGED_PDF)
    write_script(name, 'LibreOffice 7.4 (tagged PDF) from python-docx', f'{language}: a page header and footer marked /Artifact', {v: '#' + h for v, h in hexes.items()}, [], paras)


build('lo-tagged-footer-en', EN, HEX_EN, 1, 'MAPLE STREET GARDEN CENTRE - RADIO :60 - DRAFT 2', 'Confidential - Fairweather & Lane for Maple Street - not for broadcast', False, 'English')
build('lo-tagged-first-footer-fr', FR, HEX_FR, 3, 'Module 4 - La sécurité sur les chantiers', 'Document de travail - ne pas diffuser - version du 12 mars', True, 'French')
