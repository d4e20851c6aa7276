"""Speaker names that differ only by accents, read where a name stands (labels4), and a one-colour ad
whose lines carry speaker labels and notes.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-accents-fixtures.py
Writes tests/fixtures/labels-accents/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.

- namelines-accents-fr: a French dubbing scene typed in Word's Normal style, each speaker's name in
  capitals on a line of its own above the dialogue (screenplay layout): `PIERRE`, `ÉLODIE` (accent
  written), `ELODIE` (capitals without the accent), `HELÈNE` (one accent of two: neither `Hélène` nor
  `Helene`), each block apart by an empty paragraph. Read with voices `Élodie`, `Elodie`, `Hélène`,
  `Helene`, `Pierre` (tests/label-accents-places.test.ts).
- table-accents-fr: the same scene as a `Table Grid` table `PERSONNAGE | TEXTE` (header row, then one row
  per line, the name alone in its cell).
- ad-notes-en: a one-colour radio ad (every line dark blue, #1F4E79): a title in black, `SAM:` opening
  twelve lines, `Note:` (typed so, not in capitals) two notes to the studio in the same blue.
- cues-labels-fr: a colour-coded French radio play whose lines also open with their speaker's label,
  typed as French Word types them: `ELODIE :` (capitals without the accent) in Élodie's red (#C00000),
  `O’BRIEN :` (Word's curly apostrophe) in O'Brien's blue (#0070C0), `MARIE\u00A0CLAIRE\u00A0:` (no-break
  spaces) in Marie Claire's green (#00B050), then a line of each with no label; read with a config
  naming the voices `Élodie`, `O'Brien`, `Marie Claire` by their colours.
"""
import os
import subprocess
import sys

from docx import Document
from docx.shared import RGBColor

OUT = 'tests/fixtures/labels-accents'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

SCENE = [
    ('PIERRE', 'Tu es en retard, encore une fois.'),
    ('ÉLODIE', 'Le bus ne passait plus, je suis venue à pied.'),
    ('ELODIE', 'Moi aussi, figure-toi.'),
    ('HELÈNE', 'Asseyez-vous, toutes les deux.'),
    ('PIERRE', 'On commence sans elles ?'),
    ('ELODIE', 'Non, attends-moi.'),
]


def french(d):
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'fr-FR')


def namelines_fr():
    d = Document()
    french(d)
    d.add_paragraph('LA SALLE DES PROFS — scène 3')
    d.add_paragraph('')
    for name, line in SCENE:
        d.add_paragraph(name)
        d.add_paragraph(line)
        d.add_paragraph('')
    return d


def table_fr():
    d = Document()
    french(d)
    d.add_paragraph('LA SALLE DES PROFS — scène 3')
    t = d.add_table(rows=1 + len(SCENE), cols=2)
    t.style = 'Table Grid'
    t.cell(0, 0).text = 'PERSONNAGE'
    t.cell(0, 1).text = 'TEXTE'
    for i, (name, line) in enumerate(SCENE, start=1):
        t.cell(i, 0).text = name
        t.cell(i, 1).text = line
    return d


def ad_notes_en():
    d = Document()
    d.add_paragraph('SUNNYSIDE DAIRY — Radio :60 — "Morning"')
    blue = RGBColor(0x1F, 0x4E, 0x79)
    lines = [
        'SAM: Morning. Kettle on, radio on, and the milk is already on the step.',
        'SAM: That is Sunnyside Dairy for you.',
        'Note: read warm and unhurried, smile in the voice.',
        'SAM: Fresh from the farm at five, on your doorstep by seven.',
        'SAM: Glass bottles, collected and washed, every single week.',
        'SAM: No plastic, no fuss, no waste.',
        'SAM: Whole, semi-skimmed, or oat if you like.',
        'SAM: Cream on Fridays, butter on Saturdays.',
        'Note: pause after the next line for the jingle.',
        'SAM: And the cows? They like it too.',
        'SAM: Sign up in two minutes at sunnyside dot farm.',
        'SAM: First week free, cancel any time.',
        'SAM: Sunnyside Dairy.',
        'SAM: Good mornings, delivered.',
    ]
    for text in lines:
        r = d.add_paragraph().add_run(text)
        r.font.color.rgb = blue
    return d


def cues_fr():
    d = Document()
    french(d)
    d.add_paragraph('LE PHARE — épisode 2')
    red, blue, green = RGBColor(0xC0, 0x00, 0x00), RGBColor(0x00, 0x70, 0xC0), RGBColor(0x00, 0xB0, 0x50)
    for text, colour in [
        ('ELODIE : Il y a quelqu’un là-haut ?', red),
        ('O’BRIEN : Personne depuis dix ans.', blue),
        ('MARIE\u00A0CLAIRE\u00A0: Alors qui allume la lampe ?', green),
        ('ELODIE : Montons voir.', red),
        ('Attendez-moi !', green),
        ('Le vent se lève.', blue),
        ('Vite, la porte.', red),
    ]:
        d.add_paragraph().add_run(text).font.color.rgb = colour
    return d


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


os.makedirs(OUT, exist_ok=True)
FIXTURES = {
    'namelines-accents-fr': namelines_fr,
    'table-accents-fr': table_fr,
    'ad-notes-en': ad_notes_en,
    'cues-labels-fr': cues_fr,
}
for name in sys.argv[1:] or FIXTURES:
    save(FIXTURES[name](), name)
