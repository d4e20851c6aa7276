"""Legends over scripts coded another way than the legend's reader expected (tests/legend-tables.test.ts):

- name-shaded-en: a dubbing table `# | Character | Line` whose CHARACTER cell alone is shaded in the voice's
  pale colour, the line cell left white and black, under "Key: Narrator = pale yellow, Learner = pale blue,
  Coach = pale green; black = not recorded" (as a producer shades a cast column). Rows of directions have
  no name. Before: every voice 0 words, no warning.
- name-coloured-fr: the same in French, two columns `Personnage | Réplique`, the name typed in the voice's
  text colour, the line black ("Légende : Narratrice = bleu, Client = vert ; le noir n'est pas enregistré").
- two-greens-en: "Coach = green", the Coach's lines in Word's Green #00B050 and in its theme "Green, Accent 6"
  #70AD47 (lines pasted from another document): vo-lines names both `green`.

Each is printed to PDF beside it by LibreOffice. Run: /usr/bin/python3 scripts/build-legend-tables-fixtures.py [NAME…]
"""
import sys

from docx import Document
from docx.shared import RGBColor

from docx_common import build_named, french, put, shade

OUT = 'tests/fixtures/legend-tables'

# (speaker or None for a direction row, text)
EN = [
    (None, '[Screen 1: logo, music up]'),
    ('Narrator', 'Welcome to module two of the forklift safety course.'),
    ('Learner', 'Hi, I am Sam. I started last week.'),
    ('Coach', 'And I am Priya, your safety coach.'),
    (None, '[Screen 2: aisle 14]'),
    ('Narrator', 'Most injuries happen to pedestrians, not to drivers.'),
    ('Learner', 'So the yellow lines actually matter?'),
    ('Coach', 'They do. Stay inside the walkway.'),
    ('Coach', 'A loaded truck needs six metres to stop.'),
    ('Narrator', 'If in doubt, report it.'),
]

FR = [
    (None, '[Musique : guitare]'),
    ('Narratrice', 'Le printemps arrive chez Verdier Jardin.'),
    ('Client', 'Vous avez des tondeuses sans fil ?'),
    ('Narratrice', 'Cette semaine, elles sont à moins trente pour cent.'),
    ('Client', "C'est décidé, on refait le jardin !"),
    (None, '[Musique : fin]'),
]


def name_shaded_en():
    d = Document()
    d.add_paragraph('Forklift Safety Awareness, Module 2')
    d.add_paragraph('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green; black = not recorded')
    fills = {'Narrator': 'FFF2CC', 'Learner': 'DEEAF6', 'Coach': 'E2EFD9'}
    t = d.add_table(rows=1, cols=3)
    t.style = d.styles['Table Grid']
    for cell, text in zip(t.rows[0].cells, ['#', 'Character', 'Line']):
        cell.text = text
    for n, (who, text) in enumerate(EN, 1):
        row = t.add_row().cells
        row[0].text = str(n)
        if who:
            row[1].text = who.upper()
            shade(row[1], fills[who])
        row[2].text = text
    return d


def name_coloured_fr():
    d = Document()
    french(d)
    d.add_paragraph('Spot radio Verdier Jardin, 30 s')
    d.add_paragraph("Légende : Narratrice = bleu, Client = vert ; le noir n'est pas enregistré.")
    colours = {'Narratrice': '0070C0', 'Client': '00B050'}
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles['Table Grid']
    for cell, text in zip(t.rows[0].cells, ['Personnage', 'Réplique']):
        cell.text = text
    for who, text in FR:
        row = t.add_row().cells
        if who:
            put(row[0], who.upper(), colour=colours[who])
        row[1].text = text
    return d


def two_greens_en():
    d = Document()
    d.add_paragraph('Forklift Safety Awareness, Module 2')
    d.add_paragraph('Key: Narrator = dark grey, Learner = blue, Coach = green, black = not recorded')
    colours = {'Narrator': '404040', 'Learner': '0070C0'}
    coach = 0
    for who, text in EN:
        p = d.add_paragraph()
        run = p.add_run(text)
        if who == 'Coach':
            # Every other Coach line pasted from a document whose green is the theme's Accent 6.
            run.font.color.rgb = RGBColor.from_string('00B050' if coach % 2 == 0 else '70AD47')
            coach += 1
        elif who:
            run.font.color.rgb = RGBColor.from_string(colours[who])
    # One more Coach line in each green, so that neither green is a stray line.
    for hexa in ['00B050', '70AD47']:
        d.add_paragraph().add_run('Report it on the app.').font.color.rgb = RGBColor.from_string(hexa)
    return d


FIXTURES = {'name-shaded-en': name_shaded_en, 'name-coloured-fr': name_coloured_fr, 'two-greens-en': two_greens_en}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
