"""A script where only one voice is coded by colour, the rest black, for the narrators' page
(tests/web.test.ts): a config names that one voice by its colour and says black is not read.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-web-one-voice-fixtures.py
Writes tests/fixtures/web-one-voice/*.docx (see the README there).
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import french

OUT = 'tests/fixtures/web-one-voice'

# (hers, text): her lines coloured, the rest (title, directions, the other voices' lines) black.
LINES = [
    (False, 'Module 3 – La sécurité au bureau'),
    (True, 'Bienvenue dans ce troisième module.'),
    (False, 'Merci, je vous écoute.'),
    (True, 'Commençons par les escaliers : tenez toujours la rampe.'),
    (False, 'Et si je porte un carton ?'),
    (True, 'Alors demandez de l’aide, tout simplement.'),
]


def one_voice(colour, heading=False):
    # The template's defaults say en-US: a French writer's Word says fr-FR.
    d = french(Document())
    for i, (hers, text) in enumerate(LINES):
        if heading and i == 0:
            # Word's "Heading 1" (the template's blue #365F91): a title, not a voice's line.
            d.add_heading(text, 1)
            continue
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour if hers else '000000')
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    # Word's Blue: plainly apart from black. Word's "Blue-Grey, Text 2, Darker 50%"-like navy: reads as black in text.
    one_voice('0070C0').save(os.path.join(OUT, 'one-voice-blue-fr.docx'))
    one_voice('1F3864').save(os.path.join(OUT, 'one-voice-navy-fr.docx'))
    # Her blue under a blue "Heading 1" title.
    one_voice('0070C0', heading=True).save(os.path.join(OUT, 'one-voice-heading-fr.docx'))


if __name__ == '__main__':
    main()
