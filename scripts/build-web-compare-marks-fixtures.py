"""Two versions of one French script for the page's comparison (tests/web.test.ts): the earlier one
coded by colour under a legend, the later one retyped all in black with the speakers' names opening
their lines. The same voices, told apart by their colour before and by their names after.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-web-compare-marks-fixtures.py
Writes tests/fixtures/web-compare-marks/*.docx (see the README there).
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import french

OUT = 'tests/fixtures/web-compare-marks'
NBSP = '\u00a0'
COLOURS = {'MARIE': '0070C0', 'PAUL': '00B050'}
LINES = [
    ('MARIE', 'Tu as entendu ce bruit cette nuit ?'),
    ('PAUL', 'Non. Je dormais comme un loir.'),
    ('MARIE', 'Ça venait de chez les Martin.'),
    ('PAUL', 'Ils ne sont pas là, je crois.'),
]


def by_colour():
    # The template's defaults say en-US: a French writer's Word says fr-FR.
    d = french(Document())
    d.add_paragraph(f'Légende{NBSP}: MARIE = bleu{NBSP}; PAUL = vert{NBSP}; noir = non lu')
    for who, text in LINES:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(COLOURS[who])
    return d


def by_names():
    d = french(Document())
    for who, text in LINES:
        d.add_paragraph(f'{who}{NBSP}: {text}')
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    by_colour().save(os.path.join(OUT, 'scene-v1-colours-fr.docx'))
    by_names().save(os.path.join(OUT, 'scene-v2-names-fr.docx'))


if __name__ == '__main__':
    main()
