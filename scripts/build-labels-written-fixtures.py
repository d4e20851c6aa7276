"""Scripts of tests/labels-written.test.ts: labels written with French typography's space before the colon
(`MARIE :`, `ELODIE\u00a0:`, `NOUVEAU :`, `SUPER :`), which warnings show as written, and radio spots whose
agency header fields (`TITLE:` / `LENGTH:`, `TITRE :` / `DURÉE :`) are typed in the announcer's colour.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-labels-written-fixtures.py
Writes tests/fixtures/labels-written/*.docx and their PDFs (soffice --headless --convert-to pdf); with names
as arguments, only those fixtures.

accents-fr: voices Élodie and Elodie (labels differing only by accents); `ELODIE :` opens two lines (a space
  before the colon), `ELODIE\u00a0:` one (a no-break space), Marc speaks between.
leftout-fr: MARIE and PAUL, then `LE VENDEUR : …` (a speaker the config leaves out) and a said line with no
  label after it.
openers-fr: one colour, NARRATEUR and CLIENTE, and `NOUVEAU :` / `RAPPEL :` said at a line's start.
spot-fields-en: a radio spot typed all in the announcer's blue, its header fields too (CLIENT, TITLE, LENGTH,
  ISCI), the woman's lines in red: no label, the voices told by colour.
spot-fields-fr: the same in French (CLIENT, TITRE, DURÉE), the fields with French spaces before their colons.
"""
import sys

from docx import Document
from docx.shared import RGBColor

from docx_common import build_named, french

OUT = 'tests/fixtures/labels-written'
NBSP = '\u00a0'
BLACK = RGBColor(0, 0, 0)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)


def script(lines, language=None):
    """A document of (colour, text) paragraphs, one run each; in French with `language='fr'`."""
    d = Document()
    if language == 'fr':
        french(d)
    for colour, text in lines:
        d.add_paragraph().add_run(text).font.color.rgb = colour
    return d


def accents_fr():
    return script([
        (BLACK, 'Épisode 3 – La gare'),
        (BLACK, 'ELODIE : Tu as vu l’heure ? Le train part dans cinq minutes.'),
        (BLACK, 'MARC : J’arrive, j’arrive.'),
        (BLACK, 'ELODIE : Dépêche-toi, on va le rater.'),
        (BLACK, 'MARC : Voilà, je suis là.'),
        (BLACK, f'ELODIE{NBSP}: Enfin !'),
    ], 'fr')


def leftout_fr():
    return script([
        (BLACK, 'Spot TV – Soldes d’été'),
        (BLACK, 'MARIE : Tu as vu les soldes ?'),
        (BLACK, 'PAUL : Oui, tout est à moitié prix.'),
        (BLACK, 'LE VENDEUR : Et jusqu’au 30 juin seulement.'),
        (BLACK, 'Les magasins restent ouverts le dimanche.'),
        (BLACK, 'MARIE : Alors on y va demain.'),
    ], 'fr')


def openers_fr():
    return script([
        (BLACK, 'Spot – Boulangerie'),
        (BLACK, 'NARRATEUR : Bienvenue chez Martin.'),
        (BLACK, 'NOUVEAU : nos croissants au beurre.'),
        (BLACK, 'CLIENTE : Trois, s’il vous plaît.'),
        (BLACK, 'NARRATEUR : Martin, ouvert tous les jours.'),
        (BLACK, 'NOUVEAU : le pain aux noix.'),
        (BLACK, 'CLIENTE : Merci !'),
        (BLACK, 'RAPPEL : ouvert le dimanche.'),
    ], 'fr')


def spot_fields_en():
    return script([
        (BLUE, 'CLIENT: Harbor Coffee'),
        (BLUE, 'TITLE: "Morning Rush"'),
        (BLUE, 'LENGTH: :30'),
        (BLUE, 'ISCI: HBCF0030H'),
        (BLUE, 'Mornings are hard. Your coffee should not be.'),
        (RED, 'I need a coffee before I can even think.'),
        (BLUE, 'Harbor Coffee opens at six, every day of the week.'),
        (RED, 'Six? I can make it.'),
        (BLUE, 'Harbor Coffee. On the corner of Pier Street.'),
    ])


def spot_fields_fr():
    return script([
        (BLUE, 'CLIENT : Café du Port'),
        (BLUE, 'TITRE : « Le coup de feu »'),
        (BLUE, 'DURÉE : 30 secondes'),
        (BLUE, 'Le matin, tout va vite. Votre café aussi.'),
        (RED, 'Il me faut un café avant de penser à quoi que ce soit.'),
        (BLUE, 'Le Café du Port ouvre à six heures, tous les jours.'),
        (RED, 'Six heures ? Je peux y être.'),
        (BLUE, 'Café du Port. Au coin de la rue du Quai.'),
    ], 'fr')


FIXTURES = {
    'accents-fr': accents_fr,
    'leftout-fr': leftout_fr,
    'openers-fr': openers_fr,
    'spot-fields-en': spot_fields_en,
    'spot-fields-fr': spot_fields_fr,
}

build_named(OUT, FIXTURES, sys.argv[1:])
