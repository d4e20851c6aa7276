"""Two-column AV scripts (VIDEO | AUDIO): the picture column is not read aloud (attribute/av-columns.ts).

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-av-fixtures.py
Writes tests/fixtures/av-columns/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.

The layouts follow public AV script templates: a table whose header row says VIDEO | AUDIO (or SHOT |
VIDEO | AUDIO, IMAGE | SON), each row a moment, the picture on the left, what is heard on the right
(narration with its speaker's label, MUSIC and SFX cues). Sources: academy.tupic.org "Two-Column Script
(AV Script)", reference-guides.apsoprojects.org "A/V Script Template", blog.celtx.com "Essential AV
script template", beefed.ai "Two-Column AV Script Template".

en-av-borderless: the explainer in python-docx's default table (no borders): LibreOffice's PDF shows two
columns of text with no ruling, which the PDF reader reads one after the other (no cells): the headers
on lines of their own.
"""
import os
import subprocess
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

OUT = 'tests/fixtures/av-columns'
NBSP = '\u00a0'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def french(d):
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'fr-FR')


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tc_pr.append(shd)


def table(d, rows, header='bold', colours=None, borders=True):
    """A bordered table (Table Grid; `borders=False`: python-docx's default, no borders); the first row its header, bold or shaded grey. `colours`: by (row, column), a text colour."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = 'Table Grid'
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            paragraph = cell.paragraphs[0]
            for k, piece in enumerate(text.split('\n')):
                if k > 0:
                    paragraph = cell.add_paragraph()
                run = paragraph.add_run(piece)
                if r == 0 and header == 'bold':
                    run.bold = True
                if colours and (r, c) in colours:
                    run.font.color.rgb = RGBColor.from_string(colours[(r, c)])
            if r == 0 and header == 'shaded':
                shade(cell, 'D9D9D9')
    return t


def en_two_columns(borders=True):
    """The explainer of the report: VIDEO | AUDIO, bold header, one narrator, MUSIC and SFX cues.
    `borders=False` (en-av-borderless): python-docx's default table, whose PDF shows two columns of text, no ruling."""
    d = Document()
    d.add_paragraph('Spring Safety — 60 s explainer — AV script')
    table(d, [
        ('VIDEO', 'AUDIO'),
        ('Wide shot of the warehouse at dawn, forklifts parked in a row.', 'MUSIC: soft piano, under.\nNARRATOR: Every shift starts the same way: with a check.'),
        ('Close-up on a hand ticking a checklist.', 'NARRATOR: Brakes, lights, horn. Thirty seconds that save lives.'),
        ('Logo on white.', 'SFX: click of a pen.\nNARRATOR: Safe Shifts. Check first, drive second.'),
    ], borders=borders)
    return d


def en_three_columns():
    """SHOT | VIDEO | AUDIO, header row shaded grey, two speakers (a narrator and a worker)."""
    d = Document()
    d.add_paragraph('Forklift refresher — e-learning video, script v3')
    table(d, [
        ('SHOT', 'VIDEO', 'AUDIO'),
        ('1', 'Title card: “Forklift refresher”.', 'MUSIC: upbeat intro, fades under.'),
        ('2', 'Sam walks to the forklift, clipboard in hand.', 'NARRATOR: Meet Sam. He has driven forklifts for ten years.'),
        ('3', 'Sam looks at camera.', 'SAM: And I still check the forks every morning.'),
        ('4', 'Close-up: the fork tips, a crack circled in red.', 'NARRATOR: A crack this small can drop a full pallet.'),
        ('5', 'Sam signs the checklist.', 'SAM: Two minutes. Every time.'),
        ('6', 'End card with the course link.', 'NARRATOR: Find the full checklist on the training site.'),
    ], header='shaded')
    return d


def en_speaker_column():
    """VIDEO | SPEAKER | AUDIO: the speaker's name in a column of its own, read as a label table's."""
    d = Document()
    d.add_paragraph('Kettle launch — AV script')
    table(d, [
        ('VIDEO', 'SPEAKER', 'AUDIO'),
        ('Kitchen, morning.', 'NARRATOR', 'Mornings start with a kettle.'),
        ('Anna pours water.', 'ANNA', 'Ninety seconds. Not bad.'),
        ('Close-up on the kettle.', 'NARRATOR', 'Kettle One boils fast.'),
        ('Anna smiles.', 'ANNA', 'I am sold.'),
        ('Packshot.', 'NARRATOR', 'Kettle One.'),
    ])
    return d


def fr_two_columns():
    """IMAGE | SON, French, VOIX OFF labels, a MUSIQUE cue."""
    d = Document()
    french(d)
    d.add_paragraph('Film institutionnel — Boulangerie Martin — 45 s')
    table(d, [
        ('IMAGE', 'SON'),
        ('Plan large du fournil, la nuit.', f'MUSIQUE{NBSP}: accordéon léger.\nVOIX OFF{NBSP}: À quatre heures, le fournil s’éveille.'),
        ('Gros plan sur les mains qui façonnent la pâte.', f'VOIX OFF{NBSP}: Chaque baguette est façonnée à la main.'),
        ('Logo sur fond blanc.', f'VOIX OFF{NBSP}: Boulangerie Martin, le goût du vrai pain.'),
    ])
    return d


def glossary_en():
    """NEGATIVE: a script with labels and a plain two-column glossary table (Term | Definition)."""
    d = Document()
    d.add_paragraph('Module 2 — Loads')
    for text in [
        'NARRATOR: A load is anything you lift, carry or push.',
        'SAM: Even a box of paper?',
        'NARRATOR: Even a box of paper. Here are the words we will use.',
    ]:
        d.add_paragraph(text)
    table(d, [
        ('Term', 'Definition'),
        ('Load', 'Anything lifted, carried or pushed.'),
        ('Pallet', 'A flat frame that holds goods.'),
    ])
    d.add_paragraph('SAM: Got it.')
    return d


def dubbing_fr():
    """NEGATIVE: a dubbing table (PERSONNAGE | RÉPLIQUE), which the label-table code reads."""
    d = Document()
    french(d)
    d.add_paragraph('Les Voisins — épisode 2 — VF')
    table(d, [
        ('PERSONNAGE', 'RÉPLIQUE'),
        ('MARIE', 'Tu as entendu ce bruit cette nuit ?'),
        ('PAUL', 'Non. Je dormais.'),
        ('MARIE', 'Ça venait de chez les Martin.'),
        ('PAUL', 'Ils déménagent peut-être.'),
    ])
    return d


def en_coloured():
    """VIDEO | AUDIO coded by colour: the narrator blue, the host red; a picture cell has words in blue (on-screen text)."""
    d = Document()
    d.add_paragraph('Product launch — AV script')
    table(d, [
        ('VIDEO', 'AUDIO'),
        ('Super: “Meet the new Kettle One”', 'Meet the new Kettle One.'),
        ('The host holds the kettle up.', 'It boils a litre in ninety seconds.'),
        ('Packshot.', 'Kettle One. Boil less, live more.'),
    ], colours={(1, 0): '2E75B6', (1, 1): '2E75B6', (2, 1): 'C00000', (3, 1): '2E75B6'})
    return d


FIXTURES = {
    'en-av-two-columns': en_two_columns,
    'en-av-borderless': lambda: en_two_columns(borders=False),
    'en-av-three-columns': en_three_columns,
    'en-av-speaker-column': en_speaker_column,
    'fr-av-two-columns': fr_two_columns,
    'en-glossary-table': glossary_en,
    'fr-dubbing-table': dubbing_fr,
    'en-av-coloured': en_coloured,
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, name + '.docx')
        FIXTURES[name]().save(path)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main(sys.argv[1:])
