"""Versions of short scripts for `diff` (tests/diff-order.test.ts, tests/diff-moves.test.ts).

diff-order/: a script, its next version (one Narrator line edited early, one removed, one added,
one edited late), and each as LibreOffice prints it to PDF: a diff of a PDF against a DOCX lists a
voice's rows in NEW's order, as a DOCX against a DOCX does.
diff-moves/: a sentence moved from one line to another further on (an aligned line between), in
one voice (alone, then with a word edited), to another voice's line (down, and up), and a whole
line removed whose sentence now ends another line of its voice.

Run from the repository root with the system Python (python-docx) and LibreOffice (soffice):
    /usr/bin/python3 scripts/build-diff-fixtures.py
Writes tests/fixtures/diff-order/*.docx, *.pdf, tests/fixtures/diff-moves/*.docx and their configs.
The PDFs are made by `soffice --headless --convert-to pdf` (LibreOffice 7 or later).
"""
import datetime
import os
import shutil

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf, set_language


def build(lines, colours, path, lang='en-US'):
    d = Document()
    set_language(d, lang)
    for voice, text in lines:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colours[voice])
    # A fixed date: the same bytes on every run.
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.save(path)


def replaced(base, replace):
    """`base` with lines replaced: {index: [(voice, text), …]} (an empty list removes the line)."""
    out = []
    for i, line in enumerate(base):
        out.extend(replace.get(i, [line]))
    return out


# diff-order ---------------------------------------------------------------------------------------
ORDER = 'tests/fixtures/diff-order'
ORDER_COLOURS = {'N': '1F4E79', 'H': 'C00000'}
TOUR = [
    ('N', 'Welcome to the plant tour, where every visitor starts at the gate.'),
    ('H', "Thanks for coming. I'm Dana, and I'll be your guide today."),
    ('N', 'The first hall holds the presses that shape the steel panels.'),
    ('H', 'Each press weighs more than forty tonnes and runs day and night.'),
    ('N', 'Hearing protection is required beyond the yellow line.'),
    ('H', 'Please keep your badge visible at all times.'),
    ('N', 'The second hall is where the panels are welded into frames.'),
    ('H', 'Robots do most of the welding, but people check every seam.'),
    ('N', 'At the end of the line, each frame is painted and dried.'),
    ('H', 'That brings us back to the gate. Thank you for your attention.'),
]
TOUR_V2 = replaced(TOUR, {
    2: [('N', 'The first hall holds the presses that bend the steel panels.')],
    4: [],
    7: [TOUR[7], ('N', 'Visitors may take photographs in the paint shop only.')],
    8: [('N', 'At the end of the line, each frame is painted and baked.')],
})
ORDER_CONFIG = """voices:
  Narrator: { color: "#1F4E79" }
  Host: { color: "#C00000" }
language: en
"""

# diff-moves ---------------------------------------------------------------------------------------
MOVES = 'tests/fixtures/diff-moves'
MOVES_COLOURS = {'N': '404040', 'F': '1F4E79', 'A': '00B050'}
MODULE = [
    ('N', 'Chaque jour, plus de mille collaborateurs préparent des colis. Le travail commence à six heures du matin.'),
    ('F', 'Bonjour à tous ! Je suis Claire, votre formatrice pour ce module.'),
    ('N', 'Les équipements de protection sont obligatoires dans toutes les zones.'),
    ('A', 'Est-ce que ce module est obligatoire pour tout le monde ?'),
    ('F', 'Oui, chaque collaborateur doit le suivre avant le 30 juin.'),
    ('N', 'Les chariots ont toujours la priorité sur les piétons.'),
]
SENTENCE = 'Le travail commence à six heures du matin.'
FIRST = 'Chaque jour, plus de mille collaborateurs préparent des colis.'
MOVES_VERSIONS = {
    'v1': MODULE,
    # The Narrateur's second sentence of ¶1 moved to the end of ¶3 (the Formatrice's ¶2 between).
    'v2-same-voice': replaced(MODULE, {0: [('N', FIRST)], 2: [('N', MODULE[2][1] + ' ' + SENTENCE)]}),
    # The same, and one word of ¶3 edited (zones → allées): one word added, no more.
    'v2-same-voice-edit': replaced(MODULE, {0: [('N', FIRST)], 2: [('N', MODULE[2][1].replace('zones', 'allées') + ' ' + SENTENCE)]}),
    # The sentence moved to the Formatrice's ¶5: hers to record now.
    'v2-other-voice': replaced(MODULE, {0: [('N', FIRST)], 4: [('F', MODULE[4][1] + ' ' + SENTENCE)]}),
    # The Narrateur's last line removed, its sentence now ending ¶3: moved, not removed and added.
    'v2-line-moved-in': replaced(MODULE, {2: [('N', MODULE[2][1] + ' ' + MODULE[5][1])], 5: []}),
}
# A last line, and its first sentence moved up to the start of ¶3 (v1-end → v2-up).
ENDING = MODULE + [('F', 'Merci de votre attention. Bonne journée à tous.')]
MOVES_VERSIONS['v1-end'] = ENDING
MOVES_VERSIONS['v2-up'] = replaced(ENDING, {2: [('N', 'Merci de votre attention. ' + MODULE[2][1])], 6: [('F', 'Bonne journée à tous.')]})
MOVES_CONFIG = """voices:
  Narrateur: { color: "#404040" }
  Formatrice: { color: "#1F4E79" }
  Apprenant: { color: "#00B050" }
language: fr
rules: { confusable-colours: off, empty-voice: off }
"""


os.makedirs(ORDER, exist_ok=True)
for name, lines in {'tour-v1': TOUR, 'tour-v2': TOUR_V2}.items():
    path = os.path.join(ORDER, f'{name}.docx')
    build(lines, ORDER_COLOURS, path)
    if shutil.which('soffice'):
        lo_pdf(path, ORDER)
with open(os.path.join(ORDER, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
    f.write(ORDER_CONFIG)

os.makedirs(MOVES, exist_ok=True)
for name, lines in MOVES_VERSIONS.items():
    build(lines, MOVES_COLOURS, os.path.join(MOVES, f'{name}.docx'), 'fr-FR')
with open(os.path.join(MOVES, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
    f.write(MOVES_CONFIG)
