"""Scripts whose legend stands in the running header or footer (a template's key, on every page).

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-header-legend-fixtures.py
Writes tests/fixtures/header-legend/*.docx and their PDFs (soffice --headless --convert-to pdf).
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import french, lo_pdf

OUT = 'tests/fixtures/header-legend'
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)
GREY = RGBColor(0x80, 0x80, 0x80)


FR_LINES = [
    (BLUE, 'Bienvenue dans ce module consacré à la sécurité incendie sur votre lieu de travail.'),
    (GREEN, 'Avant de commencer, repérez les deux sorties de secours les plus proches de votre poste.'),
    (GREY, '[Animation : le plan du bâtiment s’affiche, les sorties clignotent.]'),
    (BLUE, 'Chaque porte coupe-feu se referme seule : ne la bloquez jamais avec une cale.'),
    (GREEN, 'Les extincteurs sont vérifiés chaque année par un organisme agréé.'),
    (BLUE, 'En cas d’alarme, quittez le bâtiment sans courir et rejoignez le point de rassemblement.'),
    (GREEN, 'Ne revenez jamais chercher vos affaires personnelles.'),
]


def header_fr():
    """Three pages; the header: « Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées) »."""
    d = Document()
    french(d)
    d.sections[0].header.paragraphs[0].text = 'Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)'
    d.add_heading('Module 3 – La sécurité incendie', 1)
    for page in range(3):
        for colour, text in FR_LINES:
            d.add_paragraph().add_run(text).font.color.rgb = colour
        if page < 2:
            d.add_page_break()
    return d


def footer_en():
    """One page; the footer holds the key, each name in its own colour: "Narrator  Expert  Notes (not recorded)"."""
    d = Document()
    footer = d.sections[0].footer.paragraphs[0]
    footer.add_run('Key: ')
    footer.add_run('Narrator').font.color.rgb = BLUE
    footer.add_run(' – ')
    footer.add_run('Expert').font.color.rgb = GREEN
    footer.add_run(' – ')
    footer.add_run('Notes (not recorded)').font.color.rgb = GREY
    d.add_heading('Spring sale – radio and web', 1)
    for colour, text in [
        (BLUE, 'This spring, everything in the garden centre is twenty percent off.'),
        (GREEN, 'Our roses are grown two miles from the shop, and they show it.'),
        (GREY, 'Music up, then under.'),
        (BLUE, 'Come and see us before the end of the month.'),
    ]:
        d.add_paragraph().add_run(text).font.color.rgb = colour
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    made = []
    for name, build in [('header-legend-fr', header_fr), ('footer-key-en', footer_en)]:
        path = os.path.join(OUT, f'{name}.docx')
        doc = build()
        doc.core_properties.author = 'vo-lines fixtures'
        doc.save(path)
        made.append(path)
    lo_pdf(made, OUT, own_profile=False)


if __name__ == '__main__':
    main()
