"""Speaker-label scripts for the labels6 leftovers: a speaker a labels config leaves out, notes to the
studio in a voice's colour (English and French), a one-speaker dialogue line ending on an ordinary word
before a label used once.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-leftovers-fixtures.py
Writes tests/fixtures/labels-leftovers/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.
"""
import os
import subprocess
import sys

from docx import Document
from docx.shared import RGBColor

OUT = 'tests/fixtures/labels-leftovers'
NBSP = '\u00a0'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
BLUE = RGBColor(0x00, 0x70, 0xC0)
RED = RGBColor(0xC0, 0x00, 0x00)


def french(d):
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'fr-FR')


def coloured(d, text, colour):
    p = d.add_paragraph()
    run = p.add_run(text)
    if colour is not None:
        run.font.color.rgb = colour
    return p


def left_out_en():
    """A radio drama in one colour: ANNA, BEN and a NARRATOR who opens three lines (the config of the
    test names ANNA and BEN only), an SFX: direction, a paragraph going on after the narrator."""
    d = Document()
    d.add_heading('The Lighthouse – episode 2', 1)
    for text in [
        'NARRATOR: It was the last night of the season on the island.',
        'ANNA: Did you hear that? Something is moving by the boats.',
        'BEN: It is only the wind, Anna. Go back to sleep.',
        'SFX: a door slams downstairs.',
        'NARRATOR: But it was not the wind.',
        'Someone had climbed the stairs of the old tower.',
        'ANNA: Ben, the lamp has gone out.',
        'BEN: Then we go up together.',
        'NARRATOR: And so they climbed, one step at a time.',
    ]:
        d.add_paragraph(text)
    return d


def notes_colour_en():
    """Two voices told by colour (NARRATOR blue #0070C0, ANNA red #C00000), each line opening with its
    label; notes to the studio in a voice's colour: `NOTE:`, `NOTE TO STUDIO:`, `N.B.:`; a line opening
    `Remember:` that the narrator reads."""
    d = Document()
    d.add_heading('Safety induction – module 1', 1)
    coloured(d, 'NARRATOR: Welcome to the site. This module takes five minutes.', BLUE)
    coloured(d, 'NOTE: slow down on the safety numbers, please.', BLUE)
    coloured(d, 'ANNA: Hi, I am Anna, your site supervisor.', RED)
    coloured(d, 'NOTE TO STUDIO: warm and friendly, not corporate.', RED)
    coloured(d, 'NARRATOR: Remember: helmets stay on at all times.', BLUE)
    coloured(d, 'N.B.: pronounce Acme as ACK-mee.', BLUE)
    coloured(d, 'ANNA: Let us walk to the first checkpoint together.', RED)
    coloured(d, 'NARRATOR: Thank you for listening.', BLUE)
    return d


def notes_colour_fr():
    """Le même script en français : NARRATEUR en bleu, CLAIRE en rouge ; `NB :`, `Remarque :`,
    `Note au studio :` (espace insécable avant les deux-points) dans la couleur d'une voix."""
    d = Document()
    french(d)
    d.add_heading('Accueil sécurité – module 1', 1)
    coloured(d, f'NARRATEUR{NBSP}: Bienvenue sur le chantier. Ce module dure cinq minutes.', BLUE)
    coloured(d, f'NB{NBSP}: ralentir sur les chiffres, merci.', BLUE)
    coloured(d, f'CLAIRE{NBSP}: Bonjour, je suis Claire, votre cheffe de chantier.', RED)
    coloured(d, f'Note au studio{NBSP}: ton chaleureux, pas institutionnel.', RED)
    coloured(d, f'NARRATEUR{NBSP}: Le casque reste sur la tête en permanence.', BLUE)
    coloured(d, f'Remarque{NBSP}: prononcer «{NBSP}Acme{NBSP}» à l’anglaise.', BLUE)
    coloured(d, f'CLAIRE{NBSP}: Allons ensemble au premier point de contrôle.', RED)
    coloured(d, f'NARRATEUR{NBSP}: Merci de votre attention.', BLUE)
    return d


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


os.makedirs(OUT, exist_ok=True)
FIXTURES = {
    'left-out-en': left_out_en,
    'notes-colour-en': notes_colour_en,
    'notes-colour-fr': notes_colour_fr,
}
for name in sys.argv[1:] or FIXTURES:
    save(FIXTURES[name](), name)
