"""Fixtures of tests/spoken-shapes6.test.ts: shapes whose spoken form was wrong (a slash between acronyms,
abbreviations before a number, comparisons typed without spaces, symbols said without words).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken-slips-fixtures.py
Writes tests/fixtures/spoken-said/en-slips.docx and fr-slips.docx (the other files of that folder are
scripts/build-spoken-said-fixtures.py's).

en-slips (en-US) / fr-slips (fr-FR): a narrator's lines in one colour after a legend: `TCP/IP`, `ISO/IEC 27001`
(`ISO/CEI`), `p. 12`, `Fig. 3`, `réf. 12`, `REF 12`, `env. 20 km`, `c.-à-d.`, `Tel.` before a phone number, `x<5`
and `x > 5`, `1½`, `~5 min`, `12 ÷ 4 = 3`, `50m²`, `10 cm³`, `5 µg`, `§12`; one line with none of them.
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/spoken-said'

NARRATOR = RGBColor(0x40, 0x40, 0x40)
BLACK = RGBColor(0, 0, 0)


def script(path, tag, key, name, not_recorded, body):
    d = Document()
    set_language(d, tag)
    p = d.add_paragraph(key + ' ')
    p.add_run(name).font.color.rgb = NARRATOR
    p.add_run(' — ')
    p.add_run(not_recorded).font.color.rgb = BLACK
    for text in body:
        d.add_paragraph().add_run(text).font.color.rgb = NARRATOR
    d.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    script(f'{OUT}/en-slips.docx', 'en-US', 'Key:', 'Narrator', 'Not recorded', [
        'Our platform speaks TCP/IP and is certified ISO/IEC 27001.',
        'See p. 12 and Fig. 3, or call Tel. 555-1234.',
        'Results hold when x<5 and fall when x > 5.',
        'Mix 1½ cups for ~5 min; 12 ÷ 4 = 3.',
        'A 50m² room, 10 cm³ of water and 5 µg of salt, as §12 says.',
        'Thank you for listening.',
    ])
    script(f'{OUT}/fr-slips.docx', 'fr-FR', 'Légende :', 'Narrateur', 'Non enregistré', [
        'Conforme à la norme ISO/CEI 27001, voir réf. 12 et p. 4.',
        'Comptez env. 20 km, c.-à-d. une heure.',
        'Si x<5 le prix baisse, si x > 5 il monte.',
        'REF 12 : 1½ tasse, ~5 min, 12 ÷ 4.',
        'Merci de votre écoute.',
    ])


if __name__ == '__main__':
    main()
