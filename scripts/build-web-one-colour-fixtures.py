"""Scripts all in one colour, for the narrators' page (tests/web.test.ts): no colour tells one voice
from another, unless voices are found another way (speaker labels, a config by paragraph style).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-web-one-colour-fixtures.py
Writes tests/fixtures/web-one-colour/*.docx (see the README there).
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE

from docx_common import french

OUT = 'tests/fixtures/web-one-colour'


def all_black_en():
    """Every line black, no legend, no labels, no names above the lines: nothing says who reads what."""
    d = Document()
    for text in [
        'Welcome to this module on safety at work.',
        'Thank you, I am listening.',
        'Lift with your legs, not your back.',
        'Good, that is the first rule.',
    ]:
        d.add_paragraph(text)
    return d


def all_black_headings_fr():
    """Every line black but Word's blue "Heading 1" titles: one colour, its headings aside."""
    d = Document()
    french(d)
    d.add_heading('Module sécurité', 1)
    d.add_paragraph('Bienvenue dans ce module sur la sécurité au travail.')
    d.add_paragraph('Merci, je vous écoute.')
    d.add_heading('Écran 2', 1)
    d.add_paragraph('Soulevez avec les jambes, pas avec le dos.')
    d.add_paragraph('Bien, c’est la première règle.')
    return d


def narrator_labels_black():
    """Every line black, each opening with its speaker's label: the labels tell the voices apart."""
    d = Document()
    for text in [
        'NARRATOR: Welcome to this module on safety at work.',
        'EXPERT: Thank you, I am listening.',
        'NARRATOR: Lift with your legs, not your back.',
        'EXPERT: Good, that is the first rule.',
    ]:
        d.add_paragraph(text)
    return d


def name_lines_black_fr():
    """Every line black, typed by hand in French: each speaker's name in capitals alone on its line
    above the dialogue, an empty paragraph between the blocks (a dubbing script): the names tell the voices apart."""
    d = Document()
    french(d)
    d.add_paragraph('LA CUISINE – ÉPISODE 2')
    blocks = [
        ['MARIE', 'Tu as entendu ce bruit cette nuit ?'],
        ['PAUL', 'Non. Je dormais comme un loir.'],
        ['MARIE', 'Ça venait de chez les Martin, au-dessus.'],
        ['PAUL', 'Ils ne sont pas là, je crois.'],
    ]
    for block in blocks:
        d.add_paragraph('')
        for text in block:
            d.add_paragraph(text)
    return d


def styles_black():
    """Every line black, each voice's lines in a paragraph style of its own (a config names them by style)."""
    d = Document()
    for name in ['Host line', 'Guest line']:
        style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = d.styles['Normal']
    for style, text in [
        ('Host line', 'Welcome to the show, and thank you for coming.'),
        ('Guest line', 'Thank you, I am glad to be here.'),
        ('Host line', 'Tell us about your first book.'),
        ('Guest line', 'It started as a letter to my sister.'),
    ]:
        d.add_paragraph(text, style=style)
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, make in [
        ('all-black-en', all_black_en),
        ('all-black-headings-fr', all_black_headings_fr),
        ('narrator-labels-black', narrator_labels_black),
        ('name-lines-black-fr', name_lines_black_fr),
        ('styles-black', styles_black),
    ]:
        make().save(os.path.join(OUT, f'{name}.docx'))


if __name__ == '__main__':
    main()
