"""Fixtures of tests/legend-leftovers.test.ts: a key sentence typed in a voice's own colour, keys in the page footer (one
page, and two pages whose footers repeat), and names paired with colours ("Paul in blue, Marie in green") over a body
whose speaker labels name them; English and French.

Run from the repository root: /usr/bin/python3 scripts/build-legend-leftovers-fixtures.py [NAME…]
Writes tests/fixtures/legend-leftovers/NAME.docx (python-docx: Word's XML), the PDF LibreOffice prints of it, and for the
names in LO_DOCX lo-NAME.docx: the same document saved again by LibreOffice (`soffice --headless --convert-to docx`).
The lines are blue (0070C0) and green (00B050), the title in the body's black.
Key typed in a voice's colour (the key read, its paragraph no line):
- en-key-blue: "The narrator speaks blue, the learner green." typed in blue.
- en-owners-blue: "Narrator's lines are blue, the learner's green." typed in blue.
- fr-cle-bleue: "Le narrateur est en bleu, l'apprenant en vert." typed in blue.
Lines that mention a colour, typed in a voice's colour (lines, nothing said):
- en-sky-line: a black key "Narrator in blue, learner in green." then the blue line "The sky is blue today."
- en-sky-pair: no key; the first line, blue: "The sky is blue today, the grass green."
- fr-ciel-ligne: a black key "Narrateur en bleu, apprenant en vert." then the blue line "Le ciel est bleu aujourd'hui."
Footer keys (the DOCX's footer; LibreOffice's PDF: one page, the body's last paragraph; two pages, a running footer):
- en-footer-key: footer "Key: Narrator blue, Client green", one page.
- en-footer-pages: the same footer, the body on two pages.
- en-footer-bare-pages: footer "Narrator blue, Client green" (no heading word), two pages.
- fr-pied-legende: footer "Légende : Narrateur en bleu, Cliente en vert", one page.
- fr-pied-pages: the same footer, two pages.
Names paired with colours over speaker labels:
- en-names-labels: "Paul in blue, Marie in green." over "PAUL: …" (blue), "Marie : …" (green), and a "PAUL: …" line in
  the body's black.
- fr-noms-etiquettes: "Paul en bleu, Marie en vert." over "PAUL : …" (blue), "Marie : …" (green), a "MARIE : …" in black.
- en-names-swapped: "Paul in blue, Marie in green." over "PAUL: …" (blue), "MARIE: …" (green), and two "MARIE: …" lines
  typed in Paul's blue (said: label-names-other-voice).
- fr-noms-inverses: "Paul en bleu, Marie en vert." over "PAUL : …" (blue), "Marie : …" (green), and a "PAUL : …" line in
  Marie's green (said).
"""
import importlib
import os
import sys

from docx import Document
from docx.enum.text import WD_BREAK

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import build_with_lo_copies, line, set_language, title  # noqa: E402

OUT = os.path.join('tests', 'fixtures', 'legend-leftovers')

# The lines of tests/legend-pairs.test.ts's scripts, blue and green, and their colours: the same course, other keys.
PAIRS = importlib.import_module('build-legend-pairs-fixtures')
BLUE, GREEN, EN, FR = PAIRS.BLUE, PAIRS.GREEN, PAIRS.EN, PAIRS.FR


def script(tag, heading, key, lines, key_colour=None, footer=None, break_after=None):
    """A script in language `tag`: its title, the key's paragraph (none when `key` is None), then (text, colour) lines;
    `footer`: the page footer's text; `break_after`: a page break after that many lines."""
    def build():
        d = set_language(Document(), tag)
        if footer:
            d.sections[0].footer.paragraphs[0].text = footer
        title(d, heading)
        if key:
            line(d, key, key_colour)
        for n, (text, colour) in enumerate(lines):
            p = line(d, text, colour)
            if break_after is not None and n + 1 == break_after:
                p.runs[-1].add_break(WD_BREAK.PAGE)
        return d
    return build


EN_TITLE = 'Customer care training – Module 3'
FR_TITLE = 'Formation accueil – Module 3'
SKY = [('The sky is blue today.', BLUE)] + EN
CIEL = [('Le ciel est bleu aujourd’hui.', BLUE)] + FR
EN_LABELS = [('PAUL: Welcome to the third module of the course.', BLUE), ('Marie : Today I learn how to answer the phone.', GREEN),
             ('PAUL: Listen carefully and write down your questions.', None), ('Marie : I am ready to start.', GREEN)]
FR_LABELS = [('PAUL : Bienvenue dans le troisième module de la formation.', BLUE), ('Marie : Aujourd’hui, je découvre l’accueil au téléphone.', GREEN),
             ('PAUL : Écoutez bien et notez vos questions.', BLUE), ('MARIE : Je suis prêt à commencer.', None)]
EN_SWAPPED = [('PAUL: Welcome to the third module of the course.', BLUE), ('MARIE: Today I learn how to answer the phone.', GREEN),
              ('MARIE: Listen carefully and write down your questions.', BLUE), ('PAUL: I am ready to start.', BLUE),
              ('MARIE: Thank you very much.', BLUE)]
FR_SWAPPED = [('PAUL : Bienvenue dans le troisième module de la formation.', BLUE), ('Marie : Aujourd’hui, je découvre l’accueil au téléphone.', GREEN),
              ('PAUL : Écoutez bien et notez vos questions.', GREEN), ('Marie : Je suis prête à commencer.', GREEN)]

FIXTURES = {
    'en-key-blue': script('en-GB', EN_TITLE, 'The narrator speaks blue, the learner green.', EN, key_colour=BLUE),
    'en-owners-blue': script('en-GB', EN_TITLE, 'Narrator’s lines are blue, the learner’s green.', EN, key_colour=BLUE),
    'fr-cle-bleue': script('fr-FR', FR_TITLE, 'Le narrateur est en bleu, l’apprenant en vert.', FR, key_colour=BLUE),
    'en-sky-line': script('en-GB', EN_TITLE, 'Narrator in blue, learner in green.', SKY),
    'en-sky-pair': script('en-GB', 'Nature walk – episode 2', None, [('The sky is blue today, the grass green.', BLUE)] + EN),
    'fr-ciel-ligne': script('fr-FR', FR_TITLE, 'Narrateur en bleu, apprenant en vert.', CIEL),
    'en-footer-key': script('en-GB', EN_TITLE, None, EN, footer='Key: Narrator blue, Client green'),
    'en-footer-pages': script('en-GB', EN_TITLE, None, EN, footer='Key: Narrator blue, Client green', break_after=2),
    'en-footer-bare-pages': script('en-GB', EN_TITLE, None, EN, footer='Narrator blue, Client green', break_after=2),
    'fr-pied-legende': script('fr-FR', FR_TITLE, None, FR, footer='Légende : Narrateur en bleu, Cliente en vert'),
    'fr-pied-pages': script('fr-FR', FR_TITLE, None, FR, footer='Légende : Narrateur en bleu, Cliente en vert', break_after=2),
    'en-names-labels': script('en-GB', EN_TITLE, 'Paul in blue, Marie in green.', EN_LABELS),
    'fr-noms-etiquettes': script('fr-FR', FR_TITLE, 'Paul en bleu, Marie en vert.', FR_LABELS),
    'en-names-swapped': script('en-GB', EN_TITLE, 'Paul in blue, Marie in green.', EN_SWAPPED),
    'fr-noms-inverses': script('fr-FR', FR_TITLE, 'Paul en bleu, Marie en vert.', FR_SWAPPED),
}

# Saved again by LibreOffice: its own XML (styles, runs, footer part) for the same documents.
LO_DOCX = ['en-key-blue', 'fr-cle-bleue', 'en-footer-key', 'fr-pied-legende', 'fr-noms-etiquettes', 'fr-noms-inverses']


if __name__ == '__main__':
    build_with_lo_copies(OUT, FIXTURES, LO_DOCX, sys.argv[1:])
