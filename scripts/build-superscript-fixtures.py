"""Superscripts and subscripts as a reader sees them, in French and English scripts: Word's AutoCorrect
ordinals (1er, 2e, XXIe, 2nde, 21st, 4th), an abbreviation (Mme), units' powers (m², m³, ft²), a formula
(E = mc²), note calls (note¹, TTC*, 31/12/2025⁽¹⁾, vary†, "note 3" with a call 3), a chemical subscript
(CO₂); each as python-docx writes it (a run with w:vertAlign), its LibreOffice PDF (raised pieces set at
58 %), a Chromium PDF of the same as HTML <sup> (10 pt in 12, drawn glyph by glyph) and a ReportLab PDF
of raised text drawn by hand (the text rise operator Ts, 7 pt in 11).

/usr/bin/python3 scripts/build-superscript-fixtures.py
(writes tests/fixtures/superscripts/NAME.docx and NAME.pdf; chrome-fr.html/.pdf; rl-en.pdf)
"""
import datetime
import os
import re
import subprocess
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'superscripts'))
BLUE = RGBColor(0x1F, 0x4E, 0x9D)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x00, 0x80, 0x3C)


def new_doc(lang):
    doc = Document()
    rpr = doc.styles['Normal'].element.get_or_add_rPr()
    tag = OxmlElement('w:lang')
    tag.set(qn('w:val'), lang)
    rpr.append(tag)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return doc


def para(doc, text, colour):
    """A paragraph from marked text: ^raised^ and _lowered_ pieces are superscript and subscript runs."""
    p = doc.add_paragraph()
    for piece in re.split(r'(\^[^^]*\^|_[^_]*_)', text):
        if not piece:
            continue
        run = p.add_run(piece[1:-1] if piece[0] in '^_' and len(piece) > 1 else piece)
        run.font.color.rgb = colour
        if piece[0] == '^':
            run.font.superscript = True
        elif piece[0] == '_':
            run.font.subscript = True


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


FR = [
    (BLUE, 'Le 1^er^ janvier, au XXI^e^ siècle, François I^er^ et la 2^nde^ édition.'),
    (BLUE, 'Montez au 3^e^ étage, puis au 2^ème^ ; voir la note^1^.'),
    (BLUE, 'Le prix est de 1\u202f250,50\u00a0€ TTC^*^.'),
    (RED, 'La surface est de 75 m^2^ et le volume de 20 m^3^.'),
    (RED, 'Offre valable jusqu\u2019au 31/12/2025^(1)^.'),
    (RED, 'Le CO_2_ rejeté par M^me^ Durand.'),
]
EN = [
    (BLUE, 'On July 4^th^, the 21^st^ annual sale: 50% off^*^.'),
    (BLUE, 'Covers 1,200 ft^2^ with E = mc^2^.'),
    (RED, 'Results may vary^\u2020^ \u2014 see note 3^3^.'),
]
# A French e-learning module as Word FR makes it (AutoCorrect raises 1er, 2e, XIXe and the "me" of Mme).
MODULE = [
    (BLUE, 'Depuis le 25 mai 2018, le RGPD s\u2019applique dans toute l\u2019Union européenne : c\u2019est le 1^er^ texte de ce type au XXI^e^ siècle.'),
    (GREEN, 'Au 2^e^ trimestre, 1\u00a0250 plaintes ont été déposées auprès de la CNIL, soit +12\u00a0% par rapport au 1^er^ trimestre.'),
    (BLUE, 'M^me^ Durand, déléguée à la protection des données, travaille au 3^e^ étage ; elle répond du lundi au vendredi de 9\u00a0h à 17\u00a0h\u00a030.'),
    (GREEN, 'Les sanctions peuvent atteindre 20\u00a0millions d\u2019euros ou 4\u00a0% du chiffre d\u2019affaires mondial, selon le montant le plus élevé.'),
    (BLUE, 'Le 1^er^ principe est la minimisation ; le 2^nd^ est la limitation de la durée de conservation, fixée ici à 3\u00a0ans.'),
    (GREEN, 'Depuis le XIX^e^ siècle, le secret des correspondances est protégé ; Napoléon III l\u2019avait déjà rappelé.'),
    (BLUE, 'Pour toute question, écrivez à dpo@entreprise.fr ou appelez le 01\u00a023\u00a045\u00a067\u00a089, du 1^er^ au 31 décembre.'),
    (GREEN, 'Retenez les 3 règles : informer, sécuriser, supprimer. Rendez-vous au module 4, le 2^e^ de la série.'),
]


def docx_fixtures():
    doc = new_doc('fr-FR')
    doc.add_paragraph('Légende : Narrateur = bleu, Cliente = rouge')
    for colour, text in FR:
        para(doc, text, colour)
    save(doc, 'sup-fr')
    doc = new_doc('en-US')
    doc.add_paragraph('Key: Narrator = blue, Customer = red')
    for colour, text in EN:
        para(doc, text, colour)
    save(doc, 'sup-en')
    doc = new_doc('fr-FR')
    doc.add_paragraph('Module 3 — La protection des données')
    doc.add_paragraph('Légende : Narratrice = bleu, Formateur = vert')
    for colour, text in MODULE:
        para(doc, text, colour)
    save(doc, 'module-fr')


def html_of(text):
    text = re.sub(r'\^([^^]*)\^', r'<sup>\1</sup>', text.replace('&', '&amp;'))
    return re.sub(r'_([^_]*)_', r'<sub>\1</sub>', text)


def chrome_fixture():
    colours = {BLUE: 'n', RED: 'c'}
    body = '<p>Légende : Narrateur = bleu, Cliente = rouge</p>\n' + ''.join(f'<p class="{colours[c]}">{html_of(t)}</p>\n' for c, t in FR)
    page = ('<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm } '
            'body { font: 12pt "Liberation Sans" } .n { color: #1F4E9D } .c { color: #C00000 }</style></head><body>\n' + body + '</body></html>\n')
    path = os.path.join(OUT, 'chrome-fr.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, 'chrome-fr.pdf'), path], check=True, stderr=subprocess.DEVNULL)


def reportlab_fixture():
    """English lines drawn by hand: each raised piece a text object of its own, 7 pt raised 4 pt over 11 pt text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(os.path.join(OUT, 'rl-en.pdf'), pagesize=A4, invariant=1)
    c.setFont('Helvetica', 11)
    y = 780
    c.drawString(72, y, 'Key: Narrator = blue, Customer = red')
    for colour, text in EN:
        y -= 24
        x = 72
        c.setFillColorRGB(colour[0] / 255, colour[1] / 255, colour[2] / 255)
        for piece in re.split(r'(\^[^^]*\^)', text):
            if not piece:
                continue
            raised = piece[0] == '^'
            piece = piece[1:-1] if raised else piece
            t = c.beginText(x, y)
            t.setFont('Helvetica', 7 if raised else 11)
            # The rise is graphics state: it stays set across text objects until set again.
            t.setRise(4 if raised else 0)
            t.textOut(piece)
            c.drawText(t)
            x += c.stringWidth(piece, 'Helvetica', 7 if raised else 11)
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    docx_fixtures()
    chrome_fixture()
    reportlab_fixture()
