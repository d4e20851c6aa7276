"""Fixtures of tests/legend-directions.test.ts: legends that say a kind of text is not recorded by how
it is written, not by its colour (src/attribute/legend-directions.ts).

Run from the repository root: /usr/bin/python3 scripts/build-legend-directions-fixtures.py [NAME…]
Writes tests/fixtures/legend-directions/NAME.docx and NAME.pdf (LibreOffice's print of it):
- en-square: "Key: Narrator = black, Learner = blue, Coach = green. Directions in [square brackets] are
  not recorded." Narrator in plain black (Automatic, as Word writes it), four [Screen …] paragraphs in
  it, one "[beat]" inside a Coach line (as probe13's blacknarr script, which counted them as Narrator's).
- fr-crochets: "Légende : Narratrice = gris foncé, Client = bleu, Conseillère = vert. Les indications
  entre crochets ne sont pas enregistrées." Bracketed paragraphs in the Narratrice's dark grey, one in
  the Client's blue, "[rire]" inside a Conseillère line.
- en-parens: "Cast: HOST = blue · GUEST = red. Anything in (brackets) is not read." A "(Music up)"
  paragraph in HOST's blue, "(laughs)" in the middle of a GUEST line.
- en-underlined: "Key: Narrator = blue, Guest = green. Underlined words are not recorded." with an
  underlined sentence in the Narrator's blue: not applied, said.
"""
import sys

from docx import Document
from docx.shared import RGBColor

from docx_common import build_named, french

OUT = 'tests/fixtures/legend-directions'


def script(title, legend, paragraphs, lang=None):
    d = Document()
    if lang == 'fr':
        french(d)
    d.add_heading(title, 1)
    d.add_paragraph(legend)
    for runs in paragraphs:
        p = d.add_paragraph()
        for text, colour, *rest in runs:
            r = p.add_run(text)
            if colour:
                r.font.color.rgb = RGBColor.from_string(colour)
            if 'u' in rest:
                r.underline = True
    return d


BLUE, GREEN, GREY, RED = '0070C0', '00B050', '404040', 'C00000'


def en_square():
    return script('Forklift Safety — Module 2', 'Key: Narrator = black, Learner = blue, Coach = green. Directions in [square brackets] are not recorded.', [
        [('[Screen 1: logo animation, music up then under]', None)],
        [('Welcome to module two of the Northgate forklift safety course.', None)],
        [("Hi, I'm Sam. I started on the night shift last week.", BLUE)],
        [("And I'm Priya, your safety coach. Let's walk the floor together.", GREEN)],
        [('[Screen 2: aerial view of aisle 14]', None)],
        [('Most injuries happen to pedestrians, not to drivers.', None)],
        [('So the yellow lines on the floor actually matter?', BLUE)],
        [('They do. [beat] Stay inside the walkway, even when the aisle looks empty.', GREEN)],
        [('[Screen 3: quiz]', None)],
        [('Now answer the three questions on screen.', None)],
        [('[Music out.]', None)],
    ])


def fr_crochets():
    return script('Spot radio Verdier — 30 s', 'Légende : Narratrice = gris foncé, Client = bleu, Conseillère = vert. Les indications entre crochets ne sont pas enregistrées.', [
        [('[Musique : guitare acoustique, ambiance jardin]', GREY)],
        [("Le printemps arrive chez Verdier Jardin, et avec lui, nos prix les plus doux de l'année.", GREY)],
        [('Dites, vous avez des tondeuses sans fil ?', BLUE)],
        [('Bien sûr ! [rire] Et cette semaine, elles sont à moins trente pour cent.', GREEN)],
        [('[Bruit de tondeuse qui démarre]', BLUE)],
        [('Verdier Jardin : douze magasins en Île-de-France.', GREY)],
        [('[Musique : fin]', GREY)],
    ], lang='fr')


def en_parens():
    return script('Podcast read — Atlas Maps', 'Cast: HOST = blue · GUEST = red. Anything in (brackets) is not read.', [
        [('(Music up)', BLUE)],
        [('Atlas Maps knows every road and every shortcut between here and the coast.', BLUE)],
        [('I used it last summer (laughs) and it never lost me once.', RED)],
        [('Atlas Maps. Find your way.', BLUE)],
    ])


def en_underlined():
    return script('Spot — Harbour Bank', 'Key: Narrator = blue, Guest = green. Underlined words are not recorded.', [
        [('Harbour Bank has opened its new branch on Quay Street.', BLUE)],
        [('Director: read the next sentence slower.', BLUE, 'u')],
        [('I opened my account there in ten minutes.', GREEN)],
        [('Harbour Bank. Banking by the sea.', BLUE)],
    ])


FIXTURES = {'en-square': en_square, 'fr-crochets': fr_crochets, 'en-parens': en_parens, 'en-underlined': en_underlined}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
