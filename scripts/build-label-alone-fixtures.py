"""A speaker's label standing alone (in the script's plain black, a voice's colour) before another voice's line.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-alone-fixtures.py [NAME…]
Writes tests/fixtures/label-alone/*.docx and LibreOffice's PDF of each.

- blacknarr-en: an e-learning script (a probe's shape) whose legend gives the narrator the plain black
  ("Key: Narrator = black, Learner = blue, Coach = green. Directions in [square brackets] are not
  recorded."), the learner blue, the coach green. One paragraph opens with "SAM: " in black, then the
  learner's blue line: the label names who speaks, it is no word of the narrator's. "Remember: (pause) if
  in doubt, report it." is the narrator's, all black.
- alone-en: the same voices; the labels stand in paragraphs of their own, in black, above the line they
  label: "SAM:" (twice), "PRIYA:" (capitals), "Coach:" (names a voice of the legend). "Remember:" alone in
  black above a coach's line is a word the narrator says (capitalised, used once, no voice's name): it
  stays the narrator's line. "Sam:" alone once (capitalised, no voice's name, used once as written so,
  but SAM recurs in capitals): a label.
- round-directions-en: blacknarr-en under a legend saying "Directions in (round brackets) are not recorded.":
  the "(pause)" in the middle of the narrator's "Remember: (pause) if in doubt, report it." is a direction,
  not spoken (by default only a group in round brackets opening a line is).
- unsure-en: "Conclusion:" alone once in black above a coach's line (capitalised, no voice's name, no
  other label of the script): maybe a name, maybe words the narrator says; counted, and said (name-or-word).
- alone-fr: a French spot with a legend "Légende : Narratrice = noir, Client = bleu, Conseillère = vert";
  "CLIENT :" and "LA CONSEILLÈRE :" (French spacing) alone in black above the blue and green lines;
  "Rappel :" in black above a blue line stays the narrator's.
"""
import os
import sys

import docx
from docx.shared import RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import build_named  # noqa: E402

OUT = 'tests/fixtures/label-alone'
BLUE, GREEN = '0070C0', '00B050'

TITLE = 'Forklift Safety Awareness — Module 2 (VO script v3)'
CLIENT = 'Client: Northgate Logistics · Job 4471 · 12 Feb'
# (kind, text) with kind H (heading), D (direction, black), N (Narrator, black), L (Learner), C (Coach); a list: one paragraph of runs.
EN = [
    ('H', 'Scene 1 — Welcome'),
    ('D', '[Screen 1: logo animation, music up then under]'),
    ('N', 'Welcome to module two of the Northgate forklift safety course.'),
    ('N', "Over the next twelve minutes, you'll learn how to share the warehouse floor safely with powered trucks."),
    ('L', "Hi, I'm Sam. I started on the night shift last week."),
    ('C', "And I'm Priya, your safety coach. Let's walk the floor together."),
    ('H', 'Scene 2 — Pedestrian walkways'),
    ('D', '[Screen 2: aerial view of aisle 14, yellow walkway lines highlighted]'),
    ('N', 'Every year, more than 1,200 people in the UK are seriously injured in forklift accidents.'),
    ('N', 'Most of those injuries happen to pedestrians, not to drivers.'),
    ('L', 'So the yellow lines on the floor actually matter?'),
    ('C', 'They do. Stay inside the walkway, even when the aisle looks empty.'),
    ('C', 'A loaded truck can weigh over 5 tonnes and needs up to 6 metres to stop.'),
    ('L', 'What if I need to cross an aisle?'),
    ('C', 'Use a marked crossing point, stop, look both ways, and make eye contact with the driver.'),
    [('D', 'SAM: '), ('L', 'Eye contact — got it.')],
    ('H', 'Scene 3 — Blind spots'),
    ('D', "[Screen 3: driver's-eye view, mast blocking the view]"),
    ('N', "A forklift driver's view is blocked by the mast, the load and the overhead guard."),
    ('N', "If you can't see the driver's face, assume the driver can't see you."),
    ('L', 'I never thought about the mast blocking the view.'),
    ('C', "Most people don't. That's why we use blue spotlights and audible alarms on every truck."),
    ('C', 'If you hear a beep or see a blue light on the floor, a truck is coming.'),
    ('L', 'Blue light, truck coming. Easy to remember.'),
    ('H', 'Scene 4 — Loads and racking'),
    ('D', '[Screen 4: racking bay 7B, pallet at height]'),
    ('N', 'Never walk or stand under a raised load, not even for a second.'),
    ('N', 'Pallets can slip, and a falling box of tins can kill.'),
    ('C', 'Sam, what do you do if a pallet looks damaged or unstable?'),
    ('L', "Don't touch it, keep people away, and report it to the shift lead?"),
    ('C', 'Exactly. Report it on the app or call extension 2-4-7.'),
    ('L', "Even if it's just a small crack?"),
    ('C', 'Even then. Small cracks become big collapses.'),
    [('N', 'Remember: '), ('D', '(pause) '), ('N', 'if in doubt, report it.')],
    ('H', 'Scene 5 — Quiz and close'),
    ('D', '[Screen 5: three-question quiz, click to answer]'),
    ('N', "Now it's your turn. Answer the three questions on screen."),
    ('N', 'You need two correct answers out of three to complete the module.'),
    ('C', 'Take your time. You can watch any scene again before you answer.'),
    ('L', 'Thanks, Priya. I feel a lot safer already.'),
    ('C', "That's the idea. See you in module three."),
    ('N', 'This module was produced for Northgate Logistics, 2025 edition.'),
    ('D', '[Music out. End of module 2.]'),
]

COLOURS = {'L': BLUE, 'C': GREEN}


def script(items, legend, title=TITLE, client=CLIENT):
    d = docx.Document()
    d.add_heading(title, 1)
    d.add_paragraph(client)
    d.add_paragraph(legend)
    for item in items:
        runs = item if isinstance(item, list) else [item]
        if len(runs) == 1 and runs[0][0] == 'H':
            d.add_heading(runs[0][1], 2)
            continue
        p = d.add_paragraph()
        for kind, text in runs:
            r = p.add_run(text)
            if kind in COLOURS:
                r.font.color.rgb = RGBColor.from_string(COLOURS[kind])
    return d


LEGEND_EN = 'Key: Narrator = black, Learner = blue, Coach = green. Directions in [square brackets] are not recorded.'


def blacknarr_en():
    return script(EN, LEGEND_EN)


def round_directions_en():
    return script(EN, 'Key: Narrator = black, Learner = blue, Coach = green. Directions in (round brackets) are not recorded.')


def alone_en():
    items = [
        ('H', 'Scene 1 — Welcome'),
        ('N', 'Welcome to module two of the Northgate forklift safety course.'),
        ('D', 'SAM:'),
        ('L', "Hi, I'm Sam. I started on the night shift last week."),
        ('D', 'PRIYA:'),
        ('C', "And I'm Priya, your safety coach. Let's walk the floor together."),
        ('H', 'Scene 2 — Pedestrian walkways'),
        ('N', 'Most of those injuries happen to pedestrians, not to drivers.'),
        ('D', 'SAM:'),
        ('L', 'So the yellow lines on the floor actually matter?'),
        ('D', 'Coach:'),
        ('C', 'They do. Stay inside the walkway, even when the aisle looks empty.'),
        ('D', 'Remember:'),
        ('C', 'Stop, look both ways, and make eye contact with the driver.'),
        ('D', 'Sam:'),
        ('L', 'Eye contact — got it.'),
        ('N', 'This module was produced for Northgate Logistics, 2025 edition.'),
    ]
    return script(items, LEGEND_EN)


def unsure_en():
    items = [
        ('N', 'Welcome to module two of the Northgate forklift safety course.'),
        ('L', "Hi, I'm Sam. I started on the night shift last week."),
        ('D', 'Conclusion:'),
        ('C', 'Stay inside the walkway, even when the aisle looks empty.'),
        ('N', 'This module was produced for Northgate Logistics, 2025 edition.'),
    ]
    return script(items, LEGEND_EN)


def alone_fr():
    items = [
        ('H', 'Spot radio « Printemps Verdier » — 30 s'),
        ('N', "Le printemps arrive chez Verdier Jardin, et avec lui, nos prix les plus doux de l'année."),
        ('D', 'CLIENT :'),
        ('L', 'Dites, vous avez des tondeuses sans fil ?'),
        ('D', 'LA CONSEILLÈRE :'),
        ('C', 'Bien sûr ! Et cette semaine, elles sont à -30 % sur tout le rayon.'),
        ('D', 'Rappel :'),
        ('L', "Trente pour cent ? C'est l'occasion de remplacer la vieille."),
        ('N', 'Verdier Jardin : 12 magasins en Île-de-France, ouverts 7 jours sur 7.'),
    ]
    d = script(items, 'Légende : Narratrice = noir, Client = bleu, Conseillère = vert.', title='Spot radio — Verdier Jardin', client='Client : Verdier · Réf. 2231')
    return d


FIXTURES = {'blacknarr-en': blacknarr_en, 'round-directions-en': round_directions_en, 'alone-en': alone_en, 'unsure-en': unsure_en, 'alone-fr': alone_fr}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
