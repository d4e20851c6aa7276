"""Fixtures for tests/diff5.test.ts (tests/fixtures/diff5/): a line moved and edited after approval.

v1 is a short module (Narrator blue, Learner green, Coach red, a black title) with a refrain the
Narrator says three times (¶5, ¶9, ¶13) and two similar Coach lines (¶10, ¶12). Each v2 changes it:

- v2-move-edit: the brief's story: Coach's "… on channel two." (¶8) moved up one place (¶7) and
  edited to "channel three"; besides, Learner's ¶15 moved unchanged (after ¶16) and the Narrator's
  last line edited in place ("module three" → "module four").
- v2-recolour: the same line moved up, edited, and coloured Narrator's: a line given to another voice.
- v2-far: the Narrator's ¶14 moved to the top (¶2), more than ten lines up, one word edited.
- v2-refrain: the refrain at ¶9 moved down past ¶10 and edited ("every single time" → "every time"),
  the two other copies untouched.
- v2-two-similar: the two similar Coach lines both moved up (after ¶4, in the other order) and both
  edited; each must be paired with its own old line.
- v2-short: Learner's "Got it, thanks." moved and edited to "Got it, thank you.": two words in common,
  too few to say it is the same line.
- v2-reworded: Coach's ¶16 rewritten and moved to the top: most of its words are still there (seven of
  eleven) but fewer than half in the same order: not one line (a removed and an added line).

v1 and v2-move-edit are printed to PDF by LibreOffice too (v1.pdf, v2-move-edit.pdf).

Run from the repository root with the system Python (python-docx) and LibreOffice:
    /usr/bin/python3 scripts/build-diff5-fixtures.py
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf, set_language

OUT = 'tests/fixtures/diff5'
COLOURS = {'N': '0070C0', 'L': '00B050', 'C': 'C00000', 'T': '000000'}


def build(lines, path):
    d = Document()
    set_language(d, 'en-US')
    for voice, text in lines:
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(COLOURS[voice])
        if voice == 'T':
            run.bold = True
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.save(path)


REFRAIN = ('N', 'Safety first, every single time.')
V1 = [
    ('T', 'Module two: emergency procedures'),                                        # 1
    ('N', 'Welcome back to the warehouse safety course.'),                            # 2
    ('L', 'What happens when the fire alarm goes off?'),                              # 3
    ('C', 'Stop what you are doing and walk to the nearest exit.'),                   # 4
    REFRAIN,                                                                          # 5
    ('N', 'Assembly points are marked with a green sign outside each building.'),     # 6
    ('L', 'And what if somebody is hurt?'),                                           # 7
    ('C', 'Mark the area, then call the supervisor on channel two.'),                 # 8
    REFRAIN,                                                                          # 9
    ('C', 'Press the red button to stop the conveyor belt at once.'),                 # 10
    ('L', 'Got it, thanks.'),                                                         # 11
    ('C', 'Press the green button to start the conveyor belt again.'),                # 12
    REFRAIN,                                                                          # 13
    ('N', 'First aid kits hang beside every loading dock door.'),                     # 14
    ('L', 'Where do I report a near miss?'),                                          # 15
    ('C', 'Write it in the logbook before the end of your shift.'),                   # 16
    ('N', 'Thank you for your attention, and see you in module three.'),              # 17
]


def p(n):
    """v1's paragraph n (as numbered above)."""
    return V1[n - 1]


def edit(line, old, new, voice=None):
    assert old in line[1]
    return (voice or line[0], line[1].replace(old, new))


VERSIONS = {
    'v1': V1,
    'v2-move-edit': [p(n) for n in range(1, 7)] + [edit(p(8), 'two', 'three'), p(7)] + [p(n) for n in range(9, 15)] + [p(16), p(15), edit(p(17), 'three', 'four')],
    'v2-recolour': [p(n) for n in range(1, 7)] + [edit(p(8), 'two', 'three', 'N'), p(7)] + [p(n) for n in range(9, 18)],
    'v2-far': [p(1), edit(p(14), 'every', 'each')] + [p(n) for n in range(2, 14)] + [p(n) for n in range(15, 18)],
    'v2-refrain': [p(n) for n in range(1, 9)] + [p(10), edit(p(9), 'every single time', 'every time')] + [p(n) for n in range(11, 18)],
    'v2-two-similar': [p(n) for n in range(1, 5)] + [edit(p(12), 'start', 'restart'), edit(p(10), 'at once', 'immediately')] + [p(n) for n in range(5, 10)] + [p(11)] + [p(n) for n in range(13, 18)],
    'v2-short': [p(n) for n in range(1, 4)] + [('L', 'Got it, thank you.')] + [p(n) for n in range(4, 11)] + [p(n) for n in range(12, 18)],
    'v2-reworded': [p(1), ('C', 'Before your shift ends, write the near miss in the logbook.')] + [p(n) for n in range(2, 16)] + [p(17)],
}

CONFIG = """voices:
  Narrator: { color: "#0070C0" }
  Learner: { color: "#00B050" }
  Coach: { color: "#C00000" }
unassigned: ["#000000"]
language: en
rules: { confusable-colours: off }
"""

os.makedirs(OUT, exist_ok=True)
for name, lines in VERSIONS.items():
    build(lines, os.path.join(OUT, f'{name}.docx'))
with open(os.path.join(OUT, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
    f.write(CONFIG)
lo_pdf([os.path.join(OUT, 'v1.docx'), os.path.join(OUT, 'v2-move-edit.docx')], OUT)
