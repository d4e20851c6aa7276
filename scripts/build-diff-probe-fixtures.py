"""Versions of a short script for `diff` and `check --since` where the diff once answered wrongly
(tests/diff-probe.test.ts), after a report-only probe's shapes.

tests/fixtures/diff-probe/:
- v1 (a title, then Narrator, Learner and Coach lines); v1-echo (Learner and Coach say the same
  line one after the other), v2-echo-nolearner (Learner's copy deleted), v2-echo-swap (the two
  copies' voices swapped);
- v1-long (a Narrator paragraph of two sentences), v2-heading-split (a black heading put between
  them), v2-interject (a Learner question put between them), v2-split-plain (split in two, every word
  kept), v2-swap-sentences (the two sentences swapped);
- v2-move-edit (a Narrator line moved up past two lines and one word edited); v2-midword (a word of
  a Narrator line given Learner's colour); v2-directions (a `(warmly)` and a `[pause]` added);
  v2-title (the black title retitled);
- fr-v1, fr-v2-nospace (French spaces before `?` `:` and inside `« »` taken out), fr-v2-oe
  (`cœur` written `coeur`).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-diff-probe-fixtures.py
"""
import datetime
import os

from docx import Document
from docx.shared import RGBColor

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
OUT = 'tests/fixtures/diff-probe'
COLOURS = {'N': '0070C0', 'L': '00B050', 'C': 'C00000', 'T': '000000'}


def build(paragraphs, path, lang='en-US'):
    """Each paragraph a list of runs (voice, text); voice T is black (nobody's), set bold."""
    d = Document()
    for tag in d.styles.element.iter(f'{W}lang'):
        tag.set(f'{W}val', lang)
    for runs in paragraphs:
        p = d.add_paragraph()
        for voice, text in runs:
            run = p.add_run(text)
            run.font.color.rgb = RGBColor.from_string(COLOURS[voice])
            if voice == 'T':
                run.bold = True
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.save(path)


def one(voice, text):
    return [(voice, text)]


TITLE = one('T', 'Module one: safety basics')
N1 = one('N', 'Welcome to the warehouse safety course for new starters.')
N2 = one('N', 'Every year, many accidents happen during the first month on the job.')
L1 = one('L', 'Do I really need to wear gloves all day long?')
C1 = one('C', 'Yes, gloves protect your hands from cuts and splinters every single day.')
A = 'Forklifts have priority in the yellow aisles at all times.'
B = 'Pedestrians must always use the green walkways along the racks.'
N3 = one('N', A)
L2 = one('L', 'What should I do if I see a spill on the floor?')
C2 = one('C', 'Mark the area, then call the supervisor on channel two.')
N4 = one('N', 'Thank you for your attention, and see you in module two.')
ECHO = 'Ready when you are!'

VERSIONS = {
    'v1': [TITLE, N1, N2, L1, C1, N3, L2, C2, N4],
    'v1-echo': [TITLE, N1, N2, L1, one('L', ECHO), one('C', ECHO), C1, N3, L2, C2, N4],
    'v2-echo-nolearner': [TITLE, N1, N2, L1, one('C', ECHO), C1, N3, L2, C2, N4],
    'v2-echo-swap': [TITLE, N1, N2, L1, one('C', ECHO), one('L', ECHO), C1, N3, L2, C2, N4],
    'v1-long': [TITLE, N1, N2, L1, C1, one('N', A + ' ' + B), L2, C2, N4],
    'v2-heading-split': [TITLE, N1, N2, L1, C1, one('N', A), one('T', 'Screen 2'), one('N', B), L2, C2, N4],
    'v2-interject': [TITLE, N1, N2, L1, C1, one('N', A), one('L', 'What about pedestrians?'), one('N', B), L2, C2, N4],
    'v2-split-plain': [TITLE, N1, N2, L1, C1, one('N', A), one('N', B), L2, C2, N4],
    'v2-swap-sentences': [TITLE, N1, N2, L1, C1, one('N', B + ' ' + A), L2, C2, N4],
    'v2-move-edit': [TITLE, N1, N2, one('N', A.replace('aisles', 'lanes')), L1, C1, L2, C2, N4],
    'v2-midword': [TITLE, N1, N2, L1, C1, [('N', 'Forklifts have priority in the '), ('L', 'yellow'), ('N', ' aisles at all times.')], L2, C2, N4],
    'v2-directions': [TITLE, one('N', '(warmly) ' + N1[0][1]), N2, L1, C1, N3, L2, C2, one('N', 'Thank you for your attention [pause] and see you in module two.')],
    'v2-title': [one('T', 'Module one: the basics of safety'), N1, N2, L1, C1, N3, L2, C2, N4],
}
CONFIG = """voices:
  Narrator: { color: "#0070C0" }
  Learner: { color: "#00B050" }
  Coach: { color: "#C00000" }
unassigned: ["#000000"]
language: en
rules: { confusable-colours: off }
contract:
  Narrator: { maxAddedWords: 0 }
  Learner: { maxAddedWords: 0 }
  Coach: { maxAddedWords: 0 }
"""

FR_TITLE = one('T', 'Module 1 : la sécurité')
FR = [
    one('N', 'Bonjour à tous, et bienvenue dans ce module sur la sécurité.'),
    one('L', 'Est-ce que je dois vraiment porter mes gants toute la journée ?'),
    one('C', 'Oui : la consigne est claire, « pas de gants, pas de manutention ».'),
    one('N', 'Rendez-vous au module 3 pour découvrir le cœur du dispositif.'),
]
FR_VERSIONS = {
    'fr-v1': [FR_TITLE] + FR,
    'fr-v2-nospace': [FR_TITLE, FR[0], one('L', 'Est-ce que je dois vraiment porter mes gants toute la journée?'), one('C', 'Oui: la consigne est claire, «pas de gants, pas de manutention».'), FR[3]],
    'fr-v2-oe': [FR_TITLE, FR[0], FR[1], FR[2], one('N', 'Rendez-vous au module 3 pour découvrir le coeur du dispositif.')],
}

os.makedirs(OUT, exist_ok=True)
for name, paragraphs in VERSIONS.items():
    build(paragraphs, os.path.join(OUT, f'{name}.docx'))
for name, paragraphs in FR_VERSIONS.items():
    build(paragraphs, os.path.join(OUT, f'{name}.docx'), 'fr-FR')
with open(os.path.join(OUT, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
    f.write(CONFIG)
